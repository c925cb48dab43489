import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-JSTIMTER.js";

// builtin-by-require:fs
var require_fs = __commonJS({
  "builtin-by-require:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

export {
  require_fs
};
