import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ClusterClient } from '../../../src/cluster/client.js';
import { TRACKING_ID_ANNOTATION } from '../../../src/model/argocd.js';
import type { K8sObject } from '../../../src/model/k8s.js';
import { keyOf, keyString } from '../../../src/model/k8s.js';
import { createNamespace, deleteNamespace, newClient } from './env.js';

const FM = 'gitops-sync';
const LABEL = 'app.kubernetes.io/instance';
let client: ClusterClient;
let ns: string;
let app: string;

const cm = (name: string, meta: Partial<K8sObject['metadata']>): K8sObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: ns, ...meta },
  data: { x: '1' },
});
const tid = (group: string, kind: string, namespace: string, name: string, owner = app): Record<string, string> => ({
  [TRACKING_ID_ANNOTATION]: `${owner}:${group}/${kind}:${namespace}/${name}`,
});
const names = (objs: K8sObject[]): string[] => objs.map((o) => keyString(keyOf(o))).sort();

beforeAll(async () => {
  client = await newClient();
  ns = await createNamespace(client, 'managed');
  app = `app-${ns}`;
  const owner = await client.apply(cm('owner', {}), { fieldManager: FM });
  const objects: K8sObject[] = [
    cm('ours', { annotations: tid('', 'ConfigMap', ns, 'ours') }),
    // A copied tracking annotation names another object: not ours (self-reference guard).
    cm('copied', { annotations: tid('', 'ConfigMap', ns, 'ours') }),
    cm('other-app', { annotations: tid('', 'ConfigMap', ns, 'other-app', 'someone-else') }),
    // Owned by another object: never a prune candidate even when tracked.
    cm('owned', {
      annotations: tid('', 'ConfigMap', ns, 'owned'),
      ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid: owner.metadata.uid as string }],
    }),
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'svc', namespace: ns, annotations: tid('', 'Service', ns, 'svc') }, spec: { ports: [{ port: 80 }] } },
    // Cluster-scoped objects carry the destination namespace in their tracking-id.
    { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: `${ns}-cr`, annotations: tid('rbac.authorization.k8s.io', 'ClusterRole', ns, `${ns}-cr`) }, rules: [] },
    cm('labelled', { labels: { [LABEL]: app } }),
    cm('labelled-owned', {
      labels: { [LABEL]: app },
      ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid: owner.metadata.uid as string }],
    }),
    cm('labelled-other', { labels: { [LABEL]: 'other' } }),
  ];
  for (const o of objects) await client.apply(o, { fieldManager: FM });
});
afterAll(async () => {
  await client.deleteObject({ group: 'rbac.authorization.k8s.io', kind: 'ClusterRole', namespace: '', name: `${ns}-cr` }, 'background');
  await deleteNamespace(client, ns);
  client.close();
});

describe('listManaged', () => {
  it('annotation tracking: every listable type, self-reference guard, ownerReferences skipped', async () => {
    const { objects, warnings } = await client.listManaged(app, { trackingMethod: 'annotation', labelKey: LABEL });
    expect(warnings).toEqual([]);
    expect(names(objects)).toEqual(
      [`/ConfigMap/${ns}/ours`, `/Service/${ns}/svc`, `rbac.authorization.k8s.io/ClusterRole//${ns}-cr`].sort(),
    );
    expect(objects.find((o) => o.kind === 'Service')?.apiVersion).toBe('v1');
  });

  it('label tracking: server-side label selector, no self-reference guard, ownerReferences skipped', async () => {
    const { objects } = await client.listManaged(app, { trackingMethod: 'label', labelKey: LABEL });
    expect(names(objects)).toEqual([`/ConfigMap/${ns}/labelled`]);
  });

  it('annotation+label reads the annotation', async () => {
    const { objects } = await client.listManaged(app, { trackingMethod: 'annotation+label', labelKey: LABEL });
    expect(names(objects)).toContain(`/ConfigMap/${ns}/ours`);
    expect(names(objects)).not.toContain(`/ConfigMap/${ns}/labelled`);
  });

  it('only the types the caller allows, only in the given namespaces', async () => {
    const { objects } = await client.listManaged(app, {
      trackingMethod: 'annotation',
      labelKey: LABEL,
      resourceTypes: (r) => r.namespaced,
      namespaces: [ns],
      concurrency: 2,
    });
    expect(names(objects)).toEqual([`/ConfigMap/${ns}/ours`, `/Service/${ns}/svc`]);
  });

  it('an installation ID must match', async () => {
    const { objects } = await client.listManaged(app, { trackingMethod: 'annotation', labelKey: LABEL, installationID: 'prod', namespaces: [ns] });
    expect(objects).toEqual([]);
  });
});
