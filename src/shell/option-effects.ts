// Applies the side-effect tables (programs/side-effects.ts) to one command's
// words: the file and network actions its options cause, and whether an option
// makes it run another program (then the command is opaque).
import { SIDE_EFFECTS, optionValueRuns, type Effect } from './programs/side-effects.js';
import { fileRead, fileWrite, networkTo, recursiveWrite, type ImpliedTarget } from './implied.js';
import type { Word } from './words.js';

export interface OptionEffects {
  implied: ImpliedTarget[];
  /** Why an option makes the program run another program. */
  runs?: string;
}

const NONE: OptionEffects = { implied: [] };

/** A value the program fetches rather than opens: a URL with a scheme other than file. */
const URL_VALUE = /^(?!file:)[a-z][a-z0-9+.-]*:\/\//i;

export function optionEffects(program: string, args: Word[]): OptionEffects {
  const table = SIDE_EFFECTS[program];
  if (!table) return program === 'curl' ? curlExtras(args) : NONE;
  const values = new Set(table.values);
  const out: OptionEffects = { implied: [] };
  const operands: Word[] = [];
  let deletes = false;

  /** The last value of each option (pflag: the last one wins). */
  const last = new Map<string, Word>();
  const apply = (option: string, effect: Effect | undefined, value: Word | undefined, spelled: string) => {
    if (value) last.set(option, value);
    if (value && optionValueRuns(program, option, value.text)) out.runs ??= `${program} ${spelled} ${value.text.split(/[=\s]/)[0]} runs a local command`;
    if (!effect) return;
    if (effect === 'writes-operands') {
      deletes = true;
      return;
    }
    if (effect === 'runs') {
      out.runs ??= `${program} ${spelled} runs another program${value ? ` (${value.text})` : ''}`;
      return;
    }
    if (!value) return;
    if (table.settingOrFile?.includes(option) && /^[A-Za-z_][\w.-]*=/.test(value.text)) {
      // `-backend-config=address=http://…`: a setting, no file; a URL in it is a host reached.
      const url = /[a-z][a-z0-9+.-]*:\/\/\S+/i.exec(value.text.slice(value.text.indexOf('=') + 1))?.[0];
      if (url) out.implied.push(networkTo({ ...value, text: url }));
      return;
    }
    if ((effect === 'reads' || effect === 'reads-input') && URL_VALUE.test(value.text)) {
      // `kubectl apply -f http://…`, `--from-file=https://…`: the tool fetches it.
      out.implied.push(networkTo(value));
      return;
    }
    if (effect === 'writes-under') {
      out.implied.push(...recursiveWrite(value));
      return;
    }
    if (effect === 'writes-output') {
      // The tool's own output file (`terraform plan -out=tfplan`): judged by deny and approval rules in the repository.
      for (const target of fileWrite(value)) out.implied.push({ ...target, ownInput: `${program} writes its own output there (${spelled})` });
      return;
    }
    if (effect === 'reads-input') {
      for (const target of fileRead(stripPrefix(value, table.filePrefixes))) out.implied.push({ ...target, ownInput: `${program} reads it as its own input (${spelled})` });
    } else if (effect === 'reads' && table.keyedFiles?.includes(option)) {
      for (const pair of value.text.split(',')) out.implied.push(...fileRead({ ...value, text: pair.slice(pair.indexOf('=') + 1) }));
    } else if (effect === 'reads') out.implied.push(...fileRead(stripPrefix(value, table.filePrefixes)));
    else if (effect === 'writes') out.implied.push(...fileWrite(value));
    else out.implied.push(networkTo(value));
  };

  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const text = word.text;
    if (text === '--') {
      for (let j = i + 1; j < args.length; j++) operands.push(args[j]); // not push(...): any number of words
      break;
    }
    const long = /^--([^=]+)(?:=(.*))?$/s.exec(text) ?? (table.singleDash ? /^-([^-=][^=]*)(?:=(.*))?$/s.exec(text) : null);
    if (long && (long[1].length > 1 || text.startsWith('--'))) {
      const name = long[1];
      let value: Word | undefined = long[2] !== undefined ? { ...word, text: long[2] } : undefined;
      if (value === undefined && values.has(name) && i + 1 < args.length) value = args[++i];
      apply(name, table.effects[name], value, `-${text.startsWith('--') ? '-' : ''}${name}`);
      if (value) filePrefixed(value, table.filePrefixes, out);
      continue;
    }
    if (text.startsWith('-') && text.length > 1) {
      // A multi-letter short option (`zip -TT cmd`).
      if (values.has(text.slice(1)) && i + 1 < args.length) {
        const value = args[++i];
        apply(text.slice(1), table.effects[text.slice(1)], value, text);
        filePrefixed(value, table.filePrefixes, out);
        continue;
      }
      for (let c = 1; c < text.length; c++) {
        const letter = text[c];
        if (values.has(letter)) {
          const attached = text.slice(c + 1).replace(/^=/, '');
          const value = attached ? { ...word, text: attached } : args[++i];
          apply(letter, table.effects[letter], value, `-${letter}`);
          if (value) filePrefixed(value, table.filePrefixes, out);
          break;
        }
        apply(letter, table.effects[letter], undefined, `-${letter}`);
      }
      continue;
    }
    if (table.stopAtOperand) break;
    operands.push(word);
    filePrefixed(word, table.filePrefixes, out);
  }
  if (deletes) {
    // `find DIR … -delete`: every file under the start folders may be deleted.
    const starts = operands.filter((w) => !w.text.startsWith('-') && !/^[()!,]$/.test(w.text)).slice(0, 1);
    for (const start of starts.length ? starts : [{ text: '.' }]) out.implied.push(...fileWrite({ ...start, text: `${start.text.replace(/\/+$/, '')}/**` }));
  }
  if (program === 'curl') out.implied.push(...curlExtras(args).implied);
  if (program === 'kubectl') out.implied.push(...kubectlExtras(last));
  if (program === 'git') out.implied.push(...gitOperandReads(args));
  return out;
}

