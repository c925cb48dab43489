import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  require_fs
} from "./chunk-CJM3AD5Z.js";
import {
  __toESM
} from "./chunk-JSTIMTER.js";

// src/cli/read-stream.ts
var import_node_fs = __toESM(require_fs(), 1);
async function readStream(stream) {
  return (await readBytes(stream)).toString("utf8");
}
async function readStandardInput(io) {
  if (io.stdinFd === void 0) return readStream(io.stdin);
  const chunks = [];
  for (; ; ) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    let length;
    try {
      length = (0, import_node_fs.readSync)(io.stdinFd, chunk, 0, chunk.length, null);
    } catch (err) {
      const code = err.code;
      if (code === "EAGAIN") {
        chunks.push(await readBytes(io.stdin));
        break;
      }
      if (code === "EOF") break;
      throw err;
    }
    if (length === 0) break;
    chunks.push(chunk.subarray(0, length));
  }
  return Buffer.concat(chunks).toString("utf8");
}
async function readBytes(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export {
  readStream,
  readStandardInput
};
