import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-JSTIMTER.js";

// builtin-by-require:os
var require_os = __commonJS({
  "builtin-by-require:os"(exports, module) {
    module.exports = __require("node:os");
  }
});

export {
  require_os
};
