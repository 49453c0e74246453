// The committed bundle on a schedule event against the real control plane: `auto` picks reconcile; an
// automated app never synced by the action is synced, a manual one is only reported (output
// out-of-sync-apps, job summary); then a push with the default sync-policy finds the automated app
// Synced and applies nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ClusterClient } from '../../src/cluster/client.js';
import { git } from '../pipeline/pr-repo.js';
import { runActionOnEvent } from '../support/run-action.js';
import { createNamespace, deleteNamespace, kubeconfigPath, newClient, suffix } from './sync/env.js';

const id = suffix();
const auto = `auto-${id}`;
const manual = `manual-${id}`;
let dir: string;
let repo: string;
let client: ClusterClient;
let ns: string;

const app = (name: string, automated: boolean): string => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: ${name}, namespace: argocd}
spec:
  project: default
  source: {repoURL: https://example.com/bundle.git, path: manifests/${name}}
  destination: {server: https://kubernetes.default.svc, namespace: ${ns}}${automated ? '\n  syncPolicy: {automated: {selfHeal: true}}' : ''}
`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'action-reconcile-'));
  repo = join(dir, 'repo');
  client = await newClient();
  ns = await createNamespace(client, 'bundle');
  for (const name of [auto, manual]) {
    mkdirSync(join(repo, 'manifests', name), { recursive: true });
    writeFileSync(join(repo, 'manifests', name, 'cm.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ${name}}\ndata: {k: v}\n`);
  }
  writeFileSync(join(repo, 'apps.yaml'), [app(auto, true), app(manual, false)].join('---\n'));
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, '-c', 'user.name=e2e', '-c', 'user.email=e2e@example.com', 'commit', '-q', '-m', 'apps');
});

afterAll(async () => {
  if (ns) await deleteNamespace(client, ns);
  client?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const run = (event: string, runnerTemp: string) =>
  runActionOnEvent({
    node: process.execPath,
    runnerTemp,
    event,
    repository: 'example/gitops',
    inputs: { repo, 'repo-url': 'https://example.com/bundle.git', kubeconfig: kubeconfigPath(), 'health-timeout': '30s' },
    env: { ARGOCD_SYNC_WAVE_DELAY: '0' },
  });

describe('dist/index.js on schedule and push events', () => {
  it('reconciles on schedule, then a push has nothing to do', async () => {
    const scheduled = await run('schedule', mkdtempSync(join(dir, 'rt-')));
    expect({ code: scheduled.code, errors: scheduled.stdout.split('\n').filter((l) => l.startsWith('::error')) }).toEqual({ code: 0, errors: [] });
    expect(JSON.parse(scheduled.outputs['out-of-sync-apps'])).toEqual([manual]);
    expect(scheduled.summary).toContain('## App status (reconcile)');
    expect(scheduled.summary).toContain(`workflow_dispatch run whose input app is ${manual}`);
    expect((await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name: auto }))?.data).toEqual({ k: 'v' });
    expect(await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name: manual })).toBeUndefined();
    const rv = (await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name: auto }))?.metadata.resourceVersion;

    const pushed = await run('push', mkdtempSync(join(dir, 'rt-')));
    expect(pushed.code).toBe(0);
    const result = JSON.parse(pushed.outputs.result) as { app: string; skipped?: boolean; outcome: { message: string } }[];
    expect(result.find((r) => r.app === auto)).toMatchObject({ skipped: true, outcome: { message: 'Synced, nothing to do (health Healthy)' } });
    expect((await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name: auto }))?.metadata.resourceVersion).toBe(rv);
  }, 240_000);
});
