// GitHub Deployments through the action's sync mode: runSyncMode syncs a repo against the real
// control plane while the real Octokit talks to the local GitHub API server. One deployment per app
// that passed its gates (in_progress, then Argo CD's outcome), none for an app a sync window holds
// back, none in a dry run; GitHub refusing (403) is a warning and changes no sync result.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { runSyncMode } from '../../../src/action/sync-mode.js';
import type { ClusterClient } from '../../../src/cluster/client.js';
import { truncateDescription } from '../../../src/github/deployments.js';
import { readSettings } from '../../../src/settings.js';
import { git } from '../../pipeline/pr-repo.js';
import { captureIO } from '../../support/capture-io.js';
import { FakeGitHub } from '../../support/github-server.js';
import { createNamespace, deleteNamespace, kubeconfigPath, newClient, suffix } from './env.js';

const TOKEN = 'ghs_deploy-t0ken';
const SHA = '9fceb02d0ae598e95dc970b74767f19372d61af8';

let dir: string;
let client: ClusterClient;
let ns: string;
let gh: FakeGitHub;
const id = suffix();
const good = `good-${id}`;
const bad = `bad-${id}`;
const frozen = `frozen-${id}`;

const app = (name: string) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
spec:
  project: team
  source:
    repoURL: https://example.com/deploy.git
    path: manifests/${name}
  destination:
    server: https://kubernetes.default.svc
    namespace: NS
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deployments-'));
  client = await newClient();
  ns = await createNamespace(client, 'deploy');
  gh = new FakeGitHub({ token: TOKEN, repo: 'example/gitops' });
  await gh.start();
  const repo = join(dir, 'repo');
  const manifests: Record<string, string> = {
    [good]: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${good}\ndata:\n  k: v\n`,
    // The API server rejects the port: the sync fails with its message.
    [bad]: `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${bad}\nspec:\n  ports:\n  - port: 99999\n`,
    [frozen]: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${frozen}\n`,
  };
  for (const [name, text] of Object.entries(manifests)) {
    await mkdir(join(repo, 'manifests', name), { recursive: true });
    await writeFile(join(repo, 'manifests', name, 'objects.yaml'), text);
  }
  const project = `apiVersion: argoproj.io/v1alpha1
kind: AppProject
metadata:
  name: team
  namespace: argocd
spec:
  sourceRepos: ['*']
  destinations: [{server: '*', namespace: '*'}]
  syncWindows:
  - {kind: deny, schedule: '* * * * *', duration: 1h, applications: ['${frozen}']}
`;
  await writeFile(join(repo, 'apps.yaml'), [project, ...[good, bad, frozen].map(app)].join('---\n').replaceAll('NS', ns));
});
afterAll(async () => {
  await gh.stop();
  await deleteNamespace(client, ns);
  client.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  gh.deployments = [];
  gh.requests = [];
  gh.failures = [];
});

async function run(extra: Record<string, string> = {}, envOver: NodeJS.ProcessEnv = {}) {
  const inputs: Record<string, string> = {
    repo: join(dir, 'repo'),
    'repo-url': 'https://example.com/deploy.git',
    kubeconfig: kubeconfigPath(),
    'health-timeout': '20s',
    'github-token': TOKEN,
    deployments: 'true',
    'deployment-environment': 'e2e/{app}',
    ...extra,
  };
  const settings = readSettings((n) => inputs[n] ?? '', { mode: 'sync', installMissingTools: false, cacheDir: join(dir, 'cache') });
  const captured = captureIO();
  const env = {
    GITHUB_REPOSITORY: 'example/gitops',
    GITHUB_SHA: SHA,
    GITHUB_API_URL: gh.baseUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4242',
    ARGOCD_SYNC_WAVE_DELAY: '0',
    ...envOver,
  };
  const failure = await runSyncMode(settings, captured.io, env);
  const results = JSON.parse(captured.outputs.result) as { app: string; outcome: { phase: string; message: string }; rollback?: { revision: string; outcome: { phase: string } } }[];
  const phases = Object.fromEntries(results.map((r) => [r.app, { phase: r.outcome.phase, message: r.outcome.message }]));
  return { failure, phases, results, ...captured };
}

