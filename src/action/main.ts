// The GitHub Action: read the inputs and the event, then the same steps as
// `safeclaw check` (collect → evaluate → record) and the reports a runner shows
// (outputs, annotations, job summary, SARIF, the one PR comment, the audit
// artifact). Failures of the reports are warnings; the verdict always stands.
// Anything thrown is turned into core.setFailed(message): policy and source
// errors carry their file:line, and a broken config never passes.
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { appendAuditRecords, prepareAuditBodies, type AuditEntry, type PreparedAuditBody } from '../audit/append.js';
import { evaluateAll } from '../engine/gate.js';
import { redactMessage } from '../redaction/redact.js';
import { annotationsFor } from '../report/annotations.js';
import { COMMENT_MARKER, GITHUB_COMMENT_LIMIT, renderMarkdown } from '../report/markdown.js';
import { renderSarif } from '../report/sarif.js';
import { prepareShellAnalysis } from '../shell/analyze.js';
import { collectActions, type CollectOptions } from '../sources/collect.js';
import { manifestLineAnalyses } from '../sources/kubectl-manifests.js';
import { STRICTNESS, type Action, type GateItem, type GateResult, type PolicySet, type Verdict } from '../types.js';
import { VERSION } from '../version.js';
import { retryOptionsFromEnv } from './api-retry.js';
import { uploadAuditArtifact } from './audit-artifact.js';
import { eventTarget, type EventPayload } from './event.js';
import { expandGlobs } from './file-globs.js';
import { fetchMissingCommits } from './git-checkout.js';
import {
  actionsDigest,
  approvalNeeds,
  approvalsMarkdown,
  commitStatus,
  countApprovals,
  DIGEST_SHOWN,
  membershipKey,
  membershipQueries,
  parseApproveCommand,
  ruleNeeds,
  type ApprovalCount,
  type ApprovalNeed,
  type Membership,
  type Permission,
  type StatusMark,
  uncountedApprovals,
} from './approvals.js';
import { approvalAuditEntries, denialReply, wrongCommandReply } from './approval-report.js';
import {
  apiFailureWarning,
  fetchPullRequest,
  githubClient,
  listApprovalCandidates,
  listSafeclawStatuses,
  openPullRequestsAt,
  permissionOf,
  reactToComment,
  replyOnPr,
  setCommitStatus,
  teamMembershipOf,
  upsertComment,
  type GitHubClient,
  type Repo,
} from './github-api.js';
import { readInputs, type ActionInputs } from './inputs.js';
import * as core from './runner-commands.js';
import type { EventContext } from './runner-commands.js';
import { failureReason } from './outcome.js';
import { loadGatePolicies, type GatePolicies } from './policy-source.js';
import { BODIES_PER_MESSAGE, judgePlansOn, type PlanJob, type PlanJudging } from './plan-worker.js';
import type { Worker } from 'node:worker_threads';

import { plural } from '../plural.js';

/** GitHub refuses a step summary over 1 MiB (bytes, not characters). */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** What the run judges: commits to diff, and the PR to comment on. */
interface Target {
  base?: string;
  head?: string;
  pr?: { number: number; body: string; author?: string };
  /** The PR's facts came from the event payload (pull_request*), which a re-run replays as they were. */
  fromPayload?: boolean;
}

export interface RunOptions {
  /** A worker thread that judges the plan files meanwhile (./plan-worker.ts, started by ./index.ts). */
  planWorker?: Worker;
}

/** GITHUB_EVENT_NAME and the event's payload, read when the run starts. */
let context: EventContext = { eventName: '', payload: {} };

