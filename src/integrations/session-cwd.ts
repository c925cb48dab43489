// A hook's shell command runs in the session's working directory (Claude Code
// and Codex keep it across calls: after `cd secrets`, the next `cat docs/key`
// reads secrets/docs/key), but the shell analysis takes relative paths from the
// repository root, where `docs/key` may be allowed. Until the analysis can start
// in a given folder, the hooks add, for every file a command reads or writes
// under a relative path, the same file action with the path taken from the
// session's cwd. The verdict is the strictest of all, so this can only deny
// more, never allow what the cwd makes a different file.
//
// Left to the command's own judgement: paths known only at run time (already
// opaque), paths that are absolute or under `~` (the same from any cwd), and a
// tool's own input files (`helm -f`, `-var-file`), which only deny rules judge:
// as plain file actions they would need an allow rule of their own.
import path from 'node:path';
import { analyzeShellCommand } from '../shell/analyze.js';
import type { Action, FileAction, PolicySet } from '../types.js';

export function withSessionCwdPaths(actions: Action[], policySet: PolicySet, cwd: string | undefined): Action[] {
  if (!cwd || path.resolve(cwd) === path.resolve(policySet.root)) return actions;
  const out: Action[] = [];
  for (const action of actions) {
    out.push(action);
    if (action.type !== 'shell.execute') continue;
    let implied;
    try {
      implied = analyzeShellCommand(action.command).implied;
    } catch {
      continue; // the engine reports what cannot be analysed (and denies it)
    }
    for (const i of implied) {
      if ((i.action.type !== 'file.read' && i.action.type !== 'file.write') || i.opaque || i.outside || i.ownInput) continue;
      const p = i.action.path;
      if (p.startsWith('/') || p.startsWith('~')) continue;
      const file: FileAction = {
        type: i.action.type,
        path: path.join(cwd, p),
        origin: { ...action.origin, source: action.origin?.source ?? 'hook', detail: `${i.via}: ${p} from the session's working directory ${cwd}` },
      };
      out.push(file);
    }
  }
  return out;
}
