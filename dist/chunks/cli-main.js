import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  MAIN_HELP,
  main
} from "./chunk-KRZCQPCU.js";
import "./chunk-MSLOIGWO.js";
import "./chunk-R46UKVD2.js";
import "./chunk-P2I2JZ74.js";
import "./chunk-JSTIMTER.js";
export {
  MAIN_HELP,
  main
};
