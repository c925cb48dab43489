// Differences the harness accepts: deliberate changes their owners announced. Each
// entry names the change, who announced it, which kinds of difference it covers
// (a RegExp over the kind) and a predicate over one difference
// ({ kind, input, path, base, current, verdict, wholeBase, wholeCurrent }) and the
// run's context (ctx.analysisExplained(command): the id explaining that line's
// analysis difference, or null). Keep each predicate as narrow as the change: a
// loose one hides regressions. Entries are tried in order; analysis entries first,
// since decision entries follow from them.

const STRICTNESS = { allow: 0, require_approval: 1, deny: 2 };

/** The program a `via` text (a simple command's canonical text) runs. */
function programOf(via) {
  const first = String(via ?? '').split(' ')[0];
  return first.slice(first.lastIndexOf('/') + 1);
}

/** The analyses differ only by implied actions added (commands identical, every baseline implied action still there), each one `added` accepts. */
function onlyImpliedAdded(d, added) {
  const b = d.wholeBase;
  const c = d.wholeCurrent;
  if (!b || !c || b.threw || c.threw) return false;
  if (JSON.stringify(b.commands) !== JSON.stringify(c.commands)) return false;
  const rest = (c.implied ?? []).map((x) => JSON.stringify(x));
  for (const x of (b.implied ?? []).map((y) => JSON.stringify(y))) {
    const k = rest.indexOf(x);
    if (k < 0) return false;
    rest.splice(k, 1);
  }
  return rest.length > 0 && rest.every((x) => added(JSON.parse(x)));
}

/** No verdict of the difference is more permissive than the baseline's (whole decision, gate items, hook items). */
function notLooser(d) {
  const pairs = [];
  const push = (b, c) => pairs.push([b?.decision ?? b?.verdict, c?.decision ?? c?.verdict]);
  push(d.wholeBase, d.wholeCurrent);
  const bi = d.wholeBase?.items ?? d.wholeBase?.result?.items ?? [];
  const ci = d.wholeCurrent?.items ?? d.wholeCurrent?.result?.items ?? [];
  for (let i = 0; i < Math.max(bi.length, ci.length); i++) push(bi[i]?.decision, ci[i]?.decision);
  if (d.wholeBase?.result) push(d.wholeBase.result, d.wholeCurrent?.result);
  return pairs.every(([b, c]) => b === undefined || c === undefined || !(b in STRICTNESS) || !(c in STRICTNESS) || STRICTNESS[c] >= STRICTNESS[b]);
}

/** The commands whose judgement differs in this difference. */
function commandsOf(d) {
  if (/^(shell|shell-trace|unprepared|unprepared-self|order)(:|$)/.test(d.kind)) return [d.input];
  if (d.kind.startsWith('hook')) {
    const m = /^Bash (\{.*\})$/s.exec(d.input);
    return m ? [JSON.parse(m[1]).command] : null;
  }
  if (d.kind === 'audit') return d.actions?.[0]?.type === 'shell.execute' ? [d.actions[0].command] : null;
  if (d.kind.startsWith('evaluateAll')) {
    const bi = d.wholeBase?.items ?? [];
    const ci = d.wholeCurrent?.items ?? [];
    const out = [];
    for (let i = 0; i < Math.max(bi.length, ci.length); i++) {
      if (JSON.stringify(bi[i]) === JSON.stringify(ci[i])) continue;
      // The items' actions are display copies (secrets redacted): the judged action is the input's.
      const action = d.actions?.[i];
      if (action?.type !== 'shell.execute') return null;
      out.push(action.command);
    }
    return out;
  }
  return null;
}

// Tables' F10 remainder (requests/redteam.md, 16:05): compressors read each file operand and
// write beside it (programs/compressors.ts); install, split, uniq, awk, editors, script
// interpreters and openssl read and write their file operands (implied.ts, interpreters.ts,
// side-effects.ts); openssl -connect/-proxy/-url reach a host.
const COMPRESSORS = new Set(['gzip', 'gunzip', 'bzip2', 'bunzip2', 'xz', 'unxz', 'lzma', 'unlzma', 'zstd', 'unzstd', 'lz4', 'unlz4']);
// R3's fix (148d031): vim's other names get vim's rows.
const VIM_NAMES = ['vi', 'vim', 'view', 'nvim', 'ex', 'vimdiff', 'gvim', 'gview', 'gvimdiff', 'evim', 'eview', 'rvim', 'rview', 'rgvim', 'rgview', 'vim.basic', 'vim.tiny', 'vim.nox', 'vim.gtk', 'vim.gtk3', 'vimx'];
const TOOL_FILES = new Set([...COMPRESSORS, 'install', 'split', 'uniq', 'awk', 'gawk', 'mawk', 'nawk', ...VIM_NAMES, 'nano', 'emacs', 'node', 'nodejs', 'ruby', 'perl', 'php', 'openssl']);
const isToolFiles = (program) => TOOL_FILES.has(program) || /^python[0-9.]*$/.test(program);
/** Programs tables made opaque in some forms (they run code from an option or an inline program). */
const NEWLY_OPAQUE = new Set(['awk', 'gawk', 'mawk', 'nawk', ...VIM_NAMES, 'emacs', 'nano', 'split', 'install', 'openssl']);