export async function run(options: RunOptions = {}): Promise<void> {
  try {
    context = core.readEventContext();
    await gate(options);
  } catch (err) {
    // Error messages may quote the input (a JSON parse error shows the line): redacted like every report.
    core.debug(redactMessage((err as Error).stack ?? String(err)));
    // Source errors speak the CLI's language (--commands-format); in the Action that is an input.
    const message = redactMessage(err instanceof Error ? err.message : String(err)).replace(/--commands-format/g, 'the commands-format input');
    core.setFailed(message);
    await writeSummary(`## ⚠️ SafeClaw could not run\n\n\`\`\`text\n${message.replace(/```/g, "'''")}\n\`\`\`\n`).catch(() => undefined);
  }
}

async function gate(options: RunOptions): Promise<void> {
  const inputs = readInputs((name) => core.getInput(name));
  const env = process.env;
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const repo = repository(env.GITHUB_REPOSITORY);
  const api =
    inputs.githubToken && repo
      ? await githubClient(inputs.githubToken, { retry: retryOptionsFromEnv(env), limits: { timeoutMs: inputs.apiTimeoutMs, budgetMs: inputs.apiBudgetMs } })
      : undefined;

  const target = await resolveTarget(inputs, api, repo);
  if (target === undefined) return;
  // Once the commits are there, the plan worker is handed its files (it reads the base commit's
  // policies too), then the agent commands and the PR body are collected while git is asked for
  // the diff and the policies (CPU work that fills those waits; begun before the worker's request
  // is sent, it would hold the request back). Each failure is handled at once and raised in its
  // turn, as if read one after the other: the policies', the inputs' (plan, then commands), then
  // the diff's, the plans' and the other sources'.
  const plansFound = expandGlobs(inputs.plan, workspace, 'plan');
  plansFound.catch(() => undefined);
  const commandsFound = expandGlobs(inputs.commands, workspace, 'commands');
  commandsFound.catch(() => undefined);
  // The kubectl lines are analysed while collecting (loadPolicies readies the parser too).
  const shellReady = prepareShellAnalysis();
  shellReady.catch(() => undefined);
  if (target.base && target.head) {
    const fetched = await fetchMissingCommits(workspace, [target.base, target.head]);
    if (fetched.fetched.length > 0) core.info(`Fetched ${fetched.fetched.join(', ')} from origin (objects only; nothing is checked out or run)`);
  }
  const diffPart = collectActions({ cwd: workspace, repoDir: workspace, ...(target.base && target.head ? { diff: `${target.base}...${target.head}` } : {}) });
  diffPart.catch(() => undefined);
  const base = target.head && target.base ? target.base : undefined;
  const planJob = startPlanJob(plansFound, options.planWorker, { workspace, policiesDir: inputs.policies, ...(base ? { base } : {}) });
  const otherPart = Promise.all([commandsFound, shellReady, planJob.requested]).then(([commands]) =>
    collectActions({
      cwd: workspace,
      repoDir: workspace,
      commands,
      commandsFormat: inputs.commandsFormat,
      ...(target.pr && inputs.prBodyCommands ? { prBody: target.pr.body } : {}),
    }),
  );
  otherPart.catch(() => undefined);

  let judged: Judged & { policies: GatePolicies };
  try {
    const policies = await loadGatePolicies(workspace, inputs.policies, base);
    core.info(`Policies: ${plural(policies.policySet.rules.length, 'rule')} from ${policies.from === 'base' ? `the base commit ${target.base}` : inputs.policies} (digest ${policies.policySet.digest})`);
    if (policies.substituted) {
      core.warning(
        `The policies input names ${policies.substituted.named}, which the base commit ${target.base} does not have; its ${policies.substituted.used} policies decide instead. ` +
          `A change cannot choose the policies it is judged by (under pull_request the workflow file is the PR's own). The new folder applies once merged.`,
      );
    }
    if (policies.changed) {
      core.notice(
        `This change edits the policies (digest ${policies.changed.workspaceDigest.slice(0, 12)}); it is judged by the base commit's policies (${policies.changed.baseDigest.slice(0, 12)}). The new policies apply once merged.`,
      );
    }
    const plans = await plansFound;
    await commandsFound;
    judged = { ...(await collectAndJudge(diffPart, otherPart, { cwd: workspace, repoDir: workspace, plans }, policies.policySet, planJob)), policies };
  } catch (err) {
    planJob.cancel();
    throw err;
  }
  const { actions, result, policies, planFrom, prepared } = judged;
  const ownWorkflow = workflowFile(env);
  if (context.eventName === 'pull_request' && ownWorkflow && changedFiles(actions).includes(ownWorkflow)) {
    core.warning(
      `This PR changes ${ownWorkflow}, the workflow running this gate: under pull_request its inputs and steps are the PR's own, so this run vouches for nothing. ` +
        `Require a review of it (a require_approval rule for .github/workflows/**, CODEOWNERS), or run SafeClaw under pull_request_target (README: "Who controls the gate").`,
      { file: ownWorkflow, title: 'SafeClaw: the PR changes its own gate' },
    );
  }

  // Approvals (issue 13): counted only for a PR whose head is known, through the API; any failure counts nothing.
  const needs = approvalNeeds(result, policies.policySet);
  const digest = needs.length > 0 ? actionsDigest(needs) : undefined;
  let approval: ApprovalCount | undefined;
  if (target.pr && target.head && api && repo && result.verdict === 'require_approval') {
    try {
      approval = await countPrApprovals(api, repo, target.pr.number, target.pr.author ?? '', target.head, needs, policies.policySet, inputs);
      core.info(`Approvals: ${approval.approvers.length} approver(s) counted for actions ${approval.digest.slice(0, DIGEST_SHOWN)}${approval.approved ? ' (approved)' : ''}`);
    } catch (err) {
      const warning = apiFailureWarning(`Could not count the approvals of PR #${target.pr.number} (none count)`, err);
      core.warning(warning);
      approval = uncountedApprovals(needs, ruleNeeds(needs, policies.policySet), warning.replace(/ The verdict above stands\.$/, ''));
    }
  }
  // A pull_request payload is the PR as it was at the event; a re-run replays it. Before a green status,
  // confirm through the API that the PR still has this head and description, or an old run (re-run by
  // anyone with write access) could turn a PR green whose description has since gained actions.
  let outdated: string | undefined;
  if (target.fromPayload && target.pr && target.head && api && repo && commitStatus(result, approval, digest).state === 'success') {
    outdated = await outdatedPullRequest(api, repo, target.pr.number, target.head, target.pr.body, inputs.prBodyCommands);
    if (outdated) {
      core.warning(`${outdated}: the safeclaw status stays pending.`);
      if (approval) approval = { ...approval, approved: false, failed: outdated };
    }
  }
  if (target.pr && target.head && api && repo) await answerApproveCommand(api, repo, target.pr.number, target.head, result, policies.policySet, approval, digest, inputs);

  // The plan worker made its items' record bodies meanwhile (./plan-worker.ts): those that have arrived are used
  // (held by the append alone, not through the reports that follow: the peak of the run's memory is theirs).
  if (planFrom !== undefined) for (const [i, body] of (await planJob.bodies()).entries()) if (body !== undefined) prepared[planFrom + i] = body;
  planJob.cancel();
  const audit = await appendAuditRecords(join(env.RUNNER_TEMP || tmpdir(), 'safeclaw-audit.jsonl'), withPreparedBodies(approvalAuditEntries(result, approval, target.head ?? ''), result.items, prepared.splice(0)), {
    policyDigest: result.policyDigest,
    context: {
      repository: env.GITHUB_REPOSITORY ?? null,
      commit: target.head ?? env.GITHUB_SHA ?? null,
      pr: target.pr?.number ?? null,
      runId: env.GITHUB_RUN_ID ?? null,
      actor: env.GITHUB_ACTOR ?? null,
    },
  });
  // Reviewers meet the log as the file inside the artifact, not as a path on a finished runner.
  result.audit = { path: basename(audit.file), head: audit.head, records: audit.records };
  const runUrl = workflowRunUrl(env);
  if (runUrl) result.runUrl = runUrl;

  core.setOutput('verdict', result.verdict);
  core.setOutput('denied', result.counts.deny);
  core.setOutput('needs-approval', result.counts.require_approval);
  core.setOutput('allowed', result.counts.allow);
  core.setOutput('audit-path', audit.file);
  core.setOutput('audit-head', audit.head);
  core.info(`Verdict: ${result.verdict} (${result.counts.deny} denied, ${plural(result.counts.require_approval, 'needs', 'need')} approval, ${result.counts.allow} allowed)`);

  for (const annotation of annotationsFor(result, { files: changedFiles(actions), maxPerLevel: 10 })) {
    const properties = { title: annotation.title, file: annotation.file, ...(annotation.line ? { startLine: annotation.line } : {}) };
    if (annotation.level === 'error') core.error(annotation.message, properties);
    else core.warning(annotation.message, properties);
  }

  if (inputs.sarif) {
    const file = resolve(workspace, inputs.sarif);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(renderSarif(result, { toolVersion: VERSION, rules: policies.policySet.rules }), null, 2) + '\n');
    core.info(`SARIF written to ${file}`);
  }

  core.setOutput('approved', approval?.approved ? 'true' : 'false');

  const approvalsText =
    approval && target.head ? approvalsMarkdown(approval, target.head, inputs.approveWith, result) : outdated ? `\n### Status\n\n⚠️ ${outdated}: the safeclaw status stays pending.\n` : '';
  await writeSummary(summaryMarkdown(result) + approvalsText);

  let commentUrl = '';
  if (target.pr && inputs.comment !== 'never') {
    if (!api || !repo) {
      core.warning('No PR comment: the github-token input is empty (or GITHUB_REPOSITORY is unset). The verdict above stands.');
    } else {
      try {
        const body = renderMarkdown(result, { maxLength: GITHUB_COMMENT_LIMIT - approvalsText.length }) + approvalsText;
        const wanted = inputs.comment === 'always' || result.verdict !== 'allow';
        const outcome = await upsertComment(api, repo, target.pr.number, COMMENT_MARKER, body, wanted);
        if (outcome.action === 'skipped') core.info(`No PR comment: ${outcome.why}`);
        else {
          commentUrl = outcome.url;
          core.info(`PR comment ${outcome.action}: ${outcome.url}`);
        }
      } catch (err) {
        core.warning(apiFailureWarning(`Could not comment on PR #${target.pr.number}`, err));
      }
    }
  }
  core.setOutput('comment-url', commentUrl);

  // After the comment: the status is what later runs read to bind an approval to the actions current at
  // its time, so an approver who saw a new digest in the comment is never bound to it before it is set.
  if (target.pr && target.head && api && repo) {
    const judged = commitStatus(result, approval, digest);
    // outdated is only looked for when the status would be success.
    const status = outdated ? { state: 'pending' as const, description: `not confirmed current: re-run on the PR as it is now${digest ? ` · actions ${digest.slice(0, DIGEST_SHOWN)}` : ''}` } : judged;
    try {
      await setCommitStatus(api, repo, target.head, status.state, status.description, runUrl);
      core.info(`Commit status safeclaw on ${target.head}: ${status.state} (${status.description})`);
    } catch (err) {
      core.warning(apiFailureWarning(`Could not set the safeclaw commit status on ${target.head} (grant \`permissions: statuses: write\`)`, err));
    }
  }

  if (inputs.auditArtifact) {
    const upload = await uploadAuditArtifact(inputs.auditArtifact, audit.file);
    if (upload.ok) core.info(`Audit log uploaded as artifact ${inputs.auditArtifact}${upload.id ? ` (id ${upload.id})` : ''}`);
    else core.warning(`Could not upload the audit log as artifact "${inputs.auditArtifact}": ${upload.why}. The verdict above stands; the log is at ${audit.file}.`);
  }

  // Fully approved: the approval-needed actions pass as allowed (a denial is never approved).
  const reason = failureReason(approval?.approved ? { ...result, verdict: 'allow' } : result, inputs.failOn);
  if (reason) core.setFailed(reason);
}

