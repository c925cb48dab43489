import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-JSTIMTER.js";

// builtin-by-require:path
var require_path = __commonJS({
  "builtin-by-require:path"(exports, module) {
    module.exports = __require("node:path");
  }
});

export {
  require_path
};
