import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  AUDIT_HELP,
  auditCommand,
  rotateAtOption
} from "./chunk-J5W63KCM.js";
import "./chunk-YTQHP5ZS.js";
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
