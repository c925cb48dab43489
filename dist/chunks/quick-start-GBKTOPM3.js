import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  MAIN_HELP
} from "./chunk-KRZCQPCU.js";
import "./chunk-MSLOIGWO.js";
import {
  writeSafeclawFolder
} from "./chunk-XDFF2OUH.js";
import "./chunk-R46UKVD2.js";
import "./chunk-OPLRS47Z.js";
import "./chunk-UPSMNA4H.js";
import "./chunk-P2I2JZ74.js";
import {
  require_os
} from "./chunk-JWNWVRK7.js";
import {
  require_fs
} from "./chunk-CJM3AD5Z.js";
import "./chunk-G7CLGG5Z.js";
import {
  require_path
} from "./chunk-6XR2NURA.js";
import {
  __toESM
} from "./chunk-JSTIMTER.js";

// src/cli/commands/quick-start.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_os = __toESM(require_os(), 1);
var import_node_path = __toESM(require_path(), 1);
async function quickStart(io) {
  const cwd = (0, import_node_path.resolve)(io.cwd);
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
  if (cwd === (0, import_node_path.parse)(cwd).root) {
    return "not creating .safeclaw/ at the file-system root: every folder on the machine would be judged by it\n  fix: cd into your project and run it again, or run `safeclaw init DIR`";
  }
  const home = io.env.HOME ? (0, import_node_path.resolve)(io.env.HOME) : (0, import_node_os.homedir)();
  if (cwd === home) {
    return `not creating .safeclaw/ in your home folder (${home}): every project below it without its own would be judged by it
  fix: cd into your project and run it again, or run \`safeclaw init DIR\``;
  }
  const repository = nearestAbove(cwd, ".git", "any");
  if (repository !== null && (0, import_node_path.dirname)(repository) !== cwd) {
    const top = (0, import_node_path.dirname)(repository);
    return `this folder is inside the git repository ${top}, whose policies belong at its top level
  fix: cd ${top} and run it again, or run \`safeclaw init .\` to create it here anyway`;
  }
  if (!io.stdin.isTTY) {
    return "not setting it up without a person at a terminal (standard input is not a TTY)\n  fix: run `safeclaw init` to create it here, or give a command";
  }
  return null;
}
function nearestAbove(dir, name, kind) {
  for (let at = dir; ; at = (0, import_node_path.dirname)(at)) {
    const candidate = (0, import_node_path.join)(at, name);
    try {
      const info = (0, import_node_fs.statSync)(candidate);
      if (kind === "any" || info.isDirectory()) return candidate;
    } catch {
    }
    if ((0, import_node_path.dirname)(at) === at) return null;
  }
}
export {
  quickStart
};
