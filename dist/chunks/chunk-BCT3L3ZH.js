import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-JSTIMTER.js";

// builtin-by-require:process
var require_process = __commonJS({
  "builtin-by-require:process"(exports, module) {
    module.exports = __require("node:process");
  }
});

export {
  require_process
};