/** Commands identical but for some that are now opaque (with tables' reason), each running a program of `programs`; implied actions only added, by `added`, or dropped from those commands. */
function onlyNewlyOpaque(d, programs, added) {
  const b = d.wholeBase;
  const c = d.wholeCurrent;
  if (!b || !c || b.threw || c.threw || b.commands?.length !== c.commands?.length) return false;
  const opaqued = new Set();
  for (let i = 0; i < b.commands.length; i++) {
    const x = b.commands[i];
    const y = c.commands[i];
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    // Now opaque (the baseline may have been, for another reason: a brace, a variable).
    if (y.opaque === undefined) return false;
    const program = programOf(y.argv?.[0] ?? y.text);
    if (!programs.has(program)) return false;
    opaqued.add(x.raw ?? x.text);
  }
  if (opaqued.size === 0) return false;
  const rest = (c.implied ?? []).map((x) => JSON.stringify(x));
  for (const x of b.implied ?? []) {
    const k = rest.indexOf(JSON.stringify(x));
    if (k >= 0) rest.splice(k, 1);
    else if (!programs.has(programOf(x.via))) return false;
  }
  return rest.every((x) => added(JSON.parse(x)));
}

/**
 * Whether `line` holds `$'` inside a double-quoted string, as bash reads it: there `$'` is a
 * literal dollar and quote, not an ANSI-C string (R2). Single quotes and backslashes outside
 * double quotes are followed so a `$'` elsewhere is not counted.
 */
function dollarQuoteInsideDouble(line) {
  let inDouble = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inDouble) {
      if (c === '"') inDouble = false;
      else if (c === '$' && line[i + 1] === "'") return true;
    } else if (c === '"') inDouble = true;
    else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return false;
      i = end;
    }
  }
  return false;
}

/** The current tree declines a program name starting with `-` (dfb797e): the line is unparsable where the baseline read a command named `-X…`. */
function declinedDashProgram(d) {
  const b = d.wholeBase;
  const c = d.wholeCurrent;
  if (!b || !c || b.threw || c.threw || b.commands?.length !== c.commands?.length) return false;
  let declined = 0;
  for (let i = 0; i < b.commands.length; i++) {
    const x = b.commands[i];
    const y = c.commands[i];
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    if (!String(x.argv?.[0] ?? '').startsWith('-') || !/^cannot parse the command/.test(y.opaque ?? '')) return false;
    declined++;
  }
  return declined > 0 && JSON.stringify(b.implied ?? []) === JSON.stringify(c.implied ?? []);
}

