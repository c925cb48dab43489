// Runs `safeclaw audit …` as a real process with the real streams. It maps a
// usage error to exit 2 the way the CLI main does, so the test does not depend
// on the command being registered there.
import { auditCommand } from '../../src/cli/commands/audit.js';

try {
  process.exitCode = await auditCommand(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
    isTTY: false,
  });
} catch (err) {
  process.stderr.write(`safeclaw: ${(err as Error).message}\n`);
  process.exitCode = (err as Error).name === 'UsageError' || (err as Error).name === 'PolicyError' ? 2 : 70;
}
