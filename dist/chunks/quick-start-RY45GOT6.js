import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  MAIN_HELP
} from "./chunk-MC7FFP3E.js";
import "./chunk-4N7PKHTR.js";
import {
  writeSafeclawFolder
} from "./chunk-MI6SUEDG.js";
import "./chunk-R46UKVD2.js";
import "./chunk-C7CIWFFA.js";
import "./chunk-P2I2JZ74.js";
import "./chunk-JSTIMTER.js";

// src/cli/commands/quick-start.ts
import { statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, parse, resolve } from "node:path";
async function quickStart(io) {
  const cwd = resolve(io.cwd);
  const governing = nearestAbove(cwd, ".safeclaw", "directory");
  if (governing !== null) {
    io.stdout.write(`${MAIN_HELP}
SafeClaw's policies for this folder: ${governing}
`);
    return 2;
  }
  const refusal = refusalFor(cwd, io);
  if (refusal !== null) {
    io.stdout.write(MAIN_HELP);
    io.stderr.write(`
safeclaw: no command given, and no .safeclaw folder in ${cwd} or above.
  ${refusal}
`);
    return 2;
  }
  return writeSafeclawFolder(cwd, { force: false }, io);
}
function refusalFor(cwd, io) {
  if (cwd === parse(cwd).root) {
    return "not creating .safeclaw/ at the file-system root: every folder on the machine would be judged by it\n  fix: cd into your project and run it again, or run `safeclaw init DIR`";
  }
  const home = io.env.HOME ? resolve(io.env.HOME) : homedir();
  if (cwd === home) {
    return `not creating .safeclaw/ in your home folder (${home}): every project below it without its own would be judged by it
  fix: cd into your project and run it again, or run \`safeclaw init DIR\``;
  }
  const repository = nearestAbove(cwd, ".git", "any");
  if (repository !== null && dirname(repository) !== cwd) {
    const top = dirname(repository);
    return `this folder is inside the git repository ${top}, whose policies belong at its top level
  fix: cd ${top} and run it again, or run \`safeclaw init .\` to create it here anyway`;
  }
  if (!io.stdin.isTTY) {
    return "not setting it up without a person at a terminal (standard input is not a TTY)\n  fix: run `safeclaw init` to create it here, or give a command";
  }
  return null;
}
function nearestAbove(dir, name, kind) {
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, name);
    try {
      const info = statSync(candidate);
      if (kind === "any" || info.isDirectory()) return candidate;
    } catch {
    }
    if (dirname(at) === at) return null;
  }
}
export {
  quickStart
};
