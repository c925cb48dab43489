import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  require_fs
} from "./chunk-CJM3AD5Z.js";
import {
  __toESM
} from "./chunk-JSTIMTER.js";

// src/cli/read-stream.ts
var import_node_fs = __toESM(require_fs(), 1);

// src/cli/descriptor-io.ts
async function readDescriptor(readSync2, fd, rest) {
  const chunks = [];
  for (; ; ) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    let length;
    try {
      length = readSync2(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      const code = err.code;
      if (code === "EAGAIN") {
        chunks.push(await readStreamBytes(rest()));
        break;
      }
      if (code === "EOF") break;
      throw err;
    }
    if (length === 0) break;
    chunks.push(chunk.subarray(0, length));
  }
  return Buffer.concat(chunks);
}
function writeDescriptor(writeSync, fd, text, rest) {
  const bytes = Buffer.from(text, "utf8");
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(fd, bytes, written, bytes.length - written);
    } catch (err) {
      if (err.code !== "EAGAIN") throw err;
      rest().write(bytes.subarray(written));
      return;
    }
  }
}
async function readStreamBytes(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

// src/cli/read-stream.ts
async function readStream(stream) {
  return (await readStreamBytes(stream)).toString("utf8");
}
async function readStandardInput(io) {
  if (io.stdinFd === void 0) return readStream(io.stdin);
  return (await readDescriptor(import_node_fs.readSync, io.stdinFd, () => io.stdin)).toString("utf8");
}

export {
  writeDescriptor,
  readStream,
  readStandardInput
};
