// The official SARIF 2.1.0 JSON schema, as Microsoft ships it in the SARIF
// Multitool package (a devDependency for this file alone: the schema cannot be
// fetched from its web address here).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

export function sarifSchemaPath(root: string): string {
  return join(root, 'node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json');
}

/** A validator for the schema file (JSON Schema draft 2020-12, as Microsoft publishes it). */
export function sarifValidator(schemaPath: string): ValidateFunction {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  // The schema's `language` pattern (`…{2}]?$`) is only valid without the `u` flag.
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  const addFormats = addFormatsModule as unknown as (a: Ajv2020) => Ajv2020;
  addFormats(ajv);
  return ajv.compile(schema);
}
