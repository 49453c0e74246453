// Retry, the per-app lock and dry run against the real control plane.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ClusterClient } from '../../../src/cluster/client.js';
import type { K8sObject } from '../../../src/model/k8s.js';
import { CreationRecorder, appSpec, cm, createNamespace, deleteNamespace, deployment, job, newClient, suffix, sync, wave } from './env.js';

let client: ClusterClient;
let ns: string;
const extraNamespaces: string[] = [];

beforeAll(async () => {
  client = await newClient();
  ns = await createNamespace(client, 'op');
});
afterAll(async () => {
  for (const n of [ns, ...extraNamespaces]) await deleteNamespace(client, n);
  client.close();
});

describe('retry', () => {
  it('recovers from a failure that goes away, and says how often it retried', async () => {
    const later = `later-${suffix()}`;
    extraNamespaces.push(later);
    const elsewhere: K8sObject = { ...cm('elsewhere'), metadata: { name: 'elsewhere', namespace: later } };
    const app = appSpec(`retry-${suffix()}`, ns, { syncPolicy: { retry: { limit: 5, backoff: { duration: '1s', factor: 1 } } } });
    setTimeout(() => void client.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: later } }, { fieldManager: 'e2e' }), 1500);
    const result = await sync(client, app, [elsewhere]);
    expect(result.outcome.phase).toBe('Succeeded');
    expect(result.retries).toBeGreaterThanOrEqual(1);
    expect(result.outcome.message).toBe(`successfully synced (all tasks run) (retried ${result.retries} times).`);
    expect(await client.get(elsewhere)).toBeDefined();
  });

  it('gives up after the limit with the last failure', async () => {
    const never: K8sObject = { ...cm('never'), metadata: { name: 'never', namespace: `absent-${suffix()}` } };
    const app = appSpec(`retry-fail-${suffix()}`, ns, { syncPolicy: { retry: { limit: 1, backoff: { duration: '1s' } } } });
    const result = await sync(client, app, [never]);
    expect(result.outcome.phase).toBe('Failed');
    expect(result.retries).toBe(1);
    expect(result.outcome.message).toBe('one or more objects failed to apply (dry run) (retried 1 times).');
    expect(result.outcome.tasks[0].message).toMatch(/namespaces "absent-[0-9a-f]+" not found/);
  });
});

describe('lock', () => {
  it('never interleaves two concurrent syncs of one app', async () => {
    const name = `locked-${suffix()}`;
    const app = appSpec(name, ns);
    const objects = (run: string): K8sObject[] => [
      cm(`${name}-marker`, {}, { run }),
      job(`${name}-hook-${run}`, { ...wave(1), 'argocd.argoproj.io/hook': 'Sync' }),
    ];
    const recorder = new CreationRecorder(client);
    await recorder.watch([`/api/v1/namespaces/${ns}/configmaps`, `/apis/batch/v1/namespaces/${ns}/jobs`]);
    const [a, b] = await Promise.all([
      sync(client, app, objects('a'), { holder: 'run-a', lockWaitMs: 30_000 }),
      sync(client, app, objects('b'), { holder: 'run-b', lockWaitMs: 30_000 }),
    ]);
    recorder.stop();
    expect([a.outcome.phase, b.outcome.phase]).toEqual(['Succeeded', 'Succeeded']);
    const markerEvents = recorder.events.filter((e) => e.key === `ConfigMap/${name}-marker`);
    const first = (markerEvents[0].obj.data as { run: string }).run;
    const second = first === 'a' ? 'b' : 'a';
    const firstHookDone = recorder.events.find(
      (e) => e.key === `Job/${name}-hook-${first}` && ((e.obj.status as { succeeded?: number })?.succeeded ?? 0) > 0,
    );
    const secondStart = markerEvents.find((e) => (e.obj.data as { run: string }).run === second);
    expect(firstHookDone).toBeDefined();
    expect(secondStart!.rv).toBeGreaterThan(firstHookDone!.rv);
  });

  it('fails at once when another run holds the lock and no wait is allowed', async () => {
    const name = `held-${suffix()}`;
    const app = appSpec(name, ns);
    const slow = sync(client, app, [job(`${name}-slow`, { 'argocd.argoproj.io/hook': 'PreSync' })], { holder: 'first' });
    await new Promise((r) => setTimeout(r, 300));
    const second = await sync(client, app, [cm(`${name}-cm`)], { holder: 'second' });
    expect(second.outcome.phase).toBe('Error');
    expect(second.outcome.message).toMatch(new RegExp(`^application ${name} is being synced by first`));
    expect((await slow).outcome.phase).toBe('Succeeded');
  });
});

describe('dry run', () => {
  it('changes nothing and reports what would happen', async () => {
    const fresh = `dry-${suffix()}`;
    extraNamespaces.push(fresh);
    const app = appSpec(`dry-${suffix()}`, fresh, { syncPolicy: { syncOptions: ['CreateNamespace=true'] } });
    const result = await sync(client, app, [deployment('dry-web'), job('dry-hook', { 'argocd.argoproj.io/hook': 'PreSync' })], { dryRun: true });
    expect(result.outcome.phase).toBe('Succeeded');
    expect(result.outcome.message).toBe('successfully synced (all tasks run) (server dry run: nothing was changed)');
    expect(result.outcome.tasks.map((t) => `${t.key.kind}/${t.key.name} ${t.action}`).sort()).toEqual([
      'Deployment/dry-web created',
      'Job/dry-hook created',
      `Namespace/${fresh} created`,
    ]);
    expect(await client.get({ group: '', kind: 'Namespace', namespace: '', name: fresh })).toBeUndefined();

    // An existing object: the dry run predicts "configured" and the live object keeps its data.
    const existing = appSpec(`dry-existing-${suffix()}`, ns);
    await sync(client, existing, [cm('dry-cm', {}, { v: '1' })]);
    const changed = await sync(client, existing, [cm('dry-cm', {}, { v: '2' })], { dryRun: true });
    expect(changed.outcome.tasks[0].action).toBe('configured');
    expect((await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name: 'dry-cm' }))?.data).toEqual({ v: '1' });
  });
});
