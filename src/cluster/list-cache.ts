// Lists shared by every app of one run: each resource type is listed once per cluster instead of once
// per app, and this process's own writes are folded into the cached lists, so a later app, a retry or
// a rollback still sees what the run changed. Changes others make during the run are not seen; like
// Argo CD's cluster cache it is a snapshot, and a new run takes a new one.
import type { K8sObject } from '../model/k8s.js';
import type { ApiResource } from './discovery.js';

interface Entry {
  resource: ApiResource;
  namespace: string;
  labelSelector?: string;
  /** Objects by `namespace/name`. */
  items: Promise<Map<string, K8sObject>>;
}

const objectKey = (namespace: string | undefined, name: string | undefined): string => `${namespace ?? ''}/${name ?? ''}`;
const typeOf = (r: ApiResource): string => `${r.group}/${r.name}`;

export class ListCache {
  private readonly entries = new Map<string, Entry>();

  /** The cached list of one type (in one namespace, '' = all; with a label selector), fetched once. */
  async list(resource: ApiResource, namespace: string, labelSelector: string | undefined, fetch: () => Promise<K8sObject[]>): Promise<K8sObject[]> {
    const key = `${typeOf(resource)}/${resource.version}|${namespace}|${labelSelector ?? ''}`;
    let entry = this.entries.get(key);
    if (!entry) {
      const items = fetch().then((objects) => new Map(objects.map((o) => [objectKey(o.metadata?.namespace, o.metadata?.name), o])));
      const created: Entry = { resource, namespace, labelSelector, items };
      entry = created;
      this.entries.set(key, created);
      // A failed list (forbidden, gone) is asked again by the next app rather than remembered.
      items.catch(() => this.entries.get(key) === created && this.entries.delete(key));
    }
    return [...(await entry.items).values()];
  }

  /**
   * One object from a whole list of its type (all namespaces, no selector), or undefined when no such
   * list was taken: the caller reads the object itself then.
   */
  find(resource: ApiResource, namespace: string, name: string): Promise<K8sObject | undefined> | undefined {
    const entry = this.entries.get(`${typeOf(resource)}/${resource.version}||`);
    return entry?.items.then((items) => items.get(objectKey(namespace, name)));
  }

  /** Folds an object this process wrote (as the server returned it) into the lists of its type. */
  wrote(resource: ApiResource, obj: K8sObject): void {
    this.update(resource, obj.metadata?.namespace ?? '', (items) => items.set(objectKey(obj.metadata?.namespace, obj.metadata?.name), obj));
  }

  /** Drops an object this process deleted from the lists of its type. */
  deleted(resource: ApiResource, namespace: string, name: string): void {
    this.update(resource, namespace, (items) => items.delete(objectKey(namespace, name)));
  }

  private update(resource: ApiResource, namespace: string, change: (items: Map<string, K8sObject>) => void): void {
    for (const [key, entry] of this.entries) {
      if (typeOf(entry.resource) !== typeOf(resource)) continue;
      if (entry.namespace && entry.namespace !== namespace) continue;
      // Another version's list, or a label-filtered one the object may enter or leave: list it again.
      if (entry.resource.version !== resource.version || entry.labelSelector) {
        this.entries.delete(key);
        continue;
      }
      entry.items = entry.items.then((items) => {
        change(items);
        return items;
      });
    }
  }
}
