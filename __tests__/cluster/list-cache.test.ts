import { describe, expect, it } from '@jest/globals';
import type { ApiResource } from '../../src/cluster/discovery.js';
import { ListCache } from '../../src/cluster/list-cache.js';
import type { K8sObject } from '../../src/model/k8s.js';

const configMaps: ApiResource = { group: '', version: 'v1', kind: 'ConfigMap', name: 'configmaps', namespaced: true, verbs: ['list'] };
const cm = (namespace: string, name: string, v = '1'): K8sObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { namespace, name }, data: { v } });
const names = (objects: K8sObject[]): string[] => objects.map((o) => `${o.metadata.namespace}/${o.metadata.name}=${(o.data as { v: string }).v}`).sort();

/** A fetch that counts its calls and answers with `objects`. */
function fetcher(objects: K8sObject[]): { calls: () => number; fetch: () => Promise<K8sObject[]> } {
  let n = 0;
  return { calls: () => n, fetch: async () => (n++, objects) };
}

describe('ListCache', () => {
  it('lists a type once for every caller, concurrent or later', async () => {
    const cache = new ListCache();
    const f = fetcher([cm('a', 'x')]);
    const [one, two] = await Promise.all([cache.list(configMaps, '', undefined, f.fetch), cache.list(configMaps, '', undefined, f.fetch)]);
    expect(names(await cache.list(configMaps, '', undefined, f.fetch))).toEqual(['a/x=1']);
    expect([names(one), names(two), f.calls()]).toEqual([['a/x=1'], ['a/x=1'], 1]);
  });

  it('folds in this process\'s writes and deletes, also into a list still in flight', async () => {
    const cache = new ListCache();
    let answer: (objects: K8sObject[]) => void = () => undefined;
    const pending = cache.list(configMaps, '', undefined, () => new Promise((r) => (answer = r)));
    cache.wrote(configMaps, cm('a', 'new'));
    answer([cm('a', 'x'), cm('b', 'gone')]);
    await pending;
    cache.wrote(configMaps, cm('a', 'x', '2'));
    cache.deleted(configMaps, 'b', 'gone');
    expect(names(await cache.list(configMaps, '', undefined, fetcher([]).fetch))).toEqual(['a/new=1', 'a/x=2']);
    expect(await cache.find(configMaps, 'a', 'x')).toEqual(cm('a', 'x', '2'));
    expect(await cache.find(configMaps, 'b', 'gone')).toBeUndefined();
  });

  it('keeps a namespace list to its namespace, and lists again what it cannot update', async () => {
    const cache = new ListCache();
    await cache.list(configMaps, 'a', undefined, fetcher([]).fetch);
    cache.wrote(configMaps, cm('b', 'elsewhere'));
    expect(await cache.list(configMaps, 'a', undefined, fetcher([]).fetch)).toEqual([]);
    // No whole list of the type: find cannot answer.
    expect(cache.find(configMaps, 'a', 'x')).toBeUndefined();

    const selected = fetcher([cm('a', 'labelled')]);
    await cache.list(configMaps, '', 'app=x', selected.fetch);
    cache.wrote(configMaps, cm('a', 'other'));
    await cache.list(configMaps, '', 'app=x', selected.fetch);
    expect(selected.calls()).toBe(2);

    const v1 = fetcher([cm('a', 'x')]);
    await cache.list(configMaps, '', undefined, v1.fetch);
    cache.wrote({ ...configMaps, version: 'v2' }, cm('a', 'x', '3'));
    await cache.list(configMaps, '', undefined, v1.fetch);
    expect(v1.calls()).toBe(2);
  });

  it('does not remember a failed list', async () => {
    const cache = new ListCache();
    await expect(cache.list(configMaps, '', undefined, () => Promise.reject(new Error('forbidden')))).rejects.toThrow('forbidden');
    expect(names(await cache.list(configMaps, '', undefined, fetcher([cm('a', 'x')]).fetch))).toEqual(['a/x=1']);
  });
});
