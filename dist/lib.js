import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-R46UKVD2.js";
import {
  evaluateAll
} from "./chunks/chunk-PTSXNRPP.js";
import {
  DEFAULT_DENY_REASON,
  evaluate,
  normalizeDestination,
  normalizePath
} from "./chunks/chunk-24CRSECF.js";
import {
  lintPolicies
} from "./chunks/chunk-G6PVA2IB.js";
import {
  ACTION_TYPES,
  EFFECTS,
  PolicyError,
  analyzeShellCommand,
  compilePolicies,
  formatProblem,
  loadPolicies
} from "./chunks/chunk-CTHSFM3R.js";
import "./chunks/chunk-JSTIMTER.js";
export {
  ACTION_TYPES,
  DEFAULT_DENY_REASON,
  EFFECTS,
  PolicyError,
  VERSION,
  analyzeShellCommand,
  compilePolicies,
  evaluate,
  evaluateAll,
  formatProblem,
  lintPolicies,
  loadPolicies,
  normalizeDestination,
  normalizePath
};
