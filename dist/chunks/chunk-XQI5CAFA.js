import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-JSTIMTER.js";

// builtin-by-require:child_process
var require_child_process = __commonJS({
  "builtin-by-require:child_process"(exports, module) {
    module.exports = __require("node:child_process");
  }
});

export {
  require_child_process
};
