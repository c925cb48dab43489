// `safeclaw test`: runs the policy tests in .safeclaw/tests/*.yaml, so a policy
// change that flips a decision fails like any other broken test.
// Exit 0 all pass, 1 any fails, 2 invalid policy or test file.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { judgeForDisplay } from '../../engine/gate.js';
import { mcpServerOf, toolCallAction } from '../../integrations/tool-call.js';
import { loadPolicies } from '../../policy/load.js';
import { EFFECTS, type Action, type PolicySet } from '../../types.js';
import { parseCommandArgs } from '../args.js';
import { describeAction, paint, printable } from '../format.js';
import { UsageError, type CliCommand } from '../io.js';
import { findPoliciesDir } from '../policies-dir.js';
import { redactSecrets } from '../../redaction/redact.js';

export const TEST_HELP = `Usage: safeclaw test [--policies DIR]

Runs .safeclaw/tests/*.yaml. Each file holds
  tests:
    - name: applying terraform is denied
      command: terraform apply          # or read: PATH, write: PATH, request: URL, tool: NAME (+ server:, input: {…})
      expect: deny                      # allow | deny | require_approval
      rule: block-terraform-apply       # optional: the rule expected to decide
`;

const OPTIONS = { policies: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

const ACTION_KEYS = { command: 'shell.execute', read: 'file.read', write: 'file.write', request: 'network.request', tool: 'tool.call' } as const;
const CASE_KEYS = ['name', 'expect', 'rule', 'server', 'input', ...Object.keys(ACTION_KEYS)];

export interface PolicyTestCase {
  name: string;
  action: Action;
  expect: (typeof EFFECTS)[number];
  rule?: string | null;
  file: string;
  line: number;
}

export const testCommand: CliCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'test');
  if (values.help) {
    io.stdout.write(TEST_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`test: unexpected argument "${positionals[0]}"`);
  const dir = findPoliciesDir(io.cwd, values.policies);
  const policySet = await loadPolicies(dir);
  const testsDir = join(dir, 'tests');
  let names: string[];
  try {
    names = (await readdir(testsDir)).filter((n) => /\.ya?ml$/i.test(n)).sort();
  } catch {
    names = [];
  }
  if (names.length === 0) {
    io.stderr.write(`safeclaw test: no test files in ${relative(io.cwd, testsDir) || testsDir}\n  fix: add tests/*.yaml (safeclaw init writes a sample)\n`);
    return 2;
  }
  const cases: PolicyTestCase[] = [];
  for (const name of names) {
    const path = join(testsDir, name);
    for (const c of parseTestFile(await readFile(path, 'utf8'), relative(io.cwd, path) || path)) cases.push(c); // not push(...): any number of cases
  }
  const failures = runPolicyTests(policySet, cases);
  for (const failure of failures) io.stdout.write(`${paint('deny', 'FAIL', io.isTTY)} ${failure}\n`);
  const passed = cases.length - failures.length;
  io.stdout.write(`${passed} passed, ${failures.length} failed\n`);
  return failures.length === 0 ? 0 : 1;
};

/** Each failing case as `file:line: name: expected …, got …`. */
export function runPolicyTests(policySet: PolicySet, cases: PolicyTestCase[]): string[] {
  const failures: string[] = [];
  for (const testCase of cases) {
    // A failure line shows the action redacted, like every other output.
    const { action, decision } = judgeForDisplay(policySet, testCase.action);
    const wrongDecision = decision.decision !== testCase.expect;
    const wrongRule = testCase.rule !== undefined && decision.rule !== testCase.rule;
    if (!wrongDecision && !wrongRule) continue;
    const expected = `${testCase.expect}${testCase.rule !== undefined ? ` by ${testCase.rule ?? '(default)'}` : ''}`;
    failures.push(
      `${testCase.file}:${testCase.line}: ${printable(redactSecrets(testCase.name).text)}: ${printable(describeAction(action))}: ` +
        `expected ${expected}, got ${decision.decision} by ${decision.rule ?? '(default)'} (${printable(decision.reason)})`,
    );
  }
  return failures;
}

export function parseTestFile(text: string, file: string): PolicyTestCase[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (node: Node | null | undefined) => lineCounter.linePos(node?.range?.[0] ?? 0).line;
  const fail = (node: Node | null | undefined, message: string): never => {
    throw new UsageError(`${file}:${lineOf(node)}: ${message}`);
  };
  if (doc.errors.length > 0) {
    const { line } = lineCounter.linePos(doc.errors[0].pos[0]);
    throw new UsageError(`${file}:${line}: YAML syntax error: ${doc.errors[0].message.split('\n')[0]}`);
  }
  const root = doc.contents;
  if (!isMap(root)) return fail(root, 'a test file must be a mapping with a `tests:` list');
  const tests = root.get('tests', true) as Node | undefined;
  if (!isSeq(tests)) return fail(tests ?? root, '`tests` must be a list of cases');
  return tests.items.map((item) => parseCase(item as Node, file, lineOf, fail));
}

function parseCase(
  node: Node,
  file: string,
  lineOf: (node: Node | null | undefined) => number,
  fail: (node: Node | null | undefined, message: string) => never,
): PolicyTestCase {
  if (!isMap(node)) return fail(node, 'a test case must be a mapping with an action and `expect`');
  const map = node as YAMLMap;
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!CASE_KEYS.includes(key)) fail(pair.key as Node, `unknown key "${key}" (use ${CASE_KEYS.join(', ')})`);
  }
  const text = (key: string): string | undefined => {
    const value = map.get(key, true) as Node | undefined;
    if (value === undefined) return undefined;
    if (!isScalar(value) || value.value === null) return fail(value, `\`${key}\` must be a string`);
    return String(value.value);
  };
  const given = Object.entries(ACTION_KEYS).filter(([key]) => map.has(key));
  if (given.length !== 1) fail(node, 'give exactly one of command, read, write, request, tool');
  const [key, type] = given[0];
  const value = text(key)!;
  const origin = { source: 'test', file, line: lineOf(node) };
  if (type !== 'tool.call' && (map.has('server') || map.has('input'))) fail(node, '`server` and `input` go with `tool`');
  const inputNode = map.get('input', true) as Node | undefined;
  if (inputNode !== undefined && !isMap(inputNode)) fail(inputNode, '`input` must be a mapping: the tool call\'s arguments');
  const action: Action =
    type === 'shell.execute'
      ? { type, command: value, origin }
      : type === 'network.request'
        ? { type, destination: value, origin }
        : type === 'tool.call'
          ? toolCallAction(value, text('server') ?? mcpServerOf(value) ?? '', inputNode?.toJSON() ?? {}, origin)
          : { type, path: value, origin };
  const expect = text('expect');
  if (expect === undefined || !(EFFECTS as readonly string[]).includes(expect)) {
    fail(map.get('expect', true) as Node ?? node, `\`expect\` must be one of ${EFFECTS.join(', ')}`);
  }
  const ruleNode = map.get('rule', true) as Node | undefined;
  const rule = ruleNode === undefined ? undefined : isScalar(ruleNode) && ruleNode.value === null ? null : text('rule');
  return {
    name: text('name') ?? `${key} ${value}`,
    action,
    expect: expect as PolicyTestCase['expect'],
    ...(rule !== undefined ? { rule } : {}),
    file,
    line: lineOf(node),
  };
}
