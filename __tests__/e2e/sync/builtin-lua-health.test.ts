// Argo CD's built-in Lua health checks (generated from the pinned release) against the real control
// plane: a CRD-backed argoproj.io Rollout, whose status the test drives as the Rollouts controller
// would, is waited for and reported with the message Argo CD's own Rollout script gives.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ClusterClient } from '../../../src/cluster/client.js';
import type { K8sObject } from '../../../src/model/k8s.js';
import { appSpec, createNamespace, deleteNamespace, newClient, suffix, sync } from './env.js';

let client: ClusterClient;
/** Plays the Rollouts controller; created after the CRD, so its discovery knows the kind. */
let controller: ClusterClient;
let ns: string;
const CRD = 'rollouts.argoproj.io';

beforeAll(async () => {
  client = await newClient();
  ns = await createNamespace(client, 'lua-health');
  await client.apply(
    {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: CRD },
      spec: {
        group: 'argoproj.io',
        scope: 'Namespaced',
        names: { plural: 'rollouts', singular: 'rollout', kind: 'Rollout' },
        // No status subresource: the test writes status with its own field manager.
        versions: [{ name: 'v1alpha1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } } }],
      },
    },
    { fieldManager: 'e2e' },
  );
  await client.watchUntil({ group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition', namespace: '', name: CRD }, (o) =>
    ((o?.status as { conditions?: { type: string; status: string }[] })?.conditions ?? []).some((c) => c.type === 'Established' && c.status === 'True'),
  );
  controller = await newClient();
  // A new CRD's storage answers "storage is (re)initializing" for a moment after Established.
  for (let attempt = 0; ; attempt++) {
    try {
      await controller.get({ group: 'argoproj.io', kind: 'Rollout', namespace: ns, name: 'probe' });
      break;
    } catch (err) {
      if (attempt >= 50) throw err;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
});
afterAll(async () => {
  await deleteNamespace(client, ns);
  await client.deleteObject({ group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition', namespace: '', name: CRD }, 'background');
  controller.close();
  client.close();
});

const rollout = (name: string): K8sObject => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Rollout',
  metadata: { name },
  spec: { replicas: 1, strategy: { canary: {} }, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'c', image: 'x' }] } } },
});

/** Writes the Rollout's status as the Argo Rollouts controller would, once the sync created it. */
async function driveStatus(name: string, status: Record<string, unknown>): Promise<void> {
  const ref = { group: 'argoproj.io', kind: 'Rollout', namespace: ns, name };
  await controller.watchUntil(ref, (o) => o !== undefined, { timeoutMs: 30_000 });
  await controller.apply({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Rollout', metadata: { name, namespace: ns }, status }, { fieldManager: 'e2e-rollouts-controller' });
}

describe("Argo CD's built-in Lua health check for argoproj.io/Rollout", () => {
  it('waits while the Rollout progresses and reports its Healthy message', async () => {
    const name = `web-${suffix()}`;
    const running = sync(client, appSpec(`rollout-ok-${suffix()}`, ns), [rollout(name)], { healthTimeoutMs: 60_000 });
    await driveStatus(name, { phase: 'Progressing', message: 'more replicas need to be updated' });
    await driveStatus(name, { phase: 'Healthy', message: 'Rollout is healthy' });
    const result = await running;
    expect(result.outcome.phase).toBe('Succeeded');
    expect(result.outcome.tasks[0].health).toEqual({ status: 'Healthy', message: 'Rollout is healthy' });
  });

  it('times out on a Rollout that stays Progressing, with the script\'s message', async () => {
    const name = `stuck-${suffix()}`;
    const running = sync(client, appSpec(`rollout-stuck-${suffix()}`, ns), [rollout(name)], { healthTimeoutMs: 4000 });
    await driveStatus(name, { phase: 'Progressing', message: 'more replicas need to be updated' });
    const result = await running;
    expect(result.outcome.phase).toBe('Failed');
    expect(result.outcome.message).toBe(
      `application did not become healthy, reason: waiting for healthy state of argoproj.io/Rollout/${name}: timed out after 4s; last status: Progressing: more replicas need to be updated`,
    );
  });

  it('fails the sync on a Degraded Rollout (aborted), with its message', async () => {
    const name = `aborted-${suffix()}`;
    const running = sync(client, appSpec(`rollout-bad-${suffix()}`, ns), [rollout(name)], { healthTimeoutMs: 60_000 });
    await driveStatus(name, { phase: 'Degraded', message: 'RolloutAborted: Rollout aborted update to revision 2' });
    const result = await running;
    expect(result.outcome.phase).toBe('Failed');
    expect(result.outcome.message).toBe('application did not become healthy, reason: RolloutAborted: Rollout aborted update to revision 2');
    expect(result.outcome.tasks[0].health).toEqual({ status: 'Degraded', message: 'RolloutAborted: Rollout aborted update to revision 2' });
  });
});
