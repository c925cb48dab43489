// What the Action says to the runner: inputs, outputs, log lines, annotations,
// the job summary, the exit code, and the event that started the run. These are
// the few functions of @actions/core (and @actions/github's context) it used,
// written to the same formats byte for byte (the file commands of GITHUB_OUTPUT,
// the `::command key=value::message` workflow commands with their escapes). Why
// not the packages: loading them evaluates their HTTP clients (the npm undici,
// for OIDC tokens and Octokit), ~3% of a large gate's time, for nothing when no
// API is called. The API client is loaded only when there is a token
// (./github-api.ts).
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { access, appendFile, constants } from 'node:fs/promises';
import { EOL } from 'node:os';

/** `core.AnnotationProperties`: where an annotation goes. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** `core.getInput(name)`: INPUT_<NAME> (blanks as `_`, upper case), trimmed; '' when unset. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}

/** `core.setOutput`: a `name<<delimiter` block in GITHUB_OUTPUT; the old `::set-output` command without it. */
export function setOutput(name: string, value: unknown): void {
  const file = process.env.GITHUB_OUTPUT || '';
  if (file) {
    issueFileCommand('OUTPUT', keyValueMessage(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, commandValue(value));
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', commandProperties(properties), message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', commandProperties(properties), message);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', commandProperties(properties), message);
}

/** `core.setFailed`: exit code 1 and the message as an error. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** `core.summary.addRaw(text, true).write()`: appended to GITHUB_STEP_SUMMARY with a line end. */
export async function appendSummary(text: string): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
  try {
    await access(file, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
  }
  await appendFile(file, text + EOL, { encoding: 'utf8' });
}

/** `github.context`'s eventName and payload: GITHUB_EVENT_NAME and the JSON at GITHUB_EVENT_PATH. */
export interface EventContext {
  eventName: string;
  payload: Record<string, unknown>;
}

/** Read as @actions/github reads it when loaded: a missing event file is said on stdout and leaves the payload empty. */
export function readEventContext(): EventContext {
  let payload: Record<string, unknown> = {};
  const path = process.env.GITHUB_EVENT_PATH;
  if (path) {
    if (existsSync(path)) payload = JSON.parse(readFileSync(path, { encoding: 'utf8' })) as Record<string, unknown>;
    else process.stdout.write(`GITHUB_EVENT_PATH ${path} does not exist${EOL}`);
  }
  return { eventName: process.env.GITHUB_EVENT_NAME as string, payload };
}

function commandValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || value instanceof String) return value as string;
  return JSON.stringify(value);
}

function commandProperties(properties: AnnotationProperties): Record<string, unknown> {
  if (Object.keys(properties).length === 0) return {};
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn,
  };
}

/**
 * `::command key=value,key=value::message`. Properties with a falsy value are left out, but
 * as in @actions/core the blank after the command stays when there were properties at all.
 */
export function workflowCommand(command: string, properties: Record<string, unknown>, message: unknown): string {
  let text = `::${command}`;
  const entries = Object.entries(properties);
  if (entries.length > 0) text += ` ${entries.filter(([, value]) => value).map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',')}`;
  return `${text}::${escapeData(message)}`;
}

function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  process.stdout.write(workflowCommand(command, properties, message) + EOL);
}

function issueFileCommand(command: string, message: string): void {
  const file = process.env[`GITHUB_${command}`];
  if (!file) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, `${commandValue(message)}${EOL}`, { encoding: 'utf8' });
}

/** `name<<ghadelimiter_UUID`, the value, the delimiter: a value of any lines. */
export function keyValueMessage(key: string, value: unknown, delimiter = `ghadelimiter_${randomUUID()}`): string {
  const converted = commandValue(value);
  // Never expected (a random UUID): either would end the value early.
  if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (converted.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}

function escapeData(value: unknown): string {
  return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: unknown): string {
  return commandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
}
