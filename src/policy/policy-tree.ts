// What the policy compiler (./load.ts, ./approvers.ts) reads of a policy file's
// YAML: maps, lists and scalars with the offset each starts at. Two parsers make
// it: ./policy-yaml.ts for the plain subset policies are written in (a hook call
// parses the policy cold, in a new process, where the `yaml` package's parse of
// the 9 KB example took ~20% of the call), and `yaml` for everything else, through
// `fromYamlNode`. The compiler cannot tell which one read a file: a test parses
// every policy of the repository, the init templates and thousands of generated and
// mutated files both ways and requires the same tree.
import { isMap, isPair, isScalar, isSeq } from 'yaml';

export type PolicyNode = PolicyScalar | PolicyMap | PolicySeq | PolicyOther;

export interface PolicyScalar {
  kind: 'scalar';
  /** Where the scalar starts (its opening quote, if quoted); offsets are UTF-16 indexes into the file's text. */
  offset: number | undefined;
  /** As YAML's core schema reads it: a string, number, boolean or null. */
  value: unknown;
  /** The scalar's text before the schema gave it a type (`5` for the number 5). */
  source: string | undefined;
}

export interface PolicyMap {
  kind: 'map';
  offset: number | undefined;
  pairs: PolicyPair[];
}

export interface PolicyPair {
  key: PolicyNode | null;
  /** The key as messages name it. */
  keyText: string;
  value: PolicyNode | null;
}

export interface PolicySeq {
  kind: 'seq';
  offset: number | undefined;
  items: (PolicyNode | null)[];
}

/** Anything else `yaml` may hold where a value is (a key-value pair inside a flow list): never a valid policy value. */
export interface PolicyOther {
  kind: 'other';
  offset: number | undefined;
}

/** The value of the first pair whose key is the string `key`, as `yaml`'s YAMLMap.get(key, true). */
export function mapGet(map: PolicyMap, key: string): PolicyNode | undefined {
  for (const pair of map.pairs) {
    if (pair.key?.kind === 'scalar' && pair.key.value === key) return pair.value ?? undefined;
  }
  return undefined;
}

/** `yaml`'s node (a document's contents, free of aliases) as a PolicyNode. */
export function fromYamlNode(node: unknown): PolicyNode | null {
  if (node === null || node === undefined) return null;
  const offset = (node as { range?: [number, number, number] }).range?.[0];
  if (isScalar(node)) return { kind: 'scalar', offset, value: node.value, source: typeof node.source === 'string' ? node.source : undefined };
  if (isMap(node)) {
    return {
      kind: 'map',
      offset,
      pairs: node.items.map((pair) => ({
        key: fromYamlNode(pair.key),
        keyText: isScalar(pair.key) ? String(pair.key.value) : String(pair.key),
        value: fromYamlNode(pair.value),
      })),
    };
  }
  if (isSeq(node)) return { kind: 'seq', offset, items: node.items.map((item) => fromYamlNode(item)) };
  return { kind: 'other', offset: isPair(node) ? undefined : offset };
}
