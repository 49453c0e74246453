// A ServiceAccount that may read ConfigMaps but not watch them: token auth works, waits fall back
// to polling, and listManaged reports the types it cannot list instead of failing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { ClusterClient } from '../../../src/cluster/client.js';
import { loadKubeconfig } from '../../../src/cluster/kubeconfig.js';
import { createNamespace, deleteNamespace, newClient } from './env.js';

const FM = 'e2e';
let admin: ClusterClient;
let restricted: ClusterClient;
let ns: string;
let token: string;

beforeAll(async () => {
  admin = await newClient();
  ns = await createNamespace(admin, 'restricted');
  await admin.apply({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'reader', namespace: ns } }, { fieldManager: FM });
  await admin.apply(
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'reader', namespace: ns },
      rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list'] }],
    },
    { fieldManager: FM },
  );
  await admin.apply(
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'reader', namespace: ns },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'reader' },
      subjects: [{ kind: 'ServiceAccount', name: 'reader', namespace: ns }],
    },
    { fieldManager: FM },
  );
  const tr = await admin.rest.request<{ status: { token: string } }>('POST', `/api/v1/namespaces/${ns}/serviceaccounts/reader/token`, {
    body: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec: { expirationSeconds: 600 } },
  });
  token = tr.status.token;
  const cluster = admin.kc.getCurrentCluster()!;
  const ca = cluster.caData ?? (cluster.caFile ? readFileSync(cluster.caFile).toString('base64') : undefined);
  const text = [
    'apiVersion: v1',
    'kind: Config',
    'current-context: reader',
    'clusters:',
    `- name: c\n  cluster:\n    server: ${cluster.server}\n    ${ca ? `certificate-authority-data: ${ca}` : 'insecure-skip-tls-verify: true'}`,
    'users:',
    `- name: reader\n  user:\n    token: ${token}`,
    'contexts:',
    `- name: reader\n  context:\n    cluster: c\n    user: reader\n    namespace: ${ns}`,
  ].join('\n');
  const loaded = await loadKubeconfig(text);
  expect(loaded.secrets).toContain(token);
  restricted = new ClusterClient(loaded.kc, 'reader');
});
afterAll(async () => {
  await deleteNamespace(admin, ns);
  admin.close();
  restricted.close();
});

describe('a client without watch permission', () => {
  it('still waits for a change, by polling', async () => {
    const ref = { group: '', kind: 'ConfigMap', namespace: ns, name: 'flag' };
    await admin.apply({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'flag', namespace: ns }, data: { v: 'no' } }, { fieldManager: FM });
    const waiting = restricted.watchUntil(ref, (o) => (o?.data as Record<string, string> | undefined)?.v === 'yes', {
      timeoutMs: 20_000,
      pollIntervalMs: 200,
    });
    setTimeout(() => {
      void admin.apply({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'flag', namespace: ns }, data: { v: 'yes' } }, { fieldManager: FM });
    }, 500);
    expect((await waiting)?.data).toEqual({ v: 'yes' });
  });

  it('gets a clear 403 on writes and lists only what it may', async () => {
    const err = await restricted
      .apply({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'w', namespace: ns } }, { fieldManager: FM })
      .catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/configmaps "w" is forbidden: User "system:serviceaccount:.*:reader" cannot patch resource "configmaps"/);
    const { warnings } = await restricted.listManaged('x', {
      trackingMethod: 'annotation',
      labelKey: 'app.kubernetes.io/instance',
      namespaces: [ns],
      resourceTypes: (r) => r.group === '' && ['ConfigMap', 'Secret'].includes(r.kind),
    });
    expect(warnings).toEqual([expect.stringMatching(/^cannot list Secret\.core in restricted-[0-9a-f]+: secrets is forbidden/)]);
  });
});
