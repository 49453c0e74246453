// One destination cluster: reads, server-side apply, replace, delete and the managed-object listing
// that prune needs, over a per-cluster discovery cache.
//
// Deliberate difference from Argo CD: every apply is a server-side apply with force-conflicts and our
// field manager. Argo CD's default (ServerSideApply unset/false) is kubectl's client-side three-way
// merge with the last-applied annotation; with SSA the API server merges, which needs no annotation
// and gives the same result for fields the manifests set.
import { coreExclusion, type ExcludedResource } from './resource-filter.js';
import type { KubeConfig } from '@kubernetes/client-node';
import type { K8sObject, ResourceKey } from '../model/k8s.js';
import { groupOf, keyString } from '../model/k8s.js';
import type { ApiResource } from './discovery.js';
import { Discovery } from './discovery.js';
import { ListCache } from './list-cache.js';
import { forContext } from './kubeconfig.js';
import { mapLimited } from '../async/map-limited.js';
import type { ApiLimits } from './rest.js';
import { ApiError, isNotFound, RestClient } from './rest.js';
import type { TrackingOptions } from './tracking.js';
import { isManagedBy } from './tracking.js';
import { undeclaredFieldPaths, withoutFields } from './unknown-fields.js';
import type { WaitOptions } from './watch.js';
import { watchUntil } from './watch.js';

export interface ApplyOptions {
  fieldManager: string;
  /** Take over fields owned by other managers (Argo CD applies with --force-conflicts). Default true. */
  force?: boolean;
  /** Server-side dry run (dryRun=All): nothing is persisted, the predicted object is returned. */
  dryRun?: boolean;
  /** `Ignore` for Validate=false; unknown or duplicate fields are errors with `Strict` (default). */
  validate?: 'Strict' | 'Ignore';
}

export type WriteOptions = Omit<ApplyOptions, 'force'>;

export type Propagation = 'foreground' | 'background' | 'orphan';

export interface ListManagedOptions extends TrackingOptions {
  /** Types to look at, e.g. those the app's project allows; default every listable type. */
  resourceTypes?: (r: ApiResource) => boolean;
  /** List namespaced types only in these namespaces (credentials without cluster-wide list). */
  namespaces?: string[];
  /** Lists in flight at once. Default 8. */
  concurrency?: number;
  /** Kinds Argo CD leaves alone (argocd-cm resource.exclusions): never listed. Default the core exclusions. */
  excluded?: ExcludedResource;
}

export interface ManagedObjects {
  objects: K8sObject[];
  /** Types that could not be listed (forbidden, gone); their objects are not prune candidates. */
  warnings: string[];
}

/** A reference to a live object: a key (the group's preferred version is used) or an object. */
export type ObjectRef = ResourceKey | K8sObject;

/** The cluster does not serve this apiVersion/kind (yet). */
export class UnknownKindError extends Error {
  constructor(
    readonly apiVersion: string,
    readonly kind: string,
  ) {
    super(`the server could not find the requested resource: ${kind} in ${apiVersion || 'any version'}`);
    this.name = 'UnknownKindError';
  }
}


const isCRD = (obj: K8sObject): boolean =>
  obj.kind === 'CustomResourceDefinition' && groupOf(obj.apiVersion) === 'apiextensions.k8s.io';

interface Located {
  resource: ApiResource;
  namespace: string;
  name: string;
}

export interface ClusterClientOptions {
  /**
   * Share listManaged's lists between every app of a run (one list per type, own writes folded in).
   * Only for a client that lives for one run: changes made by others meanwhile are not seen.
   */
  shareLists?: boolean;
  /** Request timeout and retry window of every API call (rest.ts). */
  limits?: ApiLimits;
}

export class ClusterClient {
  readonly context: string;
  readonly server: string;
  readonly discovery: Discovery;
  readonly kc: KubeConfig;
  readonly rest: RestClient;
  private readonly defaultNamespace: string;
  private readonly lists?: ListCache;

