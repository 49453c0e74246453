// The resolver against a real git server on loopback: git http-backend behind a CGI bridge.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRepoResolver } from '../../src/render/repos/resolver.js';
import { startGitServer, type LocalServer } from '../support/local-servers.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/repos', import.meta.url));
const TOKEN = 'ghs_secret123';
const AUTH = `Basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`;

let root: string;
let publicServer: LocalServer;
let privateServer: LocalServer;
let firstSha: string;
let checkout: string;

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' },
  }).trim();

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'repos-git-'));
  const work = join(root, 'work');
  cpSync(join(FIXTURES, 'remote-app'), join(work, 'app'), { recursive: true });
  git(root, 'init', '--quiet', '-b', 'main', work);
  git(work, 'add', '.');
  git(work, 'commit', '--quiet', '-m', 'first');
  git(work, 'tag', 'v1');
  git(work, 'tag', '1.0.0');
  firstSha = git(work, 'rev-parse', 'HEAD');
  writeFileSync(join(work, 'app', 'configmap.yaml'), readFileSync(join(work, 'app', 'configmap.yaml'), 'utf8').replace('remote-repo', 'second-commit'));
  git(work, 'commit', '--quiet', '-am', 'second');
  for (const tag of ['1.1.0', '1.2.0-rc.1', 'prod/v2.0.0']) git(work, 'tag', tag);
  git(work, 'checkout', '--quiet', '-b', 'feature/x');
  git(root, 'clone', '--quiet', '--bare', work, join(root, 'served', 'org', 'remote.git'));
  publicServer = await startGitServer(join(root, 'served'));
  privateServer = await startGitServer(join(root, 'served'), AUTH);

  checkout = join(root, 'checkout');
  git(root, 'init', '--quiet', checkout);
  git(checkout, 'remote', 'add', 'origin', 'https://github.com/Example/GitOps.git');
});

afterAll(async () => {
  await publicServer.close();
  await privateServer.close();
  rmSync(root, { recursive: true, force: true });
});

const resolver = (extra: Partial<Parameters<typeof createRepoResolver>[0]> = {}) =>
  createRepoResolver({ checkoutDir: checkout, cacheDir: mkdtempSync(join(root, 'cache-')), timeoutMs: 30_000, ...extra });

const configmapIn = (dir: string): string => readFileSync(join(dir, 'app', 'configmap.yaml'), 'utf8');

describe('this repository', () => {
  it('renders from the checkout for any spelling of the origin URL or an alias, whatever the revision', async () => {
    const r = await resolver({ aliases: ['https://git.internal.example/mirror/gitops'] });
    for (const url of ['git@github.com:example/gitops.git', 'https://github.com/example/gitops', 'ssh://git@github.com/Example/GitOps', 'https://git.internal.example/mirror/gitops.git']) {
      expect(r.isLocal(url)).toBe(true);
      await expect(r.gitDir(url, 'some-other-branch')).resolves.toBe(checkout);
    }
    expect(r.isLocal('https://github.com/example/other')).toBe(false);
  });

  it('accepts an explicit repository URL when the checkout has no origin', async () => {
    const bare = mkdtempSync(join(root, 'no-origin-'));
    git(bare, 'init', '--quiet');
    const r = await createRepoResolver({ checkoutDir: bare, cacheDir: join(bare, 'c'), timeoutMs: 10_000, repoUrl: 'https://github.com/a/b' });
    await expect(r.gitDir('git@github.com:a/b.git', undefined)).resolves.toBe(bare);
  });
});

