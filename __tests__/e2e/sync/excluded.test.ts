// argocd-cm resource.exclusions on the real control plane: Argo CD's controller does not compare or
// sync an excluded kind (ExcludedResourceWarning), and never lists it, so a live object of that kind
// tracked to the app is not pruned; the app's status has the condition and stays Synced.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ClusterClient } from '../../../src/cluster/client.js';
import { loadKubeconfig } from '../../../src/cluster/kubeconfig.js';
import { repoStatus } from '../../../src/pipeline/app-status.js';
import { syncRepo } from '../../../src/pipeline/sync-repo.js';
import { readSettings } from '../../../src/settings.js';
import { createNamespace, deleteNamespace, kubeconfigPath, newClient, suffix } from './env.js';
import { applicationYaml } from '../../support/specs.js';

let dir: string;
let client: ClusterClient;
let ns: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sync-excluded-'));
  client = await newClient();
  ns = await createNamespace(client, 'excluded');
});
afterAll(async () => {
  await deleteNamespace(client, ns);
  client.close();
  await rm(dir, { recursive: true, force: true });
});

const REPO_URL = 'https://example.com/excluded.git';

describe('argocd-cm resource.exclusions', () => {
  it('neither applies, compares nor prunes an excluded kind', async () => {
    const app = `net-${suffix()}`;
    const repo = join(dir, 'repo');
    await mkdir(join(repo, 'manifests'), { recursive: true });
    await writeFile(
      join(repo, 'apps.yaml'),
      `${applicationYaml(app, { repoURL: REPO_URL, path: 'manifests', namespace: ns, spec: 'syncPolicy:\n  automated: {prune: true}' })}---
apiVersion: v1
kind: ConfigMap
metadata:
  name: argocd-cm
  namespace: argocd
data:
  resource.exclusions: |
    - apiGroups: [""]
      kinds: [Secret]
`,
    );
    await writeFile(
      join(repo, 'manifests', 'all.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: "1"\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: token\nstringData:\n  t: x\n',
    );
    // Live objects tracked to the app but in no manifest: prune candidates, unless excluded.
    const tracked = (kind: string, name: string) => ({
      apiVersion: 'v1',
      kind,
      metadata: { name, namespace: ns, annotations: { 'argocd.argoproj.io/tracking-id': `${app}:/${kind}:${ns}/${name}` } },
      data: {},
    });
    await client.apply(tracked('ConfigMap', 'stale'), { fieldManager: 'test' });
    await client.apply(tracked('Secret', 'kept'), { fieldManager: 'test' });

    const inputs: Record<string, string> = { repo, 'repo-url': REPO_URL, kubeconfig: kubeconfigPath(), 'health-timeout': '20s', prune: 'true' };
    const settings = readSettings((n) => inputs[n] ?? '', { mode: 'sync', installMissingTools: false, cacheDir: join(dir, 'cache') });
    const { reports } = await syncRepo(settings, { waveDelayMs: 0 });
    const report = reports.find((r) => r.app === app)!;
    expect(report.outcome.phase).toBe('Succeeded');
    expect(report.warnings).toContain('Resource /Secret token is excluded in the settings');
    expect(report.outcome.tasks.map((t) => `${t.key.kind}/${t.key.name}`).sort()).toEqual(['ConfigMap/settings', 'ConfigMap/stale']);
    const get = (kind: string, name: string) => client.get({ group: '', kind, namespace: ns, name });
    expect(await get('ConfigMap', 'settings')).toBeDefined();
    expect(await get('Secret', 'token')).toBeUndefined();
    expect(await get('ConfigMap', 'stale')).toBeUndefined();
    expect(await get('Secret', 'kept')).toBeDefined();

    const { statuses } = await repoStatus(settings, { kubeconfig: await loadKubeconfig(kubeconfigPath()) });
    const status = statuses.find((s) => s.name === app)!;
    expect(status.sync).toBe('Synced');
    expect(status.conditions).toContainEqual({ type: 'ExcludedResourceWarning', message: 'Resource /Secret token is excluded in the settings' });
    expect(status.resources.map((r) => `${r.key.kind}/${r.key.name}`)).toEqual(['ConfigMap/settings']);
  }, 120_000);
});
