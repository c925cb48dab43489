// A local stand-in for api.github.com: PR comments and PR look-ups, approvals
// (permissions, team memberships, reviews, statuses, reactions), with
// faults queued by tests (a 403 for a fork's read-only token, 500s, rate
// limits). Every request is recorded and checked, and every response checked,
// against GitHub's OpenAPI description; `problems` collects what did not match.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GitHubOpenApi, type Route } from './github-openapi.js';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId: string | undefined;
  body: unknown;
  status: number;
}

export interface Fault {
  /** operationId to fail, e.g. `issues/create-comment`. */
  operation: string;
  /** Default 500. */
  status?: number;
  headers?: Record<string, string>;
  /** Default "Server Error". */
  message?: string;
  /** How many requests in a row to fail (default 1). */
  times?: number;
  /** Accept the request and never answer (status and message are then unused). */
  hang?: boolean;
  /** Close the connection without an answer. */
  drop?: boolean;
  /** Carry the request out first, then answer with the fault (a 502 after the comment was stored). */
  afterEffect?: boolean;
  /** The error body's documentation_url (GitHub's differs per error). */
  documentationUrl?: string;
}

export interface StoredComment {
  id: number;
  body: string;
  userType: 'Bot' | 'User';
  login?: string;
  /** GitHub's times (second precision), from the fake's clock. */
  createdAt: string;
  updatedAt: string;
}

export interface StoredReview {
  login: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED';
  commitId: string;
  userType?: 'Bot' | 'User';
  /** Default: the start of the fake's clock (before any status). */
  submittedAt?: string;
  body?: string;
}

export interface StoredStatus {
  sha: string;
  state: string;
  context: string;
  description?: string;
  createdAt: string;
  /** Who created it: the Action's token is a bot (github-actions[bot]). */
  creator: { login: string; type: 'Bot' | 'User' };
}

/** An open PR as the commit → PRs route lists it. */
export interface StoredPull {
  base: string;
  head: string;
  body: string | null;
  author?: string;
  state?: 'open' | 'closed';
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly problems: string[] = [];
  /** Comments per issue number. */
  readonly comments = new Map<number, StoredComment[]>();
  readonly pulls = new Map<number, StoredPull>();
  /** Reviews per PR number. */
  readonly reviews = new Map<number, StoredReview[]>();
  /** Repository permission per login (absent: 404, not a collaborator). */
  readonly permissions = new Map<string, 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none'>();
  readonly statuses: StoredStatus[] = [];
  readonly reactions: { commentId: number; content: string }[] = [];
  /** Team members per `org/slug` (lower case): login → state; absent: 404. */
  readonly teams = new Map<string, Map<string, 'active' | 'pending'>>();
  /** GitHub's clock: one second per thing that happens, so orders are exact. */
  private clock = Date.parse('2026-01-01T00:00:00Z');
  private faults: Fault[] = [];
  private nextId = 1000;
  private server: Server | undefined;
  url = '';

