// Semantics §4 against the real control plane: a Deployment becomes Healthy through kwok, one whose
// pods can never run times out with the Deployment's progress message, and an argocd-cm Lua check
// decides a custom resource's health.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import type { ClusterClient } from '../../../src/cluster/client.js';
import type { ArgoCdConfig } from '../../../src/model/argocd.js';
import type { K8sObject } from '../../../src/model/k8s.js';
import { appSpec, createNamespace, deleteNamespace, deployment, newClient, suffix, sync } from './env.js';

let client: ClusterClient;
let ns: string;
const GROUP = 'sync-e2e.example.com';
const argocdCm = (parse(readFileSync(new URL('../../fixtures/sync/argocd-cm.yaml', import.meta.url), 'utf8')) as { data: ArgoCdConfig }).data;

beforeAll(async () => {
  client = await newClient();
  ns = await createNamespace(client, 'health');
  await client.apply(
    {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: `gauges.${GROUP}` },
      spec: {
        group: GROUP,
        scope: 'Namespaced',
        names: { plural: 'gauges', singular: 'gauge', kind: 'Gauge' },
        versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } } }],
      },
    },
    { fieldManager: 'e2e' },
  );
  await client.watchUntil({ group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition', namespace: '', name: `gauges.${GROUP}` }, (o) =>
    ((o?.status as { conditions?: { type: string; status: string }[] })?.conditions ?? []).some((c) => c.type === 'Established' && c.status === 'True'),
  );
});
afterAll(async () => {
  await deleteNamespace(client, ns);
  client.close();
});

const gauge = (name: string, status: Record<string, unknown>): K8sObject => ({ apiVersion: `${GROUP}/v1`, kind: 'Gauge', metadata: { name }, status });

describe('health waits', () => {
  it('waits until a Deployment is Healthy', async () => {
    const result = await sync(client, appSpec(`healthy-${suffix()}`, ns), [deployment('ready')]);
    expect(result.outcome.phase).toBe('Succeeded');
    const task = result.outcome.tasks[0];
    expect(task.health).toEqual({ status: 'Healthy', message: '' });
    const live = await client.get({ group: 'apps', kind: 'Deployment', namespace: ns, name: 'ready' });
    expect((live?.status as { availableReplicas?: number }).availableReplicas).toBe(1);
  });

  it('times out on a Deployment whose pods never become ready, with the progress message', async () => {
    const stuck = deployment('stuck', {}, { nodeSelector: { 'no-such-node': 'true' } });
    const result = await sync(client, appSpec(`stuck-${suffix()}`, ns), [stuck], { healthTimeoutMs: 3000 });
    expect(result.outcome.phase).toBe('Failed');
    expect(result.outcome.message).toBe(
      'application did not become healthy, reason: waiting for healthy state of apps/Deployment/stuck: timed out after 3s; last status: Progressing: Waiting for rollout to finish: 0 of 1 updated replicas are available...',
    );
    expect(result.outcome.tasks[0].health?.status).toBe('Progressing');
  });

  it('does not wait when the wait input is off', async () => {
    const stuck = deployment('stuck-nowait', {}, { nodeSelector: { 'no-such-node': 'true' } });
    const result = await sync(client, appSpec(`nowait-${suffix()}`, ns), [stuck], { wait: false, healthTimeoutMs: 3000 });
    expect(result.outcome.phase).toBe('Succeeded');
  });

  it('lets an argocd-cm Lua check decide a custom resource\'s health', async () => {
    const good = await sync(client, appSpec(`lua-ok-${suffix()}`, ns), [gauge('full', { level: 4 })], {}, { argocdCm });
    expect(good.outcome.phase).toBe('Succeeded');
    expect(good.outcome.tasks[0].health).toEqual({ status: 'Healthy', message: 'gauge at level 4' });

    const bad = await sync(client, appSpec(`lua-bad-${suffix()}`, ns), [gauge('broken', { broken: true })], {}, { argocdCm });
    expect(bad.outcome.phase).toBe('Failed');
    expect(bad.outcome.message).toBe('application did not become healthy, reason: gauge is broken');
    expect(bad.outcome.tasks[0].health).toEqual({ status: 'Degraded', message: 'gauge is broken' });

    // Without the argocd-cm check the kind has no health at all, so nothing is waited for.
    const none = await sync(client, appSpec(`lua-none-${suffix()}`, ns), [gauge('unchecked', { broken: true })]);
    expect(none.outcome.phase).toBe('Succeeded');
    expect(none.outcome.tasks[0].health).toBeUndefined();
  });
});
