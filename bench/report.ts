// The benchmark's output: sections of markdown tables (readable in a terminal,
// and pasted as they are into RESULTS.md and the README), plus the targets.

export interface Section {
  title: string;
  header: string[];
  rows: string[][];
  notes?: string[];
}

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

export function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function renderSection(section: Section): string {
  const parts = [`### ${section.title}`, '', table(section.header, section.rows)];
  if (section.notes?.length) parts.push('', ...section.notes.map((n) => `- ${n}`));
  return parts.join('\n') + '\n';
}

export function renderTargets(checks: TargetCheck[]): string {
  return renderSection({
    title: 'Targets',
    header: ['Target (issue 15)', 'Measured', ''],
    rows: checks.map((c) => [c.target, c.measured, c.met ? 'PASS' : '**MISS**']),
  });
}

export const us = (value: number) => (value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)) + ' µs';
export const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0)) + ' ms';
export const perSecond = (value: number) => Math.round(value).toLocaleString('en-US') + '/s';
export const ratio = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0)) + '×';
export const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(0) + ' MB';
