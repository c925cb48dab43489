// What `safeclaw explain` shows of one simple command: the options in effect
// after the program's own resolution (last wins, negations, booleans, the
// environment, `--`), its operands, whether a `--dry-run` counts, and the
// actions its options and operands imply. Display only: the decision is made
// from the same analysis in src/engine/evaluate.ts.
import type { ImpliedAction, SimpleCommand } from './analyze.js';
import { canonicalise, isCanonicalisedTool } from './canonical.js';
import { dryRunOf } from './allow-text.js';
import { DRY_RUN } from './programs/dry-run.js';

export interface CommandExplanation {
  /** Canonical text, as command patterns see it. */
  text: string;
  program: string;
  /** Options in effect, in canonical spelling. */
  options: string[];
  operands: string[];
  /** How the options were resolved, one line each (`-n dev: overridden by the later -n prod`). */
  notes: string[];
  /** The file and network actions the command implies, one line each. */
  effects: string[];
  opaque?: string;
  /** Why the run-time words may not matter, when they may not. */
  openEnd?: string;
  wrappers?: string[];
}

function describeImplied(implied: ImpliedAction): string {
  const action = implied.action;
  const target = action.type === 'network.request' ? action.destination : action.path;
  const extra = [implied.opaque && `known only at run time: ${implied.opaque}`, implied.ownInput && `${implied.ownInput}; judged by deny and approval rules`]
    .filter(Boolean)
    .join('; ');
  return `${action.type} ${target}${extra ? ` (${extra})` : ''}`;
}

export function explainSimpleCommand(command: SimpleCommand, implied: ImpliedAction[]): CommandExplanation {
  const argv = command.argv ?? command.text.split(' ');
  const [program = '', ...args] = argv;
  const notes: string[] = [];
  let options: string[] = [];
  let operands: string[] = [];
  if (isCanonicalisedTool(program)) {
    const canonical = canonicalise(program, args, command.env ?? {}, notes);
    canonical.words.forEach((word, i) => {
      if (i === 0) return;
      const isOption = canonical.optionsStart !== undefined && i >= canonical.optionsStart && i < canonical.optionsEnd!;
      (isOption ? options : operands).push(word);
    });
  } else {
    const dashes = args.indexOf('--');
    const before = dashes < 0 ? args : args.slice(0, dashes);
    options = before.filter((a) => a.length > 1 && a.startsWith('-'));
    operands = [...before.filter((a) => !(a.length > 1 && a.startsWith('-'))), ...(dashes < 0 ? [] : args.slice(dashes + 1))];
    if (dashes >= 0 && dashes < args.length - 1) notes.push(`after --: ${args.slice(dashes + 1).join(' ')} (operands, never options)`);
  }
  const mentions = argv.some((a, i) => i > 0 && /^--?dry-?run/.test(a));
  const dry = DRY_RUN[program];
  if (dry && !dry.canonical) {
    const state = dryRunOf(program, argv);
    if (state.on) notes.push(`dry run in effect (${argv[state.at]}): ${program} has a dry-run option; patterns on --dry-run match it`);
    else if (mentions || argv.some((a) => /^--(no-)?dr|^-[A-Za-z]*n[A-Za-z]*$/.test(a))) notes.push(`no dry run in effect: turned off later, or taken as another option's value; patterns on --dry-run do not match it`);
  } else if (!dry && mentions) {
    notes.push(`--dry-run means nothing known to ${program} (not in the dry-run table): patterns on --dry-run do not match it`);
  }
  if (command.env) for (const [name, value] of Object.entries(command.env)) notes.push(`environment: ${name}=${value}`);
  const out: CommandExplanation = {
    text: command.text,
    program,
    options,
    operands,
    notes,
    effects: implied.filter((i) => i.via === command.text).map(describeImplied),
  };
  if (command.opaque) out.opaque = command.opaque;
  if (command.knownPrefix !== undefined) {
    out.openEnd = `every run starts with \`${command.knownPrefix.trimEnd()}\` and no run-time word can be an option: an allow pattern ending in * that covers this start allows it, when no deny or approval pattern could match any text starting so`;
  }
  if (command.wrappers?.length) out.wrappers = command.wrappers;
  return out;
}