describe('GitHub deployments in sync mode', () => {
  it("one deployment per app that syncs, on the pushed commit: success for the app that synced, failure with Argo CD's message for the other", async () => {
    const { failure, phases, logs } = await run();
    expect(phases[good].phase).toBe('Succeeded');
    expect(phases[bad].phase).toBe('Failed');
    expect(phases[frozen].message).toMatch(/^Sync operation blocked by sync window/);
    expect(failure).toContain(`app ${bad}: `);

    const byEnv = Object.fromEntries(gh.deployments.map((d) => [d.request.environment, d]));
    // The app held back by its sync window gets none.
    expect(Object.keys(byEnv).sort()).toEqual([`e2e/${bad}`, `e2e/${good}`]);
    const logUrl = 'https://github.example/example/gitops/actions/runs/4242';
    for (const d of gh.deployments) {
      expect(d.request).toMatchObject({ ref: SHA, auto_merge: false, required_contexts: [], transient_environment: false });
      expect(d.statuses[0]).toEqual({ state: 'in_progress', description: `Syncing to ${client.context}/${ns}`, log_url: logUrl });
    }
    expect(byEnv[`e2e/${good}`].statuses.slice(1)).toEqual([{ state: 'success', description: phases[good].message, log_url: logUrl }]);
    expect(phases[bad].message).toBe('one or more objects failed to apply (dry run)');
    expect(byEnv[`e2e/${bad}`].statuses.slice(1)).toEqual([{ state: 'failure', description: phases[bad].message, log_url: logUrl }]);
    expect(logs.filter((l) => l.startsWith('warning:'))).toEqual([]);
  }, 120_000);

  it('a token GitHub refuses (403) gives warnings and the same sync results', async () => {
    const baseline = await run({ deployments: 'false' });
    expect(gh.requests).toEqual([]);
    gh.failures = Array.from({ length: 10 }, () => 403);
    const refused = await run();
    expect(gh.deployments).toEqual([]);
    expect(refused.phases).toEqual(baseline.phases);
    expect(refused.failure).toBe(baseline.failure);
    const warnings = refused.logs.filter((l) => l.startsWith('warning:'));
    expect(warnings.sort()).toEqual([good, bad].sort().map((a) => expect.stringMatching(new RegExp(`^warning: ${a}: GitHub deployment for environment e2e/${a} not created: HTTP 403 .*deployments: write`))));
  }, 120_000);

  it('without a token, or without GITHUB_REPOSITORY / GITHUB_SHA, one warning, no request and the same sync results', async () => {
    const baseline = await run({ deployments: 'false' });
    const cases: [Record<string, string>, NodeJS.ProcessEnv, string][] = [
      [{ 'github-token': '' }, {}, 'no github-token'],
      [{}, { GITHUB_SHA: undefined }, 'GITHUB_REPOSITORY or GITHUB_SHA is not set'],
      [{}, { GITHUB_REPOSITORY: undefined }, 'GITHUB_REPOSITORY or GITHUB_SHA is not set'],
    ];
    for (const [inputs, env, why] of cases) {
      const r = await run(inputs, env);
      expect(r.logs.filter((l) => l.startsWith('warning:'))).toEqual([`warning: deployments: ${why}, so no GitHub deployments are created`]);
      expect(r.phases).toEqual(baseline.phases);
      expect(r.failure).toBe(baseline.failure);
    }
    expect(gh.requests).toEqual([]);
  }, 180_000);

  it('a dry run creates no deployment', async () => {
    const { phases, logs } = await run({ 'dry-run': 'true' });
    expect(phases[good].phase).toBe('Succeeded');
    expect(gh.requests).toEqual([]);
    expect(logs).toContain('info: dry run: no GitHub deployments');
  }, 120_000);
});

describe('GitHub deployments with rollback-on-failure', () => {
  const name = `rollback-${id}`;
  let repo: string;
  const commits: string[] = [];
  const manifest = (level: string, hook: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
data:
  level: "${level}"
${hook}`;
  // Never schedulable, with a 2 s deadline: the Job fails, so the sync fails after the ConfigMap was applied.
  const failingHook = `---
apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}-check
  annotations:
    argocd.argoproj.io/hook: PostSync
spec:
  backoffLimit: 0
  activeDeadlineSeconds: 2
  template:
    spec:
      restartPolicy: Never
      nodeSelector: {no-such-node: "true"}
      containers: [{name: main, image: registry.local/check:1}]
`;

  beforeAll(async () => {
    repo = join(dir, 'rollback-repo');
    await mkdir(join(repo, 'manifests'), { recursive: true });
    const project = `apiVersion: argoproj.io/v1alpha1
kind: AppProject
metadata:
  name: team
  namespace: argocd
spec:
  sourceRepos: ['*']
  destinations: [{server: '*', namespace: '*'}]
`;
    await writeFile(join(repo, 'apps.yaml'), [project, app(name).replace(`path: manifests/${name}`, 'path: manifests').replace('NS', ns)].join('---\n'));
    git(repo, 'init', '--quiet', '-b', 'main');
    for (const [level, hook] of [['1', ''], ['2', failingHook]]) {
      await writeFile(join(repo, 'manifests', 'objects.yaml'), manifest(level, hook));
      git(repo, 'add', '-A');
      git(repo, 'commit', '--quiet', '-m', `level ${level}`);
      commits.push(git(repo, 'rev-parse', 'HEAD'));
    }
  });

  it('the failed commit gets one deployment whose final status is failure with the sync\'s message; the rollback re-syncs the last good revision and creates none', async () => {
    const inputs = { repo, 'repo-url': 'https://example.com/deploy.git', 'rollback-on-failure': 'true' };
    git(repo, 'checkout', '--quiet', commits[0]);
    const good = await run(inputs, { GITHUB_SHA: commits[0] });
    expect(good.phases[name].phase).toBe('Succeeded');

    git(repo, 'checkout', '--quiet', commits[1]);
    gh.deployments = [];
    const failed = await run(inputs, { GITHUB_SHA: commits[1] });
    const [report] = failed.results;
    expect(report.outcome.phase).toBe('Failed');
    expect(report.rollback).toMatchObject({ revision: commits[0], outcome: { phase: 'Succeeded' } });
    expect(failed.failure).toBe(`app ${name}: ${report.outcome.message}`);

    // The ConfigMap the failed sync changed is back at the last good revision.
    expect((await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name }))?.data).toEqual({ level: '1' });

    expect(gh.deployments).toHaveLength(1);
    const [d] = gh.deployments;
    expect(d.request).toMatchObject({ ref: commits[1], environment: `e2e/${name}` });
    expect(d.statuses.map((st) => st.state)).toEqual(['in_progress', 'failure']);
    expect(d.statuses[1].description).toBe(truncateDescription(`rolled back to ${commits[0].slice(0, 7)} (Succeeded); ${report.outcome.message}`));
    expect(failed.logs).toContain(`info: ${name}: rolling back to ${commits[0]}`);
    expect(failed.logs.filter((l) => l.startsWith('warning:'))).toEqual([]);
  }, 180_000);
});
