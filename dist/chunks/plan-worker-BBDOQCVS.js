import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  BODIES_PER_MESSAGE,
  judgePlansOn,
  planWorkerMain
} from "./chunk-L5QIS5CH.js";
import "./chunk-RB6Y4JEG.js";
import "./chunk-H3GUW3Z5.js";
import "./chunk-HH3I3NL2.js";
import "./chunk-FH4ZYK6X.js";
import "./chunk-QBAGW2OF.js";
import "./chunk-MSLOIGWO.js";
import "./chunk-RMDNJXOX.js";
import "./chunk-PH6DYPQT.js";
import "./chunk-P7JXOOCS.js";
import "./chunk-2R2ZKVH5.js";
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
  BODIES_PER_MESSAGE,
  judgePlansOn,
  planWorkerMain
};
