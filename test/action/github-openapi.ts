// GitHub's REST API description (@octokit/openapi, api.github.com) as a
// checker for the fake API server: every request the Action sends must match
// a documented route, with documented query parameters and a request body the
// operation's schema accepts; every response the server sends must match the
// documented response schema. So a wrong route or field fails a test.
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: JsonObject;
}

export interface Route {
  method: string;
  template: string;
  operationId: string;
  pathParams: Record<string, string>;
  operation: JsonObject;
}

const SPEC_ID = 'https://api.github.com/openapi.json';

export class GitHubOpenApi {
  private readonly ajv: Ajv;
  private readonly routes: { method: string; template: string; pattern: RegExp; names: string[]; literalChars: number; operation: JsonObject }[] = [];
  private readonly compiled = new Map<string, ValidateFunction>();

  private constructor(readonly spec: JsonObject) {
    // OpenAPI 3.0 schemas: `nullable` is understood by Ajv; `example`, `discriminator` and friends are annotations.
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, coerceTypes: false });
    // ajv-formats is CommonJS with a default export; under NodeNext its type is the module object.
    (addFormatsModule as unknown as (ajv: Ajv) => Ajv)(this.ajv);
    this.ajv.addSchema({ $id: SPEC_ID, components: spec.components } as object);
    for (const [template, item] of Object.entries(spec.paths as Record<string, JsonObject>)) {
      for (const method of ['get', 'post', 'patch', 'put', 'delete']) {
        const operation = item[method] as JsonObject | undefined;
        if (!operation) continue;
        const names: string[] = [];
        const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
          names.push(name);
          return '([^/]+)';
        });
        this.routes.push({ method: method.toUpperCase(), template, pattern: new RegExp(`^${source}$`), names, literalChars: template.replace(/\{[^}]+\}/g, '').length, operation });
      }
    }
    // A literal segment beats a parameter (`/issues/comments/{id}` over `/issues/{number}/…`).
    this.routes.sort((a, b) => b.literalChars - a.literalChars);
  }

  static load(): GitHubOpenApi {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    return new GitHubOpenApi(JSON.parse(readFileSync(file, 'utf8')) as JsonObject);
  }

  /** An example from the description (`components.examples`), deep-copied. */
  example(name: string): JsonObject {
    const examples = (this.spec.components as JsonObject).examples as Record<string, JsonObject>;
    return structuredClone(examples[name].value as JsonObject);
  }

  route(method: string, path: string): Route | undefined {
    for (const r of this.routes) {
      if (r.method !== method) continue;
      const match = r.pattern.exec(path);
      if (!match) continue;
      const pathParams = Object.fromEntries(r.names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
      return { method, template: r.template, operationId: String(r.operation.operationId), pathParams, operation: r.operation };
    }
    return undefined;
  }

  /** Problems with a request (empty when it is what the description allows). */
  checkRequest(route: Route, query: URLSearchParams, body: string, contentType: string | undefined): string[] {
    const problems: string[] = [];
    const params = this.parameters(route.operation);
    for (const param of params.filter((p) => p.in === 'path')) {
      problems.push(...this.checkParam(param, route.pathParams[param.name], route));
    }
    for (const key of new Set(query.keys())) {
      const param = params.find((p) => p.in === 'query' && p.name === key);
      if (!param) problems.push(`${route.operationId}: query parameter "${key}" is not documented`);
      else problems.push(...this.checkParam(param, query.get(key)!, route));
    }
    for (const param of params.filter((p) => p.in === 'query' && p.required && !query.has(p.name))) {
      problems.push(`${route.operationId}: required query parameter "${param.name}" is missing`);
    }
    const requestBody = route.operation.requestBody as JsonObject | undefined;
    if (!requestBody) {
      if (body !== '') problems.push(`${route.operationId}: takes no request body but got ${body.length} bytes`);
      return problems;
    }
    if (body === '') {
      if (requestBody.required) problems.push(`${route.operationId}: the request body is required`);
      return problems;
    }
    if (!contentType?.startsWith('application/json')) problems.push(`${route.operationId}: content-type ${contentType} is not application/json`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return [...problems, `${route.operationId}: the request body is not JSON`];
    }
    const schema = ((requestBody.content as JsonObject)['application/json'] as JsonObject).schema as JsonObject;
    problems.push(...this.validate(`${route.operationId} request`, schema, parsed));
    return problems;
  }

  /** Problems with a response the fake server is about to send. */
  checkResponse(route: Route, status: number, body: unknown): string[] {
    const responses = route.operation.responses as Record<string, JsonObject>;
    let response = responses[String(status)];
    if (response && '$ref' in response) response = this.deref(String(response.$ref)) as JsonObject;
    if (!response) {
      // Errors GitHub can send from any route (5xx, rate limits, a 403 the route does not list) carry a basic-error.
      if (status >= 400) return this.validate(`${route.operationId} ${status}`, { $ref: '#/components/schemas/basic-error' }, body);
      return [`${route.operationId}: status ${status} is not a documented response`];
    }
    const content = response.content as JsonObject | undefined;
    if (!content) return body === undefined ? [] : [`${route.operationId} ${status}: documented without a body`];
    const schema = (content['application/json'] as JsonObject).schema as JsonObject;
    return this.validate(`${route.operationId} ${status} response`, schema, body);
  }

  private parameters(operation: JsonObject): Parameter[] {
    return ((operation.parameters as JsonObject[] | undefined) ?? []).map((p) => ('$ref' in p ? this.deref(String(p.$ref)) : p) as unknown as Parameter);
  }

  private checkParam(param: Parameter, raw: string | undefined, route: Route): string[] {
    if (raw === undefined) return param.required ? [`${route.operationId}: ${param.in} parameter "${param.name}" is missing`] : [];
    const type = param.schema.type;
    let value: unknown = raw;
    if (type === 'integer' || type === 'number') {
      value = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(value)) return [`${route.operationId}: ${param.name}=${raw} is not a number`];
    } else if (type === 'boolean') {
      value = raw === 'true' ? true : raw === 'false' ? false : raw;
    }
    return this.validate(`${route.operationId} ${param.in} parameter ${param.name}`, param.schema, value);
  }

  private deref(ref: string): Json {
    let node: Json = this.spec;
    for (const key of ref.replace(/^#\//, '').split('/')) node = (node as JsonObject)[key.replace(/~1/g, '/').replace(/~0/g, '~')];
    return node;
  }

  private validate(what: string, schema: JsonObject, value: unknown): string[] {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (validate === undefined) {
      // Fragments of the description refer to `#/components/…` of the whole document.
      const compiled = this.ajv.compile(JSON.parse(key.replace(/"\$ref":"#\//g, `"$ref":"${SPEC_ID}#/`)) as object);
      this.compiled.set(key, compiled);
      validate = compiled;
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).slice(0, 5).map((e) => `${what}: ${e.instancePath || '(root)'} ${e.message}`);
  }
}