export const EXPLAINED = [
  {
    id: 'tables-tool-files',
    owner: 'tables',
    why: 'compressors, install, split, uniq, awk, editors, interpreters and openssl read/write their file operands (F10 remainder, announced 16:05)',
    kinds: /^analysis$/,
    match: (d) => onlyImpliedAdded(d, (a) => ['file.read', 'file.write', 'network.request'].includes(a.action.type) && (isToolFiles(programOf(a.via)) || programOf(a.via) === 'sed')),
  },
  {
    id: 'tables-newly-opaque',
    owner: 'tables',
    why: 'awk -f/inline system, vim -c/+CMD, emacs --eval, nano --speller, split --filter, install --strip-program, openssl -engine run code: opaque (announced 16:05)',
    kinds: /^analysis$/,
    // With sed's (below) in the same line: both changes came in one commit.
    match: (d) => onlyNewlyOpaque(d, new Set([...NEWLY_OPAQUE, 'sed']), (a) => ['file.read', 'file.write', 'network.request'].includes(a.action.type) && (isToolFiles(programOf(a.via)) || programOf(a.via) === 'sed')),
  },
  {
    id: 'tables-sed-scripts',
    owner: 'tables',
    why: "sed's script is read: r/R FILE reads, w/W FILE and s///w writes; e, s///e, -f FILE and unknown commands are opaque (announced 16:20)",
    kinds: /^analysis$/,
    match: (d) => {
      const sedAction = (a) => ['file.read', 'file.write'].includes(a.action.type) && programOf(a.via) === 'sed';
      return onlyImpliedAdded(d, sedAction) || onlyNewlyOpaque(d, new Set(['sed']), sedAction);
    },
  },
  {
    id: 'R1-refused-at-load',
    owner: 'engine',
    why: 'a path pattern with an empty brace alternative is refused at load (R1 fix, 2892cfa), where the baseline loaded it and then threw on file actions',
    kinds: /^(compilePolicies|loadPolicies)$/,
    match: (d) => !d.wholeBase?.threw && d.wholeCurrent?.threw === 'PolicyError' && /empty alternative/.test(JSON.stringify(d.wholeCurrent.problems ?? d.wholeCurrent.message)),
  },
  {
    id: 'engine-text-empty-alternative',
    owner: 'engine',
    why: "a text glob's empty brace alternative compiles to the empty-text regex (c484fd9), where the baseline threw picomatch's 'Expected a non-empty string' at load, in lint or on an empty text",
    kinds: /^(compilePolicies|loadPolicies|pattern-matches)$/,
    match: (d) => {
      // The policy text, or the compiled pattern's own source (YAML may have folded the text).
      const sources = JSON.stringify((Array.isArray(d.wholeBase) ? d.wholeBase : []).map((m) => m.source));
      if (!/\{,|,\}/.test(d.policyText ?? d.input) && !/\{,|,\}/.test(sources)) return false;
      const base = JSON.stringify(d.wholeBase ?? d.base);
      if (d.kind === 'pattern-matches') {
        const [b, c] = [String(d.base), String(d.current)];
        return b.length === c.length && [...b].every((x, i) => x === c[i] || x === 'E');
      }
      return /Expected a non-empty string/.test(base) && !/Expected a non-empty string/.test(JSON.stringify(d.wholeCurrent ?? d.current));
    },
  },
  {
    id: 'R2-dollar-quote-in-double-quotes',
    owner: 'lead',
    why: "inside double quotes `$'` is a literal dollar and quote (R2 fix): the TS parser declines such lines to tree-sitter, which reads them as bash does",
    kinds: /^analysis$/,
    // A nested shell's script (`bash -c '…'`) is a command's raw text in either analysis.
    match: (d) => [d.input, ...[d.wholeBase, d.wholeCurrent].flatMap((a) => (a?.commands ?? []).map((x) => x.raw ?? ''))].some(dollarQuoteInsideDouble),
  },
  {
    id: 'R2-literal-file-name',
    owner: 'lead',
    why: "`cat \"$'.env'\"` reads a file literally named `$'.env'` (bash: no such file), not `.env`: the baseline's stricter verdict came from its misreading (R2)",
    kinds: /^(shell|shell-trace)(:|$)/,
    match: (d, ctx) => {
      if (ctx.analysisExplained(d.input) !== 'R2-dollar-quote-in-double-quotes') return false;
      // Every part the baseline judged stricter is a file the current tree names with the literal `$'`.
      const parts = d.wholeBase?.parts ?? [];
      const now = d.wholeCurrent?.parts ?? [];
      return parts.length === now.length && parts.every((p, i) => {
        const q = now[i];
        if (p.decision === q.decision) return true;
        return p.kind === 'implied' && q.kind === 'implied' && p.type === q.type && q.text.includes("$'") && q.text.replaceAll("$'", '').replaceAll("'", '') === p.text;
      });
    },
  },
  {
    id: 'dash-program-declined',
    owner: 'lead',
    why: 'a program name `-X…` declines to tree-sitter (dfb797e, from the fast-check counterexample ` -A-A% `), which reads a syntax error: unparsable, denied unless a rule names it',
    kinds: /^analysis$/,
    match: (d) => declinedDashProgram(d),
  },
  {
    id: 'follows-analysis',
    owner: '-',
    why: "a decision that differs only because its line's analysis differs in an explained way, and is nowhere looser",
    kinds: /^(shell|shell-trace|unprepared|hook|evaluateAll|audit)(:|$)/,
    match: (d, ctx) => {
      if (!notLooser(d)) return false;
      const commands = commandsOf(d);
      return commands !== null && commands.length > 0 && commands.every((c) => ctx.analysisExplained(c) !== null);
    },
  },
  {
    id: 'follows-audit',
    owner: '-',
    why: 'the audit chain head differs because an explained record does',
    kinds: /^audit-verify$/,
    match: (d, ctx) => d.path === '.head' && ctx.auditExplained(),
  },
  {
    id: 'R1-empty-alternative',
    owner: 'engine',
    why: 'a path pattern with an empty brace alternative threw at every test in the baseline (R1); the current tree may answer for paths an earlier alternative matches',
    kinds: /^pattern-matches$/,
    match: (d) => /\{,|,\}/.test(d.policyText ?? '') && /^E+$/.test(String(d.base)),
  },
];
