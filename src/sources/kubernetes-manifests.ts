// Kubernetes manifests a PR adds, changes or deletes → `infra.change`
// actions, one per object: `type` the kind, `address` `namespace/kind/name`
// (an empty namespace when the manifest names none: kubectl's context
// decides, or the object is cluster-scoped), `provider` `kubernetes`, the
// change from comparing the objects of the file at the merge base and at HEAD
// (new → create, changed → update, gone → delete), and the object's fields
// as attributes (`spec.template.spec.containers.0.securityContext.privileged`,
// `roleRef.name`). A Secret's `data`/`stringData` values are sensitive: marked,
// never copied.
//
// A YAML file is a manifest when a document in it has string `apiVersion` and
// `kind`. Templated files (`{{ … }}`: Helm charts) are not manifests: they are
// gated through the helm command that renders them. A file that does not parse
// but has `apiVersion:` and `kind:` lines is an error at its line, never skipped.
// Kustomize files (`kustomize.config.k8s.io`) configure a build; they are
// files, not objects, and stay `file.write` actions only.
import { LineCounter, parseAllDocuments } from 'yaml';
import type { InfraAction, InfraChangeKind } from '../types.js';
import { isObject } from './claude-transcript.js';
import { SourceError } from './errors.js';
import { flattenAfter } from './plan-attributes.js';

export interface ManifestObject {
  kind: string;
  apiVersion: string;
  name: string;
  namespace: string;
  line: number;
  value: Record<string, unknown>;
}

export function isManifestPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}

/** The objects of one manifest file; `undefined` when the file is not a manifest. */
export function manifestObjects(text: string, file: string): ManifestObject[] | undefined {
  if (text.includes('{{')) return undefined;
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false });
  const looksLikeManifest = /^apiVersion:/m.test(text) && /^kind:/m.test(text);
  const list = Array.isArray(docs) ? docs : [docs];
  const out: ManifestObject[] = [];
  for (const doc of list) {
    const error = doc.errors[0];
    if (error) {
      if (!looksLikeManifest) return undefined;
      const line = lineCounter.linePos(error.pos[0]).line;
      throw new SourceError({ file, line }, `manifest YAML does not parse: ${error.message.split('\n')[0]}`, 'fix the YAML (kubectl would refuse it too)');
    }
    const value: unknown = doc.toJS({ maxAliasCount: 1000 });
    const line = lineCounter.linePos(doc.contents?.range?.[0] ?? 0).line;
    collect(value, line, out);
  }
  return out.length > 0 ? out : undefined;
}

function collect(value: unknown, line: number, out: ManifestObject[]): void {
  if (!isObject(value) || typeof value.apiVersion !== 'string' || typeof value.kind !== 'string') return;
  if (value.apiVersion.startsWith('kustomize.config.k8s.io')) return;
  // `kind: List` (kubectl get -o yaml) holds its objects in `items`.
  if (value.kind === 'List' || value.kind.endsWith('List')) {
    if (Array.isArray(value.items)) for (const item of value.items) collect(item, line, out);
    return;
  }
  const metadata = isObject(value.metadata) ? value.metadata : {};
  const name = typeof metadata.name === 'string' ? metadata.name : typeof metadata.generateName === 'string' ? `${metadata.generateName}*` : '';
  const namespace = typeof metadata.namespace === 'string' ? metadata.namespace : '';
  out.push({ kind: value.kind, apiVersion: value.apiVersion, name, namespace, line, value });
}

const keyOf = (o: ManifestObject) => `${o.namespace}/${o.kind}/${o.name}`;

/** The objects' changes between the file at the base (if any) and at HEAD (if any). */
export function manifestChangeActions(file: string, before: ManifestObject[] | undefined, after: ManifestObject[] | undefined): InfraAction[] {
  const out: InfraAction[] = [];
  const old = new Map((before ?? []).map((o) => [keyOf(o), o]));
  for (const object of after ?? []) {
    const previous = old.get(keyOf(object));
    old.delete(keyOf(object));
    if (previous && JSON.stringify(previous.value) === JSON.stringify(object.value)) continue;
    out.push(objectAction(file, object, previous ? 'update' : 'create'));
  }
  for (const gone of old.values()) out.push(objectAction(file, gone, 'delete'));
  return out;
}

function objectAction(file: string, object: ManifestObject, change: InfraChangeKind): InfraAction {
  const address = keyOf(object);
  // The values of a Secret are the secret: kept as marked attributes without their text.
  const sensitive = object.kind === 'Secret' ? Object.fromEntries(['data', 'stringData'].filter((k) => k in object.value).map((k) => [k, true])) : undefined;
  return {
    type: 'infra.change',
    address,
    resourceType: object.kind,
    provider: 'kubernetes',
    change,
    module: '',
    after: change === 'delete' ? [] : flattenAfter(object.value, undefined, sensitive),
    origin: { source: 'manifest', file, line: object.line, detail: `${address} ${change}` },
  };
}
