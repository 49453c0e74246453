// `gitops-sync status` end to end: the bundled CLI against the real control plane and a repo on disk.
// Argo CD's sync and health status per scenario: Synced+Healthy; a live edit (OutOfSync); a field
// ignoreDifferences covers (Synced); never synced (OutOfSync + Missing); an extraneous tracked object
// with IgnoreExtraneous (Synced) and with Prune=false (OutOfSync); a destination named through a
// declarative cluster Secret; OrphanedResourceWarning from the AppProject; RepeatedResourceWarning; a
// broken ignoreDifferences rule (ComparisonError naming its field).
import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ClusterClient } from '../../../src/cluster/client.js';
import { loadKubeconfig } from '../../../src/cluster/kubeconfig.js';
import { git } from '../../pipeline/pr-repo.js';
import { createNamespace, deleteNamespace, kubeconfigPath, newClient, suffix } from './env.js';

let dir: string;
let cli: string;
let repo: string;
let client: ClusterClient;
let ns: string;
const id = suffix();
const names = ['ok', 'drift', 'ignored', 'missing', 'extra', 'noprune', 'named', 'broken'].map((n) => `${n}-${id}`);
const [ok, drift, ignored, missing, extra, noprune, named, broken] = names;

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[]): Promise<Ran> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { env: { ...process.env }, maxBuffer: 16 * 1024 * 1024, timeout: 240_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
      if (err && code === null) reject(new Error(`${cmd} ${args.join(' ')}: ${err.message}\n${stderr}`));
      else resolve({ code, stdout, stderr });
    });
  });
}

const common = (): string[] => ['--repo', repo, '--repo-url', 'https://example.com/status.git', '--kubeconfig', kubeconfigPath(), '--cache-dir', join(dir, 'cache')];
const gitsync = (args: string[]): Promise<Ran> => run(process.execPath, [cli, ...args]);

const appYaml = (name: string, extraSpec = '', destination = 'server: https://kubernetes.default.svc'): string => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
spec:
  project: watched
  source:
    repoURL: https://example.com/status.git
    path: manifests/${name}
  destination:
    ${destination}
    namespace: ${ns}${extraSpec}
`;

const cm = (name: string, data: Record<string, string>, annotations: Record<string, string> = {}) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: ns, ...(Object.keys(annotations).length ? { annotations } : {}) },
  data,
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'status-cli-'));
  cli = join(dir, 'cli', 'index.js');
  await run(join('node_modules', '.bin', 'ncc'), ['build', 'src/cli.ts', '-o', join(dir, 'cli'), '-q', '--target', 'es2022', '--transpile-only']);
  client = await newClient();
  ns = await createNamespace(client, 'status');
  repo = join(dir, 'repo');
  const server = (await loadKubeconfig(kubeconfigPath())).kc.getCurrentCluster()!.server;
  const project = `apiVersion: argoproj.io/v1alpha1
kind: AppProject
metadata:
  name: watched
  namespace: argocd
spec:
  sourceRepos: ['*']
  destinations: [{server: '*', namespace: '*'}]
  orphanedResources: {warn: true}
`;
  // The cluster Secret calls the cluster "production"; the kubeconfig has its own context names.
  const clusterSecret = `apiVersion: v1
kind: Secret
metadata:
  name: production-cluster
  namespace: argocd
  labels: {argocd.argoproj.io/secret-type: cluster}
stringData:
  name: production
  server: ${server}
`;
  const ignore = `
  ignoreDifferences:
  - kind: ConfigMap
    jsonPointers: [/data/tuned]`;
  const apps = [ok, drift, missing, extra, noprune].map((a) => appYaml(a));
  const badRule = `
  ignoreDifferences:
  - kind: ConfigMap
    jqPathExpressions: ['.data[']`;
  apps.push(appYaml(ignored, ignore), appYaml(named, '', 'name: production'), appYaml(broken, badRule));
  await mkdir(repo, { recursive: true });
  await writeFile(join(repo, 'apps.yaml'), [project, clusterSecret, ...apps].join('---\n'));
  for (const a of names) {
    await mkdir(join(repo, 'manifests', a), { recursive: true });
    const doc = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${a}\ndata:\n  k: v\n  tuned: git\n`;
    // The drift app renders its ConfigMap twice: Argo CD's RepeatedResourceWarning.
    await writeFile(join(repo, 'manifests', a, 'all.yaml'), a === drift ? `${doc}---\n${doc}` : doc);
  }
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, '-c', 'user.name=e2e', '-c', 'user.email=e2e@example.com', 'commit', '-q', '-m', 'apps');
}, 300_000);

