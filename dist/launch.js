import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  require_url
} from "./chunks/chunk-2R2ZKVH5.js";
import {
  require_child_process
} from "./chunks/chunk-XQI5CAFA.js";
import {
  require_fs
} from "./chunks/chunk-CJM3AD5Z.js";
import {
  __toESM
} from "./chunks/chunk-JSTIMTER.js";

// src/action/launch.ts
var import_node_child_process = __toESM(require_child_process(), 1);
var import_node_fs = __toESM(require_fs(), 1);
var import_node_url = __toESM(require_url(), 1);
var ACTION_NODE_FLAGS = ["--liftoff-only", "--max-semi-space-size=8"];
function reportFailure(message, write = (text) => process.stdout.write(text)) {
  const escaped = message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  write(`::error::SafeClaw could not start: ${escaped}
`);
}
var processExecve = process.execve?.bind(process) ?? null;
function startGate({ node, entry, execArgv, write, execve = processExecve }) {
  if (!(0, import_node_fs.existsSync)(entry)) {
    reportFailure(`${entry} is missing next to the launcher (a broken checkout of the Action?)`, write);
    return Promise.resolve(1);
  }
  const args = [...ACTION_NODE_FLAGS, ...execArgv, entry];
  if (execve) {
    if (!(0, import_node_fs.existsSync)(node)) {
      reportFailure(`${node} ${args.join(" ")}: ENOENT (no such file)`, write);
      return Promise.resolve(1);
    }
    execve(node, [node, ...args], process.env);
  }
  return new Promise((done) => {
    let failed = false;
    const fail = (message) => {
      if (!failed) reportFailure(message, write);
      failed = true;
    };
    let child;
    try {
      child = (0, import_node_child_process.spawn)(node, args, { stdio: "inherit", env: process.env });
    } catch (err) {
      fail(`${node}: ${err.message}`);
      done(1);
      return;
    }
    const forward = (signal) => child.kill(signal);
    const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
    for (const signal of signals) process.on(signal, forward);
    const finish = (code) => {
      for (const signal of signals) process.off(signal, forward);
      done(failed ? 1 : code);
    };
    child.on("error", (err) => {
      fail(`${node} ${ACTION_NODE_FLAGS.join(" ")} ${entry}: ${err.message}`);
      if (child.pid === void 0) finish(1);
    });
    child.on("exit", (code, signal) => {
      if (signal !== null) fail(`the gate process ended by ${signal} before it finished (out of memory, or the run was cancelled)`);
      finish(code ?? 1);
    });
  });
}
function isEntryPoint() {
  try {
    return process.argv[1] !== void 0 && (0, import_node_fs.realpathSync)(process.argv[1]) === (0, import_node_fs.realpathSync)((0, import_node_url.fileURLToPath)(import.meta.url));
  } catch {
    return false;
  }
}
if (isEntryPoint()) {
  const entry = (0, import_node_url.fileURLToPath)(new URL("./index.js", import.meta.url));
  if (ACTION_NODE_FLAGS.every((flag) => process.execArgv.includes(flag))) {
    import((0, import_node_url.pathToFileURL)(entry).href).catch((err) => {
      reportFailure(err.message);
      process.exitCode = 1;
    });
  } else {
    process.exitCode = await startGate({ node: process.execPath, entry, execArgv: process.execArgv });
  }
}
export {
  ACTION_NODE_FLAGS,
  startGate
};
