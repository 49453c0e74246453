// Config management plugins end to end. The bundled action (dist/index.js) previews a pull request
// that changes both a plugin app's manifests and the plugin's definition: the preview warns, renders
// both sides with the base's definition, and the head's definition never runs (it would leave a
// marker file). Then the same repository syncs to the run's control plane: the plugin app's objects
// are applied with Argo CD tracking. Build the bundle first: node scripts/bundle.mjs dist.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ClusterClient } from '../../src/cluster/client.js';
import { syncRepo } from '../../src/pipeline/sync-repo.js';
import { readSettings } from '../../src/settings.js';
import { git } from '../pipeline/pr-repo.js';
import { FakeGitHub } from '../support/github-server.js';
import { runActionOnPullRequest } from '../support/run-action.js';
import { createNamespace, deleteNamespace, kubeconfigPath, newClient } from './cluster/env.js';
import { applicationYaml } from '../support/specs.js';

const TOKEN = 'ghs_e2e-plugin-t0ken';
const REPO_URL = 'https://github.com/example/gitops.git';

/** A plugin that runs the real kustomize and appends a ConfigMap saying which definition ran. */
const plugin = (definition: string, extra = '') => `apiVersion: argoproj.io/v1alpha1
kind: ConfigManagementPlugin
metadata:
  name: stamp
spec:
  version: v1
  generate:
    command: [sh, -c]
    args:
      - |
        ${extra}kustomize build . && printf -- '---\\napiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: stamp\\ndata:\\n  by: ${definition}\\n  app: %s\\n' "$ARGOCD_APP_NAME"
`;

const application = (name: string, namespace: string) => applicationYaml(name, { repoURL: REPO_URL, path: `apps/${name}`, source: 'plugin:\n  name: stamp-v1', namespace });

let work: string;
let repo: string;
let marker: string;
let client: ClusterClient;
let ns: string;

function write(rel: string, text: string): void {
  mkdirSync(dirname(join(repo, rel)), { recursive: true });
  writeFileSync(join(repo, rel), text);
}

const settingsCm = (level: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  level: "${level}"\n`;

beforeAll(async () => {
  client = await newClient();
  ns = await createNamespace(client, 'cmp');
  work = mkdtempSync(join(tmpdir(), 'pr-plugin-'));
  repo = join(work, 'repo');
  marker = join(work, 'head-definition-ran');
  write('cmp/plugins.yaml', plugin('base-definition'));
  write('argocd/apps.yaml', application('plugged', ns));
  write('apps/plugged/kustomization.yaml', 'resources: [settings.yaml]\nlabels:\n  - pairs:\n      via: kustomize\n');
  write('apps/plugged/settings.yaml', settingsCm('1'));
  git(repo, 'init', '--quiet', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '--quiet', '-m', 'base');
});

afterAll(async () => {
  await deleteNamespace(client, ns);
  client.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a plugin app', () => {
  it('previews a PR that changes the plugin definition with the base definition on both sides, and warns', async () => {
    const baseSha = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'checkout', '--quiet', '-b', 'change-plugin');
    write('cmp/plugins.yaml', plugin('head-definition', `touch ${marker}; `));
    write('apps/plugged/settings.yaml', settingsCm('2'));
    git(repo, 'commit', '--quiet', '-am', 'head');
    const headSha = git(repo, 'rev-parse', 'HEAD');

    const gh = new FakeGitHub({ token: TOKEN, repo: 'example/gitops' });
    await gh.start();
    const runnerTemp = join(work, 'runner');
    mkdirSync(runnerTemp);
    try {
      const run = await runActionOnPullRequest({
        node: process.execPath,
        runnerTemp,
        apiUrl: gh.baseUrl,
        repository: 'example/gitops',
        pr: { number: 7, baseSha, headSha, headRef: 'change-plugin' },
        inputs: { 'github-token': TOKEN, repo, 'repo-url': REPO_URL, plugins: 'cmp/*.yaml' },
      });
      expect(run.stdout).not.toContain('::error::');
      expect(run.code).toBe(0);
      expect(existsSync(marker)).toBe(false);
      expect(run.stdout).toContain('::warning::this PR changes ConfigManagementPlugin definitions (stamp-v1); for safety the preview runs only the base revision');

      const body = gh.comments[0].body;
      expect(body).toContain('this PR changes ConfigManagementPlugin definitions (stamp-v1)');
      expect(body).toMatch(new RegExp(`^\\| \\[?\`plugged\`.*\\| \`[^\`]*${ns}\` \\| changed \\|`, 'm'));
      expect(body).toMatch(/-\s+level: "1"\n\+\s+level: "2"/);
      expect(body).not.toContain('head-definition');
      expect(JSON.parse(run.outputs['changed-apps'])).toEqual([expect.objectContaining({ name: 'plugged', status: 'changed', added: 0, modified: 1, removed: 0 })]);
      // The stamp is rendered by the base definition on both sides, so it is the one unchanged object.
      expect(body).toContain('- [Sync wave 0] update ConfigMap ' + ns + '/settings\n- [Sync wave 0] 1 unchanged');
      const diffFile = readFileSync(run.outputs['diff-file'], 'utf8');
      expect(diffFile).not.toMatch(/ConfigMap [^ ]+\/stamp|[-+]\s+by: /);
    } finally {
      await gh.stop();
      git(repo, 'checkout', '--quiet', 'main');
    }
  }, 180_000);

  it('syncs to the cluster with Argo CD tracking, through the same pipeline as any app', async () => {
    const inputs: Record<string, string> = { repo, 'repo-url': REPO_URL, plugins: 'cmp/*.yaml', kubeconfig: kubeconfigPath(), 'health-timeout': '20s' };
    const settings = readSettings((n) => inputs[n] ?? '', { mode: 'sync', installMissingTools: false, cacheDir: join(work, 'cache') });
    const result = await syncRepo(settings, { waveDelayMs: 0 });
    expect(result.problems).toEqual([]);
    expect(result.reports.map((r) => [r.app, r.outcome.phase, r.outcome.message])).toEqual([['plugged', 'Succeeded', expect.any(String)]]);
    const stamp = await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name: 'stamp' });
    expect(stamp?.data).toEqual({ by: 'base-definition', app: 'plugged' });
    expect(stamp?.metadata.annotations?.['argocd.argoproj.io/tracking-id']).toBe(`plugged:/ConfigMap:${ns}/stamp`);
    const settingsObj = await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name: 'settings' });
    expect(settingsObj?.metadata.labels).toMatchObject({ via: 'kustomize' });
  }, 120_000);
});
