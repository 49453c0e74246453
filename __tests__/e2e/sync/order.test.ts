// Semantics §1/§2 against the real control plane: the seeds' wave example is created in plan order,
// a CRD applied in the sync serves its kind to a later wave, and the app ends Healthy.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ClusterClient } from '../../../src/cluster/client.js';
import type { K8sObject } from '../../../src/model/k8s.js';
import { CreationRecorder, appSpec, cm, deleteNamespace, deployment, newClient, suffix, sync, wave } from './env.js';

let client: ClusterClient;
const id = suffix();
const ns = `waves-${id}`;
const group = `e2e-${id}.example.com`;

beforeAll(async () => {
  client = await newClient();
});
afterAll(async () => {
  await deleteNamespace(client, ns);
  await client.deleteObject({ group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition', namespace: '', name: `widgets.${group}` }, 'background');
  client.close();
});

const objects = (): K8sObject[] => [
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, annotations: wave(-2) } },
  { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'runner', annotations: wave(-2) } },
  cm('settings', wave(-1)),
  deployment('web'),
  { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } },
  // A wave-1 object with no health check. (An HPA here would be Degraded as Argo CD v3.6.1 judges it:
  // the test control plane has no metrics API, so ScalingActive reports FailedGetResourceMetric.)
  cm('tuning', wave(1)),
  {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `widgets.${group}` },
    spec: {
      group,
      scope: 'Namespaced',
      names: { plural: 'widgets', singular: 'widget', kind: 'Widget' },
      versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } } }],
    },
  },
  { apiVersion: `${group}/v1`, kind: 'Widget', metadata: { name: 'w1', annotations: wave(2) }, spec: { size: 1 } },
];

describe('waves', () => {
  it('creates objects wave by wave in plan order and waits for health', async () => {
    const recorder = new CreationRecorder(client);
    await recorder.watch([
      '/api/v1/namespaces',
      `/api/v1/namespaces/${ns}/serviceaccounts`,
      `/api/v1/namespaces/${ns}/configmaps`,
      `/apis/apps/v1/namespaces/${ns}/deployments`,
      `/api/v1/namespaces/${ns}/services`,
      '/apis/apiextensions.k8s.io/v1/customresourcedefinitions',
    ]);
    const result = await sync(client, appSpec(`waves-${id}`, ns), objects());
    recorder.stop();
    expect(result.outcome.message).toBe('successfully synced (all tasks run)');
    expect(result.outcome.phase).toBe('Succeeded');

    // The CR has no controller updating it, so its resourceVersion is its creation revision.
    const widget = await client.get({ group, kind: 'Widget', namespace: ns, name: 'w1' });
    recorder.created.set('Widget/w1', Number(widget?.metadata.resourceVersion));
    const order = recorder.order([
      `Namespace/${ns}`,
      'ServiceAccount/runner',
      'ConfigMap/settings',
      'Service/web',
      'Deployment/web',
      'ConfigMap/tuning',
      `CustomResourceDefinition/widgets.${group}`,
      'Widget/w1',
    ]);
    // The CRD has no wave: wave 0, kind order before Service; it already precedes its CR.
    expect(order).toEqual([
      `Namespace/${ns}`,
      'ServiceAccount/runner',
      'ConfigMap/settings',
      `CustomResourceDefinition/widgets.${group}`,
      'Service/web',
      'Deployment/web',
      'ConfigMap/tuning',
      'Widget/w1',
    ]);
    expect(order).toEqual(result.outcome.tasks.map((t) => `${t.key.kind}/${t.key.name}`));
    const byName = Object.fromEntries(result.outcome.tasks.map((t) => [`${t.key.kind}/${t.key.name}`, t]));
    expect(byName['Deployment/web'].action).toBe('created');
    expect(byName['Deployment/web'].health?.status).toBe('Healthy');
    expect(result.outcome.waves.map((w) => `${w.phase}:${w.wave}`)).toEqual(['Sync:-2', 'Sync:-1', 'Sync:0', 'Sync:1', 'Sync:2', 'Sync:NaN']);
  });

  it('a second sync of the same manifests reports everything unchanged', async () => {
    const result = await sync(client, appSpec(`waves-${id}`, ns), objects());
    expect(result.outcome.phase).toBe('Succeeded');
    const actions = new Set(result.outcome.tasks.map((t) => t.action));
    expect([...actions]).toEqual(['unchanged']);
  });
});