async function countPrApprovals(
  api: GitHubClient,
  repo: Repo,
  pr: number,
  author: string,
  head: string,
  needs: ApprovalNeed[],
  policySet: PolicySet,
  inputs: ActionInputs,
): Promise<ApprovalCount> {
  const listing = await listApprovalCandidates(api, repo, pr, inputs.approveWith);
  const rules = ruleNeeds(needs, policySet);
  let marks: StatusMark[] | { error: string } = [];
  if (listing.candidates.length > 0) {
    marks = await listSafeclawStatuses(api, repo, head).catch((err: unknown) => ({ error: apiFailureWarning('listing the safeclaw statuses', err).replace(/ The verdict above stands\.$/, '') }));
  }
  const permissions = new Map<string, Permission>();
  for (const login of new Set(listing.candidates.map((c) => c.login))) {
    if (login.endsWith('[bot]') || login.toLowerCase() === author.toLowerCase()) continue;
    permissions.set(login, await permissionOf(api, repo, login));
  }
  // Team memberships only of writers not listed by name (each call can fail; a failure counts nothing).
  const writers = [...permissions].filter(([, p]) => 'permission' in p && ['admin', 'maintain', 'write'].includes(p.permission)).map(([login]) => login);
  const memberships = new Map<string, Membership>();
  for (const q of membershipQueries(rules, writers)) memberships.set(membershipKey(q.org, q.slug, q.login), await teamMembershipOf(api, q.org, q.slug, q.login));
  const count = countApprovals({ candidates: listing.candidates, prAuthor: author, headSha: head, needs, rules, permissions, memberships, marks, denied: false });
  // Reactions say on the approving comment whether it counted; a failed reaction is only logged.
  const reactions: [number, '+1' | 'confused'][] = [
    ...count.approvals.filter((a) => a.kind === 'comment').map((a): [number, '+1' | 'confused'] => [a.id, a.counted ? '+1' : 'confused']),
    ...listing.malformed.map((m): [number, 'confused'] => [m.id, 'confused']),
  ];
  for (const [id, content] of reactions) {
    await reactToComment(api, repo, id, content).catch((err) => core.info(apiFailureWarning(`Could not react to comment ${id}`, err)));
  }
  return count;
}

