import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  MAIN_HELP,
  main
} from "./chunk-SST63Z2V.js";
import "./chunk-EEZ2F5KS.js";
import "./chunk-R46UKVD2.js";
import "./chunk-P2I2JZ74.js";
import "./chunk-JSTIMTER.js";
export {
  MAIN_HELP,
  main
};
