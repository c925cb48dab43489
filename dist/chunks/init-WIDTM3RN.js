import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  INIT_HELP,
  initCommand,
  writeSafeclawFolder
} from "./chunk-XDFF2OUH.js";
import "./chunk-OPLRS47Z.js";
import "./chunk-UPSMNA4H.js";
import "./chunk-P2I2JZ74.js";
import "./chunk-G7CLGG5Z.js";
import "./chunk-6XR2NURA.js";
import "./chunk-JSTIMTER.js";
export {
  INIT_HELP,
  initCommand,
  writeSafeclawFolder
};
