import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-JSTIMTER.js";

// builtin-by-require:fs/promises
var require_promises = __commonJS({
  "builtin-by-require:fs/promises"(exports, module) {
    module.exports = __require("node:fs/promises");
  }
});

// builtin-by-require:path
var require_path = __commonJS({
  "builtin-by-require:path"(exports, module) {
    module.exports = __require("node:path");
  }
});

export {
  require_promises,
  require_path
};
