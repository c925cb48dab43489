import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  AUDIT_HELP,
  auditCommand,
  rotateAtOption
} from "./chunk-SGKFOKHG.js";
import "./chunk-UTERI3J3.js";
import "./chunk-HOMHI2YN.js";
import "./chunk-R46UKVD2.js";
import "./chunk-CJM3AD5Z.js";
import "./chunk-2R2ZKVH5.js";
import "./chunk-OPLRS47Z.js";
import "./chunk-UPSMNA4H.js";
import "./chunk-P2I2JZ74.js";
import "./chunk-THG6TB56.js";
import "./chunk-MBYVMPBO.js";
import "./chunk-IP5HSEW5.js";
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