afterAll(async () => {
  if (ns) await deleteNamespace(client, ns);
  client?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('gitops-sync status', () => {
  it('prints each app as argocd app list does, per scenario', async () => {
    const synced = await gitsync(['sync', ...common(), ...names.filter((n) => n !== missing && n !== broken).flatMap((n) => ['--app', n])]);
    expect(synced.stderr).not.toContain('error:');
    expect(synced.code).toBe(0);

    const edit = (obj: ReturnType<typeof cm>) => client.apply(obj, { fieldManager: 'kubectl-edit', force: true });
    await edit(cm(drift, { k: 'by-hand' }));
    await edit(cm(ignored, { tuned: 'by-hand' }));
    await edit(cm(`${extra}-leftover`, { k: 'v' }, { 'argocd.argoproj.io/tracking-id': `${extra}:/ConfigMap:${ns}/${extra}-leftover`, 'argocd.argoproj.io/compare-options': 'IgnoreExtraneous' }));
    await edit(cm(`${noprune}-leftover`, { k: 'v' }, { 'argocd.argoproj.io/tracking-id': `${noprune}:/ConfigMap:${ns}/${noprune}-leftover`, 'argocd.argoproj.io/sync-options': 'Prune=false' }));
    await edit(cm(`stray-${id}`, { k: 'v' }));

    const table = await gitsync(['status', ...common()]);
    expect(table.code).toBe(1);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+CLUSTER\s+NAMESPACE\s+PROJECT\s+STATUS\s+HEALTH\s+SYNCPOLICY\s+CONDITIONS$/);
    const rows = Object.fromEntries(lines.slice(1).map((l) => l.split(/\s{2,}/)).map((c) => [c[0], c]));
    const col = (app: string) => ({ cluster: rows[app][1], status: rows[app][4], health: rows[app][5], policy: rows[app][6], conditions: rows[app][7] });
    const warn = 'OrphanedResourceWarning';
    expect(col(ok)).toEqual({ cluster: 'https://kubernetes.default.svc', status: 'Synced', health: 'Healthy', policy: 'Manual', conditions: warn });
    expect(col(drift)).toMatchObject({ status: 'OutOfSync', health: 'Healthy', conditions: `${warn},RepeatedResourceWarning` });
    expect(col(ignored)).toMatchObject({ status: 'Synced', health: 'Healthy' });
    expect(col(missing)).toMatchObject({ status: 'OutOfSync', health: 'Missing' });
    expect(col(extra)).toMatchObject({ status: 'Synced', health: 'Healthy' });
    expect(col(noprune)).toMatchObject({ status: 'OutOfSync', health: 'Healthy' });
    expect(col(named)).toMatchObject({ cluster: 'production', status: 'Synced', health: 'Healthy' });
    // A broken ignoreDifferences rule: nothing can be compared, the rule's field is named.
    expect(col(broken)).toMatchObject({ status: 'Unknown', health: 'Unknown', conditions: 'ComparisonError' });
    expect(table.stderr).toMatch(new RegExp(`${broken}: ComparisonError: Failed to compare desired state to live state: apps.yaml:\\d+: app ${broken}: field spec.ignoreDifferences\\[0\\].jqPathExpressions\\[0\\]: invalid jq path expression`));
    // One untracked ConfigMap in the namespace: every app of the project warns about it.
    expect(table.stderr).toContain(`${ok}: OrphanedResourceWarning: Application has 1 orphaned resources`);

    const json = await gitsync(['status', ...common(), '--output', 'json', '--app', drift]);
    const [status] = JSON.parse(json.stdout) as { name: string; sync: string; resources: { name: string; status: string; health?: { status: string } }[] }[];
    expect(status).toMatchObject({ name: drift, sync: 'OutOfSync', health: 'Healthy' });
    expect(status.resources).toEqual([expect.objectContaining({ kind: 'ConfigMap', name: drift, status: 'OutOfSync', requiresPruning: false })]);
  }, 240_000);
});