  constructor(kc: KubeConfig, context: string, opts: ClusterClientOptions = {}) {
    this.kc = forContext(kc, context);
    this.context = context;
    this.rest = new RestClient(this.kc, opts.limits);
    this.server = this.rest.server;
    this.discovery = new Discovery(this.rest);
    this.defaultNamespace = this.kc.getContextObject(context)?.namespace || 'default';
    if (opts.shareLists) this.lists = new ListCache();
  }

  /** The live object, or undefined when it does not exist. */
  async get(ref: ObjectRef): Promise<K8sObject | undefined> {
    const at = await this.locate(ref);
    try {
      return withType(await this.rest.request<K8sObject>('GET', path(at, at.name)), at.resource);
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  /**
   * Like get, but answered from the run's shared lists when the object's type was listed whole (no
   * request per object); such an answer is as of that list, with this run's own writes folded in.
   */
  async getListed(ref: ObjectRef): Promise<K8sObject | undefined> {
    const at = await this.locate(ref);
    const listed = this.lists?.find(at.resource, at.namespace, at.name);
    if (!listed) return this.get(ref);
    const obj = await listed;
    return obj && structuredClone(obj);
  }

  /** Server-side apply; returns the object as the API server stored (or, dry run, predicted) it. */
  async apply(obj: K8sObject, opts: ApplyOptions): Promise<K8sObject> {
    const at = await this.locate(obj);
    if (!at.name) return this.create(obj, opts);
    const send = (body: K8sObject): Promise<K8sObject> =>
      this.rest.request<K8sObject>('PATCH', path(at, at.name), {
        query: { ...writeQuery(opts), force: opts.force ?? true },
        body: withNamespace(body, at),
        contentType: 'application/apply-patch+yaml',
      });
    let result: K8sObject;
    try {
      result = await send(obj);
    } catch (err) {
      // Validate=false: drop the fields the server does not know, as a client-side apply would.
      const paths = opts.validate === 'Ignore' && err instanceof ApiError ? undeclaredFieldPaths(err.message) : [];
      const stripped = paths.length ? withoutFields(obj, paths) : undefined;
      if (!stripped) throw err;
      result = await send(stripped);
    }
    this.afterWrite(obj, opts, at, result);
    return result;
  }

  /** POST; an object with only `generateName` gets its name from the server. */
  async create(obj: K8sObject, opts: WriteOptions): Promise<K8sObject> {
    const at = await this.locate(obj);
    const result = await this.rest.request<K8sObject>('POST', path(at), { query: writeQuery(opts), body: withNamespace(obj, at) });
    this.afterWrite(obj, opts, at, result);
    return result;
  }

  /**
   * PUT over the live object (Replace=true). The object's own resourceVersion, when set, makes the
   * write conditional (409 when the live one moved on); otherwise the live one is used.
   */
  async replace(obj: K8sObject, opts: WriteOptions): Promise<K8sObject> {
    const at = await this.locate(obj);
    const body = withNamespace(obj, at);
    if (!body.metadata.resourceVersion) {
      const live = await this.get(obj);
      if (!live) throw new ApiError(404, 'NotFound', `${keyString(refKey(obj))} not found`);
      body.metadata = { ...body.metadata, resourceVersion: live.metadata.resourceVersion };
    }
    const result = await this.rest.request<K8sObject>('PUT', path(at, at.name), { query: writeQuery(opts), body });
    this.afterWrite(obj, opts, at, result);
    return result;
  }

  /** Replace=true: replace when live, create when absent. */
  async createOrReplace(obj: K8sObject, opts: WriteOptions): Promise<K8sObject> {
    return (await this.get(obj)) ? this.replace(obj, opts) : this.create(obj, opts);
  }

  /** Force=true: delete (foreground), wait until gone, then create. */
  async recreate(obj: K8sObject, opts: WriteOptions & { timeoutMs?: number }): Promise<K8sObject> {
    // A dry run cannot delete, so it predicts the end state with a server-side dry-run apply.
    if (opts.dryRun) return this.apply(obj, opts);
    if (await this.deleteObject(obj, 'foreground')) await this.waitGone(obj, { timeoutMs: opts.timeoutMs });
    return this.create(obj, opts);
  }

  /** Deletes with the propagation policy; false when the object was already gone. */
  async deleteObject(ref: ObjectRef, propagation: Propagation): Promise<boolean> {
    const at = await this.locate(ref);
    const policy = propagation[0].toUpperCase() + propagation.slice(1);
    try {
      await this.rest.request('DELETE', path(at, at.name), {
        body: { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: policy },
      });
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
    this.lists?.deleted(at.resource, at.namespace, at.name);
    if ('apiVersion' in ref && isCRD(ref)) this.discovery.invalidate();
    return true;
  }

  /** Every item of one type (all pages), with apiVersion/kind filled in. */
  async list(resource: ApiResource, opts: { namespace?: string; labelSelector?: string } = {}): Promise<K8sObject[]> {
    const base = path({ resource, namespace: opts.namespace ?? '', name: '' });
    const items: K8sObject[] = [];
    let cont: string | undefined;
    do {
      const page = await this.rest.request<{ items?: K8sObject[]; metadata?: { continue?: string } }>('GET', base, {
        query: { limit: 500, continue: cont, labelSelector: opts.labelSelector },
      });
      for (const item of page.items ?? []) items.push(withType(item, resource));
      cont = page.metadata?.continue || undefined;
    } while (cont);
    return items;
  }

  /**
   * Live objects tracked to `app` (semantics §6): label tracking filters on the server with a label
   * selector; annotation tracking lists every type and filters by tracking-id with the
   * self-reference guard. Objects with ownerReferences are never included.
   */
  async listManaged(app: string, opts: ListManagedOptions): Promise<ManagedObjects> {
    const labelSelector = opts.trackingMethod === 'label' ? `${opts.labelKey}=${app}` : undefined;
    const listed = await this.listEveryType({ ...opts, labelSelector });
    return { ...listed, objects: this.own(listed.objects.filter((o) => isManagedBy(o, app, opts))) };
  }

  /**
   * Objects in `namespace` that no other object owns (Argo CD's namespace top-level resources, where
   * it looks for orphans). Reads the same shared lists as listManaged.
   */
  async listTopLevel(namespace: string, opts: Pick<ListManagedOptions, 'concurrency' | 'excluded'> = {}): Promise<ManagedObjects> {
    const listed = await this.listEveryType({ ...opts, resourceTypes: (r) => r.namespaced });
    const top = listed.objects.filter((o) => o.metadata?.namespace === namespace && (o.metadata.ownerReferences ?? []).length === 0);
    return { ...listed, objects: this.own(top) };
  }

  private async listEveryType(opts: Omit<ListManagedOptions, keyof TrackingOptions> & { labelSelector?: string }): Promise<ManagedObjects> {
    const types = (await this.discovery.resourceTypes()).filter(
      (r) => r.verbs.includes('list') && !(opts.excluded ?? coreExclusion)(r.group, r.kind) && (opts.resourceTypes?.(r) ?? true),
    );
    const labelSelector = opts.labelSelector;
    const jobs = types.flatMap((r) =>
      r.namespaced && opts.namespaces ? opts.namespaces.map((namespace) => ({ r, namespace })) : [{ r, namespace: '' }],
    );
    const warnings: string[] = [];
    const lists = await mapLimited(jobs, opts.concurrency ?? 8, async ({ r, namespace }) => {
      try {
        const list = (): Promise<K8sObject[]> => this.list(r, { namespace, labelSelector });
        return await (this.lists ? this.lists.list(r, namespace, labelSelector, list) : list());
      } catch (err) {
        // A type we may not list (or that vanished) cannot hold objects we could prune.
        if (err instanceof ApiError && [403, 404, 405].includes(err.status)) {
          warnings.push(`cannot list ${r.kind}.${r.group || 'core'}${namespace ? ` in ${namespace}` : ''}: ${err.message}`);
          return [];
        }
        throw err;
      }
    });
    return { objects: lists.flat(), warnings };
  }

  /** Shared lists are read by every app: each caller gets its own copies to change. */
  private own(objects: K8sObject[]): K8sObject[] {
    return this.lists ? objects.map((o) => structuredClone(o)) : objects;
  }

  /** Resolves with the object once `predicate` holds (undefined = absent); event-driven via watch. */
  async watchUntil(
    ref: ObjectRef,
    predicate: (obj: K8sObject | undefined) => boolean,
    opts: WaitOptions = {},
  ): Promise<K8sObject | undefined> {
    const at = await this.locate(ref);
    return watchUntil(this.rest, { listPath: path({ ...at, name: '' }), name: at.name, resource: at.resource }, predicate, opts);
  }

  async waitGone(ref: ObjectRef, opts: WaitOptions = {}): Promise<void> {
    await this.watchUntil(ref, (o) => o === undefined, opts);
  }

  /** Whether a group/kind is namespaced here; undefined when the cluster does not know it. */
  async isNamespaced(group: string, kind: string): Promise<boolean | undefined> {
    return (await this.discovery.resolveGroupKind(group, kind))?.namespaced;
  }

  /** Frees keep-alive sockets. */
  close(): void {
    this.rest.close();
  }

  private async locate(ref: ObjectRef): Promise<Located> {
    const isObj = 'apiVersion' in ref;
    const resource = isObj
      ? await this.discovery.resolve(ref.apiVersion, ref.kind)
      : await this.discovery.resolveGroupKind(ref.group, ref.kind);
    if (!resource) throw isObj ? new UnknownKindError(ref.apiVersion, ref.kind) : new UnknownKindError(ref.group, ref.kind);
    const key = refKey(ref);
    return { resource, namespace: resource.namespaced ? key.namespace || this.defaultNamespace : '', name: key.name };
  }

  private afterWrite(obj: K8sObject, opts: WriteOptions, at: Located, result: K8sObject): void {
    if (opts.dryRun) return;
    this.lists?.wrote(at.resource, withType(result, at.resource));
    if (isCRD(obj)) this.discovery.invalidate();
  }
}

function refKey(ref: ObjectRef): ResourceKey {
  if (!('apiVersion' in ref)) return ref;
  return { group: groupOf(ref.apiVersion), kind: ref.kind, namespace: ref.metadata?.namespace ?? '', name: ref.metadata?.name ?? '' };
}

function path(at: Located, name?: string): string {
  const r = at.resource;
  const root = r.group ? `/apis/${r.group}/${r.version}` : `/api/${r.version}`;
  const ns = r.namespaced && at.namespace ? `/namespaces/${encodeURIComponent(at.namespace)}` : '';
  return `${root}${ns}/${r.name}${name ? `/${encodeURIComponent(name)}` : ''}`;
}

function writeQuery(opts: WriteOptions): Record<string, string | undefined> {
  return { fieldManager: opts.fieldManager, fieldValidation: opts.validate ?? 'Strict', dryRun: opts.dryRun ? 'All' : undefined };
}

/** A copy of the body with the namespace the URL uses, so defaulting never makes them disagree. */
function withNamespace(obj: K8sObject, at: Located): K8sObject {
  const metadata = at.resource.namespaced ? { ...obj.metadata, namespace: at.namespace } : { ...obj.metadata };
  return { ...obj, metadata };
}

function withType(obj: K8sObject, r: ApiResource): K8sObject {
  return { ...obj, apiVersion: r.group ? `${r.group}/${r.version}` : r.version, kind: r.kind };
}
