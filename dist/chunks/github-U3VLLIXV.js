import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  context,
  getOctokit
} from "./chunk-UXIPKRLP.js";
import "./chunk-JWNWVRK7.js";
import "./chunk-CJM3AD5Z.js";
import "./chunk-JSTIMTER.js";
export {
  context,
  getOctokit
};
