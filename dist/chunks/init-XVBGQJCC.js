import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  INIT_HELP,
  initCommand,
  writeSafeclawFolder
} from "./chunk-O4KKMURQ.js";
import "./chunk-OPLRS47Z.js";
import "./chunk-UPSMNA4H.js";
import "./chunk-P2I2JZ74.js";
import "./chunk-F5G5IMQW.js";
import "./chunk-JSTIMTER.js";
export {
  INIT_HELP,
  initCommand,
  writeSafeclawFolder
};
