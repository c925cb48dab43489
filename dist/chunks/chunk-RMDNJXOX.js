import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-JSTIMTER.js";

// builtin-by-require:worker_threads
var require_worker_threads = __commonJS({
  "builtin-by-require:worker_threads"(exports, module) {
    module.exports = __require("node:worker_threads");
  }
});

export {
  require_worker_threads
};
