import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  AUDIT_HELP,
  auditCommand,
  rotateAtOption
} from "./chunk-IKST6OVC.js";
import "./chunk-TW7XMLHK.js";
import "./chunk-A3T4KK3G.js";
import "./chunk-R46UKVD2.js";
import "./chunk-C7CIWFFA.js";
import "./chunk-P2I2JZ74.js";
import "./chunk-YCYUYA6X.js";
import "./chunk-GKPD5R33.js";
import "./chunk-IP5HSEW5.js";
import "./chunk-JSTIMTER.js";
export {
  AUDIT_HELP,
  auditCommand,
  rotateAtOption
};
