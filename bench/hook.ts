// A Claude Code hook call with audit as Claude Code makes it: a new process
// (`node dist/cli.js hook claude-code`) reading one PreToolUse call on stdin,
// loading the project's policies, judging, appending to the audit log (lock,
// checkpoint, fsync) and answering; next to `node -e 0` and `--version`,
// interleaved run by run, on every Node. Two hook rows: with the long-lived judge
// running (`judge start`, as a session start leaves it: the hook process asks it,
// src/cli/judge-server.ts), the target's row, and the cold in-process hook (no
// judge: another XDG_RUNTIME_DIR, the client's look-up included).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
    // Each judge's state in a folder of this run's own; the in-process runs look in an empty one.
    const withJudge = { ...process.env, XDG_RUNTIME_DIR: join(work, 'run-judge') };
    const withoutJudge = { ...process.env, XDG_RUNTIME_DIR: join(work, 'run-none') };
    mkdirSync(withJudge.XDG_RUNTIME_DIR, { mode: 0o700 });
    mkdirSync(withoutJudge.XDG_RUNTIME_DIR, { mode: 0o700 });
    const time = (node: string, args: string[], input?: string, cpu?: number[], env: NodeJS.ProcessEnv = withoutJudge): number => {
      const cpuBefore = childrenCpuMs();
      const start = process.hrtime.bigint();
      const child = spawnSync(node, args, { input, encoding: 'utf8', cwd: project, env });
      const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
      const cpuAfter = childrenCpuMs();
      if (child.status !== 0) throw new Error(`${node} ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
      if (input !== undefined && !/"permissionDecision":"(allow|deny|ask)"/.test(child.stdout)) throw new Error(`hook gave no decision: ${child.stdout}${child.stderr}`);
      if (cpu && cpuBefore !== undefined && cpuAfter !== undefined) cpu.push(cpuAfter - cpuBefore);
      return elapsed;
    };
    const hookArgs = [cli, 'hook', 'claude-code', '--policies', join(project, '.safeclaw')];
    const runs = quick ? 8 : 25;
    const figures = nodes.map(() => ({
      bare: [] as number[],
      version: [] as number[],
      hook: [] as number[],
      judged: [] as number[],
      bareCpu: [] as number[],
      hookCpu: [] as number[],
      judgedCpu: [] as number[],
    }));
    const judges = nodes.filter((node) => spawnSync(node.path, [cli, 'judge', 'start', '--quiet'], { env: withJudge, encoding: 'utf8' }).status === 0 && spawnSync(node.path, [cli, 'judge', 'status', '--quiet'], { env: withJudge }).status === 0);
    try {
      // One unrecorded round (page cache, the audit log's first checkpoint, the judge's first call).
      for (const node of nodes) {
        time(node.path, ['-e', '0']);
        time(node.path, hookArgs, calls[0]);
        time(node.path, hookArgs, calls[0], undefined, withJudge);
      }
      for (let i = 0; i < runs; i++) {
        for (const [n, node] of nodes.entries()) {
          figures[n].bare.push(time(node.path, ['-e', '0'], undefined, figures[n].bareCpu));
          figures[n].judged.push(time(node.path, hookArgs, calls[i % calls.length], figures[n].judgedCpu, withJudge));
          figures[n].hook.push(time(node.path, hookArgs, calls[i % calls.length], figures[n].hookCpu));
          figures[n].version.push(time(node.path, [cli, '--version']));
        }
      }
    } finally {
      for (const node of judges) spawnSync(node.path, [cli, 'judge', 'stop', '--quiet'], { env: withJudge });
    }
    const records = readFileSync(audit, 'utf8').split('\n').filter(Boolean).length;
    const rows: string[][] = [];
    const targets: TargetCheck[] = [];
    for (const [n, node] of nodes.entries()) {
      const bare = summarize(figures[n].bare);
      const version = summarize(figures[n].version);
      const judged = judges.includes(node);
      for (const [label, times, cpuTimes] of [
        [judged ? 'judge running' : 'judge running (did not start: in-process)', figures[n].judged, figures[n].judgedCpu],
        ['in-process (no judge)', figures[n].hook, figures[n].hookCpu],
      ] as const) {
        const hook = summarize([...times]);
        const cpu = cpuTimes.length === runs ? `${ms(mean([...cpuTimes]))} ÷ ${ms(mean(figures[n].bareCpu))} = ${ratio(mean([...cpuTimes]) / mean(figures[n].bareCpu))}` : 'n/a';
        rows.push([node.label, label, ms(bare.median), ms(version.median), ms(hook.median), ms(hook.mean), ms(hook.p99), ratio(hook.median / bare.median), cpu]);
      }
      const hook = summarize(figures[n].judged);
      targets.push({ target: `hook call with audit ≤ 1.5× \`node -e 0\` (medians, judge running, ${node.label})`, measured: ratio(hook.median / bare.median), met: judged && hook.median / bare.median <= 1.5 });
    }
    return {
      sections: [
        {
          title: 'Claude Code hook call with audit (process start → answer)',
          header: ['Node', 'hook', '`node -e 0` median', '`cli.js --version` median', 'hook median', 'hook mean', 'hook p99', 'hook ÷ `node -e 0`', 'CPU mean: hook ÷ `node -e 0`'],
          rows,
          notes: [
            `\`node dist/cli.js hook claude-code --policies DIR\` with one PreToolUse call on stdin (a command, a compound line, a Read, an Edit, in turn), the example policy, the audit log on (${records.toLocaleString('en-US')} records at the end).`,
            `${runs} runs of each, interleaved (\`node -e 0\`, hook with the judge, hook in-process, \`--version\`, Node by Node), after one unrecorded round.`,
            '"judge running": `safeclaw judge start` ran first (each Node its own judge), so the hook process verifies the judge through /proc and asks it; the judge does the call\'s whole work (policies from disk, judging, the audit append and fsync) in its warm process.',
            'CPU: user + system time of each child (Linux, 10 ms ticks, so means only), which a loaded machine inflates far less than wall time; the target is on wall-time medians. With the judge, the judge\'s own CPU is not the child\'s: only wall time tells the whole call.',
          ],
        },
      ],
      targets,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
