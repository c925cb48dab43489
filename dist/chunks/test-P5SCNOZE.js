import { createRequire as __safeclawCreateRequire } from 'node:module'; const require = __safeclawCreateRequire(import.meta.url);
import {
  describeAction,
  paint,
  printable
} from "./chunk-QS2ZCJMI.js";
import {
  findPoliciesDir
} from "./chunk-UGHXXDY7.js";
import {
  judgeForDisplay,
  mcpServerOf,
  toolCallAction
} from "./chunk-QBAGW2OF.js";
import {
  redactSecrets
} from "./chunk-MSLOIGWO.js";
import "./chunk-PH6DYPQT.js";
import {
  LineCounter,
  isMap,
  isScalar,
  isSeq,
  loadPolicies,
  parseDocument
} from "./chunk-P7JXOOCS.js";
import "./chunk-2R2ZKVH5.js";
import {
  parseCommandArgs
} from "./chunk-OPLRS47Z.js";
import "./chunk-UPSMNA4H.js";
import {
  UsageError
} from "./chunk-P2I2JZ74.js";
import {
  EFFECTS
} from "./chunk-IP5HSEW5.js";
import "./chunk-PZ6AAJEP.js";
import "./chunk-CJM3AD5Z.js";
import {
  require_promises
} from "./chunk-G7CLGG5Z.js";
import {
  require_path
} from "./chunk-6XR2NURA.js";
import {
  __toESM
} from "./chunk-JSTIMTER.js";

// src/cli/commands/test.ts
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_path(), 1);
var TEST_HELP = `Usage: safeclaw test [--policies DIR]

Runs .safeclaw/tests/*.yaml. Each file holds
  tests:
    - name: applying terraform is denied
      command: terraform apply          # or read: PATH, write: PATH, request: URL, tool: NAME (+ server:, input: {\u2026})
      expect: deny                      # allow | deny | require_approval
      rule: block-terraform-apply       # optional: the rule expected to decide
`;
var OPTIONS = { policies: { type: "string" }, help: { type: "boolean", short: "h" } };
var ACTION_KEYS = { command: "shell.execute", read: "file.read", write: "file.write", request: "network.request", tool: "tool.call" };
var CASE_KEYS = ["name", "expect", "rule", "server", "input", ...Object.keys(ACTION_KEYS)];
var testCommand = async (argv, io) => {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, "test");
  if (values.help) {
    io.stdout.write(TEST_HELP);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`test: unexpected argument "${positionals[0]}"`);
  const dir = findPoliciesDir(io.cwd, values.policies);
  const policySet = await loadPolicies(dir);
  const testsDir = (0, import_node_path.join)(dir, "tests");
  let names;
  try {
    names = (await (0, import_promises.readdir)(testsDir)).filter((n) => /\.ya?ml$/i.test(n)).sort();
  } catch {
    names = [];
  }
  if (names.length === 0) {
    io.stderr.write(`safeclaw test: no test files in ${(0, import_node_path.relative)(io.cwd, testsDir) || testsDir}
  fix: add tests/*.yaml (safeclaw init writes a sample)
`);
    return 2;
  }
  const cases = [];
  for (const name of names) {
    const path = (0, import_node_path.join)(testsDir, name);
    for (const c of parseTestFile(await (0, import_promises.readFile)(path, "utf8"), (0, import_node_path.relative)(io.cwd, path) || path)) cases.push(c);
  }
  const failures = runPolicyTests(policySet, cases);
  for (const failure of failures) io.stdout.write(`${paint("deny", "FAIL", io.isTTY)} ${failure}
`);
  const passed = cases.length - failures.length;
  io.stdout.write(`${passed} passed, ${failures.length} failed
`);
  return failures.length === 0 ? 0 : 1;
};
function runPolicyTests(policySet, cases) {
  const failures = [];
  for (const testCase of cases) {
    const { action, decision } = judgeForDisplay(policySet, testCase.action);
    const wrongDecision = decision.decision !== testCase.expect;
    const wrongRule = testCase.rule !== void 0 && decision.rule !== testCase.rule;
    if (!wrongDecision && !wrongRule) continue;
    const expected = `${testCase.expect}${testCase.rule !== void 0 ? ` by ${testCase.rule ?? "(default)"}` : ""}`;
    failures.push(
      `${testCase.file}:${testCase.line}: ${printable(redactSecrets(testCase.name).text)}: ${printable(describeAction(action))}: expected ${expected}, got ${decision.decision} by ${decision.rule ?? "(default)"} (${printable(decision.reason)})`
    );
  }
  return failures;
}
function parseTestFile(text, file) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (node) => lineCounter.linePos(node?.range?.[0] ?? 0).line;
  const fail = (node, message) => {
    throw new UsageError(`${file}:${lineOf(node)}: ${message}`);
  };
  if (doc.errors.length > 0) {
    const { line } = lineCounter.linePos(doc.errors[0].pos[0]);
    throw new UsageError(`${file}:${line}: YAML syntax error: ${doc.errors[0].message.split("\n")[0]}`);
  }
  const root = doc.contents;
  if (!isMap(root)) return fail(root, "a test file must be a mapping with a `tests:` list");
  const tests = root.get("tests", true);
  if (!isSeq(tests)) return fail(tests ?? root, "`tests` must be a list of cases");
  return tests.items.map((item) => parseCase(item, file, lineOf, fail));
}
function parseCase(node, file, lineOf, fail) {
  if (!isMap(node)) return fail(node, "a test case must be a mapping with an action and `expect`");
  const map = node;
  for (const pair of map.items) {
    const key2 = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!CASE_KEYS.includes(key2)) fail(pair.key, `unknown key "${key2}" (use ${CASE_KEYS.join(", ")})`);
  }
  const text = (key2) => {
    const value2 = map.get(key2, true);
    if (value2 === void 0) return void 0;
    if (!isScalar(value2) || value2.value === null) return fail(value2, `\`${key2}\` must be a string`);
    return String(value2.value);
  };
  const given = Object.entries(ACTION_KEYS).filter(([key2]) => map.has(key2));
  if (given.length !== 1) fail(node, "give exactly one of command, read, write, request, tool");
  const [key, type] = given[0];
  const value = text(key);
  const origin = { source: "test", file, line: lineOf(node) };
  if (type !== "tool.call" && (map.has("server") || map.has("input"))) fail(node, "`server` and `input` go with `tool`");
  const inputNode = map.get("input", true);
  if (inputNode !== void 0 && !isMap(inputNode)) fail(inputNode, "`input` must be a mapping: the tool call's arguments");
  const action = type === "shell.execute" ? { type, command: value, origin } : type === "network.request" ? { type, destination: value, origin } : type === "tool.call" ? toolCallAction(value, text("server") ?? mcpServerOf(value) ?? "", inputNode?.toJSON() ?? {}, origin) : { type, path: value, origin };
  const expect = text("expect");
  if (expect === void 0 || !EFFECTS.includes(expect)) {
    fail(map.get("expect", true) ?? node, `\`expect\` must be one of ${EFFECTS.join(", ")}`);
  }
  const ruleNode = map.get("rule", true);
  const rule = ruleNode === void 0 ? void 0 : isScalar(ruleNode) && ruleNode.value === null ? null : text("rule");
  return {
    name: text("name") ?? `${key} ${value}`,
    action,
    expect,
    ...rule !== void 0 ? { rule } : {},
    file,
    line: lineOf(node)
  };
}
export {
  TEST_HELP,
  parseTestFile,
  runPolicyTests,
  testCommand
};
