import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  parseArgs
} from "./chunk-UPSMNA4H.js";
import {
  UsageError
} from "./chunk-P2I2JZ74.js";

// src/cli/args.ts
function parseCommandArgs(argv, options, command) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true, tokens: true });
  } catch (err) {
    throw new UsageError(`${command}: ${err.message}
  fix: see \`safeclaw ${command} --help\``);
  }
}
function oneOf(value, allowed, flag, fallback) {
  if (value === void 0) return fallback;
  if (!allowed.includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(", ")} (got "${value}")`);
  }
  return value;
}

export {
  parseCommandArgs,
  oneOf
};
