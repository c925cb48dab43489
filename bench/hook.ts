// A Claude Code hook call with audit as Claude Code makes it: a new process
// (`node dist/cli.js hook claude-code`) reading one PreToolUse call on stdin,
// loading the project's policies, judging, appending to the audit log (lock,
// checkpoint, fsync) and answering; next to `node -e 0` and `--version`,
// interleaved run by run, on every Node.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_POLICIES } from './generate-policy.js';
import type { NodeBinary } from './nodes.js';
import { ms, ratio, type Section, type TargetCheck } from './report.js';
import { mean, summarize } from './stats.js';

/**
 * CPU time (user + system, ms) of the children this process has waited for so
 * far, from Linux's /proc/self/stat (cutime, cstime; 100 clock ticks a second);
 * undefined elsewhere. A loaded machine stretches a child's wall time by the
 * time it waits for a core, hardly its CPU time; ticks are 10 ms, so only a
 * mean over many runs says much.
 */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return undefined;
  }
}

/** Tool calls an agent makes, taken in turn: plain and compound commands, a read, an edit. */
function toolCalls(project: string): string[] {
  const call = (tool_name: string, tool_input: Record<string, unknown>) =>
    JSON.stringify({ hook_event_name: 'PreToolUse', session_id: 'bench', cwd: project, tool_name, tool_input }) + '\n';
  return [
    call('Bash', { command: 'kubectl get pods -n dev' }),
    call('Bash', { command: 'cd infra && terraform plan -out=tfplan | tee plan.log' }),
    call('Read', { file_path: join(project, 'src/index.ts') }),
    call('Edit', { file_path: join(project, 'infra/main.tf'), old_string: 'a', new_string: 'b' }),
  ];
}

export interface HookFigures {
  sections: Section[];
  targets: TargetCheck[];
}

export function benchHook(nodes: NodeBinary[], cli: string, quick: boolean): HookFigures {
  const work = mkdtempSync(join(tmpdir(), 'safeclaw-bench-hook-'));
  try {
    const project = join(work, 'project');
    cpSync(EXAMPLE_POLICIES, join(project, '.safeclaw'), { recursive: true });
    const calls = toolCalls(project);
    const audit = join(project, '.safeclaw', 'audit', 'audit.jsonl');
    /** Wall time of one run (ms); its CPU time is added to `cpu` where the system tells it. */
    const time = (node: string, args: string[], input?: string, cpu?: number[]): number => {
      const cpuBefore = childrenCpuMs();
      const start = process.hrtime.bigint();
      const child = spawnSync(node, args, { input, encoding: 'utf8', cwd: project });
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      const cpuAfter = childrenCpuMs();
      if (child.status !== 0) throw new Error(`${node} ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
      if (input !== undefined && !/"permissionDecision":"(allow|deny|ask)"/.test(child.stdout)) throw new Error(`hook gave no decision: ${child.stdout}${child.stderr}`);
      if (cpu && cpuBefore !== undefined && cpuAfter !== undefined) cpu.push(cpuAfter - cpuBefore);
      return elapsed;
    };
    const hookArgs = [cli, 'hook', 'claude-code', '--policies', join(project, '.safeclaw')];
    const runs = quick ? 8 : 25;
    const figures = nodes.map(() => ({ bare: [] as number[], version: [] as number[], hook: [] as number[], bareCpu: [] as number[], hookCpu: [] as number[] }));
    // One unrecorded round (page cache, the audit log's first checkpoint).
    for (const node of nodes) {
      time(node.path, ['-e', '0']);
      time(node.path, hookArgs, calls[0]);
    }
    for (let i = 0; i < runs; i++) {
      for (const [n, node] of nodes.entries()) {
        figures[n].bare.push(time(node.path, ['-e', '0'], undefined, figures[n].bareCpu));
        figures[n].hook.push(time(node.path, hookArgs, calls[i % calls.length], figures[n].hookCpu));
        figures[n].version.push(time(node.path, [cli, '--version']));
      }
    }
    const records = readFileSync(audit, 'utf8').split('\n').filter(Boolean).length;
    const rows: string[][] = [];
    const targets: TargetCheck[] = [];
    for (const [n, node] of nodes.entries()) {
      const bare = summarize(figures[n].bare);
      const hook = summarize(figures[n].hook);
      const version = summarize(figures[n].version);
      const cpu = figures[n].hookCpu.length === runs ? `${ms(mean(figures[n].hookCpu))} ÷ ${ms(mean(figures[n].bareCpu))} = ${ratio(mean(figures[n].hookCpu) / mean(figures[n].bareCpu))}` : 'n/a';
      rows.push([node.label, ms(bare.median), ms(version.median), ms(hook.median), ms(hook.mean), ms(hook.p99), ratio(hook.median / bare.median), cpu]);
      targets.push({ target: `hook call with audit ≤ 1.5× \`node -e 0\` (medians, ${node.label})`, measured: ratio(hook.median / bare.median), met: hook.median / bare.median <= 1.5 });
    }
    return {
      sections: [
        {
          title: 'Claude Code hook call with audit (process start → answer)',
          header: ['Node', '`node -e 0` median', '`cli.js --version` median', 'hook median', 'hook mean', 'hook p99', 'hook ÷ `node -e 0`', 'CPU mean: hook ÷ `node -e 0`'],
          rows,
          notes: [
            `\`node dist/cli.js hook claude-code --policies DIR\` with one PreToolUse call on stdin (a command, a compound line, a Read, an Edit, in turn), the example policy, the audit log on (${records.toLocaleString('en-US')} records at the end).`,
            `${runs} runs of each, interleaved (\`node -e 0\`, hook, \`--version\`, Node by Node), after one unrecorded round.`,
            'CPU: user + system time of each child (Linux, 10 ms ticks, so means only), which a loaded machine inflates far less than wall time; the target is on wall-time medians.',
          ],
        },
      ],
      targets,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
