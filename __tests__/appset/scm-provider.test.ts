// The scmProvider generator (GitHub) through the real Octokit client against a local stand-in of
// GitHub's API: parameters, clone protocols, branches, Argo CD's two-pass filters, pagination, GitHub
// Enterprise URLs and errors.
import { expandAppSet } from '../../src/appset/expand.js';
import { scmProviderParams, enterpriseApiUrl } from '../../src/appset/generators/scm-provider.js';
import type { GenContext, ScmProviderGenerator } from '../../src/appset/types.js';
import type { ApplicationSet } from '../../src/model/argocd.js';
import { FakeGitHub } from '../support/github-server.js';

const TOKEN = 'scm-test-token';
const gh = new FakeGitHub({ token: TOKEN });

beforeAll(async () => {
  await gh.start();
  gh.orgs.set('acme', [
    {
      name: 'app-a',
      id: 101,
      defaultBranch: 'main',
      topics: ['team-a', 'web'],
      branches: { main: '0123456789abcdef0123456789abcdef01234567', 'feature/X': 'fedcba9876543210fedcba9876543210fedcba98' },
      paths: { main: ['deploy', 'deploy/kustomization.yaml'], 'feature/X': [] },
    },
    { name: 'app-b', id: 102, defaultBranch: 'main', archived: true, branches: { main: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' }, paths: { main: ['deploy'] } },
    { name: 'lib-c', id: 103, defaultBranch: 'trunk', topics: ['library'], branches: { trunk: 'cccccccccccccccccccccccccccccccccccccccc' } },
    // An empty repository: its default branch does not exist, so it offers nothing.
    { name: 'empty-d', id: 104, defaultBranch: 'main', branches: {} },
  ]);
  gh.orgs.set(
    'big',
    Array.from({ length: 130 }, (_, i) => ({ name: `svc-${i}`, id: 1000 + i, defaultBranch: 'main', branches: { main: `${i}`.padStart(40, '0') } })),
  );
});
afterAll(() => gh.stop());
beforeEach(() => {
  gh.requests = [];
});

const ctx = (over: Partial<GenContext> = {}): GenContext => ({
  repoRoot: '/nonexistent',
  appSetName: 'repos',
  clusters: [],
  goTemplate: false,
  goTemplateOptions: [],
  applyNestedSelectors: false,
  notes: [],
  githubToken: TOKEN,
  githubApiUrl: gh.baseUrl,
  ...over,
});
const run = (gen: ScmProviderGenerator, over: Partial<GenContext> = {}) => scmProviderParams(gen, ctx(over));
const failure = (p: Promise<unknown>) => p.then(() => 'no error', (e: Error) => e.message);

describe('scmProvider generator (GitHub)', () => {
  test('each repository on its default branch, with Argo CD parameters; an empty repository yields nothing', async () => {
    const params = await run({ github: { organization: 'acme' } });
    expect(params.map((p) => p.repository)).toEqual(['app-a', 'app-b', 'lib-c']);
    expect(params[0]).toEqual({
      organization: 'acme',
      repository: 'app-a',
      repository_id: 101,
      url: 'git@github.example:acme/app-a.git',
      branch: 'main',
      sha: '0123456789abcdef0123456789abcdef01234567',
      short_sha: '01234567',
      short_sha_7: '0123456',
      labels: 'team-a,web',
      branchNormalized: 'main',
    });
    expect(gh.requests).toContain('GET /repos/acme/lib-c/branches/trunk');
  });

  test('cloneProtocol https gives clone URLs; an unknown protocol fails', async () => {
    expect((await run({ github: { organization: 'acme' }, cloneProtocol: 'https' })).map((p) => p.url)[0]).toBe('https://github.example/acme/app-a.git');
    expect(await failure(run({ github: { organization: 'acme' }, cloneProtocol: 'git' }))).toBe('error listing repos: unknown clone protocol for GitHub git');
  });

  test('allBranches lists every branch; excludeArchivedRepos drops archived repositories', async () => {
    const params = await run({ github: { organization: 'acme', allBranches: true, excludeArchivedRepos: true } });
    expect(params.map((p) => `${p.repository}@${p.branch}:${p.branchNormalized}`)).toEqual(['app-a@main:main', 'app-a@feature/X:feature-x', 'lib-c@trunk:trunk']);
  });

  test('repository filters apply before branches are listed, branch filters after; entries are alternatives', async () => {
    const names = async (filters: ScmProviderGenerator['filters'], allBranches = true) =>
      (await run({ github: { organization: 'acme', allBranches }, filters })).map((p) => `${p.repository}@${p.branch}`);
    expect(await names([{ labelMatch: '^team-' }])).toEqual(['app-a@main', 'app-a@feature/X']);
    expect(await names([{ repositoryMatch: 'lib' }, { labelMatch: '^web$' }])).toEqual(['app-a@main', 'app-a@feature/X', 'lib-c@trunk']);
    // pathsExist makes the filter a branch filter: all its criteria are checked on each branch.
    expect(await names([{ repositoryMatch: '^app-', pathsExist: ['deploy/'] }])).toEqual(['app-a@main', 'app-b@main']);
    expect(await names([{ pathsDoNotExist: ['deploy'] }])).toEqual(['app-a@feature/X', 'lib-c@trunk']);
    expect(await names([{ branchMatch: '^feature/' }])).toEqual(['app-a@feature/X']);
    // A repository filter runs before branches are listed: lib-c's are never asked for.
    gh.requests = [];
    expect(await names([{ repositoryMatch: '^app-' }], false)).toEqual(['app-a@main', 'app-b@main']);
    expect(gh.requests.filter((r) => r.includes('/lib-c/'))).toEqual([]);
    expect(await names([{}])).toEqual(['app-a@main', 'app-a@feature/X', 'app-b@main', 'lib-c@trunk']);
  });

  test('a bad filter regex fails with Go RE2 error text before any request', async () => {
    expect(await failure(run({ github: { organization: 'acme' }, filters: [{ repositoryMatch: '(?=x)' }] }))).toBe(
      'error listing repos: error compiling RepositoryMatch regexp "(?=x)": error parsing regexp: invalid or unsupported Perl syntax: `(?=`',
    );
    expect(gh.requests).toEqual([]);
  });

  test('more than 100 repositories are read page by page', async () => {
    const params = await run({ github: { organization: 'big' } });
    expect(params).toHaveLength(130);
    expect(gh.requests.filter((r) => r.startsWith('GET /orgs/big/repos'))).toEqual(['GET /orgs/big/repos?per_page=100', 'GET /orgs/big/repos?per_page=100&page=2']);
  });

  test('values are templated with the parameters; goTemplate keeps them as a map', async () => {
    const [flat] = await run({ github: { organization: 'acme' }, values: { path: '{{repository}}/deploy' } });
    expect(flat['values.path']).toBe('app-a/deploy');
    const [typed] = await run({ github: { organization: 'acme' }, values: { path: '{{ .repository }}-{{ .short_sha_7 }}' } }, { goTemplate: true });
    expect(typed.values).toEqual({ path: 'app-a-0123456' });
  });

  test('a GitHub Enterprise api gets /api/v3 as go-github adds it', async () => {
    expect(enterpriseApiUrl('https://ghe.example.com')).toBe('https://ghe.example.com/api/v3');
    expect(enterpriseApiUrl('https://ghe.example.com/api/v3/')).toBe('https://ghe.example.com/api/v3');
    expect(enterpriseApiUrl('https://api.example.com')).toBe('https://api.example.com');
    const params = await run({ github: { organization: 'acme', api: gh.baseUrl } }, { githubApiUrl: 'http://127.0.0.1:1' });
    expect(params).toHaveLength(3);
    expect(gh.requests[0]).toBe('GET /api/v3/orgs/acme/repos?per_page=100');
  });

  test('errors: unknown organisation, bad token, no token, other providers', async () => {
    expect(await failure(run({ github: { organization: 'nobody' } }))).toMatch(/^error listing repos: error listing repositories for nobody: Not Found/);
    expect(await failure(run({ github: { organization: 'acme' } }, { githubToken: 'wrong' }))).toMatch(/^error listing repos: error listing repositories for acme: Bad credentials/);
    const env = process.env.GITHUB_TOKEN;
    delete process.env.GITHUB_TOKEN;
    try {
      expect(await failure(run({ github: { organization: 'acme' } }, { githubToken: undefined }))).toBe(
        'the scmProvider generator needs a GitHub token: set the github-token input (CLI: GITHUB_TOKEN)',
      );
    } finally {
      if (env !== undefined) process.env.GITHUB_TOKEN = env;
    }
    expect(await failure(run({ gitea: { owner: 'x' } }))).toBe('the scmProvider generator supports only github in gitops-sync, not gitea');
    expect(await failure(run({ github: { organization: 'acme', appSecretName: 'app' } }))).toMatch(/appSecretName .* is not supported/);
  });

  test('an ApplicationSet generates one Application per repository', async () => {
    const appSet = {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'ApplicationSet',
      metadata: { name: 'repos', namespace: 'argocd' },
      spec: {
        goTemplate: true,
        generators: [{ scmProvider: { github: { organization: 'acme', excludeArchivedRepos: true }, cloneProtocol: 'https' } }],
        template: {
          metadata: { name: '{{ .repository }}' },
          spec: {
            project: 'default',
            source: { repoURL: '{{ .url }}', targetRevision: '{{ .branch }}', path: 'deploy' },
            destination: { server: 'https://kubernetes.default.svc', namespace: '{{ .repository }}' },
          },
        },
      },
    } as unknown as ApplicationSet;
    const r = await expandAppSet(appSet, { file: 'appsets/repos.yaml', line: 1 }, { repoRoot: '/nonexistent', clusters: [], githubToken: TOKEN, githubApiUrl: gh.baseUrl });
    expect(r.problems).toEqual([]);
    expect(r.apps.map((a) => [a.app.metadata.name, a.app.spec.source?.repoURL, a.app.spec.source?.targetRevision])).toEqual([
      ['app-a', 'https://github.example/acme/app-a.git', 'main'],
      ['lib-c', 'https://github.example/acme/lib-c.git', 'trunk'],
    ]);
  });
});