function stripPrefix(word: Word, prefixes: string[] | undefined): Word {
  const prefix = prefixes?.find((p) => word.text.startsWith(p));
  return prefix ? { ...word, text: word.text.slice(prefix.length) } : word;
}

/** `file://x` (aws), `@x` (vault), `go-template-file=x` (kubectl -o): a file read. */
function filePrefixed(word: Word, prefixes: string[] | undefined, out: OptionEffects): void {
  if (!prefixes) return;
  const inner = /^[^=]*=(.*)$/s.exec(word.text)?.[1];
  for (const candidate of [word.text, ...(inner !== undefined ? [inner] : [])]) {
    const prefix = prefixes.find((p) => candidate.startsWith(p) && candidate.length > p.length);
    if (prefix) {
      out.implied.push(...fileRead({ ...word, text: candidate.slice(prefix.length) }));
      return;
    }
  }
}

/** curl forms that read files (`-F x=<file`, `--data-urlencode x@file`) and URL globs (`[1-9]`, `{a,b}`). */
function curlExtras(args: Word[]): OptionEffects {
  const out: OptionEffects = { implied: [] };
  const globOff = args.some((a) => a.text === '-g' || a.text === '--globoff');
  for (let i = 0; i < args.length; i++) {
    const text = args[i].text;
    const form = /^(?:-F|--form)(?:=(.*))?$/s.exec(text);
    const urlencode = /^--data-urlencode(?:=(.*))?$/s.exec(text);
    if (form || urlencode) {
      const value = (form ?? urlencode)![1] ?? args[++i]?.text ?? '';
      const file = form ? /=[<@]([^;]+)/.exec(value)?.[1] : /^[^=]*@(.+)$/s.exec(value)?.[1];
      if (file) out.implied.push(...fileRead({ ...args[i], text: file }));
      continue;
    }
    if (!globOff && !text.startsWith('-') && /^[a-z]+:\/\/|^[\w.-]+\.[a-z]{2,}\//i.test(text) && /[[{]/.test(text)) {
      out.implied.push({ action: { type: 'network.request', destination: text }, opaque: `curl expands the URL glob in ${text} into other URLs` });
    }
  }
  return out;
}

