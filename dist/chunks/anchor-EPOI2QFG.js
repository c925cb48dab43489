import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  DEFAULT_ANCHOR_REF,
  anchorIfDue,
  anchorToGit,
  readGitAnchors
} from "./chunk-IHYBDKQH.js";
import "./chunk-UM7GYYXZ.js";
import "./chunk-A7JTHO7X.js";
import "./chunk-F5SZT7GW.js";
import "./chunk-PZ6AAJEP.js";
import "./chunk-JWNWVRK7.js";
import "./chunk-XQI5CAFA.js";
import "./chunk-F5G5IMQW.js";
import "./chunk-JSTIMTER.js";
export {
  DEFAULT_ANCHOR_REF,
  anchorIfDue,
  anchorToGit,
  readGitAnchors
};
