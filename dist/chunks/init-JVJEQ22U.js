import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  INIT_HELP,
  initCommand,
  writeSafeclawFolder
} from "./chunk-MI6SUEDG.js";
import "./chunk-C7CIWFFA.js";
import "./chunk-P2I2JZ74.js";
import "./chunk-JSTIMTER.js";
export {
  INIT_HELP,
  initCommand,
  writeSafeclawFolder
};
