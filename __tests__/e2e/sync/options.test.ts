// Sync options through the runner against the real control plane (semantics §5): Replace, Force,
// Validate=false, ApplyOutOfSyncOnly and RespectIgnoreDifferences.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ClusterClient } from '../../../src/cluster/client.js';
import type { K8sObject } from '../../../src/model/k8s.js';
import { appSpec, cm, createNamespace, deleteNamespace, deployment, newClient, suffix, sync } from './env.js';

let client: ClusterClient;
let ns: string;

beforeAll(async () => {
  client = await newClient();
  ns = await createNamespace(client, 'options');
});
afterAll(async () => {
  await deleteNamespace(client, ns);
  client.close();
});

const opt = (o: string): Record<string, string> => ({ 'argocd.argoproj.io/sync-options': o });
const getCm = (name: string): Promise<K8sObject | undefined> => client.get({ group: '', kind: 'ConfigMap', namespace: ns, name });
/** A write by someone else (another field manager), as a person with kubectl or a controller would. */
const drift = (obj: K8sObject, manager = 'someone-else'): Promise<K8sObject> =>
  client.apply({ ...obj, metadata: { ...obj.metadata, namespace: ns } }, { fieldManager: manager });

describe('Replace=true', () => {
  it('creates when absent and replaces the whole object when live, dropping fields others added', async () => {
    const app = appSpec(`replace-${suffix()}`, ns);
    const created = await sync(client, app, [cm('replaced', opt('Replace=true'), { a: '1' })]);
    expect(created.outcome.phase).toBe('Succeeded');
    expect(created.outcome.tasks[0].action).toBe('created');
    await drift({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'replaced' }, data: { extra: 'x' } });
    expect((await getCm('replaced'))?.data).toEqual({ a: '1', extra: 'x' });

    const replaced = await sync(client, app, [cm('replaced', opt('Replace=true'), { a: '2' })]);
    expect(replaced.outcome.phase).toBe('Succeeded');
    expect(replaced.outcome.tasks[0].action).toBe('configured');
    // A server-side apply would have kept `extra` (owned by another manager); a replace does not.
    expect((await getCm('replaced'))?.data).toEqual({ a: '2' });
  });
  it('replaces when only the live object carries Replace=true (set in the cluster, not in git)', async () => {
    const app = appSpec(`replace-live-${suffix()}`, ns);
    await sync(client, app, [cm('live-replace', {}, { a: '1' })]);
    await drift({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'live-replace', annotations: opt('Replace=true') }, data: { extra: 'x' } });

    const result = await sync(client, app, [cm('live-replace', {}, { a: '2' })]);
    expect(result.outcome.phase).toBe('Succeeded');
    // An apply would have kept the other manager's `extra` and annotation; the replace drops both.
    const live = await getCm('live-replace');
    expect(live?.data).toEqual({ a: '2' });
    expect(live?.metadata.annotations?.['argocd.argoproj.io/sync-options']).toBeUndefined();
  });
});

describe('Force=true', () => {
  it('deletes and recreates an object whose change the server refuses; without Force the sync fails', async () => {
    const immutable = (name: string, v: string, annotations: Record<string, string> = {}): K8sObject => ({ ...cm(name, annotations, { v }), immutable: true });
    const app = appSpec(`force-${suffix()}`, ns);
    await sync(client, app, [immutable('frozen', '1', opt('Force=true')), immutable('stuck', '1')]);
    const before = await getCm('frozen');

    const result = await sync(client, app, [immutable('frozen', '2', opt('Force=true')), immutable('stuck', '2')]);
    expect(result.outcome.phase).toBe('Failed');
    const byName = Object.fromEntries(result.outcome.tasks.map((t) => [t.key.name, t]));
    expect(byName.stuck.message).toMatch(/immutable/);

    const forced = await sync(client, app, [immutable('frozen', '2', opt('Force=true'))]);
    expect(forced.outcome.phase).toBe('Succeeded');
    const after = await getCm('frozen');
    expect(after?.data).toEqual({ v: '2' });
    expect(after?.metadata.uid).not.toBe(before?.metadata.uid);
  });
});