  constructor(readonly api: GitHubOpenApi) {}

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    // Requests left hanging by a `hang` fault would keep the server open.
    this.server?.closeAllConnections();
    await new Promise<void>((done) => this.server?.close(() => done()));
  }

  fail(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  /** The next second of the fake's clock, as GitHub writes times. */
  tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.000Z$/, 'Z');
  }

  addComment(issue: number, body: string, userType: 'Bot' | 'User' = 'Bot', login?: string): StoredComment {
    const at = this.tick();
    const comment: StoredComment = { id: this.nextId++, body, userType, ...(login ? { login } : {}), createdAt: at, updatedAt: at };
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment]);
    return comment;
  }

  /** Requests to one operation, in order. */
  calls(operationId: string): RecordedRequest[] {
    return this.requests.filter((r) => r.operationId === operationId);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const method = req.method ?? 'GET';
    const route = this.api.route(method, url.pathname);
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      operationId: route?.operationId,
      body: text === '' ? undefined : safeJson(text),
      status: 0,
    };
    this.requests.push(record);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      if (route) this.problems.push(...this.api.checkResponse(route, status, body));
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(body === undefined ? '' : JSON.stringify(body));
    };
    if (!route) {
      this.problems.push(`${method} ${url.pathname}: no such route in GitHub's REST API`);
      return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    this.problems.push(...this.api.checkRequest(route, url.searchParams, text, req.headers['content-type']));
    if (!/^(Bearer|token) fake-token$/.test(req.headers.authorization ?? '')) this.problems.push(`${route.operationId}: missing or wrong authorization header`);

    const fault = this.faults.find((f) => f.operation === route.operationId);
    if (fault) {
      fault.times! -= 1;
      if (fault.times === 0) this.faults = this.faults.filter((f) => f !== fault);
      const failWith = () => {
        if (fault.hang) record.status = -1;
        else if (fault.drop) {
          record.status = -2;
          req.socket.destroy();
        } else send(fault.status ?? 500, { message: fault.message ?? 'Server Error', documentation_url: fault.documentationUrl ?? 'https://docs.github.com/rest' }, fault.headers);
      };
      if (!fault.afterEffect) return failWith();
      // The operation happens (its answer is checked, then dropped), and the client sees the fault.
      return this.respond(route, url, record.body as { body?: string } | undefined, (status, body) => {
        this.problems.push(...this.api.checkResponse(route, status, body));
        failWith();
      });
    }
    this.respond(route, url, record.body as { body?: string } | undefined, send);
  }

  private respond(route: Route, url: URL, body: { body?: string } | undefined, send: (status: number, body: unknown, headers?: Record<string, string>) => void): void {
    const p = route.pathParams;
    switch (route.operationId) {
      case 'issues/list-comments': {
        const all = this.comments.get(Number(p.issue_number)) ?? [];
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < all.length) {
          const next = new URL(url);
          next.searchParams.set('page', String(page + 1));
          headers.link = `<${next.href}>; rel="next"`;
        }
        return send(200, slice.map((c) => this.commentJson(p, Number(p.issue_number), c)), headers);
      }
      case 'issues/create-comment': {
        const comment = this.addComment(Number(p.issue_number), body?.body ?? '');
        return send(201, this.commentJson(p, Number(p.issue_number), comment));
      }
      case 'issues/update-comment': {
        for (const [issue, list] of this.comments) {
          const comment = list.find((c) => c.id === Number(p.comment_id));
          if (comment) {
            comment.body = body?.body ?? '';
            comment.updatedAt = this.tick();
            return send(200, this.commentJson(p, issue, comment));
          }
        }
        return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      }
      case 'pulls/get': {
        const pr = this.pulls.get(Number(p.pull_number));
        if (!pr) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        const json = this.api.example('pull-request') as Record<string, any>;
        json.number = Number(p.pull_number);
        json.body = pr.body;
        json.base.sha = pr.base;
        json.head.sha = pr.head;
        if (pr.author) json.user.login = pr.author;
        // The description's own example lacks `type` on teams; this test does not need them.
        json.requested_teams = [];
        return send(200, json);
      }
      case 'pulls/list-reviews': {
        const list = this.reviews.get(Number(p.pull_number)) ?? [];
        return send(
          200,
          list.map((r, i) => {
            const json = (this.api.example('pull-request-review-items') as unknown as Record<string, any>[])[0];
            json.id = 5000 + i;
            json.state = r.state;
            json.commit_id = r.commitId;
            json.user.login = r.login;
            json.user.type = r.userType ?? 'User';
            json.html_url = `https://github.com/${p.owner}/${p.repo}/pull/${p.pull_number}#pullrequestreview-${json.id}`;
            json.submitted_at = r.submittedAt ?? '2026-01-01T00:00:00Z';
            json.body = r.body ?? '';
            return json;
          }),
        );
      }
      case 'repos/get-collaborator-permission-level': {
        const permission = this.permissions.get(p.username);
        if (!permission) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        const json = this.api.example('repository-collaborator-permission-response-if-user-has-admin-permissions') as Record<string, any>;
        json.permission = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission;
        json.role_name = permission;
        json.user.login = p.username;
        json.user.role_name = permission;
        return send(200, json);
      }
      case 'repos/create-commit-status': {
        const b = body as unknown as { state: string; context: string; description?: string };
        const status = this.addStatus({ sha: p.sha, state: b.state, context: b.context, ...(b.description ? { description: b.description } : {}) });
        return send(201, this.statusJson(status));
      }
      case 'repos/list-commit-statuses-for-ref': {
        // Newest first, as GitHub lists them.
        const all = this.statuses.filter((s) => s.sha === p.ref).reverse();
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const headers: Record<string, string> = {};
        if (page * perPage < all.length) {
          const next = new URL(url);
          next.searchParams.set('page', String(page + 1));
          headers.link = `<${next.href}>; rel="next"`;
        }
        return send(200, all.slice((page - 1) * perPage, page * perPage).map((s) => this.statusJson(s)), headers);
      }
      case 'teams/get-membership-for-user-in-org': {
        const state = this.teams.get(`${p.org}/${p.team_slug}`.toLowerCase())?.get(p.username.toLowerCase());
        if (!state) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/teams/members#get-team-membership-for-a-user' });
        const json = this.api.example('team-membership-response-if-user-is-a-team-maintainer') as Record<string, any>;
        json.state = state;
        json.role = 'member';
        json.url = `${this.url}/teams/1/memberships/${p.username}`;
        return send(200, json);
      }
      case 'repos/list-pull-requests-associated-with-commit': {
        const list = [...this.pulls].filter(([, pr]) => pr.head === p.commit_sha || pr.base === p.commit_sha);
        return send(
          200,
          list.map(([number, pr]) => {
            const json = (this.api.example('pull-request-simple-items') as unknown as Record<string, any>[])[0];
            json.number = number;
            json.state = pr.state ?? 'open';
            json.body = pr.body;
            json.base.sha = pr.base;
            json.head.sha = pr.head;
            if (pr.author) json.user.login = pr.author;
            // The description's own example lacks `type` on teams (as in pulls/get).
            json.requested_teams = [];
            return json;
          }),
        );
      }
      case 'reactions/create-for-issue-comment': {
        const content = (body as unknown as { content: string }).content;
        this.reactions.push({ commentId: Number(p.comment_id), content });
        const json = this.api.example('reaction') as Record<string, any>;
        json.content = content;
        return send(201, json);
      }
      default:
        this.problems.push(`${route.operationId}: the Action is not expected to call this`);
        return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
  }

  /** A status as an earlier run (or a person, with `creator`) left it. */
  addStatus(status: Omit<StoredStatus, 'createdAt' | 'creator'> & { creator?: StoredStatus['creator'] }): StoredStatus {
    const stored: StoredStatus = { creator: { login: 'github-actions[bot]', type: 'Bot' }, ...status, createdAt: this.tick() };
    this.statuses.push(stored);
    return stored;
  }

  private statusJson(status: StoredStatus): unknown {
    const json = this.api.example('status') as Record<string, any>;
    json.state = status.state;
    json.context = status.context;
    json.description = status.description ?? null;
    json.created_at = status.createdAt;
    json.updated_at = status.createdAt;
    json.creator.login = status.creator.login;
    json.creator.type = status.creator.type;
    return json;
  }

  private commentJson(p: Record<string, string>, issue: number, comment: StoredComment): unknown {
    const json = this.api.example('issue-comment') as Record<string, any>;
    json.id = comment.id;
    json.body = comment.body;
    json.created_at = comment.createdAt;
    json.updated_at = comment.updatedAt;
    json.html_url = `https://github.com/${p.owner}/${p.repo}/pull/${issue}#issuecomment-${comment.id}`;
    json.url = `${this.url}/repos/${p.owner}/${p.repo}/issues/comments/${comment.id}`;
    json.issue_url = `${this.url}/repos/${p.owner}/${p.repo}/issues/${issue}`;
    if (comment.userType === 'Bot') {
      json.user.login = 'github-actions[bot]';
      json.user.type = 'Bot';
    }
    if (comment.login) json.user.login = comment.login;
    return json;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
