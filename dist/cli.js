#!/usr/bin/env node
import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  main
} from "./chunks/chunk-5AOW5E37.js";
import "./chunks/chunk-KL5ZROOS.js";
import "./chunks/chunk-R46UKVD2.js";
import "./chunks/chunk-P2I2JZ74.js";
import "./chunks/chunk-JSTIMTER.js";

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
var code = await main(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY) && process.env.NO_COLOR === void 0
});
process.exitCode = code;
