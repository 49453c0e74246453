// Live diff against the real control plane (GITOPS_SYNC_E2E_KUBECONFIG): SSA dry runs of head and base
// compared with live objects, so server defaults are no noise, a field someone changed by hand shows as
// drift, a tracked object the head drops shows as a prune, and Secret values never show.
import type { ClusterClient } from '../../src/cluster/client.js';
import { loadKubeconfig } from '../../src/cluster/kubeconfig.js';
import type { AppSpec } from '../../src/model/argocd.js';
import type { K8sObject } from '../../src/model/k8s.js';
import { liveDiff } from '../../src/pipeline/live-diff.js';
import { finalizeObjects } from '../../src/render/finalize.js';
import type { RenderedApp } from '../../src/render/types.js';
import { createNamespace, deleteNamespace, kubeconfigPath, newClient } from './cluster/env.js';

const PLANTED = ['pl4nted-live-s3cret', 'pl4nted-base-s3cret', 'pl4nted-head-s3cret'];

function spec(name: string, namespace: string, server = 'https://kubernetes.default.svc'): AppSpec {
  return {
    app: {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name, namespace: 'argocd' },
      spec: { project: 'default', source: { repoURL: 'https://example.com/r.git', path: name }, destination: { server, namespace } },
    },
    origin: { file: `apps/${name}.yaml`, line: 3 },
  };
}

function rendered(s: AppSpec, objects: K8sObject[]): RenderedApp {
  return { name: s.app.metadata.name, spec: s, objects: finalizeObjects(objects, s).objects, children: [], problems: [], warnings: [] };
}

const cm = (name: string, data: Record<string, string>): K8sObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, data });
const secret = (password: string): K8sObject => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db' }, stringData: { password } });
const service = (port: number): K8sObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web' },
  spec: { selector: { app: 'web' }, ports: [{ port, targetPort: 8080 }] },
});

describe('liveDiff', () => {
  let client: ClusterClient;
  let ns: string;
  beforeAll(async () => {
    client = await newClient();
    ns = await createNamespace(client, 'live-diff');
  });
  afterAll(async () => {
    await deleteNamespace(client, ns);
    client.close();
  });

  it('shows what a sync would change and the drift, without server defaults or Secret values', async () => {
    // The app name is unique per run: objects tracked to it anywhere in the cluster count as its own.
    const app = spec(ns, ns);
    const base = rendered(app, [cm('settings', { level: '1' }), cm('retired', { old: 'yes' }), secret(PLANTED[1]), service(80)]);
    const head = rendered(app, [cm('settings', { level: '2' }), secret(PLANTED[2]), service(80)]);
    // Live: the base as synced, then someone edits a field we own and changes the Secret by hand.
    for (const o of base.objects) await client.apply(o, { fieldManager: 'gitops-sync' });
    await client.apply({ ...cm('settings', { level: '9' }), metadata: { name: 'settings', namespace: ns } }, { fieldManager: 'kubectl-edit' });
    await client.apply({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db', namespace: ns }, stringData: { password: PLANTED[0] } }, { fieldManager: 'kubectl-edit' });

    const elsewhere = spec('elsewhere', ns, 'https://cluster.invalid:6443');
    const result = await liveDiff([base], [rendered(elsewhere, [cm('x', {})]), head], {
      kubeconfig: await loadKubeconfig(kubeconfigPath()),
      fieldManager: 'gitops-sync',
      diff: { contextLines: 1 },
    });

    // One app's unknown cluster is its own problem; the other app is still diffed.
    expect(result.problems).toEqual([expect.objectContaining({ app: 'elsewhere', field: 'spec.destination.server', file: 'apps/elsewhere.yaml' })]);
    expect(result.problems[0].message).toContain('no kubeconfig cluster has server https://cluster.invalid:6443');

    const [sync] = result.syncChanges;
    expect(sync.name).toBe(ns);
    const changes = Object.fromEntries(sync.resources.map((r) => [`${r.key.kind}/${r.key.name}`, r]));
    // The Service is unchanged: clusterIP, sessionAffinity and other defaults come back from the dry run too.
    expect(Object.keys(changes).sort()).toEqual(['ConfigMap/retired', 'ConfigMap/settings', 'Secret/db']);
    expect(changes['ConfigMap/settings'].status).toBe('modified');
    expect(changes['ConfigMap/settings'].diff).toMatch(/-\s+level: "9"\n\+\s+level: "2"/);
    expect(changes['ConfigMap/retired'].status).toBe('removed');

    const [drift] = result.drift;
    expect(drift.resources.map((r) => `${r.key.kind}/${r.key.name}`).sort()).toEqual(['ConfigMap/settings', 'Secret/db']);
    expect(drift.resources.find((r) => r.key.kind === 'ConfigMap')!.diff).toMatch(/-\s+level: "9"\n\+\s+level: "1"/);

    const text = JSON.stringify(result);
    for (const s of PLANTED) {
      expect(text).not.toContain(s);
      expect(text).not.toContain(Buffer.from(s).toString('base64'));
    }
    // Dry runs persisted nothing.
    expect((await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name: 'settings' }))?.data).toEqual({ level: '9' });
  }, 120_000);

  it('resolves destination.name through the cluster Secrets, whatever the kubeconfig calls the cluster', async () => {
    const kubeconfig = await loadKubeconfig(kubeconfigPath());
    const named = spec(`named-${ns}`, ns);
    named.app.spec.destination = { name: 'production', namespace: ns };
    const app = rendered(named, [cm('named', { a: '1' })]);
    const clusterSecrets = [{ name: 'production', server: kubeconfig.kc.getCurrentCluster()!.server }];
    const resolved = await liveDiff([], [app], { kubeconfig, fieldManager: 'gitops-sync', diff: {}, clusterSecrets });
    expect(resolved.problems).toEqual([]);
    expect(resolved.syncChanges[0].resources.map((r) => `${r.key.kind}/${r.key.name}/${r.status}`)).toEqual(['ConfigMap/named/added']);
    // Without the Secret the name means nothing to this kubeconfig.
    const unresolved = await liveDiff([], [app], { kubeconfig, fieldManager: 'gitops-sync', diff: {} });
    expect(unresolved.problems).toEqual([expect.objectContaining({ field: 'spec.destination.name' })]);
  }, 60_000);
});
