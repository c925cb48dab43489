import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  AUDIT_HELP,
  auditCommand,
  rotateAtOption
} from "./chunk-AJWPXJGG.js";
import "./chunk-T7BP6HLI.js";
import "./chunk-WRRAIGSS.js";
import "./chunk-R46UKVD2.js";
import "./chunk-7QVB6KRL.js";
import "./chunk-CY66CH4F.js";
import "./chunk-C7CIWFFA.js";
import "./chunk-P2I2JZ74.js";
import "./chunk-JSTIMTER.js";
export {
  AUDIT_HELP,
  auditCommand,
  rotateAtOption
};
