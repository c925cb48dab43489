import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  DEFAULT_ANCHOR_REF,
  anchorIfDue,
  anchorToGit,
  readGitAnchors
} from "./chunk-THG6TB56.js";
import "./chunk-MBYVMPBO.js";
import "./chunk-IP5HSEW5.js";
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