describe('semver revisions (Argo CD resolves them against the tags)', () => {
  it('takes the highest tag that satisfies a constraint, prereleases only when asked for', async () => {
    const r = await resolver();
    const url = `${publicServer.url}/org/remote.git`;
    // Tags: v1 and 1.0.0 on the first commit; 1.1.0, 1.2.0-rc.1 and prod/v2.0.0 on the second.
    expect(configmapIn(await r.gitDir(url, '1.*'))).toContain('second-commit');
    expect(configmapIn(await r.gitDir(url, '~1.0.0'))).toContain('remote-repo');
    expect(configmapIn(await r.gitDir(url, '>=1.2.0-0'))).toContain('second-commit');
    // An exact version names its tag without listing any.
    expect(configmapIn(await r.gitDir(url, '1.0.0'))).toContain('remote-repo');
    await expect(r.gitDir(url, '>=5')).rejects.toThrow(`cannot fetch ${url} at revision >=5: version matching constraint not found in 5 tags`);
  });

  it('with tagPrefix, compares only the tags that carry it, without it', async () => {
    const r = await resolver();
    const url = `${publicServer.url}/org/remote.git`;
    expect(configmapIn(await r.gitDir(url, 'v2.*', 'prod/'))).toContain('second-commit');
    await expect(r.gitDir(url, '1.*', 'prod/')).rejects.toThrow('(tagPrefix prod/): version matching constraint not found in 1 tags');
    // A branch name is no constraint: Argo CD goes on with it as it stands.
    expect(configmapIn(await r.gitDir(url, 'main', 'prod/'))).toContain('second-commit');
  });
});

describe('other git repositories', () => {
  it('clones a branch, a tag and a commit, each at its own revision', async () => {
    const r = await resolver();
    const url = `${publicServer.url}/org/remote.git`;
    expect(configmapIn(await r.gitDir(url, 'main'))).toContain('second-commit');
    expect(configmapIn(await r.gitDir(url, 'v1'))).toContain('remote-repo');
    expect(configmapIn(await r.gitDir(url, firstSha))).toContain('remote-repo');
    expect(configmapIn(await r.gitDir(url, 'feature/x'))).toContain('second-commit');
    expect(configmapIn(await r.gitDir(url, undefined))).toContain('second-commit');
    expect(configmapIn(await r.gitDir(url, firstSha.slice(0, 10)))).toContain('remote-repo');
  });

  it('fetches each (url, revision) once even when many apps ask at the same time', async () => {
    const r = await resolver();
    const before = publicServer.requests.filter((q) => q.includes('/info/refs')).length;
    const base = `${publicServer.url}/org/remote`;
    const dirs = await Promise.all([`${base}.git`, base, `${base}/`, `${base}.git/`].map((url) => r.gitDir(url, 'main')));
    expect(new Set(dirs).size).toBe(1);
    expect(publicServer.requests.filter((q) => q.includes('/info/refs')).length - before).toBe(1);
  });

  it('reuses a cached commit across runs without asking the server', async () => {
    const cacheDir = mkdtempSync(join(root, 'shared-cache-'));
    const url = `${publicServer.url}/org/remote.git`;
    const first = await (await resolver({ cacheDir })).gitDir(url, firstSha);
    const before = publicServer.requests.length;
    const second = await (await resolver({ cacheDir })).gitDir(url, firstSha);
    expect(second).toBe(first);
    expect(publicServer.requests.length).toBe(before);
  });

  it('sends the token as a header to the token host only, and never shows it', async () => {
    const url = `${privateServer.url}/org/remote.git`;
    const host = privateServer.url.replace('http://', '');
    const denied = (await resolver()).gitDir(url, 'main');
    await expect(denied).rejects.toThrow(`cannot fetch ${url} at revision main`);
    const otherHost = (await resolver({ token: TOKEN, tokenHost: 'github.com' })).gitDir(url, 'main');
    await expect(otherHost).rejects.toThrow(/cannot fetch/);
    await otherHost.catch((e: Error) => expect(e.message).not.toContain(TOKEN));
    const dir = await (await resolver({ token: TOKEN, tokenHost: host })).gitDir(url, 'main');
    expect(configmapIn(dir)).toContain('second-commit');
    expect(readFileSync(join(dir, '.git', 'config'), 'utf8')).not.toContain(TOKEN);
  });

  it('names the repository and revision when a revision does not exist', async () => {
    const url = `${publicServer.url}/org/remote.git`;
    await expect((await resolver()).gitDir(url, 'no-such-branch')).rejects.toThrow(`cannot fetch ${url} at revision no-such-branch`);
  });
});
