// API discovery for one cluster, cached per group/version. A kind that is not in the cache makes its
// group/version be asked again, and waits briefly when a CRD already defines it, so CRDs applied
// earlier in the same sync (or by anyone else) resolve; `invalidate` drops everything after a CRD change.
import type { RestClient } from './rest.js';
import { isNotFound } from './rest.js';

export interface ApiResource {
  group: string;
  version: string;
  kind: string;
  /** Plural resource name used in URLs. */
  name: string;
  namespaced: boolean;
  verbs: string[];
}

interface ResourceList {
  resources?: { name: string; kind: string; namespaced: boolean; verbs?: string[] }[];
}

interface ApiGroup {
  name: string;
  preferredVersion?: { version: string };
  versions?: { version: string }[];
}

interface GroupList {
  groups?: ApiGroup[];
}

interface Groups {
  at: number;
  /** Versions as `group/version`, preferred first; the core group is `v1`. */
  groups: { name: string; versions: string[] }[];
}

interface Cached {
  resources: ApiResource[];
}

const REFETCH_UNKNOWN_AFTER_MS = 1000;
const CRD_DISCOVERY_WAIT_MS = 10_000;

interface Crd {
  spec?: { group?: string; names?: { kind?: string }; versions?: { name: string; served?: boolean }[] };
}

export class Discovery {
  private readonly rest: RestClient;
  private readonly byGroupVersion = new Map<string, Promise<Cached>>();
  private groups?: Promise<Groups>;

  constructor(rest: RestClient) {
    this.rest = rest;
  }

  /** The resource serving `apiVersion`/`kind`, or undefined when the cluster does not serve it. */
  async resolve(apiVersion: string, kind: string): Promise<ApiResource | undefined> {
    const hit = async (): Promise<ApiResource | undefined> => (await this.groupVersion(apiVersion)).resources.find((r) => r.kind === kind);
    const cached = await hit();
    if (cached) return cached;
    this.byGroupVersion.delete(apiVersion);
    const fresh = await hit();
    if (fresh || !(await this.crdServes(apiVersion, kind))) return fresh;
    // An established CRD reaches discovery a moment later: ask again for a short while.
    for (const deadline = Date.now() + CRD_DISCOVERY_WAIT_MS; Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 200));
      this.byGroupVersion.delete(apiVersion);
      const found = await hit();
      if (found) return found;
    }
    return undefined;
  }

  /** A group/kind in the group's preferred version, else in any version the group serves. */
  async resolveGroupKind(group: string, kind: string): Promise<ApiResource | undefined> {
    for (const gv of await this.versionsOf(group)) {
      const r = await this.resolve(gv, kind);
      if (r) return r;
    }
    return undefined;
  }

  /** Every top-level resource type in its group's preferred version (no subresources). */
  async resourceTypes(): Promise<ApiResource[]> {
    const gvs = (await this.groupList()).groups.map((g) => g.versions[0]);
    const lists = await Promise.all(gvs.map((gv) => this.groupVersion(gv)));
    return lists.flatMap((l) => l.resources);
  }

  /** Forget everything, e.g. after a CustomResourceDefinition was created, changed or deleted. */
  invalidate(): void {
    this.byGroupVersion.clear();
    this.groups = undefined;
  }

  private groupVersion(apiVersion: string): Promise<Cached> {
    let p = this.byGroupVersion.get(apiVersion);
    if (!p) {
      p = this.fetchGroupVersion(apiVersion);
      this.byGroupVersion.set(apiVersion, p);
      // A failed request must not stay cached.
      p.catch(() => this.byGroupVersion.delete(apiVersion));
    }
    return p;
  }

  private async fetchGroupVersion(apiVersion: string): Promise<Cached> {
    const path = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
    const slash = apiVersion.indexOf('/');
    const group = slash < 0 ? '' : apiVersion.slice(0, slash);
    const version = apiVersion.slice(slash + 1);
    let list: ResourceList;
    try {
      list = await this.rest.request<ResourceList>('GET', path);
    } catch (err) {
      if (isNotFound(err)) return { resources: [] };
      throw err;
    }
    const resources = (list.resources ?? [])
      .filter((r) => !r.name.includes('/'))
      .map((r) => ({ group, version, kind: r.kind, name: r.name, namespaced: r.namespaced, verbs: r.verbs ?? [] }));
    return { resources };
  }

  private async crdServes(apiVersion: string, kind: string): Promise<boolean> {
    const slash = apiVersion.indexOf('/');
    if (slash < 0) return false;
    const [group, version] = [apiVersion.slice(0, slash), apiVersion.slice(slash + 1)];
    const crds = await this.rest
      .request<{ items?: Crd[] }>('GET', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions')
      .catch(() => ({ items: [] as Crd[] }));
    return (crds.items ?? []).some(
      (c) => c.spec?.group === group && c.spec.names?.kind === kind && (c.spec.versions ?? []).some((v) => v.name === version && v.served),
    );
  }

  /** `group/version` strings of a group, preferred first; an unknown group asks the server again. */
  private async versionsOf(group: string): Promise<string[]> {
    const find = (l: Groups): string[] | undefined => l.groups.find((g) => g.name === group)?.versions;
    const cached = await this.groupList();
    const found = find(cached);
    if (found || Date.now() - cached.at < REFETCH_UNKNOWN_AFTER_MS) return found ?? [];
    this.groups = undefined;
    return find(await this.groupList()) ?? [];
  }

  private groupList(): Promise<Groups> {
    if (!this.groups) {
      const p = this.rest.request<GroupList>('GET', '/apis').then((list) => ({
        at: Date.now(),
        groups: [
          { name: '', versions: ['v1'] },
          ...(list.groups ?? []).map((g) => {
            const versions = (g.versions ?? []).map((v) => v.version);
            const pref = g.preferredVersion?.version ?? versions[0];
            return { name: g.name, versions: [pref, ...versions.filter((v) => v !== pref)].map((v) => `${g.name}/${v}`) };
          }),
        ],
      }));
      this.groups = p;
      p.catch(() => (this.groups = undefined));
    }
    return this.groups;
  }
}
