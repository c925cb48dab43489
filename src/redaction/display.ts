// What every output shows of an action and its decision: the same objects
// with every secret replaced by `[REDACTED:kind]`.
//
// Why here, and once: the gate (src/engine/gate.ts) is where an action enters
// SafeClaw's outputs. It judges the action as given, then hands out only the
// display copy made here, so the PR comment, the job summary, SARIF, the
// annotations, the step's failure line, CLI text and JSON, `explain`, the
// hook's reason to the model and the audit log all render text that was
// redacted before any of them saw it. A renderer cannot forget to redact: it
// never holds the secret.
//
// The secrets are looked for in the action's own text (where the context is:
// `… | docker login --password-stdin`), then their values are scrubbed from
// every text the engine derived from it (canonical forms, parts, reasons,
// traces), which spell them differently or without that context.
import type { Action, Decision, GateItem, InfraAttribute, Origin, PartDecision } from '../types.js';
import { derivedRedactor, mayHoldSecret, redactSecrets, sharedRedaction, type Redaction } from './redact.js';

const UNCHANGED_KEPT = 16;

/** The action and decision as outputs show them; the same objects when nothing needed redacting. */
export function displayItem(action: Action, decision: Decision): GateItem {
  const kinds: string[] = [];
  const secrets: string[] = [];
  const note = (redaction: Readonly<Redaction>): string => {
    for (const kind of redaction.kinds) if (!kinds.includes(kind)) kinds.push(kind);
    for (const secret of redaction.secrets) secrets.push(secret); // not push(...): a text may hold any number
    return redaction.text;
  };
  // Texts of this item known to come out unchanged with no kind, while no secret is known: a
  // decision repeats its own texts (its reason and normalized form are its part's, a path is
  // its own normal form), and each needs the patterns' test only once. Only this item's texts:
  // nothing is remembered from one item to the next. A few: a script's hundreds of parts would
  // make the look-ups cost more than the tests.
  const unchanged: string[] = [];
  const remember = (text: string) => {
    if (unchanged.length < UNCHANGED_KEPT) unchanged.push(text);
  };
  const own = (text: string): string => {
    const redaction = sharedRedaction(text);
    if (redaction.kinds.length === 0 && redaction.text === text) remember(text);
    return note(redaction);
  };

  const shownAction = redactAction(action, own);
  // Derived texts hold nothing the action did not; without a secret there, the patterns alone are enough
  // (and a text the action's own redaction left unchanged with no kind is unchanged by them too).
  const derived = derivedRedactor(secrets);
  const other = (text: string): string => {
    if (secrets.length === 0) {
      if (unchanged.includes(text)) return text;
      if (!mayHoldSecret(text)) {
        remember(text);
        return text;
      }
    }
    return note(derived(text));
  };
  const shownDecision = redactDecision(decision, other);
  if (kinds.length === 0 && shownAction === action && shownDecision === decision) return { action, decision };
  return { action: shownAction, decision: shownDecision, ...(kinds.length > 0 ? { redacted: kinds } : {}) };
}

type Redact = (text: string) => string;

function redactAction(action: Action, redact: Redact): Action {
  const origin = redactOrigin(action.origin, redact);
  switch (action.type) {
    case 'shell.execute': {
      const command = redact(action.command);
      return command === action.command && origin === action.origin ? action : { ...action, command, ...(origin ? { origin } : {}) };
    }
    case 'file.read':
    case 'file.write': {
      const path = redact(action.path);
      return path === action.path && origin === action.origin ? action : { ...action, path, ...(origin ? { origin } : {}) };
    }
    case 'network.request': {
      const destination = redact(action.destination);
      return destination === action.destination && origin === action.origin ? action : { ...action, destination, ...(origin ? { origin } : {}) };
    }
    case 'infra.change': {
      const address = redact(action.address);
      const module = redact(action.module);
      // Planned values (`after`) are left as the plan reader made them: values Terraform marks
      // sensitive carry none (plan-attributes.ts), no output renders the others, and
      // scanning every attribute of a 200 MB plan would cost seconds.
      if (address === action.address && module === action.module && origin === action.origin) return action;
      return { ...action, address, module, ...(origin ? { origin } : {}) };
    }
    case 'tool.call': {
      const tool = redact(action.tool);
      const input = action.input ? redactAttributes(action.input, redact) : undefined;
      if (tool === action.tool && input === action.input && origin === action.origin) return action;
      return { ...action, tool, ...(input ? { input } : {}), ...(origin ? { origin } : {}) };
    }
  }
}

function redactAttributes(attributes: InfraAttribute[], redact: Redact): InfraAttribute[] {
  // One quick test over them all: a plan's resources have dozens of plain attributes each.
  if (!mayHoldSecret(attributes.map((a) => `${a.path}=${a.value}`).join('\n'))) return attributes;
  let changed = false;
  const shown = attributes.map((attribute) => {
    // Only the cheap test for the common value; the full redaction where it may hold a secret.
    if (!mayHoldSecret(attribute.value) && !mayHoldSecret(attribute.path)) return attribute;
    // A planned value under a secret-looking name (`password`, `token`) is a secret whatever it looks like.
    const byName = redactSecrets(`${attribute.path}=${JSON.stringify(attribute.value)}`).kinds.length > 0 && attribute.value !== '';
    // (Redacting the marker itself records its kind like any other find.)
    const value = redact(byName ? '[REDACTED:secret]' : attribute.value);
    if (value === attribute.value) return attribute;
    changed = true;
    return { ...attribute, value };
  });
  return changed ? shown : attributes;
}

function redactOrigin(origin: Origin | undefined, redact: Redact): Origin | undefined {
  if (!origin) return origin;
  const file = origin.file === undefined ? undefined : redact(origin.file);
  const detail = origin.detail === undefined ? undefined : redact(origin.detail);
  if (file === origin.file && detail === origin.detail) return origin;
  return { ...origin, ...(file !== undefined ? { file } : {}), ...(detail !== undefined ? { detail } : {}) };
}

function redactDecision(decision: Decision, redact: Redact): Decision {
  const reason = redact(decision.reason);
  const normalized = redact(decision.normalized);
  let partsChanged = false;
  const parts = decision.parts.map((part) => {
    const shown = redactPart(part, redact);
    if (shown !== part) partsChanged = true;
    return shown;
  });
  if (reason === decision.reason && normalized === decision.normalized && !partsChanged) return decision;
  return { ...decision, reason, normalized, parts: partsChanged ? parts : decision.parts };
}

function redactPart(part: PartDecision, redact: Redact): PartDecision {
  const text = redact(part.text);
  const raw = part.raw === undefined ? undefined : redact(part.raw);
  const reason = redact(part.reason);
  let traceChanged = false;
  const trace = part.trace?.map((step) => {
    const why = redact(step.why);
    if (why === step.why) return step;
    traceChanged = true;
    return { ...step, why };
  });
  if (text === part.text && raw === part.raw && reason === part.reason && !traceChanged) return part;
  return { ...part, text, reason, ...(raw !== undefined ? { raw } : {}), ...(trace ? { trace: traceChanged ? trace : part.trace } : {}) };
}
