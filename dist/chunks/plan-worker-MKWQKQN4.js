import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  judgePlansOn,
  planWorkerMain
} from "./chunk-G5A7B6C6.js";
import "./chunk-FOVAU22Z.js";
import "./chunk-H3GUW3Z5.js";
import "./chunk-HJRRPD4R.js";
import "./chunk-HCPZAC37.js";
import "./chunk-MSLOIGWO.js";
import "./chunk-RMDNJXOX.js";
import "./chunk-OAYRHKAK.js";
import "./chunk-UUBYUL6J.js";
import "./chunk-2R2ZKVH5.js";
import "./chunk-CJM3AD5Z.js";
import "./chunk-F5SZT7GW.js";
import "./chunk-PZ6AAJEP.js";
import "./chunk-XQI5CAFA.js";
import "./chunk-F5G5IMQW.js";
import "./chunk-JSTIMTER.js";
export {
  judgePlansOn,
  planWorkerMain
};
