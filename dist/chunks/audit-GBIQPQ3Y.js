import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  AUDIT_HELP,
  auditCommand,
  rotateAtOption
} from "./chunk-HG5SXT7D.js";
import "./chunk-PH6DYPQT.js";
import "./chunk-P7JXOOCS.js";
import "./chunk-R46UKVD2.js";
import "./chunk-2R2ZKVH5.js";
import "./chunk-OPLRS47Z.js";
import "./chunk-UPSMNA4H.js";
import "./chunk-P2I2JZ74.js";
import "./chunk-OCFFE6WG.js";
import "./chunk-EPVBHTLI.js";
import "./chunk-IP5HSEW5.js";
import "./chunk-PZ6AAJEP.js";
import "./chunk-JWNWVRK7.js";
import "./chunk-XQI5CAFA.js";
import "./chunk-CJM3AD5Z.js";
import "./chunk-G7CLGG5Z.js";
import "./chunk-6XR2NURA.js";
import "./chunk-JSTIMTER.js";
export {
  AUDIT_HELP,
  auditCommand,
  rotateAtOption
};
