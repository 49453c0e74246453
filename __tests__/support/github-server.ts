// A local server speaking GitHub's issue-comment endpoints (list with Link pagination, create, update,
// delete), the issue endpoints (list with state filter, create, update title/body/state) and the
// deployment endpoints (create a deployment, add a status), so the real Octokit client can be driven
// in tests, and (github-scm.ts) the repository-listing endpoints of the scmProvider generator; it
// records every request it sees.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveScm, type ScmRepo } from './github-scm.js';

export interface Comment {
  id: number;
  body: string;
  html_url: string;
  issue: number;
}

export interface DeploymentStatus {
  state: string;
  description?: string;
  log_url?: string;
  environment_url?: string;
}

export interface Deployment {
  id: number;
  /** The request's body as sent: ref, environment, auto_merge, required_contexts, payload, … */
  request: Record<string, unknown>;
  statuses: DeploymentStatus[];
}

export interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  html_url: string;
}

/** An injected answer: a status alone (message "injected failure"), or with GitHub's message and headers. */
export type Failure = number | { status: number; message?: string; headers?: Record<string, string> };

const STATUS_STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];

export class FakeGitHub {
  comments: Comment[] = [];
  deployments: Deployment[] = [];
  issues: Issue[] = [];
  /** Organisations' repositories for the scmProvider generator's endpoints (github-scm.ts). */
  orgs = new Map<string, ScmRepo[]>();
  requests: string[] = [];
  /** Answers for the next requests instead of serving them. */
  failures: Failure[] = [];
  /** Called with each request (`METHOD /path?query`) before it is served: a user acting meanwhile. */
  beforeServe?: (request: string) => void;
  private nextId = 1000;
  private server: Server = createServer((req, res) => this.handle(req, res));
  baseUrl = '';
  private readonly token: string;
  private readonly repo: string;

