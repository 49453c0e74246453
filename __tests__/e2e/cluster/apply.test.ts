import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ClusterClient } from '../../../src/cluster/client.js';
import { UnknownKindError } from '../../../src/cluster/client.js';
import { ApiError } from '../../../src/cluster/rest.js';
import type { K8sObject } from '../../../src/model/k8s.js';
import { createNamespace, deleteNamespace, newClient } from './env.js';

const FM = 'gitops-sync';
let client: ClusterClient;
let ns: string;

beforeAll(async () => {
  client = await newClient();
  ns = await createNamespace(client, 'apply');
});
afterAll(async () => {
  await deleteNamespace(client, ns);
  client.close();
});

const cm = (name: string, data: Record<string, string>, extra: Partial<K8sObject> = {}): K8sObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: ns },
  data,
  ...extra,
});

const managers = (obj: K8sObject | undefined): string[] =>
  ((obj?.metadata.managedFields as { manager: string }[] | undefined) ?? []).map((m) => m.manager).sort();

describe('server-side apply', () => {
  it('creates, updates and records our field manager', async () => {
    const created = await client.apply(cm('ssa', { a: '1' }), { fieldManager: FM });
    expect(created.metadata.uid).toBeTruthy();
    const updated = await client.apply(cm('ssa', { a: '2', b: '3' }), { fieldManager: FM });
    expect(updated.metadata.uid).toBe(created.metadata.uid);
    const live = await client.get(cm('ssa', {}));
    expect(live?.data).toEqual({ a: '2', b: '3' });
    expect(managers(live)).toEqual([FM]);
    // Fields we stop applying are removed: SSA owns them.
    await client.apply(cm('ssa', { a: '2' }), { fieldManager: FM });
    expect((await client.get(cm('ssa', {})))?.data).toEqual({ a: '2' });
  });

  it('fails on a conflict without force and takes the field over with force (the default)', async () => {
    await client.apply(cm('conflict', { k: 'theirs' }), { fieldManager: 'someone-else' });
    const err = await client.apply(cm('conflict', { k: 'ours' }), { fieldManager: FM, force: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(409);
    expect((err as ApiError).message).toMatch(/conflict/i);
    const forced = await client.apply(cm('conflict', { k: 'ours' }), { fieldManager: FM });
    expect(forced.data).toEqual({ k: 'ours' });
    const owners = (forced.metadata.managedFields as { manager: string; fieldsV1: { 'f:data'?: object } }[])
      .filter((m) => m.fieldsV1?.['f:data'])
      .map((m) => m.manager);
    expect(owners).toEqual([FM]);
  });

  it('rejects an unknown field with Validate strict and drops it with Ignore', async () => {
    const bad = cm('validate', { a: '1' }, { spec: { nope: true } });
    const err = await client.apply(bad, { fieldManager: FM }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toMatch(/\.spec: field not declared in schema/);
    expect(await client.get(bad)).toBeUndefined();
    const ok = await client.apply(bad, { fieldManager: FM, validate: 'Ignore' });
    expect(ok.data).toEqual({ a: '1' });
    expect(ok.spec).toBeUndefined();
  });

  it('dry run returns the predicted object and persists nothing', async () => {
    const predicted = await client.apply(cm('dry', { a: '1' }), { fieldManager: FM, dryRun: true });
    expect(predicted.data).toEqual({ a: '1' });
    expect(predicted.metadata.creationTimestamp).toBeTruthy();
    expect(await client.get(cm('dry', {}))).toBeUndefined();
  });

  it('fills the namespace of a namespaced object from the context and ignores it for cluster-scoped kinds', async () => {
    const name = `${ns}-role`;
    const role = await client.apply(
      { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name, namespace: 'ignored' }, rules: [] },
      { fieldManager: FM },
    );
    expect(role.metadata.namespace).toBeUndefined();
    expect(await client.deleteObject({ group: 'rbac.authorization.k8s.io', kind: 'ClusterRole', namespace: '', name }, 'background')).toBe(true);
    expect(await client.deleteObject({ group: 'rbac.authorization.k8s.io', kind: 'ClusterRole', namespace: '', name }, 'background')).toBe(false);
  });
});

describe('replace, create, recreate', () => {
  it('createOrReplace creates when absent and replaces the whole object when present', async () => {
    const first = await client.createOrReplace(cm('rep', { a: '1' }, { metadata: { name: 'rep', namespace: ns, labels: { x: 'y' } } }), {
      fieldManager: FM,
    });
    const second = await client.createOrReplace(cm('rep', { b: '2' }), { fieldManager: FM });
    expect(second.metadata.uid).toBe(first.metadata.uid);
    expect(second.data).toEqual({ b: '2' });
    // Replace, unlike apply, drops what the new object does not carry.
    expect(second.metadata.labels).toBeUndefined();
  });

  it('replace with a stale resourceVersion is a conflict', async () => {
    const live = await client.apply(cm('rv', { a: '1' }), { fieldManager: FM });
    await client.apply(cm('rv', { a: '2' }), { fieldManager: FM });
    const err = await client.replace({ ...live, data: { a: '3' } }, { fieldManager: FM }).catch((e: unknown) => e);
    expect((err as ApiError).status).toBe(409);
  });

  it('recreate (Force=true) deletes and creates a new object', async () => {
    const before = await client.apply(cm('force', { a: '1' }), { fieldManager: FM });
    const after = await client.recreate(cm('force', { a: '2' }), { fieldManager: FM, timeoutMs: 30_000 });
    expect(after.metadata.uid).not.toBe(before.metadata.uid);
    expect(after.data).toEqual({ a: '2' });
  });

  it('create with generateName gets a server-chosen name', async () => {
    const obj = await client.create(
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { generateName: 'hook-', namespace: ns } },
      { fieldManager: FM },
    );
    expect(obj.metadata.name).toMatch(/^hook-[a-z0-9]{5}$/);
  });
});

describe('discovery', () => {
  const group = `e2e${Math.random().toString(36).slice(2, 8)}.gitops-sync.test`;
  const crd = (plural: string, kind: string): K8sObject => ({
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${plural}.${group}` },
    spec: {
      group,
      scope: 'Namespaced',
      names: { plural, singular: plural.slice(0, -1), kind, listKind: `${kind}List` },
      versions: [
        {
          name: 'v1',
          served: true,
          storage: true,
          schema: { openAPIV3Schema: { type: 'object', properties: { spec: { type: 'object', properties: { size: { type: 'integer' } } } } } },
        },
      ],
    },
  });
  const established = (o: K8sObject | undefined): boolean =>
    ((o?.status as { conditions?: { type: string; status: string }[] } | undefined)?.conditions ?? []).some(
      (c) => c.type === 'Established' && c.status === 'True',
    );
  const widget = (name: string): K8sObject => ({ apiVersion: `${group}/v1`, kind: 'Widget', metadata: { name, namespace: ns }, spec: { size: 3 } });

  afterAll(async () => {
    for (const plural of ['widgets', 'gadgets']) {
      await client.deleteObject({ group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition', namespace: '', name: `${plural}.${group}` }, 'background');
    }
  });

  it('a CRD applied in the same run makes its kind usable by later applies', async () => {
    // Unknown before: the adapter says so clearly.
    const before = await client.apply(widget('w1'), { fieldManager: FM }).catch((e: unknown) => e);
    expect(before).toBeInstanceOf(UnknownKindError);
    expect((before as Error).message).toContain(`Widget in ${group}/v1`);

    await client.apply(crd('widgets', 'Widget'), { fieldManager: FM });
    await client.watchUntil(crd('widgets', 'Widget'), established, { timeoutMs: 30_000 });
    const created = await client.apply(widget('w1'), { fieldManager: FM });
    expect(created.spec).toEqual({ size: 3 });
    expect(await client.isNamespaced(group, 'Widget')).toBe(true);
    // Strict validation works for CRD schemas too.
    const err = await client.apply({ ...widget('w2'), spec: { size: 1, colour: 'red' } }, { fieldManager: FM }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/\.spec\.colour: field not declared in schema/);
  });

  it('a CRD created by someone else is found once discovery is asked again', async () => {
    const other = await newClient();
    try {
      const gadget = { apiVersion: `${group}/v1`, kind: 'Gadget', metadata: { name: 'g1', namespace: ns }, spec: {} };
      expect(await client.get(gadget).catch((e: unknown) => e)).toBeInstanceOf(UnknownKindError);
      await other.apply(crd('gadgets', 'Gadget'), { fieldManager: 'someone-else' });
      await other.watchUntil(crd('gadgets', 'Gadget'), established, { timeoutMs: 30_000 });
      // The earlier miss is not remembered: the group/version is read again.
      expect(await client.get(gadget)).toBeUndefined();
      expect((await client.apply(gadget, { fieldManager: FM })).metadata.name).toBe('g1');
    } finally {
      other.close();
    }
  });
});