/** kubectl outputs that take their template from a file: `-o go-template-file --template=FILE`. */
const TEMPLATE_FILE_OUTPUTS = new Set(['go-template-file', 'jsonpath-file', 'templatefile', 'custom-columns-file']);

/**
 * kubectl options whose effect depends on another option: `--template=FILE` is
 * a file read when the output is a *-file format (checked with kubectl: the file
 * is printed), and `--profile=cpu|heap|…` writes `profile.pprof` unless
 * `--profile-output` names another file.
 */
function kubectlExtras(last: Map<string, Word>): ImpliedTarget[] {
  const out: ImpliedTarget[] = [];
  const output = (last.get('output') ?? last.get('o'))?.text;
  const template = last.get('template');
  if (output !== undefined && TEMPLATE_FILE_OUTPUTS.has(output) && template) out.push(...fileRead(template));
  const profile = last.get('profile');
  if (profile && profile.text !== 'none' && !last.has('profile-output')) out.push(...fileWrite({ text: 'profile.pprof' }));
  return out;
}

/** git global options that take the next word as their value. */
const GIT_GLOBAL_VALUES = new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace', '--config-env', '--exec-path', '--super-prefix']);

/**
 * `git diff`, `log`, `show`, `blame`, `grep` print the content of the paths they
 * are given. `git diff --no-index A B` and `git diff A B` with a path outside
 * the repository (git then acts as --no-index) read those files as files: a
 * plain read. Paths after `--` (`git log -p -- .env`) print what the
 * repository holds of them: a read that deny and approval rules judge.
 */
function gitOperandReads(args: Word[]): ImpliedTarget[] {
  let i = 0;
  while (i < args.length && args[i].text.startsWith('-')) i += GIT_GLOBAL_VALUES.has(args[i].text) ? 2 : 1;
  const subcommand = args[i]?.text;
  if (!subcommand || !['diff', 'log', 'show', 'blame', 'grep', 'whatchanged', 'cat-file'].includes(subcommand)) return [];
  const rest = args.slice(i + 1);
  const dashes = rest.findIndex((a) => a.text === '--');
  const before = dashes < 0 ? rest : rest.slice(0, dashes);
  const after = dashes < 0 ? [] : rest.slice(dashes + 1);
  const noIndex = subcommand === 'diff' && before.some((a) => a.text === '--no-index');
  const out: ImpliedTarget[] = [];
  for (const word of before) {
    if (word.text.startsWith('-')) continue;
    const inRevision = /^[^:/\s]*:(?!\/\/)(.+)$/s.exec(word.text)?.[1];
    if (inRevision !== undefined) {
      // `git show HEAD:.env`, `git cat-file -p :secret.pem`: a file as a commit (or the index) holds it.
      for (const target of fileRead({ ...word, text: inRevision })) out.push({ ...target, ownInput: `git ${subcommand} prints what the repository holds of it` });
      continue;
    }
    if (noIndex || /^(\/|~|\.\.(\/|$))/.test(word.text)) out.push(...fileRead(word));
  }
  for (const word of after) {
    if (noIndex || /^(\/|~|\.\.(\/|$))/.test(word.text)) out.push(...fileRead(word));
    else for (const target of fileRead(word)) out.push({ ...target, ownInput: `git ${subcommand} prints what the repository holds of it` });
  }
  return out;
}

/**
 * Environment variables that make a program write a file (red-team F4):
 * `GIT_TRACE*=/path` appends git's trace there (1, 2, true or a descriptor
 * number mean stderr), `GIT_INDEX_FILE` is the index git rewrites, and
 * `TF_LOG_PATH` is where terraform appends its log.
 */
export const ENVIRONMENT_WRITES = /^(GIT_TRACE\w*|GIT_INDEX_FILE|TF_LOG_PATH)$/;

export function environmentWrites(variable: string, value: string): ImpliedTarget[] {
  if (!ENVIRONMENT_WRITES.test(variable) || value === '') return [];
  if (variable.startsWith('GIT_TRACE') && !/^[/~]/.test(value)) return [];
  return fileWrite({ text: value });
}