  /** Answers only requests with `token` for the repository `repo` (owner/name). */
  constructor(opts: { token?: string; repo?: string } = {}) {
    this.token = opts.token ?? 'test-token';
    this.repo = opts.repo ?? 'o/r';
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  seed(issue: number, body: string): void {
    this.comments.push(this.make(issue, body));
  }

  private make(issue: number, body: string): Comment {
    const id = this.nextId++;
    return { id, body, issue, html_url: `https://github.example/${this.repo}/pull/${issue}#issuecomment-${id}` };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const request = `${req.method} ${url.pathname}${url.search}`;
    this.requests.push(request);
    this.beforeServe?.(request);
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    const failure = this.failures.shift();
    if (typeof failure === 'number') return send(failure, { message: 'injected failure' });
    if (failure) return send(failure.status, { message: failure.message ?? 'injected failure' }, failure.headers);
    if (req.headers.authorization !== `token ${this.token}`) return send(401, { message: 'Bad credentials' });

    if (url.pathname.startsWith(`/repos/${this.repo}/deployments`)) return this.handleDeployments(req.method ?? '', url.pathname, raw, send);
    if (serveScm(this.orgs, req.method ?? '', url, this.baseUrl, send)) return;

    if (url.pathname === `/repos/${this.repo}/issues` || /^\/repos\/[^/]+\/[^/]+\/issues\/\d+$/.test(url.pathname)) {
      return this.handleIssues(req.method ?? '', url, raw, send);
    }

    const prefix = `/repos/${this.repo}/issues/`;
    const rest = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : '';
    const list = /^(\d+)\/comments$/.exec(rest);
    const one = /^comments\/(\d+)$/.exec(rest);
    if (list && req.method === 'GET') {
      const issue = Number(list[1]);
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const page = Number(url.searchParams.get('page') ?? 1);
      const mine = this.comments.filter((c) => c.issue === issue);
      const last = Math.max(1, Math.ceil(mine.length / perPage));
      const link = (p: number) => `<${this.baseUrl}${url.pathname}?per_page=${perPage}&page=${p}>`;
      const links: Record<string, string> = page < last ? { link: `${link(page + 1)}; rel="next", ${link(last)}; rel="last"` } : {};
      return send(200, mine.slice((page - 1) * perPage, page * perPage), links);
    }
    if (list && req.method === 'POST') {
      const c = this.make(Number(list[1]), JSON.parse(raw).body);
      this.comments.push(c);
      return send(201, c);
    }
    const c = one && this.comments.find((x) => x.id === Number(one[1]));
    if (one && !c) return send(404, { message: 'Not Found' });
    if (c && req.method === 'PATCH') {
      c.body = JSON.parse(raw).body;
      return send(200, c);
    }
    if (c && req.method === 'DELETE') {
      this.comments = this.comments.filter((x) => x !== c);
      return send(204);
    }
    send(404, { message: 'Not Found' });
  }

  private handleIssues(method: string, url: URL, raw: string, send: (status: number, body?: unknown, headers?: Record<string, string>) => void): void {
    const one = /\/issues\/(\d+)$/.exec(url.pathname);
    if (!one && method === 'GET') {
      const state = url.searchParams.get('state') ?? 'open';
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const page = Number(url.searchParams.get('page') ?? 1);
      // Newest first, as GitHub lists them by default.
      const matching = this.issues.filter((i) => state === 'all' || i.state === state).reverse();
      const last = Math.max(1, Math.ceil(matching.length / perPage));
      const link = (p: number) => `<${this.baseUrl}${url.pathname}?state=${state}&per_page=${perPage}&page=${p}>`;
      const links: Record<string, string> = page < last ? { link: `${link(page + 1)}; rel="next", ${link(last)}; rel="last"` } : {};
      return send(200, matching.slice((page - 1) * perPage, page * perPage).map((i) => ({ ...i, labels: i.labels.map((name) => ({ name })) })), links);
    }
    if (!one && method === 'POST') {
      const body = JSON.parse(raw) as { title?: string; body?: string; labels?: string[] };
      if (!body.title) return send(422, { message: 'Validation Failed: title' });
      const number = this.issues.length + 1;
      const issue: Issue = { number, title: body.title, body: body.body ?? '', state: 'open', labels: body.labels ?? [], html_url: `https://github.example/${this.repo}/issues/${number}` };
      this.issues.push(issue);
      return send(201, issue);
    }
    const issue = one && this.issues.find((i) => i.number === Number(one[1]));
    if (!issue) return send(404, { message: 'Not Found' });
    if (method === 'PATCH') {
      const body = JSON.parse(raw) as Partial<Issue>;
      if (body.state && body.state !== 'open' && body.state !== 'closed') return send(422, { message: 'Validation Failed: state' });
      Object.assign(issue, Object.fromEntries(Object.entries(body).filter(([k]) => ['title', 'body', 'state'].includes(k))));
      return send(200, issue);
    }
    send(404, { message: 'Not Found' });
  }

  /** GitHub's validation as far as the action meets it: a ref, a known state, a description of at most 140 characters. */
  private handleDeployments(method: string, path: string, raw: string, send: (status: number, body?: unknown) => void): void {
    const invalid = (field: string, message: string) => send(422, { message: 'Validation Failed', errors: [{ field, code: 'custom', message }] });
    const rest = path.slice(`/repos/${this.repo}/deployments`.length);
    const body = JSON.parse(raw || '{}') as Record<string, unknown>;
    if (rest === '' && method === 'POST') {
      if (typeof body.ref !== 'string' || !body.ref) return invalid('ref', 'ref is missing');
      const d: Deployment = { id: this.nextId++, request: body, statuses: [] };
      this.deployments.push(d);
      return send(201, { id: d.id, ref: body.ref, sha: body.ref, environment: body.environment ?? 'production', description: body.description ?? null, payload: body.payload ?? {} });
    }
    const statuses = /^\/(\d+)\/statuses$/.exec(rest);
    const d = statuses && this.deployments.find((x) => x.id === Number(statuses[1]));
    if (d && method === 'POST') {
      const state = String(body.state);
      if (!STATUS_STATES.includes(state)) return invalid('state', 'state is not included in the list');
      const description = body.description as string | undefined;
      if (description !== undefined && [...description].length > 140) return invalid('description', 'description is too long (maximum is 140 characters)');
      d.statuses.push({ state, description, log_url: body.log_url as string | undefined, environment_url: body.environment_url as string | undefined });
      return send(201, { id: this.nextId++, state, description: description ?? '' });
    }
    send(404, { message: 'Not Found' });
  }
}
