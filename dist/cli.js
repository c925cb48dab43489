#!/usr/bin/env node
import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);

// src/cli/bin.ts
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
var argv = process.argv.slice(2);
var nodeMajor = Number(process.versions.node.split(".")[0]);
if (argv[0] === "check" && nodeMajor >= 22 && !process.execArgv.includes("--liftoff-only")) {
  const flags = ["--liftoff-only", "--max-semi-space-size=8"];
  const again = spawnSync(process.execPath, [...flags, ...process.execArgv, fileURLToPath(import.meta.url), ...argv], { stdio: "inherit" });
  process.exit(again.status ?? 2);
}
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});
var { main } = argv[0] === "hook" ? await import("./hook-main.js") : await import("./chunks/main-OU6LGVSF.js");
var code = await main(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  // Made only when read: process.stdin's stream costs ~4 ms to set up, and most commands never read it.
  get stdin() {
    return process.stdin;
  },
  stdinFd: 0,
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY) && process.env.NO_COLOR === void 0
});
process.exitCode = code;
