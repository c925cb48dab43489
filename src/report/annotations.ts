// Check-run annotations for actions read from a file in the PR: the Action
// passes each to core.error / core.warning so the finding shows on that line
// of the diff. Actions from the PR body or the command line have no line to
// mark; the PR comment covers them.
import type { GateResult } from '../types.js';
import { actionKind, actionText, decidingPart, hasFileOrigin, ruleId } from './action-text.js';
import { clip, showInvisible } from './markdown-escape.js';

export interface Annotation {
  level: 'error' | 'warning';
  /** Short heading: `SafeClaw denied (rule-id)`. */
  title: string;
  /** Plain text, one line: the reason and the action. */
  message: string;
  /** Repository-relative path. */
  file: string;
  /** 1-based line, when known. */
  line?: number;
}

export interface AnnotationOptions {
  /** Only annotate actions from these files (the files the PR changes); all files when omitted. */
  files?: Iterable<string>;
  /** Longest action text in a message, in characters. Default 300. */
  maxActionChars?: number;
  /**
   * Most annotations of each level to return. GitHub shows only 10 errors and
   * 10 warnings per step from workflow commands; the rest are dropped silently.
   * Default: no limit.
   */
  maxPerLevel?: number;
}

function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

function oneLine(text: string, max: number): string {
  const { text: kept, omitted } = clip(text, max);
  return showInvisible(kept) + (omitted > 0 ? `… (${omitted} more characters)` : '');
}

/** One annotation per denied or approval-needed action that comes from a file. */
export function annotationsFor(result: GateResult, opts: AnnotationOptions = {}): Annotation[] {
  const only = opts.files ? new Set(Array.from(opts.files, normalisePath)) : undefined;
  const max = opts.maxActionChars ?? 300;
  const annotations: Annotation[] = [];
  const perLevel = { error: 0, warning: 0 };
  const limit = opts.maxPerLevel ?? Infinity;
  for (const item of result.items) {
    const { decision, action } = item;
    if (decision.decision === 'allow') continue;
    const origin = action.origin;
    if (!hasFileOrigin(origin)) continue;
    const file = normalisePath(origin.file);
    if (only && !only.has(file)) continue;
    const denied = decision.decision === 'deny';
    const level = denied ? 'error' : 'warning';
    if (perLevel[level] >= limit) continue;
    perLevel[level] += 1;
    let message = `${oneLine(decision.reason, max)}: ${actionKind(action)} ${oneLine(actionText(action), max)}`;
    const part = decidingPart(item);
    if (part) message += ` (deciding part: ${oneLine(part.raw ?? part.text, max)})`;
    annotations.push({
      level,
      title: `SafeClaw ${denied ? 'denied' : 'needs approval'} (${ruleId(decision)})`,
      message,
      file,
      ...(origin.line && origin.line >= 1 ? { line: origin.line } : {}),
    });
  }
  return annotations;
}
