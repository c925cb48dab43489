// How the live hooks (Claude Code, Codex) judge one tool call's actions: with the
// same relative paths taken from the session's cwd (session-cwd.ts) and the
// namespaces a kubectl command's manifests name now (live-manifests.ts), then the
// one `evaluateAll`.
//
// The hook command is a new process per call, and tree-sitter's wasm costs it
// 17–27 ms to load, yet most agent commands are read by the TypeScript parser
// alone. So the hook loads its policies with `prepareShell: false` and
// `judgeToolCall` loads the wasm only when one of the call's commands needs it.
// That must happen before the first analysis: session-cwd.ts and the manifest
// reading analyse the commands too, and a command they could not analyse would
// add none of its actions (the cwd's paths, a manifest's namespaces) to what is
// judged. A line that still meets an unloaded parser is denied (src/engine/evaluate.ts),
// never allowed.
import { evaluateAll } from '../engine/gate.js';
import { prepareShellAnalysis } from '../shell/analyze.js';
import type { Action, GateResult, PolicySet } from '../types.js';
import { withLiveManifestNamespaces } from './live-manifests.js';
import { withSessionCwdPaths } from './session-cwd.js';

/** Judges the actions of a call; shell analysis must be ready for every command among them (a loaded policy set readies it by default). */
export function judgeToolActions(policySet: PolicySet, actions: Action[], cwd: string | undefined): GateResult {
  return evaluateAll(policySet, withActionsItImplies(actions, policySet, cwd));
}

/** The same, first readying shell analysis for exactly these commands (loading the wasm only if one needs it). */
export async function judgeToolCall(policySet: PolicySet, actions: Action[], cwd: string | undefined): Promise<GateResult> {
  await prepareShellAnalysis(shellCommands(actions));
  const judged = withActionsItImplies(actions, policySet, cwd);
  // The kubectl forms are new command lines (the command's canonical text and --namespace=…).
  await prepareShellAnalysis(shellCommands(judged.filter((action) => !actions.includes(action))));
  return evaluateAll(policySet, judged);
}

function withActionsItImplies(actions: Action[], policySet: PolicySet, cwd: string | undefined): Action[] {
  return withLiveManifestNamespaces(withSessionCwdPaths(actions, policySet, cwd), policySet, cwd);
}

function shellCommands(actions: Action[]): string[] {
  return actions.flatMap((action) => (action.type === 'shell.execute' ? [action.command] : []));
}
