// How the live hooks (Claude Code, Codex) judge one tool call's actions: with the
// same relative paths taken from the session's cwd (session-cwd.ts) and the
// namespaces a kubectl command's manifests name now (live-manifests.ts), then the
// one `evaluateAll`.
//
// The hook command is a new process per call, and tree-sitter's wasm costs it
// 17–27 ms to load, yet most agent commands are read by the TypeScript parser
// alone. So the hook loads its policies with `prepareShell: false` and
// `judgeToolCall` judges the call without the wasm; if anything on the way
// needed it (evaluate, and also session-cwd.ts and the manifest reading, where a
// command that could not be analysed adds none of its actions: the cwd's paths,
// a manifest's namespaces), that judgement is thrown away whole, the wasm is
// loaded and the call judged again. A line that meets an unloaded parser is
// denied (src/engine/evaluate.ts), never allowed, but that is only the backstop.
import { evaluateAll } from '../engine/gate.js';
import { prepareShellAnalysis } from '../shell/analyze.js';
import { treeSitterMisses } from '../shell/parser.js';
import type { Action, GateResult, PolicySet } from '../types.js';
import { withLiveManifestNamespaces } from './live-manifests.js';
import { withSessionCwdPaths } from './session-cwd.js';

/** Judges the actions of a call; shell analysis must be ready for every command among them (a loaded policy set readies it by default). */
export function judgeToolActions(policySet: PolicySet, actions: Action[], cwd: string | undefined): GateResult {
  return evaluateAll(policySet, withActionsItImplies(actions, policySet, cwd));
}

/** The same, loading the wasm (and judging again) only if the judgement needed it. */
export async function judgeToolCall(policySet: PolicySet, actions: Action[], cwd: string | undefined): Promise<GateResult> {
  const missesBefore = treeSitterMisses();
  const result = judgeToolActions(policySet, actions, cwd);
  if (treeSitterMisses() === missesBefore) return result;
  await prepareShellAnalysis();
  return judgeToolActions(policySet, actions, cwd);
}

function withActionsItImplies(actions: Action[], policySet: PolicySet, cwd: string | undefined): Action[] {
  return withLiveManifestNamespaces(withSessionCwdPaths(actions, policySet, cwd), policySet, cwd);
}
