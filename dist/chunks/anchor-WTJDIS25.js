import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  DEFAULT_ANCHOR_REF,
  anchorIfDue,
  anchorToGit,
  readGitAnchors
} from "./chunk-OCFFE6WG.js";
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
  DEFAULT_ANCHOR_REF,
  anchorIfDue,
  anchorToGit,
  readGitAnchors
};
