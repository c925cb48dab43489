// `safeclaw init [DIR]`: writes DIR/.safeclaw/ with a deny-all active policy,
// the DevOps examples (inactive) and a sample test. Never overwrites a file
// unless --force is given: a policy someone wrote is not ours to replace.
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseCommandArgs } from '../args.js';
import { ignoreAuditFolder } from '../gitignore.js';
import { DEFAULT_POLICY, DEVOPS_EXAMPLE_POLICY, SAMPLE_TESTS } from '../init-templates.js';
import { UsageError, type CliCommand, type CliIO } from '../io.js';

export const INIT_HELP = `Usage: safeclaw init [--force] [DIR]

Creates DIR/.safeclaw/ (default: the current folder):
  policies/default.yaml        deny-all active policy (rules: [])
  examples/devops-agent.yaml   example rules for a DevOps agent, not active until copied into policies/
  tests/examples.yaml          sample policy tests for \`safeclaw test\`
Existing files are never overwritten unless --force is given.
`;

const OPTIONS = { force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

export const initCommand: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'init');
  if (values.help) {
    io.stdout.write(INIT_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError('init: give at most one folder');
  return writeSafeclawFolder(resolve(io.cwd, positionals[0] ?? '.'), { force: values.force === true }, io);
};

/**
 * Writes BASE/.safeclaw/ and says what it wrote, where, and what to do next.
 * Shared by `init` and by `safeclaw` run with no command in a new project.
 */
export async function writeSafeclawFolder(base: string, options: { force: boolean }, io: CliIO): Promise<number> {
  const dir = join(base, '.safeclaw');
  const files: Array<[string, string]> = [
    [join(dir, 'policies', 'default.yaml'), DEFAULT_POLICY],
    [join(dir, 'examples', 'devops-agent.yaml'), DEVOPS_EXAMPLE_POLICY],
    [join(dir, 'tests', 'examples.yaml'), SAMPLE_TESTS],
  ];
  const show = (path: string) => relative(io.cwd, path) || path;
  const existing: string[] = [];
  for (const [path] of files) {
    if (await exists(path)) existing.push(path);
  }
  if (existing.length > 0 && !options.force) {
    io.stderr.write(
      `safeclaw init: not overwriting existing files:\n${existing.map((p) => `  ${show(p)}\n`).join('')}` +
        `  fix: keep them, or run \`safeclaw init --force\` to replace them\n`,
    );
    return 2;
  }
  // Say where before writing: a folder created in the wrong place must be easy to find and remove.
  io.stdout.write(`Creating SafeClaw's policy folder ${dir}\n`);
  for (const [path, text] of files) {
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
    } catch (err) {
      const { code, message } = err as NodeJS.ErrnoException;
      throw new UsageError(`init: cannot write ${show(path)}: ${code ?? message}\n  fix: make ${show(base)} writable (and ${show(dir)} a folder), or give another DIR`);
    }
    io.stdout.write(`wrote ${show(path)}\n`);
  }
  const ignored = await ignoreAuditFolder(base);
  if (ignored !== 'present') io.stdout.write(`${ignored === 'created' ? 'wrote' : 'added .safeclaw/audit/ to'} ${show(join(base, '.gitignore'))}\n`);
  io.stdout.write(
    `\nSafeClaw denies everything until a rule allows it. To start from the DevOps examples:\n` +
      `  cp ${show(join(dir, 'examples', 'devops-agent.yaml'))} ${show(join(dir, 'policies'))}/\n` +
      `then check them with \`safeclaw policy lint\` and \`safeclaw test\`.\n`,
  );
  return 0;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
