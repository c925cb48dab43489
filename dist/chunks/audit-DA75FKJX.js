import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  AUDIT_HELP,
  auditCommand,
  rotateAtOption
} from "./chunk-2J5CYCQ2.js";
import "./chunk-OAYRHKAK.js";
import "./chunk-UUBYUL6J.js";
import "./chunk-R46UKVD2.js";
import "./chunk-2R2ZKVH5.js";
import "./chunk-CJM3AD5Z.js";
import "./chunk-OPLRS47Z.js";
import "./chunk-UPSMNA4H.js";
import "./chunk-P2I2JZ74.js";
import "./chunk-IHYBDKQH.js";
import "./chunk-UM7GYYXZ.js";
import "./chunk-A7JTHO7X.js";
import "./chunk-F5SZT7GW.js";
import "./chunk-PZ6AAJEP.js";
import "./chunk-JWNWVRK7.js";
import "./chunk-XQI5CAFA.js";
import "./chunk-F5G5IMQW.js";
import "./chunk-JSTIMTER.js";
export {
  AUDIT_HELP,
  auditCommand,
  rotateAtOption
};
