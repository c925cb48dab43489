import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  AUDIT_HELP,
  auditCommand,
  rotateAtOption
} from "./chunk-GSK2TQAQ.js";
import "./chunk-DSPCVEK7.js";
import "./chunk-KJYKO4LD.js";
import "./chunk-R46UKVD2.js";
import "./chunk-C7CIWFFA.js";
import "./chunk-P2I2JZ74.js";
import "./chunk-XXH57QFD.js";
import "./chunk-HFFP4LUM.js";
import "./chunk-IP5HSEW5.js";
import "./chunk-JSTIMTER.js";
export {
  AUDIT_HELP,
  auditCommand,
  rotateAtOption
};
