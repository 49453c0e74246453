// The real Octokit (with retry and throttling plugins) against a local server that speaks GitHub's
// issue-comment endpoints: list with Link pagination, create, update, delete.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { commentKey, makeOctokit } from '../../src/github/client.js';
import { upsertStickyComments } from '../../src/github/comments.js';
import { partMarker } from '../../src/report/markdown.js';

interface Comment {
  id: number;
  body: string;
  html_url: string;
  issue: number;
}

class FakeGitHub {
  comments: Comment[] = [];
  requests: string[] = [];
  /** Statuses to answer the next requests with instead of serving them. */
  failures: number[] = [];
  private nextId = 1000;
  private server: Server = createServer((req, res) => this.handle(req, res));
  baseUrl = '';

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
    return { id, body, issue, html_url: `https://github.example/o/r/pull/${issue}#issuecomment-${id}` };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    this.requests.push(`${req.method} ${url.pathname}${url.search}`);
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };
    const failure = this.failures.shift();
    if (failure) return send(failure, { message: 'injected failure' });
    if (req.headers.authorization !== 'token test-token') return send(401, { message: 'Bad credentials' });

    const list = /^\/repos\/o\/r\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(url.pathname);
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
}

const body = (key: string, part: number, text: string) => `${partMarker(key, part)}\n\n${text}`;

describe('upsertStickyComments', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = new FakeGitHub();
    await gh.start();
    // Enough unrelated comments that ours sit on the second page.
    for (let i = 0; i < 120; i++) gh.seed(7, `someone else's comment ${i}`);
    gh.seed(7, body('other/job', 0, 'another instance of the action'));
  });
  afterEach(() => gh.stop());

  it('creates three parts, then updates part 0 in place and deletes the two surplus parts', async () => {
    const octokit = makeOctokit('test-token', { baseUrl: gh.baseUrl, retryAfterBaseValue: 1 });
    const key = 'deploy/preview';
    const first = await upsertStickyComments(octokit, { owner: 'o', repo: 'r', issueNumber: 7, key, parts: [0, 1, 2].map((i) => body(key, i, `run 1 part ${i}`)) });
    expect(first).toMatchObject({ created: 3, updated: 0, deleted: 0 });
    expect(first.urls).toHaveLength(3);
    const part0Id = gh.comments.find((c) => c.body.includes('run 1 part 0'))!.id;
    // Listing walked both pages via the Link header.
    expect(gh.requests.filter((r) => r.startsWith('GET')).map((r) => r.replace(/.*\?/, ''))).toEqual(['per_page=100', 'per_page=100&page=2']);

    gh.requests = [];
    const second = await upsertStickyComments(octokit, { owner: 'o', repo: 'r', issueNumber: 7, key, parts: [body(key, 0, 'run 2 only part')] });
    expect(second).toMatchObject({ created: 0, updated: 1, deleted: 2 });
    const ours = gh.comments.filter((c) => c.body.includes(`gitops-sync:${key}:`));
    expect(ours).toEqual([expect.objectContaining({ id: part0Id, body: body(key, 0, 'run 2 only part') })]);
    expect(second.urls).toEqual([ours[0].html_url]);
    // Other comments, including another key's sticky comment, are untouched.
    expect(gh.comments).toHaveLength(122);
    expect(gh.requests.filter((r) => r.startsWith('PATCH'))).toEqual([`PATCH /repos/o/r/issues/comments/${part0Id}`]);
    expect(gh.requests.filter((r) => r.startsWith('DELETE'))).toHaveLength(2);

    const third = await upsertStickyComments(octokit, { owner: 'o', repo: 'r', issueNumber: 7, key, parts: [body(key, 0, 'run 2 only part')] });
    expect(third).toMatchObject({ created: 0, updated: 0, deleted: 0 });
  });

  it('retries a 500 through the retry plugin', async () => {
    const octokit = makeOctokit('test-token', { baseUrl: gh.baseUrl, retryAfterBaseValue: 1 });
    gh.failures = [500];
    const out = await upsertStickyComments(octokit, { owner: 'o', repo: 'r', issueNumber: 7, key: 'k', parts: [body('k', 0, 'hello')] });
    expect(out.created).toBe(1);
    expect(gh.requests.filter((r) => r.startsWith('GET')).length).toBeGreaterThanOrEqual(2);
    expect(gh.comments.filter((c) => c.body.includes('hello'))).toHaveLength(1);
  });

  it('does not retry a 401 (bad credentials) and surfaces the error', async () => {
    const octokit = makeOctokit('wrong-token', { baseUrl: gh.baseUrl, retryAfterBaseValue: 1 });
    await expect(upsertStickyComments(octokit, { owner: 'o', repo: 'r', issueNumber: 7, key: 'k', parts: ['x'] })).rejects.toMatchObject({ status: 401 });
    expect(gh.requests).toHaveLength(1);
  });
});

describe('commentKey', () => {
  it('derives the key from workflow and job unless given, keeping marker-safe characters', () => {
    expect(commentKey('Deploy preview', 'diff')).toBe('Deploy-preview/diff');
    expect(commentKey('wf', 'job', ' staging ')).toBe('staging');
    expect(commentKey('wf', 'job', 'a-->b')).toBe('a-b');
  });
});
