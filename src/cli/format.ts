// Human-readable output for the terminal: a table, coloured only on a TTY.
import type { Action, GateResult, Verdict } from '../types.js';
import { plural } from '../plural.js';

const COLOURS: Record<Verdict, string> = { allow: '\x1b[32m', deny: '\x1b[31m', require_approval: '\x1b[33m' };
const RESET = '\x1b[0m';
const LABEL: Record<Verdict, string> = { allow: 'allow', deny: 'DENY', require_approval: 'APPROVAL' };

export function paint(verdict: Verdict, text: string, colour: boolean): string {
  return colour ? COLOURS[verdict] + text + RESET : text;
}

/** The action as a person reads it: `$ terraform apply`, `read .env`… */
export function describeAction(action: Action): string {
  switch (action.type) {
    case 'shell.execute':
      return `$ ${action.command}`;
    case 'file.read':
      return `read ${action.path}`;
    case 'file.write':
      return `write ${action.path}${action.change ? ` (${action.change})` : ''}`;
    case 'network.request':
      return `request ${action.destination}`;
    case 'infra.change':
      return `${action.change} ${action.address}`;
    case 'tool.call':
      return `call ${action.tool}${action.server ? ` (MCP server ${action.server})` : ''}`;
  }
}

export function describeOrigin(action: Action): string {
  const origin = action.origin;
  if (!origin) return '';
  // A PR body read from a file (`check --pr-body FILE`) names that file; the Action's is "PR body".
  if (origin.source === 'pr-body' && origin.file && origin.file !== 'PR body') return `${origin.file}:${origin.line ?? 1} (PR body)`;
  if (origin.source === 'pr-body') return origin.line ? `PR body:${origin.line}` : 'PR body';
  if (origin.file) return origin.line ? `${origin.file}:${origin.line}` : origin.file;
  return origin.source;
}

/** Control characters in attacker-controlled text could rewrite the terminal: show them escaped. */
export function printable(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f\x9b]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`).replace(/\n/g, '\\n');
}

export function formatGateText(result: GateResult, colour: boolean): string {
  const lines: string[] = [];
  for (const { action, decision } of result.items) {
    const label = paint(decision.decision, LABEL[decision.decision].padEnd(8), colour);
    const origin = describeOrigin(action);
    lines.push(`${label}  ${printable(describeAction(action))}${origin ? `   (${printable(origin)})` : ''}`);
    lines.push(`          ${decision.rule ?? '(default)'}: ${printable(decision.reason)}`);
  }
  const { allow, deny, require_approval } = result.counts;
  lines.push('');
  lines.push(
    `verdict: ${paint(result.verdict, result.verdict, colour)} — ${allow} allowed, ${deny} denied, ${plural(require_approval, 'needs', 'need')} approval` +
      ` (policy ${result.policyDigest.slice(0, 12)})`,
  );
  if (result.audit) lines.push(`audit: ${result.audit.path} (${plural(result.audit.records, 'record')}, head ${result.audit.head})`);
  return lines.join('\n') + '\n';
}
