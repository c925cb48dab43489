import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  __require
} from "./chunk-JSTIMTER.js";

// builtin-by-require:util
var m = __require("node:util");
var util_default = m;
var inspect = m.inspect;
var parseArgs = m.parseArgs;
var types = m.types;

export {
  util_default,
  inspect,
  parseArgs,
  types
};