/**
 * The run's own `/safeclaw approve` comment (issue_comment created) gets a reply when it cannot count:
 * on a denial (deny can never be approved, naming the rules), or when it names no commit, another
 * commit or other actions (the command to use). Only that comment, so reruns never repeat a reply.
 */
async function answerApproveCommand(
  api: GitHubClient,
  repo: Repo,
  pr: number,
  head: string,
  result: GateResult,
  policySet: PolicySet,
  approval: ApprovalCount | undefined,
  digest: string | undefined,
  inputs: ActionInputs,
): Promise<void> {
  if (context.eventName !== 'issue_comment' || context.payload.action !== 'created' || inputs.approveWith === 'review') return;
  const comment = context.payload.comment as { id?: number; body?: string; user?: { login?: string; type?: string } } | undefined;
  const command = parseApproveCommand(comment?.body ?? '');
  if (!command || !comment?.user?.login || comment.user.type === 'Bot') return;
  let reply: string | undefined;
  if (result.verdict === 'deny') reply = denialReply(comment.user.login, result, policySet);
  else if (result.verdict === 'require_approval' && digest) {
    const counted = approval?.approvals.find((a) => a.kind === 'comment' && a.id === comment.id);
    if ('error' in command || (counted && !counted.counted && /^stale|^given/.test(counted.refused ?? ''))) {
      reply = wrongCommandReply(comment.user.login, 'error' in command ? command.error : counted!.refused!, head, digest, inputs.approveWith);
    }
  }
  if (!reply) return;
  try {
    const url = await replyOnPr(api, repo, pr, reply);
    core.info(`Replied to the approval command: ${url}`);
  } catch (err) {
    core.warning(apiFailureWarning(`Could not reply to the /safeclaw approve comment on PR #${pr}`, err));
  }
}

