export declare const ACTION_TYPES: readonly ["shell.execute", "file.read", "file.write", "network.request", "infra.change", "tool.call"];
export type ActionType = (typeof ACTION_TYPES)[number];
export declare const EFFECTS: readonly ["allow", "deny", "require_approval"];
export type Effect = (typeof EFFECTS)[number];
/** A decision is one of the rule effects; the default (no rule) is `deny`. */
export type Verdict = Effect;
/** How strict each verdict is: deny wins over require_approval, which wins over allow. */
export declare const STRICTNESS: Readonly<Record<Verdict, number>>;
/** Where an action came from, for reports and the audit trail. */
export interface Origin {
    /** What produced it: `cli`, `input`, `diff`, `plan`, `commands`, `transcript`, `pr-body`, `workflow`, `hook`… */
    source: string;
    /** File the action was read from (repository-relative where possible). */
    file?: string;
    /** 1-based line in that file. */
    line?: number;
    /** Free text, e.g. the tool name in a transcript (`Bash`, `Read`). */
    detail?: string;
}
export type FileChange = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied';
/** `import`: an existing resource taken under management (Pulumi, CloudFormation). */
export type InfraChangeKind = 'create' | 'update' | 'delete' | 'replace' | 'import';
export interface ShellAction {
    type: 'shell.execute';
    command: string;
    origin?: Origin;
}
export interface FileAction {
    type: 'file.read' | 'file.write';
    path: string;
    /** Only for writes that come from a diff. */
    change?: FileChange;
    origin?: Origin;
}
export interface NetworkAction {
    type: 'network.request';
    destination: string;
    origin?: Origin;
}
/**
 * One attribute value a planned resource will have, flattened to a dotted path
 * (`ingress.0.cidr_blocks.1`). `unknown` (known only after apply) and `sensitive`
 * values carry no usable value: the engine never treats them as safe.
 */
export interface InfraAttribute {
    path: string;
    value: string;
    unknown?: boolean;
    sensitive?: boolean;
}
export interface InfraAction {
    type: 'infra.change';
    /** `module.net.aws_security_group.web[0]` */
    address: string;
    /** Resource type, e.g. `aws_security_group`. */
    resourceType: string;
    /** `registry.terraform.io/hashicorp/aws` */
    provider: string;
    change: InfraChangeKind;
    /** `module.net` (empty string for the root module). */
    module: string;
    /** Planned values after the change (flattened). */
    after?: InfraAttribute[];
    origin?: Origin;
}
/**
 * A call of an agent tool that is none of the above: an MCP server's tool
 * (`mcp__github__create_issue`), an SDK function tool. Its input is flattened as a
 * plan's `after` attributes are (`labels.0` = `bug`), for `input` conditions.
 */
export interface ToolCallAction {
    type: 'tool.call';
    /** The tool's name as the client calls it: `mcp__github__create_issue`, `query_db`. */
    tool: string;
    /** The MCP server it belongs to (empty for a tool of no server). */
    server: string;
    input?: InfraAttribute[];
    origin?: Origin;
}
export type Action = ShellAction | FileAction | NetworkAction | InfraAction | ToolCallAction;
/** A compiled matcher for one condition pattern (compiled once at load). */
export interface CompiledPattern {
    source: string;
    test: (text: string) => boolean;
    /** Where the pattern was written, when it came from a policy file. */
    position?: SourcePosition;
}
/** Where a policy element was written: for errors and for `explain`. */
export interface SourcePosition {
    file: string;
    line: number;
    column: number;
}
export interface CompiledCondition {
    /** Condition key: command, path, destination, change, address, type, provider, module, after. */
    key: string;
    patterns: CompiledPattern[];
    /** Only for `after` and `input`: which attribute paths the value patterns apply to. */
    attributePaths?: CompiledPattern[];
}
/** Who may approve a require_approval rule's actions: a user `alice` or a team `org/team`. */
export type Approver = {
    kind: 'user';
    login: string;
} | {
    kind: 'team';
    org: string;
    slug: string;
};
export interface Rule {
    id: string;
    action: ActionType;
    effect: Effect;
    conditions: CompiledCondition[];
    reason: string;
    position: SourcePosition;
    /** require_approval only: who may approve (absent: anyone with write access who is not the author). */
    approvers?: Approver[];
    /** require_approval only: distinct approvers needed (absent: 1). */
    approvals?: number;
}
export interface PolicySet {
    /** Folder holding `policies/` (the `.safeclaw` folder). */
    dir: string;
    /** Repository root paths are made relative to (the folder holding `.safeclaw`). */
    root: string;
    rules: Rule[];
    /** Rules indexed by action type; evaluation only looks at its own type. */
    byType: Record<ActionType, Rule[]>;
    /** SHA-256 hex over the canonical JSON of all rules: names the rules that decided. */
    digest: string;
    files: string[];
}
/** How one rule related to one action, for `explain`. */
export interface RuleTrace {
    rule: string;
    effect: Effect;
    matched: boolean;
    /** Why it matched or not: the first failing condition, or the patterns that matched. */
    why: string;
}
/**
 * A decision on one simple part of an action: a simple shell command, an
 * opaque command, a file or network action a command implies, or the whole
 * action when it is not a shell command.
 */
export interface PartDecision {
    kind: 'action' | 'command' | 'opaque' | 'implied';
    /** The action type judged for this part. */
    type: ActionType;
    /** Normalised text that was matched (canonical command, normalised path…). */
    text: string;
    /** Source text of the part where it differs (the raw simple command). */
    raw?: string;
    decision: Verdict;
    rule: string | null;
    reason: string;
    /** Every rule that matched this part, whatever its effect. */
    matchedRules: string[];
    trace?: RuleTrace[];
}
export interface Decision {
    decision: Verdict;
    /** The deciding rule id, or null when nothing allowed it (default deny). */
    rule: string | null;
    reason: string;
    /** Normalised form of the whole action, for display and the audit trail. */
    normalized: string;
    /** Every rule that matched any part. */
    matchedRules: string[];
    /** The parts judged one by one; the verdict is the strictest of them. */
    parts: PartDecision[];
}
export interface EvaluateOptions {
    /** Record a per-rule trace on each part (for `explain`); slower. */
    trace?: boolean;
}
/** One action of a gate run with its decision. */
export interface GateItem {
    /** As outputs show it: secrets replaced by `[REDACTED:kind]` (the decision was made on the text as given). */
    action: Action;
    decision: Decision;
    /** Kinds of secret redacted from `action` and `decision`, when any were. */
    redacted?: string[];
}
/** The outcome of judging everything a PR (or an input file) holds. */
export interface GateResult {
    /** Strictest decision over all items; `allow` only when every item is allowed (and there is at least none denied). */
    verdict: Verdict;
    items: GateItem[];
    counts: Record<Verdict, number>;
    policyDigest: string;
    /** Set when decisions were recorded in an audit log. */
    audit?: {
        path: string;
        head: string;
        records: number;
    };
    /** Link to the CI run, where known. */
    runUrl?: string;
}
