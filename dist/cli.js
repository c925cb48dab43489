#!/usr/bin/env node
import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  require_url
} from "./chunks/chunk-2R2ZKVH5.js";
import {
  __toESM
} from "./chunks/chunk-JSTIMTER.js";

// src/cli/bin.ts
var import_node_url = __toESM(require_url(), 1);
var argv = process.argv.slice(2);
var nodeMajor = Number(process.versions.node.split(".")[0]);
if (argv[0] === "check" && nodeMajor >= 22 && !process.execArgv.includes("--liftoff-only")) {
  const args = ["--liftoff-only", "--max-semi-space-size=8", ...process.execArgv, (0, import_node_url.fileURLToPath)(import.meta.url), ...argv];
  const execve = process.execve;
  if (execve !== void 0 && process.platform !== "win32") execve.call(process, process.execPath, [process.execPath, ...args], process.env);
  const { spawnSync } = await import("node:child_process");
  const again = spawnSync(process.execPath, args, { stdio: "inherit" });
  process.exit(again.status ?? 2);
}
var stdoutWatched = false;
function standardOutput() {
  if (!stdoutWatched) {
    stdoutWatched = true;
    process.stdout.on("error", (err) => {
      if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  return process.stdout;
}
var { main } = argv[0] === "hook" ? await import("./hook-main.js") : await import("./chunks/main-7T7BN7NL.js");
var code = await main(argv, {
  get stdout() {
    return standardOutput();
  },
  stdoutFd: 1,
  get stderr() {
    return process.stderr;
  },
  // Made only when read: process.stdin's stream costs ~4 ms to set up, and most commands never read it.
  get stdin() {
    return process.stdin;
  },
  stdinFd: 0,
  cwd: process.cwd(),
  env: process.env,
  get isTTY() {
    return Boolean(standardOutput().isTTY) && process.env.NO_COLOR === void 0;
  }
});
process.exitCode = code;
