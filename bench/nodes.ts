// The Nodes the benchmark runs on, side by side in one run: the machine's own
// (20 here; what `npm run bench` was started from) and Node 24 from the `node`
// devDependency (the runtime action.yml declares). `--node PATH` (repeatable)
// picks others.
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface NodeBinary {
  path: string;
  version: string;
  /** "Node v20.20.2" */
  label: string;
}

function describe(path: string): NodeBinary {
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  return { path, version, label: `Node ${version}` };
}

export function benchNodes(given: string[]): NodeBinary[] {
  const candidates =
    given.length > 0
      ? given.map((p) => resolve(p))
      : [
          // npm puts node_modules/.bin (Node 24) first on PATH and names the Node it runs on here.
          process.env.npm_node_execpath ?? process.execPath,
          '/usr/bin/node',
          join(ROOT, 'node_modules/node/bin/node'),
        ].filter((p) => existsSync(p));
  const seen = new Set<string>();
  const nodes: NodeBinary[] = [];
  for (const path of candidates) {
    const real = realpathSync(path);
    if (seen.has(real)) continue;
    seen.add(real);
    const node = describe(path);
    if (nodes.some((n) => n.version === node.version)) continue;
    nodes.push(node);
  }
  return nodes.sort((a, b) => Number(a.version.slice(1).split('.')[0]) - Number(b.version.slice(1).split('.')[0]));
}
