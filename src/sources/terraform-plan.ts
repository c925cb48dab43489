// A Terraform/OpenTofu plan JSON (`terraform show -json plan.out`) → one
// `infra.change` action per resource that changes. Plans reach hundreds of MB
// (prior state, configuration, planned values), so the file is streamed: only
// `format_version` and one `resource_changes` entry at a time are built in
// memory; everything else is tokenized and dropped.
//
// The file must be a plan: `format_version` 1.x and a `planned_values` or
// `resource_changes` key at the top level. A state file (`terraform show
// -json` without a plan) or any other JSON is refused, never read as "no
// changes".
import { createReadStream } from 'node:fs';
import { Tokenizer, TokenParser, TokenType } from '@streamparser/json';
import type { InfraAction } from '../types.js';
import { SourceError } from './errors.js';
import { resourceChangeAction } from './plan-attributes.js';

const MAKE_PLAN = 'produce it with `terraform show -json plan.out > plan.json` (or `tofu show -json`)';

export async function readPlanActions(file: string, label = file): Promise<InfraAction[]> {
  const actions: InfraAction[] = [];
  let formatVersion: unknown;
  const topKeys = new Set<string>();

  // Line tracking: count newlines between token offsets as bytes pass, so an
  // error or an entry can name its line without keeping the text.
  let line = 1;
  let chunk: Buffer = Buffer.alloc(0);
  let chunkStart = 0; // absolute byte offset of chunk[0]
  let nextNewline = -1; // index in chunk of the next newline not yet counted
  const advanceTo = (offset: number) => {
    const to = offset - chunkStart;
    while (nextNewline >= 0 && nextNewline < to) {
      line++;
      nextNewline = chunk.indexOf(0x0a, nextNewline + 1);
    }
  };

  // Structure tracking for the top-level keys and the line each entry starts on.
  let depth = 0;
  let lastString: string | undefined;
  let currentTopKey: string | undefined;
  const entryLines: number[] = [];
  let failure: SourceError | undefined;

  const parser = new TokenParser({ paths: ['$.format_version', '$.resource_changes.*'], keepStack: false });
  parser.onValue = ({ value, key, stack }) => {
    if (stack.length === 1 && key === 'format_version') {
      formatVersion = value;
      return;
    }
    const entryLine = entryLines.shift();
    if (failure) return;
    const result = resourceChangeAction(value, { file: label, line: entryLine });
    if ('error' in result) failure = new SourceError({ file: label, line: entryLine }, result.error, MAKE_PLAN);
    else if ('action' in result) actions.push(result.action);
  };
  parser.onError = (err) => {
    throw err;
  };

  const tokenizer = new Tokenizer();
  tokenizer.onToken = (info) => {
    const { token, value, offset } = info;
    advanceTo(offset);
    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) {
      depth++;
      if (depth === 3 && currentTopKey === 'resource_changes' && token === TokenType.LEFT_BRACE) entryLines.push(line);
    } else if (token === TokenType.RIGHT_BRACE || token === TokenType.RIGHT_BRACKET) {
      depth--;
    } else if (token === TokenType.STRING) {
      lastString = value as string;
    } else if (token === TokenType.COLON && depth === 1 && lastString !== undefined) {
      currentTopKey = lastString;
      topKeys.add(lastString);
    }
    parser.write(info);
  };

  const stream = createReadStream(file);
  try {
    for await (const data of stream) {
      chunkStart += chunk.length;
      chunk = data as Buffer;
      nextNewline = chunk.indexOf(0x0a);
      tokenizer.write(chunk);
      advanceTo(chunkStart + chunk.length);
      if (failure) throw failure;
    }
    tokenizer.end();
    if (!parser.isEnded) throw new SourceError({ file: label, line }, 'plan JSON ends early (the file is truncated)', MAKE_PLAN);
  } catch (err) {
    stream.destroy();
    if (err instanceof SourceError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') {
      throw new SourceError({ file: label }, `cannot read plan file (${code})`, MAKE_PLAN);
    }
    const detail = (err as Error).message.replace(/ in state \w+$/, '');
    throw new SourceError({ file: label, line }, `not valid plan JSON: ${detail}`, MAKE_PLAN);
  }
  if (failure) throw failure;
  if (formatVersion === undefined) {
    throw new SourceError({ file: label }, 'not a Terraform/OpenTofu plan: no "format_version"', MAKE_PLAN);
  }
  if (typeof formatVersion !== 'string' || !/^1\.\d+/.test(formatVersion)) {
    throw new SourceError({ file: label }, `unsupported plan format_version ${JSON.stringify(formatVersion)} (SafeClaw reads 1.x)`, MAKE_PLAN);
  }
  if (!topKeys.has('planned_values') && !topKeys.has('resource_changes')) {
    throw new SourceError({ file: label }, 'not a Terraform/OpenTofu plan: it has no "planned_values" or "resource_changes" (a state file?)', MAKE_PLAN);
  }
  return actions;
}
