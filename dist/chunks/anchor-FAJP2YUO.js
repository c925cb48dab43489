import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  DEFAULT_ANCHOR_REF,
  anchorIfDue,
  anchorToGit,
  readGitAnchors
} from "./chunk-YCYUYA6X.js";
import "./chunk-GKPD5R33.js";
import "./chunk-IP5HSEW5.js";
import "./chunk-JSTIMTER.js";
export {
  DEFAULT_ANCHOR_REF,
  anchorIfDue,
  anchorToGit,
  readGitAnchors
};
