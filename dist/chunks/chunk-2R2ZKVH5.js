import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-JSTIMTER.js";

// builtin-by-require:url
var require_url = __commonJS({
  "builtin-by-require:url"(exports, module) {
    module.exports = __require("node:url");
  }
});

export {
  require_url
};