describe('Validate=false', () => {
  it('applies an object with a field the schema does not know (dropped); with validation the dry run fails', async () => {
    const withUnknown = (annotations: Record<string, string>): K8sObject => ({ ...cm('loose', annotations), unknownField: 'x' });
    const strict = await sync(client, appSpec(`strict-${suffix()}`, ns), [withUnknown({})]);
    expect(strict.outcome.phase).toBe('Failed');
    expect(strict.outcome.message).toBe('one or more objects failed to apply (dry run)');
    expect(strict.outcome.tasks[0].message).toMatch(/unknownField/);

    const loose = await sync(client, appSpec(`loose-${suffix()}`, ns), [withUnknown(opt('Validate=false'))]);
    expect(loose.outcome.phase).toBe('Succeeded');
    const live = await getCm('loose');
    expect(live?.data).toEqual({ k: 'v' });
    expect(live).not.toHaveProperty('unknownField');

    // The app-level option does the same.
    const app = appSpec(`loose-app-${suffix()}`, ns, { syncPolicy: { syncOptions: ['Validate=false'] } });
    const appLevel = await sync(client, app, [{ ...cm('loose-app'), unknownField: 'x' }]);
    expect(appLevel.outcome.phase).toBe('Succeeded');
  });
});

describe('ApplyOutOfSyncOnly=true', () => {
  it('applies only what differs from live after normalization', async () => {
    const name = `oos-${suffix()}`;
    const ignoreDifferences = [{ kind: 'ConfigMap', name: `${name}-ignored`, jsonPointers: ['/data/k'] }];
    const app = appSpec(name, ns, { ignoreDifferences, syncPolicy: { syncOptions: ['ApplyOutOfSyncOnly=true'] } });
    const objects = (v: string): K8sObject[] => [cm(`${name}-same`), cm(`${name}-changed`, {}, { k: v }), cm(`${name}-ignored`)];
    const first = await sync(client, app, objects('1'));
    expect(first.outcome.tasks.map((t) => t.action)).toEqual(['created', 'created', 'created']);

    // Drift in an ignored field: in sync for Argo CD, so it is not overwritten.
    await drift({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${name}-ignored` }, data: { k: 'drifted' } });
    const second = await sync(client, app, objects('2'));
    expect(second.outcome.phase).toBe('Succeeded');
    const byName = Object.fromEntries(second.outcome.tasks.map((t) => [t.key.name, t]));
    expect(byName[`${name}-same`].action).toBe('skipped');
    expect(byName[`${name}-same`].message).toBe(`configmap/${name}-same in sync (ApplyOutOfSyncOnly): not applied`);
    expect(byName[`${name}-ignored`].action).toBe('skipped');
    expect(byName[`${name}-changed`].action).toBe('configured');
    expect((await getCm(`${name}-changed`))?.data).toEqual({ k: '2' });
    expect((await getCm(`${name}-ignored`))?.data).toEqual({ k: 'drifted' });

    // Without the option every object is applied and the drift is reverted.
    const plain = appSpec(name, ns, { ignoreDifferences });
    await sync(client, plain, objects('2'));
    expect((await getCm(`${name}-ignored`))?.data).toEqual({ k: 'v' });
  });
});

describe('RespectIgnoreDifferences=true', () => {
  it('keeps the live value of an ignored field while the rest of the object is updated', async () => {
    const name = `rid-${suffix()}`;
    const ignoreDifferences = [{ group: 'apps', kind: 'Deployment', jsonPointers: ['/spec/replicas'] }];
    const web = (image: string): K8sObject => {
      const d = deployment(name);
      (d.spec as { template: { spec: { containers: { image: string }[] } } }).template.spec.containers[0].image = image;
      return d;
    };
    const app = appSpec(name, ns, { ignoreDifferences, syncPolicy: { syncOptions: ['RespectIgnoreDifferences=true'] } });
    expect((await sync(client, app, [web('registry.local/app:1')], { wait: false })).outcome.phase).toBe('Succeeded');
    // An autoscaler scales the Deployment (as its own field manager).
    await drift({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name }, spec: { replicas: 3 } } as K8sObject, 'autoscaler');

    const result = await sync(client, app, [web('registry.local/app:2')], { wait: false });
    expect(result.outcome.phase).toBe('Succeeded');
    const live = await client.get({ group: 'apps', kind: 'Deployment', namespace: ns, name });
    const spec = live?.spec as { replicas: number; template: { spec: { containers: { image: string }[] } } };
    expect(spec.replicas).toBe(3);
    expect(spec.template.spec.containers[0].image).toBe('registry.local/app:2');

    // Without the option the target's replicas win.
    await sync(client, appSpec(name, ns, { ignoreDifferences }), [web('registry.local/app:2')], { wait: false });
    expect(((await client.get({ group: 'apps', kind: 'Deployment', namespace: ns, name }))?.spec as { replicas: number }).replicas).toBe(1);
  });
});
