// Finding the official SARIF 2.1.0 JSON schema for the tests. It cannot be
// fetched here, so it is looked for in installed packages (any file named
// `sarif-schema-2.1.0.json`, or the `sarif-2.1.0-rtm.N.json` that
// @microsoft/jest-sarif ships), or at the path in SARIF_SCHEMA.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const NAMES = /^sarif-(schema-)?2\.1\.0(-rtm\.\d+)?\.json$/;

function findIn(dir: string, depth: number): string | undefined {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return undefined;
  }
  for (const entry of entries) if (entry.isFile() && NAMES.test(entry.name)) return join(dir, entry.name);
  if (depth === 0) return undefined;
  for (const entry of entries) {
    if (entry.isDirectory() || entry.isSymbolicLink()) {
      const found = findIn(join(dir, entry.name), depth - 1);
      if (found) return found;
    }
  }
  return undefined;
}

export function findSarifSchema(root: string): string | undefined {
  const fromEnv = process.env.SARIF_SCHEMA;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return findIn(join(root, 'node_modules'), 5);
}

/**
 * A validator for the schema file. The released schema is draft-07, which ajv
 * reads as is; the rtm.5 draft is draft-04, whose only difference that matters
 * for this schema is the top-level `id` (draft-07 calls it `$id`).
 */
export function sarifValidator(schemaPath: string): ValidateFunction {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  if (String(schema.$schema).includes('draft-04')) {
    schema.$id = schema.id;
    delete schema.id;
    delete schema.$schema;
  }
  // The schema's `language` pattern (`…{2}]?$`) is only valid without the `u` flag.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  const addFormats = addFormatsModule as unknown as (a: Ajv) => Ajv;
  addFormats(ajv);
  return ajv.compile(schema);
}