/** Why the PR is no longer what the payload says (or could not be looked up); undefined when it still is. */
async function outdatedPullRequest(api: GitHubClient, repo: Repo, number: number, head: string, body: string, bodyCounts: boolean): Promise<string | undefined> {
  try {
    const pr = await fetchPullRequest(api, repo, number);
    if (pr.head !== head) return `This run judged commit ${head.slice(0, 7)} from its event, but PR #${number}'s head is now ${pr.head.slice(0, 7)} (an older event or a re-run)`;
    if (bodyCounts && pr.body !== body) return `This run judged PR #${number}'s description as its event had it, and it has changed since (an older event or a re-run)`;
    return undefined;
  } catch (err) {
    return apiFailureWarning(`PR #${number} could not be looked up to confirm that this run judged its current head and description`, err).replace(/\.? The verdict above stands\.$/, '');
  }
}

/** The commits and PR of this run, from the inputs first, then the event; undefined when there is nothing to do. */
async function resolveTarget(inputs: ActionInputs, api: GitHubClient | undefined, repo: Repo | undefined): Promise<Target | undefined> {
  const event = eventTarget(context.eventName, context.payload as EventPayload);
  let target: Target;
  switch (event.kind) {
    case 'pull-request':
      target = { base: event.base, head: event.head, pr: { number: event.number, body: event.body, ...(event.author ? { author: event.author } : {}) }, fromPayload: true };
      break;
    case 'pull-request-lookup': {
      if (!api || !repo) throw new Error(`cannot look up PR #${event.number} for the ${context.eventName} event: the github-token input is empty`);
      const pr = await fetchPullRequest(api, repo, event.number);
      target = { base: pr.base, head: pr.head, pr: { number: event.number, body: pr.body, author: pr.author } };
      break;
    }
    case 'commits': {
      // A push to a PR branch is judged as that PR (its base, description, approvals and status).
      if (context.eventName === 'push' && api && repo && !inputs.base) {
        const prs = await openPullRequestsAt(api, repo, event.head).catch((err: unknown) => {
          core.warning(apiFailureWarning(`Could not look up the PRs of ${event.head} (judged as a plain push, with no safeclaw status)`, err));
          return [];
        });
        if (prs.length > 0) {
          const [pr, ...others] = prs;
          if (others.length > 0) core.notice(`${event.head} is the head of PRs ${prs.map((p) => `#${p.number}`).join(', ')}: judged as #${pr.number} (the safeclaw status is one per commit)`);
          core.info(`The push is to PR #${pr.number}: judged as the PR`);
          target = { base: pr.base, head: pr.head, pr: { number: pr.number, body: pr.body, author: pr.author } };
          break;
        }
      }
      if (!event.base && !inputs.base) {
        throw new Error(
          `the push created a branch, so it names no earlier commit to diff against\n  fix: set the base input (e.g. base: origin/\${{ github.event.repository.default_branch }}) or run on pull_request`,
        );
      }
      target = { base: event.base, head: event.head };
      break;
    }
    case 'none':
      if (!inputs.base && !inputs.plan.trim() && !inputs.commands.trim()) {
        if (context.eventName === 'issue_comment') {
          core.notice(`SafeClaw has nothing to check: ${event.why}.`);
          return undefined;
        }
        throw new Error(`nothing to check: ${event.why}\n  fix: set the base input (and head, default the checked-out commit), plan or commands`);
      }
      target = {};
      break;
  }
  if (inputs.base) target.base = inputs.base;
  if (inputs.head) target.head = inputs.head;
  if (target.base && !target.head) target.head = process.env.GITHUB_SHA || 'HEAD';
  return target;
}

function repository(value: string | undefined): Repo | undefined {
  const match = /^([^/]+)\/([^/]+)$/.exec(value ?? '');
  return match ? { owner: match[1], repo: match[2] } : undefined;
}

function workflowRunUrl(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const attempt = env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}${attempt}`;
}

/** The running workflow's path in the repository, from GITHUB_WORKFLOW_REF (`owner/repo/.github/workflows/x.yml@ref`). */
function workflowFile(env: NodeJS.ProcessEnv): string | undefined {
  const ref = env.GITHUB_WORKFLOW_REF;
  const repo = env.GITHUB_REPOSITORY;
  if (!ref || !repo || !ref.startsWith(`${repo}/`)) return undefined;
  const path = ref.slice(repo.length + 1);
  const at = path.lastIndexOf('@');
  return at > 0 ? path.slice(0, at) : undefined;
}

/** Files the change touches: annotations only go on lines GitHub can show in the PR. */
function changedFiles(actions: Action[]): string[] {
  return actions.flatMap((a) => (a.origin?.source === 'diff' && a.origin.file ? [a.origin.file] : []));
}

/**
 * The plan worker's job, started once the plan input's files are known (none: no job). Its
 * cancel also holds back a request not yet sent, so a run that fails first leaves no worker busy.
 */
function startPlanJob(plansFound: Promise<string[]>, worker: Worker | undefined, request: Omit<PlanJudging, 'plans'>): PlanJob & { requested: Promise<void> } {
  let job: PlanJob | undefined;
  let cancelled = false;
  const started = plansFound.then(
    (plans) => {
      if (!cancelled && plans.length > 0) job = judgePlansOn(worker, { ...request, plans });
    },
    () => undefined,
  );
  return {
    /** Settles once the request is sent, or it is known there is none. */
    requested: started,
    items: async (digest) => {
      await started;
      return job?.items(digest);
    },
    bodies: async () => (job ? job.bodies() : []),
    replied: () => (job ? job.replied() : true),
    cancel: () => {
      cancelled = true;
      job?.cancel();
    },
  };
}

/**
 * collectActions then evaluateAll, with the plan files read and judged on a worker thread
 * (./plan-worker.ts) meanwhile: the diff (`diffPart`, collectActions of the diff alone) and
 * the other sources (`otherPart`: the commands files and the PR body), both already under
 * way, are judged here, and the plans' items merged in their place (diff, plans, commands,
 * PR body), so the result is evaluateAll's over collectActions' list. Errors are raised in
 * the same order (the diff's, the plans', the other sources'); whenever the worker gives no
 * items (or items judged by policies of another digest), or a part fails, the plans are read
 * and judged here as before. `actions` is every action but the plans' (which the gate only
 * reads for the diff's files).
 */
async function collectAndJudge(
  diffPart: Promise<Action[]>,
  otherPart: Promise<Action[]>,
  options: Pick<CollectOptions, 'cwd' | 'repoDir' | 'plans'>,
  policySet: PolicySet,
  planJob: PlanJob,
): Promise<Judged> {
  // The kubectl lines' analyses, made while collecting, are judged rather than made again.
  const judge = (list: Action[]) => evaluateAll(policySet, list, { analyses: manifestLineAnalyses });
  const { plans = [] } = options;
  if (plans.length === 0) {
    const actions = [...(await diffPart), ...(await otherPart)];
    return { actions, result: judge(actions), prepared: [] };
  }
  const diffActions = await diffPart;
  const otherActions = await otherPart.catch(() => undefined);
  if (otherActions !== undefined) {
    let judged: [GateResult, GateResult] | undefined;
    try {
      judged = [judge(diffActions), judge(otherActions)];
    } catch {
      judged = undefined; // judged again below as one list, which raises the error as it always has
    }
    // Waiting for the worker's items, this thread makes its own items' audit record bodies meanwhile.
    const own = judged && (await bodiesWhileWaiting([...judged[0].items, ...judged[1].items], planJob));
    const planItems = judged && (await planJob.items(policySet.digest));
    if (judged && own && planItems) {
      const result = mergedResult([judged[0].items, planItems, judged[1].items], policySet.digest);
      const planFrom = judged[0].items.length;
      const prepared: (PreparedAuditBody | undefined)[] = [];
      for (let i = 0; i < own.length; i++) prepared[i < planFrom ? i : i + planItems.length] = own[i];
      return { actions: [...diffActions, ...otherActions], result, planFrom, prepared };
    }
  }
  planJob.cancel();
  const planActions = await collectActions({ cwd: options.cwd, repoDir: options.repoDir, plans });
  const actions = [...diffActions, ...planActions, ...(await otherPart)];
  return { actions, result: judge(actions), prepared: [] };
}

/** What collectAndJudge gives. */
interface Judged {
  actions: Action[];
  result: GateResult;
  /** Set when the plan worker's items were taken: the index of the first in `result.items`. */
  planFrom?: number;
  /** Audit record bodies made ahead, at the index of their item in `result.items` (where made). */
  prepared: (PreparedAuditBody | undefined)[];
}

/**
 * The audit record bodies of `items` (prepareAuditBodies), a message's worth at a time from the first,
 * for as long as the worker has not answered (its items, or why not): time this thread would
 * otherwise spend waiting. Stops at once when it has; none when an item cannot be recorded (the
 * append then raises that, where it always has).
 */
async function bodiesWhileWaiting(items: GateItem[], planJob: PlanJob): Promise<(PreparedAuditBody | undefined)[]> {
  const bodies: PreparedAuditBody[] = [];
  for (let from = 0; from < items.length; from += BODIES_PER_MESSAGE) {
    // One turn of the event loop: a reply sent by now is taken in.
    await new Promise((next) => setImmediate(next));
    if (planJob.replied()) break;
    try {
      for (const body of prepareAuditBodies(items.slice(from, from + BODIES_PER_MESSAGE))) bodies.push(body);
    } catch {
      break;
    }
  }
  return bodies;
}

/**
 * The audit entries with the body prepared ahead (on the plan worker, or here while waiting for it)
 * in place of each item recorded as judged (`bodies[i]` is that of `items[i]`, where made); an entry
 * approvalAuditEntries gave approvals to (a new object, not the item) is made by the append.
 */
function withPreparedBodies(entries: AuditEntry[], items: GateItem[], bodies: (PreparedAuditBody | undefined)[]): (AuditEntry | PreparedAuditBody)[] {
  if (bodies.length === 0) return entries;
  const out: (AuditEntry | PreparedAuditBody)[] = entries.slice();
  for (let i = 0; i < bodies.length; i++) {
    const body = bodies[i];
    if (body !== undefined && entries[i] === items[i]) out[i] = body;
  }
  return out;
}

/** evaluateAll's result over the items of its parts, in order. */
function mergedResult(parts: GateItem[][], policyDigest: string): GateResult {
  const counts: Record<Verdict, number> = { allow: 0, deny: 0, require_approval: 0 };
  let verdict: Verdict = 'allow';
  const items: GateItem[] = [];
  for (const part of parts) {
    for (const item of part) {
      items.push(item);
      counts[item.decision.decision]++;
      if (STRICTNESS[item.decision.decision] > STRICTNESS[verdict]) verdict = item.decision.decision;
    }
  }
  return { verdict, items, counts, policyDigest };
}

/** The comment's markdown sized for the step summary (1 MiB of UTF-8, where a character can take 3 bytes). */
export function summaryMarkdown(result: GateResult): string {
  return renderMarkdown(result, { maxLength: STEP_SUMMARY_LIMIT_BYTES - 1024, measure: 'utf8' });
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.appendSummary(markdown);
}
