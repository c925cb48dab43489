import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-JSTIMTER.js";

// builtin-by-require:stream
var require_stream = __commonJS({
  "builtin-by-require:stream"(exports, module) {
    module.exports = __require("node:stream");
  }
});

export {
  require_stream
};
