export const id = 627;
export const ids = [627];
export const modules = {

/***/ 83719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/** Resolves after `ms`, or as soon as `signal` aborts. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const done = () => {
            clearTimeout(t);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const t = setTimeout(done, ms);
        signal?.addEventListener('abort', done);
    });
}


/***/ }),

/***/ 27825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ ClusterClient),
  r: () => (/* binding */ UnknownKindError)
});

// EXTERNAL MODULE: ./src/cluster/resource-filter.ts
var resource_filter = __webpack_require__(50255);
// EXTERNAL MODULE: ./src/model/k8s.ts
var k8s = __webpack_require__(87625);
// EXTERNAL MODULE: ./src/cluster/rest.ts + 1 modules
var rest = __webpack_require__(38004);
;// CONCATENATED MODULE: ./src/cluster/discovery.ts

const REFETCH_UNKNOWN_AFTER_MS = 1000;
const CRD_DISCOVERY_WAIT_MS = 10_000;
class Discovery {
    rest;
    byGroupVersion = new Map();
    groups;
    constructor(rest) {
        this.rest = rest;
    }
    /** The resource serving `apiVersion`/`kind`, or undefined when the cluster does not serve it. */
    async resolve(apiVersion, kind) {
        const hit = async () => (await this.groupVersion(apiVersion)).resources.find((r) => r.kind === kind);
        const cached = await hit();
        if (cached)
            return cached;
        this.byGroupVersion.delete(apiVersion);
        const fresh = await hit();
        if (fresh || !(await this.crdServes(apiVersion, kind)))
            return fresh;
        // An established CRD reaches discovery a moment later: ask again for a short while.
        for (const deadline = Date.now() + CRD_DISCOVERY_WAIT_MS; Date.now() < deadline;) {
            await new Promise((r) => setTimeout(r, 200));
            this.byGroupVersion.delete(apiVersion);
            const found = await hit();
            if (found)
                return found;
        }
        return undefined;
    }
    /** A group/kind in the group's preferred version, else in any version the group serves. */
    async resolveGroupKind(group, kind) {
        for (const gv of await this.versionsOf(group)) {
            const r = await this.resolve(gv, kind);
            if (r)
                return r;
        }
        return undefined;
    }
    /** Every top-level resource type in its group's preferred version (no subresources). */
    async resourceTypes() {
        const gvs = (await this.groupList()).groups.map((g) => g.versions[0]);
        const lists = await Promise.all(gvs.map((gv) => this.groupVersion(gv)));
        return lists.flatMap((l) => l.resources);
    }
    /** Forget everything, e.g. after a CustomResourceDefinition was created, changed or deleted. */
    invalidate() {
        this.byGroupVersion.clear();
        this.groups = undefined;
    }
    groupVersion(apiVersion) {
        let p = this.byGroupVersion.get(apiVersion);
        if (!p) {
            p = this.fetchGroupVersion(apiVersion);
            this.byGroupVersion.set(apiVersion, p);
            // A failed request must not stay cached.
            p.catch(() => this.byGroupVersion.delete(apiVersion));
        }
        return p;
    }
    async fetchGroupVersion(apiVersion) {
        const path = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
        const slash = apiVersion.indexOf('/');
        const group = slash < 0 ? '' : apiVersion.slice(0, slash);
        const version = apiVersion.slice(slash + 1);
        let list;
        try {
            list = await this.rest.request('GET', path);
        }
        catch (err) {
            if ((0,rest/* isNotFound */.c4)(err))
                return { resources: [] };
            throw err;
        }
        const resources = (list.resources ?? [])
            .filter((r) => !r.name.includes('/'))
            .map((r) => ({ group, version, kind: r.kind, name: r.name, namespaced: r.namespaced, verbs: r.verbs ?? [] }));
        return { resources };
    }
    async crdServes(apiVersion, kind) {
        const slash = apiVersion.indexOf('/');
        if (slash < 0)
            return false;
        const [group, version] = [apiVersion.slice(0, slash), apiVersion.slice(slash + 1)];
        const crds = await this.rest
            .request('GET', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions')
            .catch(() => ({ items: [] }));
        return (crds.items ?? []).some((c) => c.spec?.group === group && c.spec.names?.kind === kind && (c.spec.versions ?? []).some((v) => v.name === version && v.served));
    }
    /** `group/version` strings of a group, preferred first; an unknown group asks the server again. */
    async versionsOf(group) {
        const find = (l) => l.groups.find((g) => g.name === group)?.versions;
        const cached = await this.groupList();
        const found = find(cached);
        if (found || Date.now() - cached.at < REFETCH_UNKNOWN_AFTER_MS)
            return found ?? [];
        this.groups = undefined;
        return find(await this.groupList()) ?? [];
    }
    groupList() {
        if (!this.groups) {
            const p = this.rest.request('GET', '/apis').then((list) => ({
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

;// CONCATENATED MODULE: ./src/cluster/list-cache.ts
const objectKey = (namespace, name) => `${namespace ?? ''}/${name ?? ''}`;
const typeOf = (r) => `${r.group}/${r.name}`;
class ListCache {
    entries = new Map();
    /** The cached list of one type (in one namespace, '' = all; with a label selector), fetched once. */
    async list(resource, namespace, labelSelector, fetch) {
        const key = `${typeOf(resource)}/${resource.version}|${namespace}|${labelSelector ?? ''}`;
        let entry = this.entries.get(key);
        if (!entry) {
            const items = fetch().then((objects) => new Map(objects.map((o) => [objectKey(o.metadata?.namespace, o.metadata?.name), o])));
            const created = { resource, namespace, labelSelector, items };
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
    find(resource, namespace, name) {
        const entry = this.entries.get(`${typeOf(resource)}/${resource.version}||`);
        return entry?.items.then((items) => items.get(objectKey(namespace, name)));
    }
    /** Folds an object this process wrote (as the server returned it) into the lists of its type. */
    wrote(resource, obj) {
        this.update(resource, obj.metadata?.namespace ?? '', (items) => items.set(objectKey(obj.metadata?.namespace, obj.metadata?.name), obj));
    }
    /** Drops an object this process deleted from the lists of its type. */
    deleted(resource, namespace, name) {
        this.update(resource, namespace, (items) => items.delete(objectKey(namespace, name)));
    }
    update(resource, namespace, change) {
        for (const [key, entry] of this.entries) {
            if (typeOf(entry.resource) !== typeOf(resource))
                continue;
            if (entry.namespace && entry.namespace !== namespace)
                continue;
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

// EXTERNAL MODULE: ./src/cluster/kubeconfig.ts + 1 modules
var kubeconfig = __webpack_require__(8067);
// EXTERNAL MODULE: ./src/async/map-limited.ts
var map_limited = __webpack_require__(9657);
// EXTERNAL MODULE: ./src/cluster/tracking.ts
var tracking = __webpack_require__(41025);
;// CONCATENATED MODULE: ./src/cluster/unknown-fields.ts
const REPORT = /(\.[^\s]*?): field not declared in schema/g;
/** Paths (structured-merge-diff notation) the server reported as undeclared. */
function undeclaredFieldPaths(message) {
    return [...message.matchAll(REPORT)].map((m) => m[1]);
}
/** A copy of `obj` without the fields at `paths`; undefined when a path cannot be read or found. */
function withoutFields(obj, paths) {
    const copy = structuredClone(obj);
    for (const p of paths) {
        const steps = parsePath(p);
        if (!steps || !removeAt(copy, steps))
            return undefined;
    }
    return copy;
}
// `.spec.containers[name="app"].foo`, `.a[0]`, `.finalizers[="x"]`; list keys are JSON values.
function parsePath(path) {
    const steps = [];
    let rest = path;
    while (rest) {
        let m;
        if ((m = rest.match(/^\.([^.[]+)/)))
            steps.push({ field: m[1] });
        else if ((m = rest.match(/^\[(\d+)\]/)))
            steps.push({ index: Number(m[1]) });
        else if ((m = rest.match(/^\[=((?:"(?:[^"\\]|\\.)*"|[^\]]*))\]/))) {
            const value = parseJson(m[1]);
            if (value === undefined)
                return undefined;
            steps.push({ value: value.v });
        }
        else if ((m = rest.match(/^\[((?:[^=\]]+=(?:"(?:[^"\\]|\\.)*"|[^,\]]*),?)+)\]/))) {
            const keys = {};
            for (const kv of m[1].matchAll(/([^=,]+)=("(?:[^"\\]|\\.)*"|[^,\]]*)/g)) {
                const value = parseJson(kv[2]);
                if (value === undefined)
                    return undefined;
                keys[kv[1]] = value.v;
            }
            steps.push({ keys });
        }
        else
            return undefined;
        rest = rest.slice(m[0].length);
    }
    return steps;
}
function parseJson(text) {
    try {
        return { v: JSON.parse(text) };
    }
    catch {
        return undefined;
    }
}
function removeAt(root, steps) {
    let node = root;
    for (let i = 0; i < steps.length; i++) {
        const step = steps[i];
        const last = i === steps.length - 1;
        if ('field' in step) {
            if (!isRecord(node) || !(step.field in node))
                return false;
            if (last)
                delete node[step.field];
            else
                node = node[step.field];
            continue;
        }
        if (!Array.isArray(node))
            return false;
        const at = 'index' in step
            ? step.index
            : node.findIndex((el) => 'value' in step ? el === step.value : isRecord(el) && Object.entries(step.keys).every(([k, v]) => el[k] === v));
        if (at < 0 || at >= node.length)
            return false;
        if (last)
            node.splice(at, 1);
        else
            node = node[at];
    }
    return true;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// EXTERNAL MODULE: ./src/cluster/watch.ts
var watch = __webpack_require__(4125);
;// CONCATENATED MODULE: ./src/cluster/client.ts
// One destination cluster: reads, server-side apply, replace, delete and the managed-object listing
// that prune needs, over a per-cluster discovery cache.
//
// Deliberate difference from Argo CD: every apply is a server-side apply with force-conflicts and our
// field manager. Argo CD's default (ServerSideApply unset/false) is kubectl's client-side three-way
// merge with the last-applied annotation; with SSA the API server merges, which needs no annotation
// and gives the same result for fields the manifests set.










/** The cluster does not serve this apiVersion/kind (yet). */
class UnknownKindError extends Error {
    apiVersion;
    kind;
    constructor(apiVersion, kind) {
        super(`the server could not find the requested resource: ${kind} in ${apiVersion || 'any version'}`);
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.name = 'UnknownKindError';
    }
}
const isCRD = (obj) => obj.kind === 'CustomResourceDefinition' && (0,k8s/* groupOf */.F8)(obj.apiVersion) === 'apiextensions.k8s.io';
class ClusterClient {
    context;
    server;
    discovery;
    kc;
    rest;
    defaultNamespace;
    lists;
    constructor(kc, context, opts = {}) {
        this.kc = (0,kubeconfig/* forContext */.tH)(kc, context);
        this.context = context;
        this.rest = new rest/* RestClient */.eo(this.kc, opts.limits);
        this.server = this.rest.server;
        this.discovery = new Discovery(this.rest);
        this.defaultNamespace = this.kc.getContextObject(context)?.namespace || 'default';
        if (opts.shareLists)
            this.lists = new ListCache();
    }
    /** The live object, or undefined when it does not exist. */
    async get(ref) {
        const at = await this.locate(ref);
        try {
            return withType(await this.rest.request('GET', path(at, at.name)), at.resource);
        }
        catch (err) {
            if ((0,rest/* isNotFound */.c4)(err))
                return undefined;
            throw err;
        }
    }
    /**
     * Like get, but answered from the run's shared lists when the object's type was listed whole (no
     * request per object); such an answer is as of that list, with this run's own writes folded in.
     */
    async getListed(ref) {
        const at = await this.locate(ref);
        const listed = this.lists?.find(at.resource, at.namespace, at.name);
        if (!listed)
            return this.get(ref);
        const obj = await listed;
        return obj && structuredClone(obj);
    }
    /** Server-side apply; returns the object as the API server stored (or, dry run, predicted) it. */
    async apply(obj, opts) {
        const at = await this.locate(obj);
        if (!at.name)
            return this.create(obj, opts);
        const send = (body) => this.rest.request('PATCH', path(at, at.name), {
            query: { ...writeQuery(opts), force: opts.force ?? true },
            body: withNamespace(body, at),
            contentType: 'application/apply-patch+yaml',
        });
        let result;
        try {
            result = await send(obj);
        }
        catch (err) {
            // Validate=false: drop the fields the server does not know, as a client-side apply would.
            const paths = opts.validate === 'Ignore' && err instanceof rest/* ApiError */.hD ? undeclaredFieldPaths(err.message) : [];
            const stripped = paths.length ? withoutFields(obj, paths) : undefined;
            if (!stripped)
                throw err;
            result = await send(stripped);
        }
        this.afterWrite(obj, opts, at, result);
        return result;
    }
    /** POST; an object with only `generateName` gets its name from the server. */
    async create(obj, opts) {
        const at = await this.locate(obj);
        const result = await this.rest.request('POST', path(at), { query: writeQuery(opts), body: withNamespace(obj, at) });
        this.afterWrite(obj, opts, at, result);
        return result;
    }
    /**
     * PUT over the live object (Replace=true). The object's own resourceVersion, when set, makes the
     * write conditional (409 when the live one moved on); otherwise the live one is used.
     */
    async replace(obj, opts) {
        const at = await this.locate(obj);
        const body = withNamespace(obj, at);
        if (!body.metadata.resourceVersion) {
            const live = await this.get(obj);
            if (!live)
                throw new rest/* ApiError */.hD(404, 'NotFound', `${(0,k8s/* keyString */.Ve)(refKey(obj))} not found`);
            body.metadata = { ...body.metadata, resourceVersion: live.metadata.resourceVersion };
        }
        const result = await this.rest.request('PUT', path(at, at.name), { query: writeQuery(opts), body });
        this.afterWrite(obj, opts, at, result);
        return result;
    }
    /** Replace=true: replace when live, create when absent. */
    async createOrReplace(obj, opts) {
        return (await this.get(obj)) ? this.replace(obj, opts) : this.create(obj, opts);
    }
    /** Force=true: delete (foreground), wait until gone, then create. */
    async recreate(obj, opts) {
        // A dry run cannot delete, so it predicts the end state with a server-side dry-run apply.
        if (opts.dryRun)
            return this.apply(obj, opts);
        if (await this.deleteObject(obj, 'foreground'))
            await this.waitGone(obj, { timeoutMs: opts.timeoutMs });
        return this.create(obj, opts);
    }
    /** Deletes with the propagation policy; false when the object was already gone. */
    async deleteObject(ref, propagation) {
        const at = await this.locate(ref);
        const policy = propagation[0].toUpperCase() + propagation.slice(1);
        try {
            await this.rest.request('DELETE', path(at, at.name), {
                body: { kind: 'DeleteOptions', apiVersion: 'v1', propagationPolicy: policy },
            });
        }
        catch (err) {
            if ((0,rest/* isNotFound */.c4)(err))
                return false;
            throw err;
        }
        this.lists?.deleted(at.resource, at.namespace, at.name);
        if ('apiVersion' in ref && isCRD(ref))
            this.discovery.invalidate();
        return true;
    }
    /** Every item of one type (all pages), with apiVersion/kind filled in. */
    async list(resource, opts = {}) {
        const base = path({ resource, namespace: opts.namespace ?? '', name: '' });
        const items = [];
        let cont;
        do {
            const page = await this.rest.request('GET', base, {
                query: { limit: 500, continue: cont, labelSelector: opts.labelSelector },
            });
            for (const item of page.items ?? [])
                items.push(withType(item, resource));
            cont = page.metadata?.continue || undefined;
        } while (cont);
        return items;
    }
    /**
     * Live objects tracked to `app` (semantics §6): label tracking filters on the server with a label
     * selector; annotation tracking lists every type and filters by tracking-id with the
     * self-reference guard. Objects with ownerReferences are never included.
     */
    async listManaged(app, opts) {
        const labelSelector = opts.trackingMethod === 'label' ? `${opts.labelKey}=${app}` : undefined;
        const listed = await this.listEveryType({ ...opts, labelSelector });
        return { ...listed, objects: this.own(listed.objects.filter((o) => (0,tracking/* isManagedBy */.xr)(o, app, opts))) };
    }
    /**
     * Objects in `namespace` that no other object owns (Argo CD's namespace top-level resources, where
     * it looks for orphans). Reads the same shared lists as listManaged.
     */
    async listTopLevel(namespace, opts = {}) {
        const listed = await this.listEveryType({ ...opts, resourceTypes: (r) => r.namespaced });
        const top = listed.objects.filter((o) => o.metadata?.namespace === namespace && (o.metadata.ownerReferences ?? []).length === 0);
        return { ...listed, objects: this.own(top) };
    }
    async listEveryType(opts) {
        const types = (await this.discovery.resourceTypes()).filter((r) => r.verbs.includes('list') && !(opts.excluded ?? resource_filter/* coreExclusion */.oA)(r.group, r.kind) && (opts.resourceTypes?.(r) ?? true));
        const labelSelector = opts.labelSelector;
        const jobs = types.flatMap((r) => r.namespaced && opts.namespaces ? opts.namespaces.map((namespace) => ({ r, namespace })) : [{ r, namespace: '' }]);
        const warnings = [];
        const lists = await (0,map_limited/* mapLimited */.b)(jobs, opts.concurrency ?? 8, async ({ r, namespace }) => {
            try {
                const list = () => this.list(r, { namespace, labelSelector });
                return await (this.lists ? this.lists.list(r, namespace, labelSelector, list) : list());
            }
            catch (err) {
                // A type we may not list (or that vanished) cannot hold objects we could prune.
                if (err instanceof rest/* ApiError */.hD && [403, 404, 405].includes(err.status)) {
                    warnings.push(`cannot list ${r.kind}.${r.group || 'core'}${namespace ? ` in ${namespace}` : ''}: ${err.message}`);
                    return [];
                }
                throw err;
            }
        });
        return { objects: lists.flat(), warnings };
    }
    /** Shared lists are read by every app: each caller gets its own copies to change. */
    own(objects) {
        return this.lists ? objects.map((o) => structuredClone(o)) : objects;
    }
    /** Resolves with the object once `predicate` holds (undefined = absent); event-driven via watch. */
    async watchUntil(ref, predicate, opts = {}) {
        const at = await this.locate(ref);
        return (0,watch/* watchUntil */.m)(this.rest, { listPath: path({ ...at, name: '' }), name: at.name, resource: at.resource }, predicate, opts);
    }
    async waitGone(ref, opts = {}) {
        await this.watchUntil(ref, (o) => o === undefined, opts);
    }
    /** Whether a group/kind is namespaced here; undefined when the cluster does not know it. */
    async isNamespaced(group, kind) {
        return (await this.discovery.resolveGroupKind(group, kind))?.namespaced;
    }
    /** Frees keep-alive sockets. */
    close() {
        this.rest.close();
    }
    async locate(ref) {
        const isObj = 'apiVersion' in ref;
        const resource = isObj
            ? await this.discovery.resolve(ref.apiVersion, ref.kind)
            : await this.discovery.resolveGroupKind(ref.group, ref.kind);
        if (!resource)
            throw isObj ? new UnknownKindError(ref.apiVersion, ref.kind) : new UnknownKindError(ref.group, ref.kind);
        const key = refKey(ref);
        return { resource, namespace: resource.namespaced ? key.namespace || this.defaultNamespace : '', name: key.name };
    }
    afterWrite(obj, opts, at, result) {
        if (opts.dryRun)
            return;
        this.lists?.wrote(at.resource, withType(result, at.resource));
        if (isCRD(obj))
            this.discovery.invalidate();
    }
}
function refKey(ref) {
    if (!('apiVersion' in ref))
        return ref;
    return { group: (0,k8s/* groupOf */.F8)(ref.apiVersion), kind: ref.kind, namespace: ref.metadata?.namespace ?? '', name: ref.metadata?.name ?? '' };
}
function path(at, name) {
    const r = at.resource;
    const root = r.group ? `/apis/${r.group}/${r.version}` : `/api/${r.version}`;
    const ns = r.namespaced && at.namespace ? `/namespaces/${encodeURIComponent(at.namespace)}` : '';
    return `${root}${ns}/${r.name}${name ? `/${encodeURIComponent(name)}` : ''}`;
}
function writeQuery(opts) {
    return { fieldManager: opts.fieldManager, fieldValidation: opts.validate ?? 'Strict', dryRun: opts.dryRun ? 'All' : undefined };
}
/** A copy of the body with the namespace the URL uses, so defaulting never makes them disagree. */
function withNamespace(obj, at) {
    const metadata = at.resource.namespaced ? { ...obj.metadata, namespace: at.namespace } : { ...obj.metadata };
    return { ...obj, metadata };
}
function withType(obj, r) {
    return { ...obj, apiVersion: r.group ? `${r.group}/${r.version}` : r.version, kind: r.kind };
}


/***/ }),

/***/ 47964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ns: () => (/* binding */ acquireAppLock),
/* harmony export */   Ty: () => (/* binding */ isSyncState),
/* harmony export */   VW: () => (/* binding */ listRevisions),
/* harmony export */   dO: () => (/* binding */ recordRevision)
/* harmony export */ });
/* unused harmony exports LOCK_FIELD_MANAGER, LockHeldError, lockName, historyName */
/* harmony import */ var _rest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38004);

const LOCK_FIELD_MANAGER = 'gitops-sync';
const NAME_PREFIX = 'gitops-sync-';
class LockHeldError extends Error {
    app;
    holder;
    until;
    constructor(app, holder, until, held = '') {
        super(`application ${app} is being synced by ${holder}${held ? ` (${held})` : ` (lease held until ${until.toISOString()} unless renewed)`}`);
        this.app = app;
        this.holder = holder;
        this.until = until;
        this.name = 'LockHeldError';
    }
}
const lockName = (app) => `${NAME_PREFIX}${app}`.slice(0, 253).replace(/[-.]+$/, '');
/** The action's own Lease or history ConfigMap: bookkeeping, never an orphan or drift. */
function isSyncState(obj) {
    return (obj.kind === 'Lease' || obj.kind === 'ConfigMap') && (obj.metadata?.name ?? '').startsWith(NAME_PREFIX);
}
/** Lease's MicroTime: RFC 3339 with microseconds. */
const microTime = (d) => d.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
function expiry(spec) {
    const renewed = Date.parse(spec?.renewTime ?? spec?.acquireTime ?? '');
    return Number.isNaN(renewed) ? 0 : renewed + (spec?.leaseDurationSeconds ?? 0) * 1000;
}
/** Takes the app's lock, waiting up to `waitMs` for a live holder; returns a handle to release it. */
async function acquireAppLock(client, app, opts) {
    const namespace = opts.namespace ?? 'default';
    const duration = opts.durationSeconds ?? 60;
    const ref = { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease', metadata: { name: lockName(app), namespace } };
    const deadline = Date.now() + (opts.waitMs ?? 0);
    const where = `${namespace}/${ref.metadata.name}`;
    const started = Date.now();
    let told = '';
    let lease;
    for (;;) {
        const live = (await client.get(ref));
        const spec = live?.spec;
        const free = !spec?.holderIdentity || spec.holderIdentity === opts.holder || expiry(spec) <= Date.now();
        if (free) {
            if (spec?.holderIdentity && spec.holderIdentity !== opts.holder) {
                opts.log?.(`${app}: taking over lock ${where} from ${spec.holderIdentity}: ${heldText(spec)}`);
            }
            const now = new Date();
            const next = {
                ...ref,
                metadata: { ...ref.metadata, ...(live ? { resourceVersion: live.metadata.resourceVersion } : {}) },
                spec: {
                    holderIdentity: opts.holder,
                    leaseDurationSeconds: duration,
                    acquireTime: microTime(now),
                    renewTime: microTime(now),
                    leaseTransitions: (spec?.leaseTransitions ?? 0) + (live && spec?.holderIdentity !== opts.holder ? 1 : 0),
                },
            };
            try {
                lease = (live ? await client.replace(next, writeOpts) : await client.create(next, writeOpts));
                if (told)
                    opts.log?.(`${app}: lock ${where} acquired after waiting ${Math.round((Date.now() - started) / 1000)}s`);
                break;
            }
            catch (err) {
                // Someone else wrote in between (409 on update, AlreadyExists on create): look again.
                if ((0,_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .isConflict */ .dh)(err))
                    continue;
                throw err;
            }
        }
        const until = expiry(spec);
        const holder = spec.holderIdentity;
        if (Date.now() >= deadline || opts.signal?.aborted)
            throw new LockHeldError(app, holder, new Date(until), heldText(spec));
        // Said once per holder and renewal, so a long wait shows progress without repeating itself.
        const news = `${holder}@${spec?.renewTime ?? ''}`;
        if (news !== told) {
            const waitLeft = Math.max(0, Math.round((deadline - Date.now()) / 1000));
            opts.log?.(`${app}: lock ${where} is held by ${holder}: ${heldText(spec)}; waiting up to ${waitLeft}s more (lock-timeout)`);
            told = news;
        }
        // Wake when the holder releases or deletes it, or at the latest when it would turn stale.
        const wait = Math.max(1, Math.min(deadline, until + 100) - Date.now());
        const seen = live.metadata.resourceVersion;
        await client
            .watchUntil(ref, (o) => o?.metadata.resourceVersion !== seen, { timeoutMs: wait, signal: opts.signal })
            .catch(() => undefined);
    }
    return holdLease(client, lease, opts.holder, duration);
}
const writeOpts = { fieldManager: LOCK_FIELD_MANAGER };
/** `held since <t>, last renewed 12s ago; stale (taken over) in 48s unless renewed`, by this runner's clock. */
function heldText(spec) {
    const now = Date.now();
    const secs = (ms) => `${Math.max(0, Math.round(ms / 1000))}s`;
    const renewed = Date.parse(spec.renewTime ?? spec.acquireTime ?? '');
    const since = spec.acquireTime ? `held since ${new Date(Date.parse(spec.acquireTime)).toISOString()}` : 'held';
    const last = Number.isNaN(renewed) ? '' : `, last renewed ${secs(now - renewed)} ago`;
    const until = expiry(spec);
    const stale = until <= now ? `stale for ${secs(now - until)}` : `stale (taken over) in ${secs(until - now)} unless renewed`;
    return `${since}${last}; ${stale}`;
}
function holdLease(client, first, holder, duration) {
    let current = first;
    let lost = false;
    let renewing = Promise.resolve();
    const renew = async () => {
        const next = { ...current, spec: { ...current.spec, renewTime: microTime(new Date()) } };
        try {
            current = (await client.replace(next, writeOpts));
        }
        catch (err) {
            // Other errors are transient for a renewal: the next tick tries again.
            if (!(0,_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .isConflict */ .dh)(err))
                return;
            const live = (await client.get(current).catch(() => undefined));
            if (live?.spec?.holderIdentity === holder)
                current = live;
            else
                lost = true;
        }
    };
    const timer = setInterval(() => {
        renewing = renewing.then(renew);
    }, (duration * 1000) / 3);
    timer.unref();
    return {
        get lost() {
            return lost;
        },
        async release() {
            clearInterval(timer);
            await renewing;
            const live = (await client.get(current));
            if (live?.spec?.holderIdentity !== holder)
                return;
            const cleared = { ...live, spec: { ...live.spec, holderIdentity: null, renewTime: null, acquireTime: null } };
            await client.replace(cleared, writeOpts).catch((err) => {
                if (!(0,_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .isConflict */ .dh)(err))
                    throw err;
            });
        },
    };
}
const historyName = (app) => `${NAME_PREFIX}history-${app}`.slice(0, 253).replace(/[-.]+$/, '');
/** Adds a sync result at the front of the app's history (ConfigMap), keeping the newest `limit`. */
async function recordRevision(client, app, record, opts = {}) {
    const entry = {
        revision: record.revision,
        status: record.status,
        at: typeof record.at === 'string' ? record.at : record.at.toISOString(),
    };
    const ref = historyRef(app, opts.namespace);
    for (;;) {
        const live = await client.get(ref);
        const history = [entry, ...parseHistory(live)].slice(0, opts.limit ?? 10);
        const next = {
            ...ref,
            metadata: { ...ref.metadata, labels: { 'app.kubernetes.io/managed-by': 'gitops-sync' }, ...(live ? { resourceVersion: live.metadata.resourceVersion } : {}) },
            data: { application: app, history: JSON.stringify(history) },
        };
        try {
            await (live ? client.replace(next, writeOpts) : client.create(next, writeOpts));
            return;
        }
        catch (err) {
            if (!(0,_rest_js__WEBPACK_IMPORTED_MODULE_0__/* .isConflict */ .dh)(err))
                throw err;
        }
    }
}
/** The app's recorded syncs, newest first ([] when none). */
async function listRevisions(client, app, opts = {}) {
    return parseHistory(await client.get(historyRef(app, opts.namespace)));
}
function historyRef(app, namespace = 'default') {
    return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: historyName(app), namespace } };
}
function parseHistory(cm) {
    const raw = cm?.data?.history;
    if (!raw)
        return [];
    try {
        const parsed = JSON.parse(raw);
        return Array.isArray(parsed) ? parsed : [];
    }
    catch {
        return [];
    }
}


/***/ }),

/***/ 38004:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hD: () => (/* binding */ ApiError),
  eo: () => (/* binding */ RestClient),
  dh: () => (/* binding */ isConflict),
  c4: () => (/* binding */ isNotFound)
});

// UNUSED EXPORTS: ClusterUnavailableError, CredentialError, DEFAULT_API_RETRY_MS, DEFAULT_REQUEST_TIMEOUT_MS

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: ./src/log/debug.ts
var debug = __webpack_require__(49513);
// EXTERNAL MODULE: ./src/secrets/redact.ts
var redact = __webpack_require__(34200);
// EXTERNAL MODULE: ./src/cluster/exec-credential.ts
var exec_credential = __webpack_require__(80415);
;// CONCATENATED MODULE: ./src/cluster/transient.ts
// Which API failures are worth repeating, and how long to wait before the next try. A restarting
// control plane refuses or resets connections, answers 429/5xx or nothing at all for a few seconds;
// every write we send is idempotent (server-side apply, PUT with resourceVersion, DELETE) except a
// POST, which is repeated only when it provably never reached the server.
/** Network errors after which a request may have been processed (the connection broke mid-way). */
const BROKEN = new Set(['ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE', 'UND_ERR_SOCKET']);
/** Network errors that mean the request never reached the API server. */
const NOT_SENT = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND']);
/** No answer (or no further bytes) within the request timeout. */
class NoAnswerError extends Error {
    code = 'ETIMEDOUT';
    constructor(what, timeoutMs) {
        super(`${what}: no answer within ${formatSeconds(timeoutMs)}`);
        this.name = 'NoAnswerError';
    }
}
/** 500s that come from a control plane in trouble, not from the request (etcd, an unreachable webhook). */
const TRANSIENT_500 = /etcdserver|timed? ?out|timeout|leader changed|connection refused|try again|too many requests/i;
/**
 * Whether `err` (a network error or an API answer with `status`) is transient for `method`. 429 and
 * connection refusals are safe for every method; a broken connection, a timeout, 502/503/504 only for
 * idempotent ones (a repeated POST could create a second object). A 500 is often the request's own
 * fault (server-side apply answers 500 for a field the schema lacks), so only a 500 with Retry-After
 * or a known control-plane message is retried.
 */
function isTransient(err, method, status, retryAfter) {
    const idempotent = method !== 'POST';
    if (status === 429)
        return true;
    if (status === 500)
        return idempotent && (retryAfter !== undefined || TRANSIENT_500.test(err instanceof Error ? err.message : ''));
    if (status !== undefined)
        return idempotent && status >= 502 && status <= 504;
    const code = err?.code;
    if (typeof code !== 'string')
        return false;
    return NOT_SENT.has(code) || (idempotent && BROKEN.has(code));
}
/** `Retry-After` in milliseconds (seconds form only, as the API server sends it). */
function retryAfterMs(header) {
    const v = Array.isArray(header) ? header[0] : header;
    return v !== undefined && /^\d+$/.test(v.trim()) ? Number(v.trim()) * 1000 : undefined;
}
/** Delay before retry `n` (0-based): 250 ms doubling, at most 4 s. */
function backoffMs(n) {
    return Math.min(4000, 250 * 2 ** n);
}
function formatSeconds(ms) {
    return ms % 1000 === 0 ? `${ms / 1000}s` : `${(ms / 1000).toFixed(1)}s`;
}

// EXTERNAL MODULE: ./src/async/sleep.ts
var sleep = __webpack_require__(83719);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
;// CONCATENATED MODULE: ./src/cluster/rest.ts
// Raw JSON requests to one API server. The typed clients of @kubernetes/client-node serialize through
// their models (dropping unknown fields, turning timestamps into Dates) and cannot pass
// `fieldValidation`, both of which apply/diff need exact; the library still does auth and TLS.








/** The kubeconfig user's credentials could not be had (exec plugin, auth-provider): no request was sent, none is retried. */
class CredentialError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'CredentialError';
    }
}
/** A non-2xx answer from the API server, with the Status reason Kubernetes gave. */
class ApiError extends Error {
    status;
    reason;
    /** The server's Retry-After (429/503), when it sent one. */
    retryAfterMs;
    constructor(status, reason, message, retryAfterMs) {
        super(message);
        this.name = 'ApiError';
        this.status = status;
        this.reason = reason;
        this.retryAfterMs = retryAfterMs;
    }
}
/** The API server did not answer usefully (network error, timeout, 429/5xx) for longer than the retry window. */
class ClusterUnavailableError extends Error {
    cluster;
    constructor(cluster, message) {
        super(message);
        this.cluster = cluster;
        this.name = 'ClusterUnavailableError';
    }
}
const isNotFound = (err) => err instanceof ApiError && err.status === 404;
const isConflict = (err) => err instanceof ApiError && err.status === 409;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_API_RETRY_MS = 60_000;
class RestClient {
    server;
    /** `context (server)`: how messages name this cluster. */
    cluster;
    kc;
    requestTimeoutMs;
    retryMs;
    log;
    agent;
    /** When the current run of transient failures began; unset while the server answers. */
    failingSince;
    stats = new Map();
    /** `kc` must have the wanted context as its current context. */
    constructor(kc, limits = {}) {
        const cluster = kc.getCurrentCluster();
        if (!cluster)
            throw new Error(`kubeconfig context ${kc.getCurrentContext()} has no cluster`);
        this.kc = kc;
        this.server = cluster.server.replace(/\/+$/, '');
        this.cluster = `${kc.getCurrentContext()} (${this.server})`;
        this.requestTimeoutMs = limits.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
        this.retryMs = limits.retryMs ?? DEFAULT_API_RETRY_MS;
        this.log = limits.log;
    }
    /**
     * One API call. Transient failures are repeated with backoff while this cluster's retry window
     * lasts; past it (or for a failure that is not transient) the error is thrown, naming the cluster.
     */
    async request(method, path, opts = {}) {
        // A cluster that stayed silent for the whole window fails the rest of the run at once.
        if (this.retryMs > 0 && this.failingSince !== undefined && this.windowLeft(Date.now()) <= 0) {
            throw this.unavailable(method, path, 'it stopped answering earlier in this run');
        }
        for (let attempt = 0;; attempt++) {
            const started = Date.now();
            const left = this.windowLeft(started);
            let failure;
            try {
                const res = await this.once(method, path, opts, left > 0 ? Math.min(this.requestTimeoutMs, Math.max(1000, left)) : this.requestTimeoutMs);
                const ok = res.status >= 200 && res.status < 300;
                this.count(method, started, !ok);
                if (ok) {
                    this.answered();
                    return parseJson(res.text);
                }
                const answer = toApiError(res.status, parseJson(res.text), res.text, method, path, retryAfterMs(res.retryAfter));
                failure = answer;
                if (!isTransient(answer, method, res.status, answer.retryAfterMs)) {
                    this.answered();
                    throw answer;
                }
            }
            catch (err) {
                if ((err instanceof ApiError && err === failure) || err instanceof CredentialError)
                    throw err;
                this.count(method, started, true);
                if (!isTransient(err, method) || opts.signal?.aborted)
                    throw opts.signal?.aborted ? err : this.named(method, path, err);
                failure = err;
            }
            if (this.failingSince === undefined) {
                this.failingSince = started;
                if (this.retryMs > 0)
                    this.log?.(`cluster ${this.cluster}: ${method} ${path}: ${errorText(failure)}; retrying for up to ${formatSeconds(this.retryMs)}`);
            }
            const remaining = this.windowLeft(Date.now());
            if (remaining <= 0)
                throw this.unavailable(method, path, errorText(failure));
            const hint = failure instanceof ApiError ? failure.retryAfterMs : undefined;
            await (0,sleep/* sleep */.y)(Math.min(remaining, hint ?? backoffMs(attempt)), opts.signal);
            if (opts.signal?.aborted)
                throw this.named(method, path, failure);
        }
    }
    /**
     * A watch stream: `onEvent` gets every event; resolves when the server ends the stream, rejects on
     * an error answer, a broken connection, no answer within the request timeout, or `idleMs` without a
     * byte. Not retried here: the caller lists again and re-watches.
     */
    async watch(path, query, onEvent, opts) {
        let rest = '';
        const onData = (chunk) => {
            const lines = (rest + chunk).split('\n');
            rest = lines.pop() ?? '';
            for (const line of lines) {
                if (!line.trim())
                    continue;
                const ev = parseJson(line);
                if (ev?.type)
                    onEvent(ev.type, ev.object);
            }
        };
        try {
            const res = await this.once('GET', path, { query: { ...query, watch: true }, signal: opts.signal }, this.requestTimeoutMs, { onData, idleMs: opts.idleMs });
            if (res.status < 200 || res.status >= 300)
                throw toApiError(res.status, parseJson(res.text), res.text, 'GET', path, undefined);
        }
        catch (err) {
            throw err instanceof ApiError || err instanceof CredentialError || opts.signal?.aborted ? err : this.named('GET', path, err);
        }
    }
    /** `N requests (GET 12, PATCH 3), 1 failed, 2.3 s in total` for the debug log. */
    callSummary() {
        const all = [...this.stats.entries()];
        const count = all.reduce((n, [, s]) => n + s.count, 0);
        const failed = all.reduce((n, [, s]) => n + s.failed, 0);
        const ms = all.reduce((n, [, s]) => n + s.ms, 0);
        const by = all.map(([m, s]) => `${m} ${s.count}`).join(', ');
        return `cluster ${this.cluster}: ${count} API request(s)${by ? ` (${by})` : ''}, ${failed} failed, ${formatSeconds(ms)} in total`;
    }
    async once(method, path, opts, timeoutMs, stream) {
        const url = new URL(this.server + path);
        for (const [k, v] of Object.entries(opts.query ?? {}))
            if (v !== undefined)
                url.searchParams.set(k, String(v));
        const options = { method, headers: {} };
        await this.authenticate(options);
        options.agent = this.keepAliveAgent(url, options);
        const headers = options.headers;
        headers.Accept = 'application/json';
        let payload;
        if (opts.body !== undefined) {
            payload = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
            headers['Content-Type'] = opts.contentType ?? 'application/json';
            headers['Content-Length'] = Buffer.byteLength(payload);
        }
        return send(url, options, payload, opts.signal, timeoutMs, stream);
    }
    windowLeft(now) {
        return this.failingSince === undefined ? this.retryMs : this.failingSince + this.retryMs - now;
    }
    answered() {
        if (this.failingSince !== undefined)
            this.log?.(`cluster ${this.cluster}: answering again after ${formatSeconds(Date.now() - this.failingSince)}`);
        this.failingSince = undefined;
    }
    count(method, started, failed) {
        const s = this.stats.get(method) ?? { count: 0, failed: 0, ms: 0 };
        s.count++;
        if (failed)
            s.failed++;
        s.ms += Date.now() - started;
        this.stats.set(method, s);
    }
    /** A failure that is not the server's answer, with the cluster and the call it broke. */
    named(method, path, err) {
        const message = `cluster ${this.cluster}: ${method} ${path}: ${errorText(err)}`;
        return isTransient(err, method) ? new ClusterUnavailableError(this.cluster, message) : new Error(message);
    }
    unavailable(method, path, cause) {
        const since = this.failingSince === undefined ? '' : ` for ${formatSeconds(Math.round((Date.now() - this.failingSince) / 100) * 100)}`;
        return new ClusterUnavailableError(this.cluster, `cluster ${this.cluster} is not answering${since}: ${method} ${path}: ${cause} (request timeout ${formatSeconds(this.requestTimeoutMs)}, retried for up to ${formatSeconds(this.retryMs)})`);
    }
    /**
     * Credentials per request, so that expiring exec/OIDC tokens are refreshed. A failing exec plugin or
     * auth-provider is named with its context and user; what it returned is registered as secret.
     */
    async authenticate(options) {
        const user = this.kc.getCurrentUser();
        const provider = user?.authProvider?.name;
        try {
            const removed = provider === undefined ? undefined : (0,exec_credential/* removedAuthProvider */.uO)(provider);
            if (removed)
                throw new Error(removed);
            await this.kc.applyToHTTPSOptions(options);
        }
        catch (err) {
            const what = err instanceof exec_credential/* ExecPluginError */.dx || !provider ? '' : `auth-provider ${provider}: `;
            throw new CredentialError(`kubeconfig context ${this.kc.getCurrentContext()}, user ${user?.name ?? '-'}: ${what}${(0,errors/* errorMessage */.gJ)(err)}`, { cause: err });
        }
        const auth = options.headers.Authorization;
        if (typeof auth === 'string')
            redact/* secrets */.O3.register(auth.replace(/^Bearer /, ''));
    }
    /** One agent per client keeps TLS connections alive; a proxy-url cluster keeps the library's agent. */
    keepAliveAgent(url, options) {
        if (this.kc.getCurrentCluster()?.proxyUrl)
            return options.agent;
        if (!this.agent) {
            this.agent =
                url.protocol === 'https:'
                    ? new (external_node_https_default()).Agent({
                        keepAlive: true,
                        maxSockets: 32,
                        ca: options.ca,
                        cert: options.cert,
                        key: options.key,
                        rejectUnauthorized: options.rejectUnauthorized,
                        servername: options.servername,
                    })
                    : new (external_node_http_default()).Agent({ keepAlive: true, maxSockets: 32 });
        }
        return this.agent;
    }
    /** Closes idle keep-alive sockets so the process can exit; debug gets the call summary. */
    close() {
        if (this.stats.size > 0)
            (0,debug/* debug */.Yz)(() => this.callSummary());
        this.agent?.destroy();
        this.agent = undefined;
    }
}
/**
 * One HTTP exchange. `timeoutMs` bounds the wait for the answer's headers and every later silence
 * (for a stream: `idleMs` after the headers); a hung server fails with NoAnswerError. Own timers,
 * because a socket timeout on a TLS connection that never completes its handshake fires only after
 * twice the time asked for.
 */
function send(url, options, payload, signal, timeoutMs, stream) {
    return new Promise((resolve, reject) => {
        const mod = url.protocol === 'http:' ? (external_node_http_default()) : (external_node_https_default());
        let silence = timeoutMs;
        let timer;
        const arm = () => {
            clearTimeout(timer);
            timer = setTimeout(() => req.destroy(new NoAnswerError(`${options.method} ${url.pathname}`, silence)), silence);
        };
        const settle = (fn) => (v) => {
            clearTimeout(timer);
            fn(v);
        };
        const req = mod.request(url, { ...options, signal }, (res) => {
            if (stream)
                silence = stream.idleMs;
            arm();
            const chunks = [];
            const ok = (res.statusCode ?? 0) >= 200 && (res.statusCode ?? 0) < 300;
            res.on('data', (c) => {
                arm();
                if (stream && ok)
                    stream.onData(c.toString('utf8'));
                else
                    chunks.push(c);
            });
            res.on('end', settle(() => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), retryAfter: res.headers['retry-after'] })));
            res.on('error', settle(reject));
        });
        arm();
        req.on('error', settle(reject));
        req.end(payload);
    });
}
function errorText(err) {
    if (err instanceof NoAnswerError)
        return err.message.replace(/^\S+ \S+: /, '');
    const code = err?.code;
    const message = (0,errors/* errorMessage */.gJ)(err);
    return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}
function parseJson(text) {
    try {
        return text ? JSON.parse(text) : undefined;
    }
    catch {
        return undefined;
    }
}
function toApiError(status, parsed, text, method, path, retryAfter) {
    const s = (parsed ?? {});
    // The body is redacted before it is cut: half a secret would not match the filter any more.
    const message = s.kind === 'Status' && s.message ? s.message : `${method} ${path}: HTTP ${status} ${redact/* secrets */.O3.redact(text).slice(0, 200)}`.trim();
    return new ApiError(status, s.reason ?? '', message, retryAfter);
}


/***/ }),

/***/ 41025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   um: () => (/* binding */ trackedApp),
/* harmony export */   xr: () => (/* binding */ isManagedBy)
/* harmony export */ });
/* unused harmony export parseTrackingId */
/* harmony import */ var _model_argocd_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93511);
/* harmony import */ var _model_k8s_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87625);
/* harmony import */ var _render_finalize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9440);
// Which live objects an app owns (semantics §6; argo-cd util/argo/resource_tracking.go and the
// self-reference guard in controller/state.go isSelfReferencedObj).



/** `<app>:<group>/<kind>:<namespace>/<name>`, or undefined when the value has another shape. */
function parseTrackingId(value) {
    if (!value)
        return undefined;
    const parts = value.split(':');
    if (parts.length !== 3)
        return undefined;
    const gk = parts[1].split('/');
    const nn = parts[2].split('/');
    if (gk.length !== 2 || nn.length !== 2)
        return undefined;
    return { app: parts[0], group: gk[0], kind: gk[1], namespace: nn[0], name: nn[1] };
}
/** The app a live object is tracked to, or undefined (annotation methods read the tracking-id). */
function trackedApp(obj, opts) {
    if (opts.trackingMethod === 'label')
        return obj.metadata?.labels?.[opts.labelKey] || undefined;
    const annotations = obj.metadata?.annotations ?? {};
    if ((annotations[_render_finalize_js__WEBPACK_IMPORTED_MODULE_0__/* .INSTALLATION_ID_ANNOTATION */ .J8] ?? '') !== (opts.installationID ?? ''))
        return undefined;
    return parseTrackingId(annotations[_model_argocd_js__WEBPACK_IMPORTED_MODULE_1__/* .TRACKING_ID_ANNOTATION */ .Y3])?.app;
}
/**
 * True when `obj` belongs to `app`: tracked to it, not owned by another object, and (annotation
 * methods) its tracking-id names the object itself, so a copied annotation does not make it ours.
 */
function isManagedBy(obj, app, opts) {
    if ((obj.metadata?.ownerReferences ?? []).length > 0)
        return false;
    if (trackedApp(obj, opts) !== app)
        return false;
    if (opts.trackingMethod === 'label')
        return true;
    const id = parseTrackingId(obj.metadata?.annotations?.[_model_argocd_js__WEBPACK_IMPORTED_MODULE_1__/* .TRACKING_ID_ANNOTATION */ .Y3]);
    if (!id)
        return false;
    const ns = obj.metadata?.namespace ?? '';
    return (ns === id.namespace || ns === '') && obj.metadata?.name === id.name && (0,_model_k8s_js__WEBPACK_IMPORTED_MODULE_2__/* .groupOf */ .F8)(obj.apiVersion) === id.group && obj.kind === id.kind;
}


/***/ }),

/***/ 4125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ WaitTimeoutError),
/* harmony export */   m: () => (/* binding */ watchUntil)
/* harmony export */ });
/* harmony import */ var _async_sleep_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83719);

class WaitTimeoutError extends Error {
    /** The object as last seen (undefined = absent). */
    last;
    constructor(what, timeoutMs, last) {
        super(`timed out after ${Math.round(timeoutMs / 1000)}s waiting for ${what}`);
        this.name = 'WaitTimeoutError';
        this.last = last;
    }
}
const MAX_WATCH_FAILURES = 3;
const SERVER_WATCH_SECONDS = 300;
/** Silence tolerated beyond the server's watch timeout before the watch counts as hung. */
const WATCH_GRACE_SECONDS = 15;
async function watchUntil(rest, target, predicate, opts = {}) {
    const timeoutMs = opts.timeoutMs ?? 300_000;
    const deadline = Date.now() + timeoutMs;
    const what = `${target.resource.kind} ${target.name}`;
    const apiVersion = target.resource.group ? `${target.resource.group}/${target.resource.version}` : target.resource.version;
    const typed = (o) => (o ? { ...o, apiVersion, kind: target.resource.kind } : o);
    const fieldSelector = `metadata.name=${target.name}`;
    let failures = 0;
    let last;
    for (;;) {
        if (opts.signal?.aborted)
            throw new Error(`stopped waiting for ${what}`);
        if (Date.now() >= deadline)
            throw new WaitTimeoutError(what, timeoutMs, last);
        // A list filtered to the one name gives both the object and a resourceVersion to watch from.
        const list = await rest.request('GET', target.listPath, {
            query: { fieldSelector },
            signal: opts.signal,
        });
        last = typed(list.items?.[0]);
        if (predicate(last))
            return last;
        if (failures >= MAX_WATCH_FAILURES) {
            await (0,_async_sleep_js__WEBPACK_IMPORTED_MODULE_0__/* .sleep */ .y)(Math.min(opts.pollIntervalMs ?? 2000, Math.max(0, deadline - Date.now())), opts.signal);
            continue;
        }
        const outcome = await watchOnce(rest, target.listPath, fieldSelector, list.metadata?.resourceVersion, deadline, opts.signal, (o) => {
            last = typed(o);
            return predicate(last);
        });
        if (outcome.matched)
            return last;
        failures = outcome.failed ? failures + 1 : 0;
    }
}
/** One watch connection; settles on a match, on the stream's end, on an error, or at the deadline. */
function watchOnce(rest, listPath, fieldSelector, resourceVersion, deadline, signal, check) {
    return new Promise((resolve) => {
        let settled = false;
        let sawEvent = false;
        const controller = new AbortController();
        const finish = (o) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            signal?.removeEventListener('abort', onAbort);
            controller.abort();
            resolve(o);
        };
        const onAbort = () => finish({ matched: false, failed: false });
        const timer = setTimeout(() => finish({ matched: false, failed: false }), Math.max(0, deadline - Date.now()));
        signal?.addEventListener('abort', onAbort);
        const seconds = Math.max(1, Math.min(SERVER_WATCH_SECONDS, Math.ceil((deadline - Date.now()) / 1000)));
        const onEvent = (type, obj) => {
            if (type === 'ERROR')
                return finish({ matched: false, failed: true }); // e.g. 410 Gone: read again
            if (type === 'BOOKMARK')
                return;
            sawEvent = true;
            const current = type === 'DELETED' ? undefined : obj;
            if (check(current))
                finish({ matched: true, failed: false });
        };
        rest
            .watch(listPath, { fieldSelector, resourceVersion, allowWatchBookmarks: true, timeoutSeconds: seconds }, onEvent, {
            signal: controller.signal,
            idleMs: (seconds + WATCH_GRACE_SECONDS) * 1000,
        })
            .then(() => finish({ matched: false, failed: false }), () => finish({ matched: false, failed: !sawEvent }));
    });
}


/***/ }),

/***/ 93290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ diffApps)
/* harmony export */ });
/* harmony import */ var _health_health_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29468);
/* harmony import */ var _model_annotations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(90315);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87206);
/* harmony import */ var _sync_hooks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11171);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1625);
// Base vs head per Application: which apps were added, removed, changed or failed to render, with
// resource counts and the changes a reviewer should look at twice (waves/hooks, health-affecting kinds).





/** Apps paired by name, in name order; one app's failure never stops the others. */
async function diffApps(base, head, opts = {}) {
    const baseByName = new Map(base.map((a) => [a.name, a]));
    const headByName = new Map(head.map((a) => [a.name, a]));
    const names = [...new Set([...baseByName.keys(), ...headByName.keys()])].sort();
    const out = [];
    for (const name of names)
        out.push(await diffApp(name, baseByName.get(name), headByName.get(name), opts));
    return out;
}
async function diffApp(name, base, head, opts) {
    const app = (head ?? base);
    const result = {
        name,
        status: 'unchanged',
        destination: destinationOf(app),
        resources: [],
        counts: { added: 0, modified: 0, removed: 0 },
        wavesHooks: [],
        healthAffecting: [],
        problems: [],
    };
    if (head && head.problems.length > 0)
        return { ...result, status: 'errored', problems: head.problems.map((p) => ({ ...p, app: p.app ?? name })) };
    if (base && base.problems.length > 0) {
        // The base cannot be compared, so the head is shown against nothing and the reason is kept.
        result.problems = base.problems.map((p) => ({ ...p, app: p.app ?? name, message: `base revision: ${p.message}` }));
    }
    const baseObjects = base && base.problems.length === 0 ? base.objects : [];
    try {
        const diffs = await (0,_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .diffObjects */ .wc)(baseObjects, head?.objects ?? [], {
            ignoreDifferences: app.spec.app.spec.ignoreDifferences,
            argocdCm: opts.argocdCm,
            stripHelmChartLabels: opts.stripHelmChartLabels,
            contextLines: opts.contextLines,
            app: name,
        });
        result.resources = diffs.filter((d) => d.status !== 'unchanged');
    }
    catch (err) {
        return { ...result, status: 'errored', problems: [...result.problems, (0,_model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .toProblem */ .H8)(err, { app: name, file: app.spec.origin.file, line: app.spec.origin.line })] };
    }
    for (const r of result.resources) {
        if (r.status === 'added')
            result.counts.added++;
        else if (r.status === 'removed')
            result.counts.removed++;
        else
            result.counts.modified++;
        if ([r.before, r.after].some(touchesOrdering))
            result.wavesHooks.push(r.key);
        if ((0,_health_health_js__WEBPACK_IMPORTED_MODULE_0__/* .hasHealthCheck */ .Fj)(r.key.group, r.key.kind, opts.argocdCm))
            result.healthAffecting.push(r.key);
    }
    result.status = !base ? 'added' : !head ? 'removed' : result.resources.length > 0 ? 'changed' : 'unchanged';
    return result;
}
function touchesOrdering(obj) {
    return !!obj && ((0,_model_annotations_js__WEBPACK_IMPORTED_MODULE_4__/* .annotation */ .w7)(obj, _model_annotations_js__WEBPACK_IMPORTED_MODULE_4__/* .ANN_SYNC_WAVE */ .Au) !== undefined || (0,_model_annotations_js__WEBPACK_IMPORTED_MODULE_4__/* .annotation */ .w7)(obj, _model_annotations_js__WEBPACK_IMPORTED_MODULE_4__/* .ANN_HELM_HOOK_WEIGHT */ .UA) !== undefined || (0,_sync_hooks_js__WEBPACK_IMPORTED_MODULE_2__/* .isHook */ .IA)(obj));
}
function destinationOf(app) {
    const d = app.spec.app.spec.destination ?? {};
    return `${d.name || d.server || ''}/${d.namespace ?? ''}`;
}


/***/ }),

/***/ 1625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wc: () => (/* binding */ diffObjects),
  Cm: () => (/* binding */ sameContent)
});

// UNUSED EXPORTS: toYaml, unifiedDiff

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(37291);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/model/k8s.ts
var k8s = __webpack_require__(87625);
// EXTERNAL MODULE: ./src/diff/normalize.ts + 3 modules
var normalize = __webpack_require__(88846);
// EXTERNAL MODULE: ./src/parse/json.ts
var json = __webpack_require__(41017);
;// CONCATENATED MODULE: ./src/diff/mask.ts


const FIRST_MASK = '++++++++';
function isSecret(obj) {
    return !!obj && obj.kind === 'Secret' && (obj.apiVersion ?? '').indexOf('/') < 0;
}
/**
 * Masked copies of a live (`before`) and target (`after`) object. Only core Secrets are touched;
 * `hideAnnotations` (argocd-cm `resource.sensitive.mask.annotations`) are masked the same way.
 */
function maskSecrets(before, after, hideAnnotations = []) {
    if (!isSecret(before) && !isSecret(after))
        return [before, after];
    const live = before && structuredClone(before);
    const target = after && structuredClone(after);
    const lastApplied = live ? parseLastApplied(live) : undefined;
    const objects = [target, live, lastApplied === 'unparsable' ? undefined : lastApplied];
    const keys = new Set();
    for (const o of objects) {
        if (!o)
            continue;
        normalizeSecret(o);
        const data = o.data;
        if (isRecord(data))
            Object.keys(data).forEach((k) => keys.add(k));
    }
    hide(objects, keys, ['data']);
    hide(objects, new Set(hideAnnotations), ['metadata', 'annotations']);
    if (live && lastApplied) {
        const meta = (live.metadata ??= {});
        const annotations = (meta.annotations ??= {});
        annotations[normalize/* LAST_APPLIED_ANNOTATION */.fb] =
            lastApplied === 'unparsable' || hideAnnotations.includes(normalize/* LAST_APPLIED_ANNOTATION */.fb) ? FIRST_MASK : JSON.stringify(lastApplied);
    }
    return [live, target];
}
/** gitops-engine NormalizeSecret: stringData → base64 data (non-strings kept as is), null values → "". */
function normalizeSecret(o) {
    if (isRecord(o.stringData)) {
        const data = isRecord(o.data) ? o.data : {};
        for (const [k, v] of Object.entries(o.stringData))
            data[k] = typeof v === 'string' ? Buffer.from(v, 'utf8').toString('base64') : v;
        o.data = data;
        delete o.stringData;
    }
    if (isRecord(o.data))
        for (const [k, v] of Object.entries(o.data))
            if (v === null || v === undefined)
                o.data[k] = '';
}
function hide(objects, keys, path) {
    for (const key of keys) {
        let next = FIRST_MASK;
        const masks = new Map();
        for (const o of objects) {
            const map = o && nested(o, path);
            if (!map || !(key in map))
                continue;
            const value = map[key] === null || map[key] === undefined ? '' : String(map[key]);
            let mask = masks.get(value);
            if (mask === undefined) {
                mask = next;
                next += '++++';
                masks.set(value, mask);
            }
            map[key] = mask;
        }
    }
}
function nested(o, path) {
    let node = o;
    for (const p of path)
        node = isRecord(node) ? node[p] : undefined;
    return isRecord(node) ? node : undefined;
}
function parseLastApplied(live) {
    const annotations = nested(live, ['metadata', 'annotations']);
    const text = annotations?.[normalize/* LAST_APPLIED_ANNOTATION */.fb];
    if (typeof text !== 'string')
        return undefined;
    try {
        const parsed = (0,json/* parseJson */.q)(text); // an annotation is text anyone can write: nesting-checked
        return isRecord(parsed) ? parsed : 'unparsable';
    }
    catch {
        return 'unparsable';
    }
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./src/diff/compare.ts
// Pairs two object sets by resource key and renders each difference as a unified diff of YAML.
// Unified text comes from jsdiff (npm `diff`): a Myers diff with standard hunk output, widely used
// and dependency-free, so hunks match what `diff -u`/git show instead of a home-made approximation.





/**
 * Every key present on either side, sorted by group/kind/namespace/name. `base` plays Argo CD's
 * live side and `head` the target, so pass live objects as `base` for drift.
 */
async function diffObjects(base, head, opts = {}) {
    const rules = await (0,normalize/* prepareRules */.Zb)(opts);
    const before = byKey(base);
    const after = byKey(head);
    const keys = [...new Map([...before.values(), ...after.values()].map(({ key }) => [(0,k8s/* keyString */.Ve)(key), key])).values()].sort(k8s/* compareKeys */.YD);
    const out = [];
    for (const key of keys) {
        const [target, live] = await (0,normalize/* normalizePair */.od)(after.get((0,k8s/* keyString */.Ve)(key))?.obj, before.get((0,k8s/* keyString */.Ve)(key))?.obj, opts, rules);
        const [b, a] = maskSecrets(live, target, opts.hideAnnotations);
        // Most pairs of a real diff are equal: compared as data, only the others are printed and diffed.
        if (b && a && sameContent(b, a)) {
            out.push({ key, status: 'unchanged', diff: '', before: b, after: a });
            continue;
        }
        const oldText = toYaml(b);
        const newText = toYaml(a);
        const status = !b ? 'added' : !a ? 'removed' : oldText === newText ? 'unchanged' : 'modified';
        out.push({ key, status, diff: status === 'unchanged' ? '' : unifiedDiff(oldText, newText, opts.contextLines ?? 3), before: b, after: a });
    }
    return out;
}
/**
 * Equality of two parsed manifests as data, like Argo CD's comparison of unstructured objects: the
 * order of keys is not content, and a member set to undefined is the same as a missing one.
 */
function sameContent(a, b) {
    if (a === b)
        return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
        return false;
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
            return false;
        return a.every((v, i) => sameContent(v, b[i]));
    }
    const ra = a;
    const rb = b;
    const keys = Object.keys(ra).filter((k) => ra[k] !== undefined);
    if (keys.length !== Object.keys(rb).filter((k) => rb[k] !== undefined).length)
        return false;
    return keys.every((k) => sameContent(ra[k], rb[k]));
}
/** YAML in the object's own key order; long strings are never folded, so lines are stable. */
function toYaml(obj) {
    return obj === undefined ? '' : (0,dist/* stringify */.As)(obj, { lineWidth: 0 });
}
/** Unified diff hunks of two texts, without file headers. */
function unifiedDiff(oldText, newText, contextLines) {
    const patch = (0,create/* structuredPatch */.YB)('', '', oldText, newText, undefined, undefined, { context: Math.max(0, contextLines) });
    return patch.hunks
        .map((h) => [`@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@`, ...h.lines].join('\n'))
        .join('\n');
}
/** GNU diff's range form: an empty range names the line before it (`-0,0` for an added file). */
function range(start, lines) {
    return lines === 1 ? `${start}` : `${lines === 0 ? start - 1 : start},${lines}`;
}
function byKey(objects) {
    const keys = (0,k8s/* identityKeys */.NZ)(objects);
    // Last one wins for a repeated key, as in Argo CD.
    return new Map(objects.map((obj, i) => [(0,k8s/* keyString */.Ve)(keys[i]), { key: keys[i], obj }]));
}


/***/ }),

/***/ 88846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fb: () => (/* binding */ LAST_APPLIED_ANNOTATION),
  od: () => (/* binding */ normalizePair),
  Zb: () => (/* binding */ prepareRules)
});

// UNUSED EXPORTS: normalizeObject, removePointer

// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/parse/yaml.ts
var yaml = __webpack_require__(68852);
// EXTERNAL MODULE: ./src/model/k8s.ts
var k8s = __webpack_require__(87625);
// EXTERNAL MODULE: ./src/glob/gobwas.ts
var gobwas = __webpack_require__(62877);
;// CONCATENATED MODULE: ./src/diff/ignore-rules.ts
// ignoreDifferences rules from the Application and from argocd-cm, gathered the way Argo CD's settings
// manager and ignore normalizer do (util/settings GetResourceOverrides, util/argo/normalizers).




const CUSTOMIZATIONS = 'resource.customizations';
const SPLIT_PREFIX = 'resource.customizations.ignoreDifferences.';
const COMPARE_OPTIONS = 'resource.compareoptions';
const CRD = 'apiextensions.k8s.io/CustomResourceDefinition';
const RBAC = 'rbac.authorization.k8s.io';
/** App rules first, then system-level ones; throws SpecError when argocd-cm cannot be read. */
function ignoreRules(app, argocdCm) {
    const rules = (app ?? []).map((r, i) => ({
        group: r.group ?? '',
        kind: r.kind,
        name: r.name || undefined,
        namespace: r.namespace || undefined,
        jsonPointers: r.jsonPointers ?? [],
        jqPathExpressions: r.jqPathExpressions ?? [],
        managedFieldsManagers: r.managedFieldsManagers ?? [],
        field: `spec.ignoreDifferences[${i}]`,
    }));
    for (const [key, o] of systemOverrides(argocdCm ?? {})) {
        const slash = key.indexOf('/');
        rules.push({
            group: slash < 0 ? '' : key.slice(0, slash),
            kind: slash < 0 ? key : key.slice(slash + 1),
            jsonPointers: o.jsonPointers,
            jqPathExpressions: o.jqPathExpressions,
            managedFieldsManagers: o.managedFieldsManagers,
            field: o.field,
        });
    }
    // gitops-engine normalizeRole: an aggregated role's rules are the aggregation controller's to fill.
    if (compareOptions(argocdCm ?? {}).ignoreAggregatedRoles === true) {
        for (const kind of ['Role', 'ClusterRole']) {
            rules.push({ group: RBAC, kind, jsonPointers: ['/rules'], jqPathExpressions: [], managedFieldsManagers: [], field: `argocd-cm ${COMPARE_OPTIONS}`, when: isAggregated });
        }
    }
    return rules;
}
/** A role whose aggregationRule is a map (a malformed one is left alone, as upstream does). */
function isAggregated(obj) {
    const rule = obj.aggregationRule;
    return typeof rule === 'object' && rule !== null && !Array.isArray(rule);
}
/** argocd-cm `resource.compareoptions` (Argo CD's ArgoCDDiffOptions), as a map; {} when unset. */
function compareOptions(cm) {
    return asRecord(cm[COMPARE_OPTIONS] ? parseYaml(cm[COMPARE_OPTIONS], COMPARE_OPTIONS) : {});
}
/** Rules whose group/kind globs and (when set) exact name/namespace select `obj`. */
function rulesFor(rules, obj) {
    const group = (0,k8s/* groupOf */.F8)(obj.apiVersion ?? '');
    return rules.filter((r) => (0,gobwas/* gobwasMatch */.RQ)(r.group, group) &&
        (0,gobwas/* gobwasMatch */.RQ)(r.kind, obj.kind ?? '') &&
        (!r.name || r.name === obj.metadata?.name) &&
        (!r.namespace || r.namespace === (obj.metadata?.namespace ?? '')) &&
        (!r.when || r.when(obj)));
}
// `group/Kind` (or `*/*`) → override, as Argo CD builds it: YAML form, then split keys, then status.
function systemOverrides(cm) {
    const out = new Map();
    const yamlForm = cm[CUSTOMIZATIONS];
    if (yamlForm) {
        const parsed = parseYaml(yamlForm, CUSTOMIZATIONS);
        for (const [key, v] of Object.entries(asRecord(parsed))) {
            const text = asRecord(v).ignoreDifferences;
            if (typeof text === 'string')
                out.set(key, toOverride(parseYaml(text, `${CUSTOMIZATIONS} ${key}`), `argocd-cm ${CUSTOMIZATIONS} ${key}`));
        }
    }
    for (const [cmKey, text] of Object.entries(cm)) {
        if (!cmKey.startsWith(SPLIT_PREFIX))
            continue;
        const gk = cmKey.slice(SPLIT_PREFIX.length);
        if (!gk)
            continue;
        // Argo CD turns `group_Kind` into `group/Kind` at the first `_` and `all` into every kind.
        const key = gk === 'all' ? '*/*' : gk.includes('_') ? gk.replace('_', '/') : gk;
        out.set(key, toOverride(parseYaml(text, cmKey), `argocd-cm ${cmKey}`));
    }
    const statusMode = compareOptions(cm).ignoreResourceStatusField;
    const addPointer = (key, pointer) => {
        const o = out.get(key) ?? { jsonPointers: [], jqPathExpressions: [], managedFieldsManagers: [], field: `argocd-cm ${COMPARE_OPTIONS}` };
        out.set(key, { ...o, jsonPointers: [...o.jsonPointers, pointer] });
    };
    // The project's default is `all` (semantics §7): rendered manifests never carry status, live ones do.
    const mode = statusMode === undefined || statusMode === '' ? 'all' : String(statusMode);
    if (mode === 'all')
        addPointer('*/*', '/status');
    else if (mode === 'crd') {
        addPointer(CRD, '/status');
        addPointer(CRD, '/spec/preserveUnknownFields');
    }
    else if (mode !== 'off' && mode !== 'false')
        addPointer(CRD, '/status');
    return out;
}
function toOverride(v, field) {
    const r = asRecord(v);
    const list = (x) => (Array.isArray(x) ? x.map(String) : []);
    return {
        jsonPointers: list(r.jsonPointers),
        jqPathExpressions: list(r.jqPathExpressions),
        managedFieldsManagers: list(r.managedFieldsManagers),
        field,
    };
}
function parseYaml(text, key) {
    try {
        return (0,yaml/* parseYaml */.hN)(text);
    }
    catch (err) {
        throw new errors/* SpecError */.G8({ file: 'argocd-cm', field: `data.${key}`, message: `invalid YAML: ${err.message}` });
    }
}
function asRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
}

;// CONCATENATED MODULE: ./src/diff/jq.ts
let engine;
function jq() {
    engine ??= __webpack_require__.e(/* import() */ 236).then(__webpack_require__.bind(__webpack_require__, 49236)).then((m) => m.loadJq());
    return engine;
}
/** The compile error of `del(<expression>)`, or undefined when it compiles. */
async function jqCompileError(expression) {
    const { stderr, exitCode } = (await jq()).raw(null, `del(${expression})`);
    if (exitCode !== 0 && /compile error/.test(stderr))
        return stderr.trim().split('\n')[0];
    return undefined;
}
/**
 * `del(<expression>)` applied to `doc`. Like Argo CD, anything but exactly one output (a runtime
 * error, none, or several) leaves the document unchanged; the reason is returned for diagnostics.
 */
async function jqDelete(doc, expression) {
    const { stdout, stderr, exitCode } = (await jq()).raw(doc, `del(${expression})`, ['-c']);
    if (exitCode !== 0)
        return { doc, error: stderr.trim() || `jq exited with ${exitCode}` };
    const lines = stdout.split('\n').filter((l) => l.length > 0);
    if (lines.length === 0)
        return { doc, error: 'JQ patch did not return any data' };
    if (lines.length > 1)
        return { doc, error: 'JQ patch returned multiple objects' };
    return { doc: JSON.parse(lines[0]) };
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/diff/managed-fields.ts
// managedFieldsManagers (Argo CD util/argo/managedfields): a field owned by a trusted manager in the
// live object's managedFields, and holding different values in live and target, is removed from both.
// The fieldsV1 tree itself says which lists are keyed (`k:`), sets (`v:`) or indexed (`i:`), so we walk
// it alongside both objects instead of needing the resource's OpenAPI schema.

/** Copies of [live, target] with trusted managers' differing fields removed from both. */
function normalizeManagedFields(live, target, managers) {
    const entries = Array.isArray(live.metadata?.managedFields) ? live.metadata.managedFields : [];
    const trusted = entries.filter((e) => managers.includes(String(e.manager)) && isObject(e.fieldsV1));
    if (trusted.length === 0)
        return [live, target];
    const l = structuredClone(live);
    const t = structuredClone(target);
    for (const entry of trusted)
        prune(entry.fieldsV1, l, t);
    return [l, t];
}
/** Walks one fieldsV1 node; `l`/`t` are the live and target values at that node (containers). */
function prune(node, l, t) {
    for (const [step, child] of Object.entries(node)) {
        if (step === '.')
            continue;
        const lRef = locate(l, step);
        const tRef = locate(t, step);
        if (!lRef || !tRef)
            continue;
        const lv = lRef.get();
        const tv = tRef.get();
        const sub = isObject(child) ? child : {};
        const children = Object.keys(sub).filter((k) => k !== '.');
        if (children.length > 0) {
            prune(sub, lv, tv);
            continue;
        }
        // A leaf (or an owned list item): a map is compared field by field, so only atomic values count.
        if (isObject(lv) && isObject(tv))
            continue;
        if (!(0,external_node_util_.isDeepStrictEqual)(lv, tv)) {
            lRef.remove();
            tRef.remove();
        }
    }
}
function locate(container, step) {
    const kind = step.slice(0, 2);
    const arg = step.slice(2);
    if (kind === 'f:' && isObject(container)) {
        const map = container;
        if (!(arg in map))
            return undefined;
        return { get: () => map[arg], remove: () => delete map[arg] };
    }
    if (!Array.isArray(container))
        return undefined;
    let match;
    if (kind === 'k:') {
        const keys = parseJson(arg);
        if (!isObject(keys))
            return undefined;
        match = (item) => isObject(item) && Object.entries(keys).every(([k, v]) => (0,external_node_util_.isDeepStrictEqual)(item[k], v));
    }
    else if (kind === 'v:') {
        const value = parseJson(arg);
        match = (item) => (0,external_node_util_.isDeepStrictEqual)(item, value);
    }
    else if (kind === 'i:') {
        match = (_item, i) => i === Number(arg);
    }
    else
        return undefined;
    const index = container.findIndex(match);
    if (index < 0)
        return undefined;
    const item = container[index];
    return {
        get: () => item,
        remove: () => {
            const at = container.indexOf(item);
            if (at >= 0)
                container.splice(at, 1);
        },
    };
}
function parseJson(s) {
    try {
        return JSON.parse(s);
    }
    catch {
        return undefined;
    }
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./src/diff/normalize.ts




const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';
const SERVER_SET_METADATA = ['creationTimestamp', 'managedFields', 'resourceVersion', 'uid', 'generation', 'selfLink'];
/** Labels Helm charts stamp with the chart version (`helm.sh/chart: app-1.2.3`, legacy `chart: app-1.2.3`). */
const HELM_CHART_LABELS = ['helm.sh/chart', 'chart'];
/**
 * Ignore rules for one app, with every jq expression compiled once up front: a broken expression is
 * the app's error (Argo CD fails the comparison too), reported with the field that holds it.
 */
async function prepareRules(opts) {
    let rules;
    try {
        rules = ignoreRules(opts.ignoreDifferences, opts.argocdCm);
    }
    catch (err) {
        if (err instanceof errors/* SpecError */.G8)
            throw new errors/* SpecError */.G8({ ...err.problem, app: opts.app });
        throw err;
    }
    for (const rule of rules) {
        for (const [i, expr] of rule.jqPathExpressions.entries()) {
            const error = await jqCompileError(expr);
            if (error) {
                throw new errors/* SpecError */.G8({ app: opts.app, field: `${rule.field}.jqPathExpressions[${i}]`, message: `invalid jq path expression ${JSON.stringify(expr)}: ${error}` });
            }
        }
    }
    return rules;
}
/** A normalized copy of `obj`. Pass `rules` from prepareRules to avoid re-checking them per object. */
async function normalizeObject(obj, opts, rules) {
    const out = structuredClone(obj);
    stripServerMetadata(out);
    if (opts.stripHelmChartLabels)
        stripChartLabels(out);
    const matched = rulesFor(rules ?? (await prepareRules(opts)), out);
    if (matched.length === 0)
        return out;
    let doc = out;
    for (const rule of matched) {
        for (const pointer of rule.jsonPointers)
            removePointer(doc, pointer);
        for (const expr of rule.jqPathExpressions)
            doc = (await jqDelete(doc, expr)).doc;
    }
    removeEmptyObjects(doc);
    return doc;
}
/** Normalized copies of a target and its live object; either may be absent (added or pruned). */
async function normalizePair(target, live, opts, rules) {
    const all = rules ?? (await prepareRules(opts));
    if (target && live) {
        const managers = rulesFor(all, live).flatMap((r) => r.managedFieldsManagers);
        if (managers.length > 0)
            [live, target] = normalizeManagedFields(live, target, managers);
    }
    return [target && (await normalizeObject(target, opts, all)), live && (await normalizeObject(live, opts, all))];
}
function stripServerMetadata(obj) {
    const meta = obj.metadata;
    if (!meta || typeof meta !== 'object')
        return;
    for (const f of SERVER_SET_METADATA)
        delete meta[f];
    if (meta.annotations) {
        delete meta.annotations[LAST_APPLIED_ANNOTATION];
        if (Object.keys(meta.annotations).length === 0)
            delete meta.annotations;
    }
}
/** Removes chart-version labels from the object and from every embedded template's metadata. */
function stripChartLabels(node) {
    if (Array.isArray(node))
        return node.forEach(stripChartLabels);
    if (typeof node !== 'object' || node === null)
        return;
    const rec = node;
    const meta = rec.metadata;
    if (meta && typeof meta === 'object' && meta.labels && typeof meta.labels === 'object') {
        for (const label of HELM_CHART_LABELS) {
            if (typeof meta.labels[label] === 'string' && /-v?\d+\.\d+/.test(meta.labels[label]))
                delete meta.labels[label];
        }
        if (Object.keys(meta.labels).length === 0)
            delete meta.labels;
    }
    for (const [k, v] of Object.entries(rec))
        if (k !== 'metadata')
            stripChartLabels(v);
}
/** RFC 6901 remove; a missing path is ignored, as Argo CD does. */
function removePointer(doc, pointer) {
    if (pointer === '' || !pointer.startsWith('/'))
        return;
    const steps = pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node = doc;
    for (const [i, step] of steps.entries()) {
        const last = i === steps.length - 1;
        if (Array.isArray(node)) {
            if (!/^(0|[1-9]\d*)$/.test(step) || Number(step) >= node.length)
                return;
            if (last)
                node.splice(Number(step), 1);
            else
                node = node[Number(step)];
        }
        else if (typeof node === 'object' && node !== null) {
            const rec = node;
            if (!Object.prototype.hasOwnProperty.call(rec, step))
                return;
            if (last)
                delete rec[step];
            else
                node = rec[step];
        }
        else
            return;
    }
}
/** Argo CD's removeEmptyObjects: after ignore rules, drop maps and lists left empty (recursively). */
function removeEmptyObjects(obj) {
    for (const [key, value] of Object.entries(obj)) {
        if (Array.isArray(value)) {
            const kept = value.filter((item) => {
                if (typeof item !== 'object' || item === null || Array.isArray(item))
                    return true;
                removeEmptyObjects(item);
                return Object.keys(item).length > 0;
            });
            if (kept.length === 0)
                delete obj[key];
            else
                obj[key] = kept;
        }
        else if (typeof value === 'object' && value !== null) {
            removeEmptyObjects(value);
            if (Object.keys(value).length === 0)
                delete obj[key];
        }
    }
}


/***/ }),

/***/ 29468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fj: () => (/* binding */ hasHealthCheck),
  Wr: () => (/* binding */ healthOf),
  Od: () => (/* binding */ hookOutcome)
});

// UNUSED EXPORTS: HEALTH_ORDER, formatHealth, healthCheckOf, worstHealth

// EXTERNAL MODULE: ./src/model/annotations.ts
var annotations = __webpack_require__(90315);
// EXTERNAL MODULE: ./src/model/k8s.ts
var k8s = __webpack_require__(87625);
// EXTERNAL MODULE: ./src/sync/hooks.ts
var hooks = __webpack_require__(11171);
;// CONCATENATED MODULE: ./src/health/go-json.ts
const EOF = 'unexpected end of JSON input';
const FIELDS = ['type', 'reason', 'message', 'status'];
/** The conditions, or Go's error text. */
function goUnmarshalConditions(text) {
    const syntax = syntaxError(text);
    if (syntax)
        return { error: syntax };
    const value = JSON.parse(text);
    if (value === null)
        return { conditions: [] };
    if (!Array.isArray(value))
        return { error: `json: cannot unmarshal ${kindOf(value)} into Go value of type []health.hpaCondition` };
    const conditions = [];
    for (const [i, item] of value.entries()) {
        if (item === null) {
            conditions.push({});
            continue;
        }
        if (typeof item !== 'object' || Array.isArray(item))
            return { error: `json: cannot unmarshal ${kindOf(item)} into .${i} of type health.hpaCondition` };
        const condition = {};
        for (const [key, v] of Object.entries(item)) {
            const field = FIELDS.find((f) => f === key.toLowerCase());
            if (!field || v === null)
                continue;
            if (typeof v !== 'string')
                return { error: `json: cannot unmarshal ${kindOf(v)} into Go struct field .${i}.${key} of type string` };
            condition[field] = v;
        }
        conditions.push(condition);
    }
    return { conditions };
}
function kindOf(v) {
    if (Array.isArray(v))
        return 'array';
    if (typeof v === 'boolean')
        return 'bool';
    return typeof v; // object, string, number
}
class JsonSyntax extends Error {
}
/** encoding/json's checkValid: the first syntax error's text, or undefined for valid JSON. */
function syntaxError(text) {
    let i = 0;
    const fail = (context) => {
        throw new JsonSyntax(i >= text.length ? EOF : `invalid character ${quoteChar(text[i])} ${context}`);
    };
    const ws = () => {
        while (i < text.length && ' \t\r\n'.includes(text[i]))
            i++;
    };
    const digits = () => {
        const start = i;
        while (i < text.length && text[i] >= '0' && text[i] <= '9')
            i++;
        return i > start;
    };
    const literal = (word) => {
        for (let k = 1; k < word.length; k++) {
            i++;
            if (text[i] !== word[k])
                fail(`in literal ${word} (expecting ${quoteChar(word[k])})`);
        }
        i++;
    };
    const string = () => {
        for (i++;; i++) {
            if (i >= text.length)
                fail('');
            const c = text[i];
            if (c === '"')
                break;
            if (c < ' ')
                fail('in string');
            if (c !== '\\')
                continue;
            i++;
            if (i >= text.length)
                fail('');
            if (text[i] === 'u') {
                const hex = text.slice(i + 1, i + 5);
                if (!/^[0-9a-fA-F]{0,4}$/.test(hex))
                    throw new JsonSyntax(`invalid escape sequence \`\\u${hex}\` in string`);
                i += hex.length;
                if (hex.length < 4)
                    fail('');
            }
            else if (!'"\\/bfnrt'.includes(text[i]))
                throw new JsonSyntax(`invalid escape sequence \`\\${text[i]}\` in string`);
        }
        i++;
    };
    const number = () => {
        if (text[i] === '-')
            i++;
        if (text[i] === '0')
            i++;
        else if (!digits())
            fail('in numeric literal');
        if (text[i] === '.') {
            i++;
            if (!digits())
                fail('in numeric literal');
        }
        if (text[i] === 'e' || text[i] === 'E') {
            i++;
            if (text[i] === '+' || text[i] === '-')
                i++;
            if (!digits())
                fail('in numeric literal');
        }
    };
    const value = () => {
        ws();
        const c = text[i];
        if (c === '{') {
            i++;
            ws();
            if (text[i] === '}')
                return void i++;
            for (;;) {
                if (text[i] !== '"')
                    fail('looking for beginning of object key string');
                string();
                ws();
                if (text[i] !== ':')
                    fail('after object key');
                i++;
                value();
                ws();
                if (text[i] === '}')
                    return void i++;
                if (text[i] !== ',')
                    fail('after object key:value pair');
                i++;
                ws();
            }
        }
        if (c === '[') {
            i++;
            ws();
            if (text[i] === ']')
                return void i++;
            for (;;) {
                value();
                ws();
                if (text[i] === ']')
                    return void i++;
                if (text[i] !== ',')
                    fail('after array element');
                i++;
            }
        }
        if (c === '"')
            return string();
        if (c === '-' || (c >= '0' && c <= '9'))
            return number();
        if (c === 't')
            return literal('true');
        if (c === 'f')
            return literal('false');
        if (c === 'n')
            return literal('null');
        fail('looking for beginning of value');
    };
    try {
        value();
        ws();
        if (i < text.length)
            fail('after top-level value');
        return undefined;
    }
    catch (err) {
        if (err instanceof JsonSyntax)
            return err.message;
        throw err;
    }
}
/** Go's quoteChar: `'x'`, with Go's escapes for quotes and control characters. */
function quoteChar(c) {
    if (c === "'")
        return "'\\''";
    if (c === '"')
        return `'"'`;
    const quoted = JSON.stringify(c).slice(1, -1);
    return `'${quoted.startsWith('\\u') ? `\\x${quoted.slice(4)}` : quoted}'`;
}

;// CONCATENATED MODULE: ./src/health/builtin.ts
// Argo CD's built-in Go health checks, rule for rule and message for message (gitops-engine v3.6.1
// pkg/health/health_*.go). Kinds with a built-in Lua script are in lua/builtin-scripts.ts.




/** A check per group/kind, each with the API versions it understands (others → Unknown). */
const CHECKS = {
    'apps/Deployment': { versions: ['v1'], check: deployment },
    'apps/StatefulSet': { versions: ['v1'], check: statefulSet },
    'apps/ReplicaSet': { versions: ['v1'], check: replicaSet },
    'apps/DaemonSet': { versions: ['v1'], check: daemonSet },
    'extensions/Ingress': { versions: 'any', check: ingress },
    'networking.k8s.io/Ingress': { versions: 'any', check: ingress },
    'argoproj.io/Workflow': { versions: 'any', check: argoWorkflow },
    'apiregistration.k8s.io/APIService': { versions: ['v1', 'v1beta1'], check: apiService },
    '/Service': { versions: ['v1'], check: service },
    '/PersistentVolumeClaim': { versions: ['v1'], check: pvc },
    '/Pod': { versions: ['v1'], check: pod },
    'batch/Job': { versions: ['v1'], check: job },
    'autoscaling/HorizontalPodAutoscaler': { versions: ['v1', 'v2'], check: hpa },
};
function hasGoCheck(group, kind) {
    return CHECKS[`${group}/${kind}`] !== undefined;
}
/** Built-in health of `obj`, or undefined when Argo CD has no Go check for its kind. */
function builtinHealth(obj) {
    const group = (0,k8s/* groupOf */.F8)(obj.apiVersion);
    const entry = CHECKS[`${group}/${obj.kind}`];
    if (!entry)
        return undefined;
    const version = (0,k8s/* versionOf */.E4)(obj.apiVersion);
    if (entry.versions !== 'any' && !entry.versions.includes(version)) {
        // Go prints a GroupVersionKind as `group/version, Kind=kind`.
        const label = obj.kind === 'HorizontalPodAutoscaler' ? 'HPA' : obj.kind;
        return failed(`unsupported ${label} GVK: ${group}/${version}, Kind=${obj.kind}`);
    }
    return entry.check(obj);
}
function h(status, message = '') {
    return { status, message };
}
/** A check that returned an error: Argo CD reports it as Unknown, even for an object being deleted. */
function failed(message) {
    return { status: 'Unknown', message, error: true };
}
function o(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
}
function arr(v) {
    return Array.isArray(v) ? v.map(o) : [];
}
function num(v) {
    return typeof v === 'number' ? v : 0;
}
function str(v) {
    return typeof v === 'string' ? v : '';
}
/** An optional int field (Go pointer): undefined when absent. */
function optNum(v) {
    return typeof v === 'number' ? v : undefined;
}
const spec = (obj) => o(obj.spec);
const builtin_status = (obj) => o(obj.status);
const generation = (obj) => num(obj.metadata?.generation);
const conditions = (obj) => arr(builtin_status(obj).conditions);
function deployment(obj) {
    const s = builtin_status(obj);
    if (spec(obj).paused === true)
        return h('Suspended', 'Deployment is paused');
    if (generation(obj) > num(s.observedGeneration)) {
        return h('Progressing', 'Waiting for rollout to finish: observed deployment generation less than desired generation');
    }
    const progressing = conditions(obj).find((c) => c.type === 'Progressing');
    const replicas = optNum(spec(obj).replicas);
    const [updated, total, available] = [num(s.updatedReplicas), num(s.replicas), num(s.availableReplicas)];
    if (progressing && progressing.reason === 'ProgressDeadlineExceeded') {
        return h('Degraded', `Deployment ${JSON.stringify(obj.metadata?.name ?? '')} exceeded its progress deadline`);
    }
    if (replicas !== undefined && updated < replicas) {
        return h('Progressing', `Waiting for rollout to finish: ${updated} out of ${replicas} new replicas have been updated...`);
    }
    if (total > updated)
        return h('Progressing', `Waiting for rollout to finish: ${total - updated} old replicas are pending termination...`);
    if (available < updated)
        return h('Progressing', `Waiting for rollout to finish: ${available} of ${updated} updated replicas are available...`);
    return h('Healthy');
}
function statefulSet(obj) {
    const s = builtin_status(obj);
    const observed = num(s.observedGeneration);
    if (observed === 0 || generation(obj) > observed)
        return h('Progressing', 'Waiting for statefulset spec update to be observed...');
    const replicas = optNum(spec(obj).replicas);
    const ready = num(s.readyReplicas);
    if (replicas !== undefined && ready < replicas)
        return h('Progressing', `Waiting for ${replicas - ready} pods to be ready...`);
    const strategy = o(spec(obj).updateStrategy);
    const updated = num(s.updatedReplicas);
    if (strategy.type === 'RollingUpdate' && strategy.rollingUpdate !== undefined && strategy.rollingUpdate !== null) {
        const partition = optNum(o(strategy.rollingUpdate).partition);
        if (replicas !== undefined && partition !== undefined && updated < replicas - partition) {
            return h('Progressing', `Waiting for partitioned roll out to finish: ${updated} out of ${replicas - partition} new pods have been updated...`);
        }
        return h('Healthy', `partitioned roll out complete: ${updated} new pods have been updated...`);
    }
    if (strategy.type === 'OnDelete')
        return h('Healthy', `statefulset has ${ready} ready pods`);
    const [updateRevision, currentRevision] = [str(s.updateRevision), str(s.currentRevision)];
    if (updateRevision !== currentRevision) {
        return h('Progressing', `waiting for statefulset rolling update to complete ${updated} pods at revision ${updateRevision}...`);
    }
    return h('Healthy', `statefulset rolling update complete ${num(s.currentReplicas)} pods at revision ${currentRevision}...`);
}
function daemonSet(obj) {
    const s = builtin_status(obj);
    const name = JSON.stringify(obj.metadata?.name ?? '');
    if (generation(obj) > num(s.observedGeneration)) {
        return h('Progressing', 'Waiting for rollout to finish: observed daemon set generation less than desired generation');
    }
    const [updated, desired, available] = [num(s.updatedNumberScheduled), num(s.desiredNumberScheduled), num(s.numberAvailable)];
    if (o(spec(obj).updateStrategy).type === 'OnDelete')
        return h('Healthy', `daemon set ${updated} out of ${desired} new pods have been updated`);
    if (updated < desired)
        return h('Progressing', `Waiting for daemon set ${name} rollout to finish: ${updated} out of ${desired} new pods have been updated...`);
    if (available < desired)
        return h('Progressing', `Waiting for daemon set ${name} rollout to finish: ${available} of ${desired} updated pods are available...`);
    return h('Healthy');
}
function replicaSet(obj) {
    const s = builtin_status(obj);
    if (generation(obj) > num(s.observedGeneration)) {
        return h('Progressing', 'Waiting for rollout to finish: observed replica set generation less than desired generation');
    }
    const failure = conditions(obj).find((c) => c.type === 'ReplicaFailure');
    if (failure && failure.status === 'True')
        return h('Degraded', str(failure.message));
    const replicas = optNum(spec(obj).replicas);
    const available = num(s.availableReplicas);
    if (replicas !== undefined && available < replicas) {
        return h('Progressing', `Waiting for rollout to finish: ${available} out of ${replicas} new replicas are available...`);
    }
    return h('Healthy');
}
function pod(obj) {
    const s = builtin_status(obj);
    const restartPolicy = str(spec(obj).restartPolicy);
    const message = str(s.message);
    const containers = arr(s.containerStatuses);
    // Only long-running pods: a hook pod stuck in ImagePullBackOff must not fail its hook early. The
    // ignore-restart-policy annotation makes a pod long-running, except a hook.
    const longRunning = restartPolicy === 'Always' || (obj.metadata?.annotations?.[annotations/* ANN_IGNORE_RESTART_POLICY */.QU] === 'true' && !isHookPod(obj));
    if (longRunning) {
        const waiting = containers.map((c) => o(o(c.state).waiting)).filter((w) => {
            const reason = str(w.reason);
            return reason.startsWith('Err') || reason.endsWith('Error') || reason.endsWith('BackOff');
        });
        if (waiting.length > 0)
            return h('Degraded', waiting.map((w) => str(w.message)).join(', '));
    }
    switch (s.phase) {
        case 'Pending':
            return h('Progressing', message);
        case 'Succeeded':
            return h('Healthy', message);
        case 'Failed': {
            if (message)
                return h('Degraded', message);
            for (const c of [...arr(s.initContainerStatuses), ...containers]) {
                const fail = podFailMessage(c);
                if (fail)
                    return h('Degraded', fail);
            }
            return h('Degraded', '');
        }
        case 'Running':
            if (longRunning) {
                // podutils.IsPodReady reads the first Ready condition only.
                if (arr(s.conditions).find((c) => c.type === 'Ready')?.status === 'True')
                    return h('Healthy', message);
                if (containers.some((c) => o(c.lastState).terminated !== undefined && o(c.lastState).terminated !== null))
                    return h('Degraded', message);
                return h('Progressing', message);
            }
            if (restartPolicy === 'OnFailure' || restartPolicy === 'Never')
                return h('Progressing', message);
    }
    return h('Unknown', message);
}
/** gitops-engine hook.IsHook: an Argo CD hook annotation other than Skip alone, or a Helm hook. */
function isHookPod(obj) {
    if (obj.metadata?.annotations?.['argocd.argoproj.io/hook'] !== undefined) {
        const types = (0,hooks/* hookTypes */.pd)(obj);
        return !(types.length === 1 && types[0] === 'Skip');
    }
    return (0,hooks/* hookTypes */.pd)(obj).length > 0;
}
function podFailMessage(container) {
    const terminated = o(o(container.state).terminated);
    if (o(container.state).terminated === undefined)
        return '';
    if (str(terminated.message))
        return str(terminated.message);
    if (terminated.reason === 'OOMKilled')
        return 'OOMKilled';
    const code = num(terminated.exitCode);
    return code !== 0 ? `container ${JSON.stringify(str(container.name))} failed with exit code ${code}` : '';
}
function job(obj) {
    let failed = false;
    let complete = false;
    let suspended = false;
    let failMsg = '';
    let message = '';
    // Upstream counts a Suspended condition of any status as "complete", and does not read the status of Complete/Failed.
    for (const c of conditions(obj)) {
        if (c.type === 'Failed') {
            failed = true;
            complete = true;
            failMsg = str(c.message);
        }
        else if (c.type === 'Complete') {
            complete = true;
            message = str(c.message);
        }
        else if (c.type === 'Suspended') {
            complete = true;
            message = str(c.message);
            if (c.status === 'True')
                suspended = true;
        }
    }
    if (!complete)
        return h('Progressing', message);
    if (failed)
        return h('Degraded', failMsg);
    if (suspended)
        return h('Suspended', message);
    return h('Healthy', message);
}
function pvc(obj) {
    switch (builtin_status(obj).phase) {
        case 'Lost':
            return h('Degraded');
        case 'Pending':
            return h('Progressing');
        case 'Bound':
            return h('Healthy');
        default:
            return h('Unknown');
    }
}
function hasLoadBalancerIngress(obj) {
    return arr(o(builtin_status(obj).loadBalancer).ingress).length > 0;
}
function service(obj) {
    if (spec(obj).type === 'LoadBalancer' && !hasLoadBalancerIngress(obj))
        return h('Progressing');
    return h('Healthy');
}
function ingress(obj) {
    return h(hasLoadBalancerIngress(obj) ? 'Healthy' : 'Progressing');
}
function apiService(obj) {
    const available = conditions(obj).find((c) => c.type === 'Available');
    if (!available)
        return h('Progressing', 'Waiting to be processed');
    return h(available.status === 'True' ? 'Healthy' : 'Progressing', `${str(available.reason)}: ${str(available.message)}`);
}
/** gitops-engine isDegraded: exactly these condition type/reason pairs. */
const HPA_DEGRADED = new Set([
    'AbleToScale/FailedGetScale',
    'AbleToScale/FailedUpdateScale',
    'ScalingActive/FailedGetResourceMetric',
    'ScalingActive/FailedGetObjectMetric',
    'ScalingActive/FailedGetPodsMetric',
    'ScalingActive/FailedGetExternalMetric',
    'ScalingActive/FailedComputeMetricsReplicas',
    'ScalingActive/InvalidSelector',
]);
function hpa(obj) {
    const waiting = h('Progressing', 'Waiting to Autoscale');
    let conds;
    if ((0,k8s/* versionOf */.E4)(obj.apiVersion) === 'v1') {
        // autoscaling/v1 carries its conditions as JSON in an annotation.
        const raw = obj.metadata?.annotations?.['autoscaling.alpha.kubernetes.io/conditions'];
        if (raw === undefined)
            return waiting;
        const parsed = goUnmarshalConditions(raw);
        if ('error' in parsed)
            return failed(`failed to convert conditions annotation to typed: ${parsed.error}`);
        conds = parsed.conditions;
    }
    else {
        conds = conditions(obj);
    }
    // Every condition is checked for Degraded before any for Healthy.
    const degraded = conds.find((c) => HPA_DEGRADED.has(`${str(c.type)}/${str(c.reason)}`));
    if (degraded)
        return h('Degraded', str(degraded.message));
    const healthy = conds.find((c) => (c.type === 'AbleToScale' || c.type === 'ScalingLimited') && c.status === 'True');
    return healthy ? h('Healthy', str(healthy.message)) : waiting;
}
function argoWorkflow(obj) {
    const s = builtin_status(obj);
    const message = str(s.message);
    switch (str(s.phase)) {
        case '':
        case 'Pending':
        case 'Running':
            return h('Progressing', message);
        case 'Succeeded':
            return h('Healthy', message);
        case 'Failed':
        case 'Error':
            return h('Degraded', message);
        default:
            return h('Unknown', message);
    }
}

;// CONCATENATED MODULE: ./generated/argocd/health-scripts.ts
// GENERATED by scripts/argocd/fetch-resource-customizations.mjs from github.com/argoproj/argo-cd/v3@v3.6.1/resource_customizations
// (h1:OmhqeKiR3C//awbFrhQqFdtRI+Qiv17j8vqm3UkMj/g=). Do not edit. Copyright The Argo Authors, licensed under the Apache License 2.0
// (generated/argocd/LICENSE, shipped in dist/ as argocd-LICENSE.txt).
const RELEASE = "v3.6.1";
/** health.lua of each resource_customizations/<group>/<Kind> directory ('_' is a wildcard). */
const HEALTH_SCRIPTS = {
    "_.cnrm.cloud.google.com/_": "local hs = {\n  status = \"Progressing\",\n  message = \"Update in progress\"\n}\nif obj.status ~= nil then\n  -- ConfigConnector and ConfigConnectorContext use status.healthy instead of conditions\n  if (obj.kind == \"ConfigConnector\" or obj.kind == \"ConfigConnectorContext\") and obj.status.healthy ~= nil then\n    -- Check if status is stale\n    if obj.status.observedGeneration == nil or obj.status.observedGeneration == obj.metadata.generation then\n      if obj.status.healthy == true then\n        hs.status = \"Healthy\"\n        hs.message = obj.kind .. \" is healthy\"\n        return hs\n      else\n        hs.status = \"Degraded\"\n        hs.message = obj.kind .. \" is not healthy\"\n        return hs\n      end\n    end\n  end\n\n  -- customize.core.cnrm.cloud.google.com kinds (ControllerReconciler, ControllerResource, ...) also use\n  -- status.healthy. Their CRDs default observedGeneration to 0 and the operator does not update it,\n  -- so 0 is treated as not set.\n  if obj.apiVersion ~= nil and string.find(obj.apiVersion, \"customize.core.cnrm.cloud.google.com/\", 1, true) == 1 and obj.status.healthy ~= nil then\n    if obj.status.observedGeneration == nil or obj.status.observedGeneration == 0 or obj.status.observedGeneration == obj.metadata.generation then\n      if obj.status.healthy == true then\n        hs.status = \"Healthy\"\n        hs.message = obj.kind .. \" is healthy\"\n        return hs\n      else\n        hs.status = \"Degraded\"\n        hs.message = obj.kind .. \" is not healthy\"\n        return hs\n      end\n    end\n  end\n\n  if obj.status.conditions ~= nil then\n    \n    -- Progressing health while the resource status is stale, skip if observedGeneration is not set\n    if obj.status.observedGeneration == nil or obj.status.observedGeneration == obj.metadata.generation then\n      for i, condition in ipairs(obj.status.conditions) do\n\n        -- Up To Date\n        if condition.reason == \"UpToDate\" and condition.status == \"True\" then\n          hs.status = \"Healthy\"\n          hs.message = condition.message\n          return hs\n        end\n\n        -- Update Failed\n        if condition.reason == \"UpdateFailed\" then\n          hs.status = \"Degraded\"\n          hs.message = condition.message\n          return hs\n        end\n\n        -- Dependency Not Found\n        if condition.reason == \"DependencyNotFound\" then\n          hs.status = \"Degraded\"\n          hs.message = condition.message\n          return hs\n        end\n\n        -- Dependency Not Ready\n        if condition.reason == \"DependencyNotReady\" then\n          hs.status = \"Suspended\"\n          hs.message = condition.message\n          return hs\n        end\n      end\n    end\n  end\nend\nreturn hs",
    "_.crossplane.io/_": "-- Health check for Crossplane resources, adapted from\n-- https://github.com/crossplane/docs/blob/9fe744889fc150ca71e5298d90b4133f79ea20f2/content/master/guides/crossplane-with-argo-cd.md\n\nhealth_status = {\n  status = \"Progressing\",\n  message = \"Provisioning ...\"\n}\n\nlocal function contains(list, val)\n  for _, v in ipairs(list) do\n    if v == val then\n      return true\n    end\n  end\n  return false\nend\n\n-- Kinds that never get status.conditions, so would sit at Progressing forever.\n-- Only consulted when there are none, so a kind that gains them can stay.\nlocal has_no_conditions = {\n  -- v1 and v2\n  \"Composition\",\n  \"CompositionRevision\",      -- conditions only on releases that set ValidPipeline\n  \"DeploymentRuntimeConfig\",\n  \"EnvironmentConfig\",\n  \"ImageConfig\",\n  \"ProviderConfig\",\n  \"ProviderConfigUsage\",\n\n  -- v1 only\n  \"ControllerConfig\",\n  \"StoreConfig\",\n\n  -- v2 only\n  \"ClusterProviderConfig\",\n  \"ClusterProviderConfigUsage\"\n}\n\nif obj.status == nil or obj.status.conditions == nil or next(obj.status.conditions) == nil then\n  if contains(has_no_conditions, obj.kind) then\n    health_status.status = \"Healthy\"\n    -- status.users affects the message, not the health status.\n    if obj.status ~= nil and obj.status.users ~= nil then\n      health_status.message = \"Resource is in use.\"\n    else\n      health_status.message = \"Resource is up-to-date.\"\n    end\n  end\n  return health_status\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if contains({\"LastAsyncOperation\", \"Synced\"}, condition.type) and condition.status == \"False\" then\n    health_status.status = \"Degraded\"\n    health_status.message = condition.message\n    return health_status\n  end\n\n  if contains({\"Ready\", \"Healthy\", \"Offered\", \"Established\", \"ValidPipeline\", \"RevisionHealthy\"}, condition.type) and condition.status == \"True\" then\n    health_status.status = \"Healthy\"\n    health_status.message = \"Resource is up-to-date.\"\n  end\n\n  -- A ManagedResourceDefinition with spec.state Inactive never gets a CRD, so it\n  -- stays Established=False by design. Crossplane treats any state other than\n  -- Active as inactive. Once the MRD is switched to Active, the condition keeps\n  -- this reason until Crossplane reconciles it, and the CRD does not exist yet.\n  local inactive = obj.spec == nil or obj.spec.state ~= \"Active\"\n  if condition.type == \"Established\" and condition.reason == \"InactiveManagedResource\" and inactive then\n    health_status.status = \"Healthy\"\n    health_status.message = \"Resource is up-to-date.\"\n  end\nend\n\nreturn health_status\n",
    "_.services.k8s.aws/_": "-- AWS ACK: https://aws-controllers-k8s.github.io/docs/\nlocal hs = {}\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for i, condition in ipairs(obj.status.conditions) do\n\n    if condition.type == \"ACK.Terminal\" and condition.status == \"True\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message\n      return hs\n    end\n    \n    if condition.type == \"Ready\" then\n      if condition.status == \"False\" then\n        hs.status = \"Progressing\"\n        hs.message = condition.message\n        return hs\n      elseif condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = \"\"\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for resource to be ready\"\nreturn hs",
    "_.upbound.io/_": "-- Health check for Crossplane resources, adapted from\n-- https://github.com/crossplane/docs/blob/9fe744889fc150ca71e5298d90b4133f79ea20f2/content/master/guides/crossplane-with-argo-cd.md\n\nhealth_status = {\n  status = \"Progressing\",\n  message = \"Provisioning ...\"\n}\n\nlocal function contains(list, val)\n  for _, v in ipairs(list) do\n    if v == val then\n      return true\n    end\n  end\n  return false\nend\n\n-- Kinds that never get status.conditions, so would sit at Progressing forever.\n-- Only consulted when there are none, so a kind that gains them can stay.\nlocal has_no_conditions = {\n  -- v1 and v2\n  \"ProviderConfig\",\n  \"ProviderConfigUsage\",\n\n  -- v1 only\n  \"StoreConfig\",\n\n  -- v2 only\n  \"ClusterProviderConfig\",\n  \"ClusterProviderConfigUsage\"\n}\n\nif obj.status == nil or obj.status.conditions == nil or next(obj.status.conditions) == nil then\n  if contains(has_no_conditions, obj.kind) then\n    health_status.status = \"Healthy\"\n    -- status.users affects the message, not the health status.\n    if obj.status ~= nil and obj.status.users ~= nil then\n      health_status.message = \"Resource is in use.\"\n    else\n      health_status.message = \"Resource is up-to-date.\"\n    end\n  end\n  return health_status\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if contains({\"LastAsyncOperation\", \"Synced\"}, condition.type) and condition.status == \"False\" then\n    health_status.status = \"Degraded\"\n    health_status.message = condition.message\n    return health_status\n  end\n\n  if condition.type == \"Ready\" and condition.status == \"True\" then\n    health_status.status = \"Healthy\"\n    health_status.message = \"Resource is up-to-date.\"\n  end\nend\n\nreturn health_status\n",
    "acid.zalan.do/postgresql": "-- Waiting for status info => Progressing\nif obj.status == nil or obj.status.PostgresClusterStatus == nil then\n  return {\n    status = \"Progressing\",\n    message = \"Waiting for postgres cluster status...\",\n  }\nend\n\n-- Running => Healthy\nif obj.status.PostgresClusterStatus == \"Running\" then\n  return {\n    status = \"Healthy\",\n    message = obj.status.PostgresClusterStatus,\n  }\nend\n\n-- Creating/Updating => Progressing\nif obj.status.PostgresClusterStatus == \"Creating\" or obj.status.PostgresClusterStatus == \"Updating\" then\n  return {\n    status = \"Progressing\",\n    message = obj.status.PostgresClusterStatus,\n  }\nend\n\n-- CreateFailed/UpdateFailed/SyncFailed/Invalid/etc => Degraded\n-- See https://github.com/zalando/postgres-operator/blob/0745ce7c/pkg/apis/acid.zalan.do/v1/const.go#L4-L13\nreturn {\n  status = \"Degraded\",\n  message = obj.status.PostgresClusterStatus,\n}",
    "acme.cert-manager.io/Challenge": "-- Health check for the cert-manager ACME Challenge CRD.\n-- See https://argo-cd.readthedocs.io/en/stable/operator-manual/health/ for how\n-- custom health checks work and what each status means.\n-- Maps the ACME Challenge status.state to an Argo CD health status:\n--   Healthy     - the challenge is valid (it has been satisfied).\n--   Degraded    - the challenge is invalid, expired, or errored.\n--   Progressing - the challenge is pending, ready, or processing, or status is\n--                 not populated yet.\nlocal hs = { status = \"Progressing\", message = \"Waiting for challenge\" }\nif obj.status ~= nil and obj.status.state ~= nil and obj.status.state ~= \"\" then\n  local state = obj.status.state\n  if state == \"valid\" then\n    hs.status = \"Healthy\"\n    hs.message = \"Challenge is valid\"\n  elseif state == \"invalid\" or state == \"expired\" or state == \"errored\" then\n    hs.status = \"Degraded\"\n    hs.message = obj.status.reason or (\"Challenge is \" .. state)\n  else\n    hs.status = \"Progressing\"\n    hs.message = obj.status.reason or (\"Challenge is \" .. state)\n  end\nend\nreturn hs\n",
    "acme.cert-manager.io/Order": "-- Health check for the cert-manager ACME Order CRD.\n-- See https://argo-cd.readthedocs.io/en/stable/operator-manual/health/ for how\n-- custom health checks work and what each status means.\n-- Maps the ACME Order status.state to an Argo CD health status:\n--   Healthy     - the order is valid (the certificate has been issued).\n--   Degraded    - the order is invalid, expired, or errored.\n--   Progressing - the order is pending, ready, or processing, or status is\n--                 not populated yet.\nlocal hs = { status = \"Progressing\", message = \"Waiting for order\" }\nif obj.status ~= nil and obj.status.state ~= nil and obj.status.state ~= \"\" then\n  local state = obj.status.state\n  if state == \"valid\" then\n    hs.status = \"Healthy\"\n    hs.message = \"Order is valid\"\n  elseif state == \"invalid\" or state == \"expired\" or state == \"errored\" then\n    hs.status = \"Degraded\"\n    hs.message = obj.status.reason or (\"Order is \" .. state)\n  else\n    hs.status = \"Progressing\"\n    hs.message = \"Order is \" .. state\n  end\nend\nreturn hs\n",
    "addons.cluster.x-k8s.io/ClusterResourceSet": "function getStatus(obj) \n  local hs = {}\n  hs.status = \"Progressing\"\n  hs.message = \"Initializing cluster resource set\"\n\n  if obj.status ~= nil then\n    if obj.status.conditions ~= nil then\n      for i, condition in ipairs(obj.status.conditions) do\n\n        -- Ready\n        if condition.type == \"ResourcesApplied\" and condition.status == \"True\" then\n          hs.status = \"Healthy\"\n          hs.message = \"cluster resource set is applied\"\n          return hs\n        end\n\n        -- Resources Applied\n        if condition.type == \"ResourcesApplied\" and condition.status == \"False\" then\n          hs.status = \"Degraded\"\n          hs.message = condition.message\n          return hs\n        end\n\n      end\n    end\n  end\n  return hs\nend\n\nlocal hs = getStatus(obj)\nreturn hs",
    "addons.projectcapsule.dev/GlobalSopsSecret": "-- GlobalSopsSecret is a cluster-scoped resource that holds an encrypted secret\n-- and replicates the decrypted result into namespaces across multiple tenants.\n--\n-- Documentation:\n--   API types:  https://github.com/peak-scale/sops-operator/blob/main/api/v1alpha1/globalsopssecret_types.go\n--   Controller: https://github.com/peak-scale/sops-operator/blob/main/internal/controllers/globalsopssecret_controller.go\n--\n-- ArgoCD health mapping:\n--   Ready=True    => Healthy\n--   Ready=False   => Degraded\n--   Ready=Unknown => Progressing\n--   No status     => Progressing\nlocal hs = {}\nif obj.status == nil or obj.status.conditions == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for status\"\n  return hs\nend\n\nif obj.metadata ~= nil and obj.metadata.generation ~= nil and obj.status.observedGeneration ~= nil\n    and obj.status.observedGeneration ~= obj.metadata.generation then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for reconciliation (generation mismatch)\"\n  return hs\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"Ready\" then\n    if condition.status == \"True\" then\n      hs.status = \"Healthy\"\n      hs.message = condition.message\n      return hs\n    end\n    if condition.status == \"False\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message\n      return hs\n    end\n    if condition.status == \"Unknown\" then\n      hs.status = \"Progressing\"\n      hs.message = condition.message\n      return hs\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Ready condition\"\nreturn hs\n",
    "addons.projectcapsule.dev/SopsProvider": "-- SopsProvider is a cluster-scoped resource that configures a decryption provider\n-- (e.g. AWS KMS, GCP KMS, age) for the SOPS Operator.\n--\n-- Documentation:\n--   API types:  https://github.com/peak-scale/sops-operator/blob/main/api/v1alpha1/sopsprovider_types.go\n--   Controller: https://github.com/peak-scale/sops-operator/blob/main/internal/controllers/sopsprovider_controller.go\n--\n-- ArgoCD health mapping:\n--   Ready=True    => Healthy\n--   Ready=False   => Degraded\n--   Ready=Unknown => Progressing\n--   No status     => Progressing\nlocal hs = {}\nif obj.status == nil or obj.status.conditions == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for status\"\n  return hs\nend\n\nif obj.metadata ~= nil and obj.metadata.generation ~= nil and obj.status.observedGeneration ~= nil\n    and obj.status.observedGeneration ~= obj.metadata.generation then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for reconciliation (generation mismatch)\"\n  return hs\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"Ready\" then\n    if condition.status == \"True\" then\n      hs.status = \"Healthy\"\n      hs.message = condition.message\n      return hs\n    end\n    if condition.status == \"False\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message\n      return hs\n    end\n    if condition.status == \"Unknown\" then\n      hs.status = \"Progressing\"\n      hs.message = condition.message\n      return hs\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Ready condition\"\nreturn hs\n",
    "addons.projectcapsule.dev/SopsSecret": "-- SopsSecret is a namespace-scoped resource managed by the SOPS Operator\n-- (a Capsule addon) that holds an encrypted secret and decrypts it into\n-- one or more Kubernetes Secrets.\n--\n-- Documentation:\n--   API types:  https://github.com/peak-scale/sops-operator/blob/main/api/v1alpha1/sopssecret_types.go\n--   Controller: https://github.com/peak-scale/sops-operator/blob/main/internal/controllers/sopssecret_controller.go\n--\n-- ArgoCD health mapping:\n--   Ready=True    => Healthy\n--   Ready=False   => Degraded\n--   Ready=Unknown => Progressing  (decryption/replication in progress)\n--   No status     => Progressing\nlocal hs = {}\nif obj.status == nil or obj.status.conditions == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for status\"\n  return hs\nend\n\nif obj.metadata ~= nil and obj.metadata.generation ~= nil and obj.status.observedGeneration ~= nil\n    and obj.status.observedGeneration ~= obj.metadata.generation then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for reconciliation (generation mismatch)\"\n  return hs\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"Ready\" then\n    if condition.status == \"True\" then\n      hs.status = \"Healthy\"\n      hs.message = condition.message\n      return hs\n    end\n    if condition.status == \"False\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message\n      return hs\n    end\n    if condition.status == \"Unknown\" then\n      hs.status = \"Progressing\"\n      hs.message = condition.message\n      return hs\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Ready condition\"\nreturn hs\n",
    "apiextensions.k8s.io/CustomResourceDefinition": "local hs = {}\n\n-- Check if CRD is terminating\nif obj.metadata.deletionTimestamp ~= nil then\n    hs.status = \"Progressing\"\n    hs.message = \"CRD is terminating\"\n    return hs\nend\n\nif obj.status.conditions == nil then\n    hs.status = \"Progressing\"\n    hs.message = \"Status conditions not found\"\n    return hs\nend\n\nif #obj.status.conditions == 0 then\n    hs.status = \"Progressing\"\n    hs.message = \"Status conditions not found\"\n    return hs\nend\n\nlocal isEstablished\nlocal conditionMsg = \"\"\n\nfor _, condition in pairs(obj.status.conditions) do\n\n    -- Check if CRD is terminating\n    if condition.type == \"Terminating\" and condition.status == \"True\" then\n        hs.status = \"Progressing\"\n        hs.message = \"CRD is terminating: \" .. condition.message\n        return hs\n    end\n\n    -- Check if K8s has accepted names for this CRD\n    if condition.type == \"NamesAccepted\" and condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = \"CRD names have not been accepted: \" .. condition.message\n        return hs\n    end\n\n    -- Checking if CRD has violations\n    if condition.type == \"NonStructuralSchema\" and condition.status == \"True\" then\n        hs.status = \"Degraded\"\n        hs.message = \"Schema violations found: \" .. condition.message\n        return hs\n    end\n\n    -- Checking if CRD is established\n    if condition.type == \"Established\" then\n        if condition.status == \"True\" then\n            isEstablished = true\n            conditionMsg = condition.message\n        elseif condition.reason == \"InvalidCABundle\" then\n            hs.status = \"Degraded\"\n            hs.message = \"CRD is not established: \" .. condition.message\n            return hs\n        elseif condition.reason == \"Installing\" then\n            hs.status = \"Progressing\"\n            hs.message = \"CRD is being installed\"\n            return hs\n        end\n    end\nend\n\n-- Kubernetes establishes a CRD shortly after accepting its names. The checks\n-- above report the cases where it can't, so anything else is still in progress.\nif not isEstablished then\n    hs.status = \"Progressing\"\n    hs.message = \"CRD is not established\"\n    return hs\nend\n\nhs.status = \"Healthy\"\nhs.message = \"CRD is healthy\"\nreturn hs",
    "apps.3scale.net/APIManager": "local hs = {}\n\nif obj ~= nil and obj.status ~= nil then\n  local deployments = obj.status.deployments\n  if deployments ~= nil then\n    local has_ready = deployments.ready ~= nil\n    local has_starting = deployments.starting ~= nil\n    local has_stopped = deployments.stopped ~= nil\n\n    if has_ready and (not has_starting) and (not has_stopped) then\n      hs.status = \"Healthy\"\n      hs.message = \"3scale APIManager is available\"\n      return hs\n    elseif (has_ready and (has_starting or has_stopped)) or (not has_ready) then\n      hs.status = \"Progressing\"\n      hs.message = \"Waiting for 3scale APIManager status...\"\n    end\n  end\n\n  -- Fallback to condition-based evaluation\n  if obj.status.conditions ~= nil then\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Available\" then\n        if condition.status == \"True\" then\n          hs.status = \"Healthy\"\n          hs.message = \"3scale APIManager is available\"\n          return hs\n        elseif condition.reason ~= nil and condition.reason ~= \"\" then\n          local msg = \"3scale APIManager is degraded: \" .. condition.reason\n          hs.status = \"Degraded\"\n          hs.message = msg\n          return hs\n        end\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for 3scale APIManager status...\"\nreturn hs\n",
    "apps.kruise.io/AdvancedCronJob": "hs = { status = \"Progressing\", message = \"AdvancedCronJobs has active jobs\" }\n-- Extract lastScheduleTime and convert to time objects\nlastScheduleTime = nil\n\nif obj.status.lastScheduleTime ~= nil then\n  local year, month, day, hour, min, sec = string.match(obj.status.lastScheduleTime, \"(%d+)-(%d+)-(%d+)T(%d+):(%d+):(%d+)Z\")\n  lastScheduleTime = os.time({year=year, month=month, day=day, hour=hour, min=min, sec=sec})\nend\n\n\nif lastScheduleTime == nil and obj.spec.paused == true then \n    hs.status = \"Suspended\"\n    hs.message = \"AdvancedCronJob is Paused\"\n    return hs\nend\n\n-- AdvancedCronJobs are progressing if they have any object in the \"active\" state\nif obj.status.active ~= nil and #obj.status.active > 0 then\n    hs.status = \"Progressing\"\n    hs.message = \"AdvancedCronJobs has active jobs\"\n    return hs\nend\n-- AdvancedCronJobs are Degraded if they don't have lastScheduleTime\nif lastScheduleTime == nil then\n    hs.status = \"Degraded\"\n    hs.message = \"AdvancedCronJobs has not run successfully\"\n    return hs\nend\n-- AdvancedCronJobs are healthy if they have lastScheduleTime\nif lastScheduleTime ~= nil then\n    hs.status = \"Healthy\"\n    hs.message = \"AdvancedCronJobs has run successfully\"\n    return hs\nend\n\nreturn hs\n",
    "apps.kruise.io/BroadcastJob": "hs={ status= \"Progressing\", message= \"BroadcastJob is still running\" }\n\nif obj.status ~= nil then \n\n-- BroadcastJob are healthy if desired number and succeeded number is equal\n    if obj.status.desired == obj.status.succeeded and obj.status.phase == \"completed\" then \n        hs.status = \"Healthy\"\n        hs.message = \"BroadcastJob is completed successfully\"\n        return hs\n    end\n-- BroadcastJob are progressing if active is not equal to 0\n    if obj.status.active ~= 0 and obj.status.phase == \"running\" then\n        hs.status = \"Progressing\"\n        hs.message = \"BroadcastJob is still running\"\n        return hs\n    end\n-- BroadcastJob are progressing if failed is not equal to 0\n    if obj.status.failed ~= 0  and obj.status.phase == \"failed\" then\n        hs.status = \"Degraded\"\n        hs.message = \"BroadcastJob failed\"\n        return hs\n    end\n\n    if obj.status.phase == \"paused\" and obj.spec.paused == true then \n        hs.status = \"Suspended\"\n        hs.message = \"BroadcastJob is Paused\"\n        return hs\n    end\n\nend\n\nreturn hs\n",
    "apps.kruise.io/CloneSet": "hs={ status = \"Progressing\", message = \"Waiting for initialization\" }\n\nif obj.status ~= nil then\n        \n    if obj.metadata.generation == obj.status.observedGeneration then\n\n        if obj.spec.updateStrategy.paused == true or not obj.status.updatedAvailableReplicas then\n            hs.status = \"Suspended\"\n            hs.message = \"Cloneset is paused\"\n            return hs\n        elseif obj.spec.updateStrategy.partition ~= 0 and obj.metadata.generation > 1 then\n            if obj.status.updatedReplicas >= obj.status.expectedUpdatedReplicas then\n                hs.status = \"Suspended\"\n                hs.message = \"Cloneset needs manual intervention\"\n                return hs\n            end\n\n        elseif obj.status.updatedAvailableReplicas == obj.status.replicas then\n            hs.status = \"Healthy\"\n            hs.message = \"All Cloneset workloads are ready and updated\"    \n            return hs\n        \n        else\n            if obj.status.updatedAvailableReplicas ~= obj.status.replicas then\n                hs.status = \"Degraded\"\n                hs.message = \"Some replicas are not ready or available\"\n                return hs\n            end\n        end\n    end\nend\n\nreturn hs\n",
    "apps.kruise.io/DaemonSet": "hs={ status = \"Progressing\", message = \"Waiting for initialization\" }\n\nif obj.status ~= nil then\n\n    if obj.metadata.generation == obj.status.observedGeneration then\n\n        if obj.spec.updateStrategy.rollingUpdate.paused == true or not obj.status.updatedNumberScheduled then\n            hs.status = \"Suspended\"\n            hs.message = \"Daemonset is paused\"\n            return hs\n        elseif (obj.spec.updateStrategy.rollingUpdate.partition ~= nil) and (obj.spec.updateStrategy.rollingUpdate.partition ~= 0 and obj.metadata.generation > 1) then\n            if obj.status.updatedNumberScheduled > (obj.status.desiredNumberScheduled - obj.spec.updateStrategy.rollingUpdate.partition) then\n                hs.status = \"Suspended\"\n                hs.message = \"Daemonset needs manual intervention\"\n                return hs\n            end\n\n        elseif (obj.status.updatedNumberScheduled == obj.status.desiredNumberScheduled) and (obj.status.numberAvailable == obj.status.desiredNumberScheduled) then\n            hs.status = \"Healthy\"\n            hs.message = \"All Daemonset workloads are ready and updated\"    \n            return hs\n        \n        else\n            if (obj.status.updatedNumberScheduled == obj.status.desiredNumberScheduled) and (obj.status.numberUnavailable == obj.status.desiredNumberScheduled) then\n                hs.status = \"Degraded\"\n                hs.message = \"Some pods are not ready or available\"\n                return hs\n            end\n        end\n\n    end\n\nend\n\nreturn hs\n",
    "apps.kruise.io/StatefulSet": "hs={ status = \"Progressing\", message = \"Waiting for initialization\" }\n\nif obj.status ~= nil then\n\n    if obj.metadata.generation == obj.status.observedGeneration then\n\n        if obj.spec.updateStrategy.rollingUpdate.paused == true or not obj.status.updatedAvailableReplicas then\n            hs.status = \"Suspended\"\n            hs.message = \"Statefulset is paused\"\n            return hs\n        elseif obj.spec.updateStrategy.rollingUpdate.partition ~= 0 and obj.metadata.generation > 1 then\n            if obj.status.updatedReplicas > (obj.status.replicas - obj.spec.updateStrategy.rollingUpdate.partition) then\n                hs.status = \"Suspended\"\n                hs.message = \"Statefulset needs manual intervention\"\n                return hs\n            end\n\n        elseif obj.status.updatedAvailableReplicas == obj.status.replicas then\n            hs.status = \"Healthy\"\n            hs.message = \"All Statefulset workloads are ready and updated\"    \n            return hs\n        \n        else\n            if obj.status.updatedAvailableReplicas ~= obj.status.replicas then\n                hs.status = \"Degraded\"\n                hs.message = \"Some replicas are not ready or available\"\n                return hs\n            end\n        end\n\n    end\n\nend\n\nreturn hs\n",
    "apps.openshift.io/DeploymentConfig": "local health_check = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil and obj.status.replicas ~= nil then\n    local numTrue = 0\n    for i, condition in pairs(obj.status.conditions) do\n      if (condition.type == \"Available\" or (condition.type == \"Progressing\" and condition.reason == \"NewReplicationControllerAvailable\")) and condition.status == \"True\" then\n        numTrue = numTrue + 1\n      end\n    end\n    if numTrue == 2 or obj.status.replicas == 0 then\n      health_check.status = \"Healthy\"\n      health_check.message = \"replication controller successfully rolled out\"\n      return health_check\n    elseif numTrue == 1 then\n      health_check.status = \"Progressing\"\n      health_check.message = \"replication controller is waiting for pods to run\"\n      return health_check\n    else\n      health_check.status = \"Degraded\"\n      health_check.message = \"Deployment config is degraded\"\n      return health_check\n    end\n  end\nend\nhealth_check.status = \"Progressing\"\nhealth_check.message = \"replication controller is waiting for pods to run\"\nreturn health_check",
    "argoproj.io/AnalysisRun": "local hs = {}\n\nfunction messageOrDefault(field, default)\n    if field ~= nil then\n      return field\n    end\n    return default\n  end\n\nif obj.status ~= nil then\n    if obj.status.phase == \"Pending\" then\n        hs.status = \"Progressing\"\n        hs.message = \"Analysis run is running\"\n    end\n    if obj.status.phase == \"Running\" then\n        hs.status = \"Progressing\"\n        hs.message = \"Analysis run is running\"\n    end\n    if obj.status.phase == \"Successful\" then\n        hs.status = \"Healthy\"\n        hs.message = messageOrDefault(obj.status.message, \"Analysis run completed successfully\")\n    end\n    if obj.status.phase == \"Failed\" then\n        hs.status = \"Degraded\"\n        hs.message = messageOrDefault(obj.status.message, \"Analysis run failed\")\n    end\n    if obj.status.phase == \"Error\" then\n        hs.status = \"Degraded\"\n        hs.message = messageOrDefault(obj.status.message, \"Analysis run had an error\")\n    end\n    if obj.status.phase == \"Inconclusive\" then\n        hs.status = \"Unknown\"\n        hs.message = messageOrDefault(obj.status.message, \"Analysis run was inconclusive\")\n    end\n    return hs\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for analysis run to finish: status has not been reconciled.\"\nreturn hs",
    "argoproj.io/ApplicationSet": "local hs = {}\n\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in pairs(obj.status.conditions) do\n      if condition.type == \"ErrorOccurred\" and condition.status == \"True\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n    for i, condition in pairs(obj.status.conditions) do\n      if condition.type == \"ResourcesUpToDate\" and condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n    for i, condition in pairs(obj.status.conditions) do\n      if condition.type == \"RolloutProgressing\" and condition.status == \"True\" then\n        hs.status = \"Progressing\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n    for i, condition in pairs(obj.status.conditions) do\n      if condition.type == \"ResourcesUpToDate\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for the status to be reported\"\nreturn hs\n",
    "argoproj.io/CronWorkflow": "local hs = {}\n\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in pairs(obj.status.conditions) do\n      if condition.type == \"SpecError\" and condition.status == \"True\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      elseif condition.type == \"SubmissionError\" and condition.status == \"True\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      elseif condition.type == \"Completed\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Healthy\"\nhs.message = \"CronWorkflow is healthy.\"\n\nreturn hs\n",
    "argoproj.io/EventBus": "local hs={ status = \"Progressing\", message = \"Waiting for initialization\" }\n\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Deployed\" and condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message or condition.reason\n        return hs\n      end\n      if condition.type == \"Deployed\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message or condition.reason\n        return hs\n      end\n    end\n  end\nend\n\n\nreturn hs\n",
    "argoproj.io/Experiment": "local hs = {}\nif obj.status ~= nil then\n    if obj.status.phase == \"Pending\" then\n        hs.status = \"Progressing\"\n        hs.message = \"Experiment is pending\"\n    end\n    if obj.status.phase == \"Running\" then\n        hs.status = \"Progressing\"\n        hs.message = \"Experiment is running\"\n    end\n    if obj.status.phase == \"Successful\" then\n        hs.status = \"Healthy\"\n        hs.message = \"Experiment is successful\"\n    end\n    if obj.status.phase == \"Failed\" then\n        hs.status = \"Degraded\"\n        hs.message = \"Experiment has failed\"\n    end\n    if obj.status.phase == \"Error\" then\n        hs.status = \"Degraded\"\n        hs.message = \"Experiment had an error\"\n    end\n    return hs\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for experiment to finish: status has not been reconciled.\"\nreturn hs",
    "argoproj.io/Rollout": "function checkReplicasStatus(obj)\n  local hs = {}\n  local desiredReplicas = getNumberValueOrDefault(obj.spec.replicas, 1)\n  statusReplicas = getNumberValueOrDefault(obj.status.replicas, 0)\n  updatedReplicas = getNumberValueOrDefault(obj.status.updatedReplicas, 0)\n  local availableReplicas = getNumberValueOrDefault(obj.status.availableReplicas, 0)\n  \n  if updatedReplicas < desiredReplicas then\n    hs.status = \"Progressing\"\n    hs.message = \"Waiting for roll out to finish: More replicas need to be updated\"\n    return hs\n  end\n  if availableReplicas < updatedReplicas then\n    hs.status = \"Progressing\"\n    hs.message = \"Waiting for roll out to finish: updated replicas are still becoming available\"\n    return hs\n  end\n  return nil\nend\n\n-- In Argo Rollouts v0.8 we deprecated .status.canary.stableRS for .status.stableRS\n-- This func grabs the correct one.\nfunction getStableRS(obj)\n  if obj.status.stableRS ~= nil then\n    return obj.status.stableRS\n  end\n  if obj.status.canary ~= nil then\n      return obj.status.canary.stableRS\n  end\n  return \"\"\nend\n\nfunction getNumberValueOrDefault(field, default)\n  if field ~= nil then\n    return field\n  end\n  return default\nend\n\nfunction checkPaused(obj)\n  local hs = {}\n  hs.status = \"Suspended\"\n  hs.message = \"Rollout is paused\"\n  if obj.status.pauseConditions ~= nil and table.getn(obj.status.pauseConditions) > 0 then\n    return hs\n  end\n\n  if obj.spec.paused ~= nil and obj.spec.paused then\n    return hs\n  end\n  return nil\nend\n\n-- isGenerationObserved determines if the rollout spec has been observed by the controller. This\n-- only applies to v0.10 rollout which uses a numeric status.observedGeneration. For v0.9 rollouts\n-- and below this function always returns true.\nfunction isGenerationObserved(obj)\n  if obj.status == nil then\n    return false\n  end\n  observedGeneration = tonumber(obj.status.observedGeneration)\n  if observedGeneration == nil or observedGeneration > obj.metadata.generation then\n    -- if we get here, the rollout is a v0.9 rollout\n    return true\n  end\n  return observedGeneration == obj.metadata.generation\nend\n\n-- isWorkloadGenerationObserved determines if the referenced workload's generation spec has been\n-- observed by the controller. This only applies to v1.1 rollout\nfunction isWorkloadGenerationObserved(obj)\n  if obj.spec.workloadRef == nil or obj.metadata.annotations == nil then\n    -- rollout is v1.0 or earlier\n    return true\n  end\n  local workloadGen = tonumber(obj.metadata.annotations[\"rollout.argoproj.io/workload-generation\"])\n  local observedWorkloadGen = tonumber(obj.status.workloadObservedGeneration)\n  return workloadGen == observedWorkloadGen\nend\n\nlocal hs = {}\nif not isGenerationObserved(obj) or not isWorkloadGenerationObserved(obj) then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for rollout spec update to be observed\"\n  return hs\nend\n\n-- Argo Rollouts v1.0 has been improved to record a phase/message in status, which Argo CD can blindly surface\nif obj.status.phase ~= nil then\n  if obj.status.phase == \"Paused\" then\n    -- Map Rollout's \"Paused\" status to Argo CD's \"Suspended\"\n    hs.status = \"Suspended\"\n  else \n    hs.status = obj.status.phase\n  end\n  hs.message = obj.status.message\n  return hs\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"InvalidSpec\" then\n    hs.status = \"Degraded\"\n    hs.message = condition.message\n    return hs\n  end\n  if condition.type == \"Progressing\" and condition.reason == \"RolloutAborted\" then\n    hs.status = \"Degraded\"\n    hs.message = condition.message\n    return hs\n  end\n  if condition.type == \"Progressing\" and condition.reason == \"ProgressDeadlineExceeded\" then\n    hs.status = \"Degraded\"\n    hs.message = condition.message\n    return hs\n  end\nend\n\nlocal isPaused = checkPaused(obj)\nif isPaused ~= nil then\n  return isPaused\nend\n\nif obj.status.currentPodHash == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for rollout to finish: status has not been reconciled.\"\n  return hs\nend\n\nreplicasHS = checkReplicasStatus(obj)\nif replicasHS ~= nil then\n  return replicasHS\nend\n\n\nlocal stableRS = getStableRS(obj)\n\nif obj.spec.strategy.blueGreen ~= nil then\n  if obj.status.blueGreen == nil or obj.status.blueGreen.activeSelector ~= obj.status.currentPodHash then\n    hs.status = \"Progressing\"\n    hs.message = \"active service cutover pending\"\n    return hs\n  end\n  -- Starting in v0.8 blue-green uses status.stableRS. To drop support for v0.7, uncomment following\n  -- if stableRS == \"\" or stableRS ~= obj.status.currentPodHash then\n  if stableRS ~= \"\" and stableRS ~= obj.status.currentPodHash then\n    hs.status = \"Progressing\"\n    hs.message = \"waiting for analysis to complete\"\n    return hs\n  end\nelseif obj.spec.strategy.canary ~= nil then\n  if statusReplicas > updatedReplicas then\n    hs.status = \"Progressing\"\n    hs.message = \"Waiting for roll out to finish: old replicas are pending termination\"\n    return hs\n  end\n  if stableRS == \"\" or stableRS ~= obj.status.currentPodHash then\n    hs.status = \"Progressing\"\n    hs.message = \"Waiting for rollout to finish steps\"\n    return hs\n  end\nend\n\nhs.status = \"Healthy\"\nhs.message = \"\"\nreturn hs",
    "astra.netapp.io/AppVault": "hs = { status = \"Progressing\", message = \"No status available\" }\nif obj.status ~= nil then\n  if obj.status.state ~= nil then\n    if obj.status.state == \"available\" or obj.status.state == \"Available\" then\n      hs.status = \"Healthy\"\n      hs.message = obj.kind .. \" Available\"\n    elseif obj.status.state == \"failed\" or obj.status.state == \"Failed\" then\n      hs.status = \"Degraded\"\n      hs.message = obj.kind .. \" Failed\"\n    end\n  end\nend\nreturn hs\n",
    "astra.netapp.io/Application": "hs = { status = \"Progressing\", message = \"No status available\" }\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = \"Astra Application Ready, protectionState: \" .. obj.status.protectionState\n        return hs\n      elseif condition.type == \"Ready\" and condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = \"Astra Application Degraded, message: \" .. condition.message\n        return hs\n      end\n    end\n  end\nend\nreturn hs\n",
    "astra.netapp.io/Backup": "hs = { status = \"Progressing\", message = \"No status available\" }\nif obj.status ~= nil then\n  if obj.status.state ~= nil then\n    if obj.status.state == \"Completed\" then\n      hs.status = \"Healthy\"\n      hs.message = obj.kind .. \" Completed\"\n    elseif obj.status.state == \"Running\" then\n      hs.status = \"Progressing\"\n      hs.message = obj.kind .. \" Running\"\n    else\n      hs.status = \"Degraded\"\n      hs.message = obj.status.state\n    end\n  end\nend\nreturn hs\n",
    "astra.netapp.io/ExecHook": "hs = { status = \"Progressing\", message = \"No status available\" }\nif obj.spec ~= nil then\n  if obj.spec.enabled ~= nil then\n    if obj.spec.enabled == true then\n      hs.status = \"Healthy\"\n      hs.message = obj.kind .. \" enabled\"\n    elseif obj.spec.enabled == false then\n      hs.status = \"Suspended\"\n      hs.message = obj.kind .. \" disabled\"\n    end\n  end\nend\nreturn hs\n",
    "astra.netapp.io/ExecHooksRun": "hs = { status = \"Progressing\", message = \"No status available\" }\nif obj.status ~= nil then\n  if obj.status.state ~= nil then\n    if obj.status.state == \"Completed\" then\n      hs.status = \"Healthy\"\n      hs.message = obj.kind .. \" Completed\"\n    elseif obj.status.state == \"Running\" then\n      hs.status = \"Progressing\"\n      hs.message = obj.kind .. \" Running\"\n    else\n      hs.status = \"Degraded\"\n      hs.message = obj.status.state\n    end\n  end\nend\nreturn hs\n",
    "astra.netapp.io/ResourceBackup": "hs = { status = \"Progressing\", message = \"No status available\" }\nif obj.status ~= nil then\n  if obj.status.state ~= nil then\n    if obj.status.state == \"Completed\" then\n      hs.status = \"Healthy\"\n      hs.message = obj.kind .. \" Completed\"\n    elseif obj.status.state == \"Running\" then\n      hs.status = \"Progressing\"\n      hs.message = obj.kind .. \" Running\"\n    else\n      hs.status = \"Degraded\"\n      hs.message = obj.status.state\n    end\n  end\nend\nreturn hs\n",
    "astra.netapp.io/ResticVolumeBackup": "hs = { status = \"Progressing\", message = \"No status available\" }\nif obj.status ~= nil then\n  if obj.status.state ~= nil then\n    if obj.status.state == \"Completed\" then\n      hs.status = \"Healthy\"\n      hs.message = obj.kind .. \" Completed\"\n    elseif obj.status.state == \"Running\" then\n      hs.status = \"Progressing\"\n      hs.message = obj.kind .. \" Running\"\n    else\n      hs.status = \"Degraded\"\n      hs.message = obj.status.state\n    end\n  end\nend\nreturn hs\n",
    "astra.netapp.io/Schedule": "hs = { status = \"Healthy\", message = \"Protection policy not yet executed\" }\nif obj.status ~= nil then\n  if obj.status.lastScheduleTime ~= nil then\n    hs.message = \"Protection policy lastScheduleTime: \" .. obj.status.lastScheduleTime\n  end\nend\nreturn hs\n",
    "astra.netapp.io/Snapshot": "hs = { status = \"Progressing\", message = \"No status available\" }\nif obj.status ~= nil then\n  if obj.status.state ~= nil then\n    if obj.status.state == \"Completed\" then\n      hs.status = \"Healthy\"\n      hs.message = obj.kind .. \" Completed\"\n    elseif obj.status.state == \"Running\" then\n      hs.status = \"Progressing\"\n      hs.message = obj.kind .. \" Running\"\n    else\n      hs.status = \"Degraded\"\n      hs.message = obj.status.state\n    end\n  end\nend\nreturn hs\n",
    "batch/CronJob": "hs = {}\n\nif obj.spec.suspend == true then\n    -- Set to Healthy instead of Suspended until bug is resolved\n    -- See https://github.com/argoproj/argo-cd/issues/24428\n    hs.status = \"Healthy\"\n    hs.message = \"CronJob is Suspended\"\n    return hs\nend\n\nif obj.status ~= nil then\n    if obj.status.lastScheduleTime ~= nil then\n\n        -- Job is running its first execution and has not yet reported any success\n        if obj.status.lastSuccessfulTime == nil then\n            -- Set to healthy even if it may be degraded, because we don't know\n            -- if it was not yet executed or if it never succeeded\n            hs.status = \"Healthy\"\n            hs.message = \"The CronJob never completed successfully. It may not be healthy\"\n            return hs\n        end\n\n\n        -- Job is progressing, so lastScheduleTime will always be greater than lastSuccessfulTime\n        -- Set to healthy since we do not know if it is Degraded\n        -- See https://github.com/argoproj/argo-cd/issues/24429\n        if obj.status.active ~= nil and table.getn(obj.status.active) > 0 then\n            hs.status = \"Healthy\"\n            hs.message = \"The job is running. Its last execution may not have been successful\"\n            return hs\n        end\n\n    -- If the CronJob has no active jobs and the lastSuccessfulTime < lastScheduleTime\n    -- then we know it failed the last execution\n        if obj.status.lastSuccessfulTime ~= nil and obj.status.lastSuccessfulTime < obj.status.lastScheduleTime then\n            hs.status = \"Degraded\"\n            hs.message = \"CronJob has not completed its last execution successfully\"\n            return hs\n        end\n\n        hs.message = \"CronJob has completed its last execution successfully\"\n        hs.status = \"Healthy\"\n        return hs\n    end\n\n    -- There is no way to know if as CronJob missed its execution based on status\n    -- so we assume Healthy even if a cronJob is not getting scheduled.\n    -- https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#job-creation\n    hs.message = \"CronJob has not been scheduled yet\"\n    hs.status = \"Healthy\"\n    return hs\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for CronJob\"\nreturn hs\n",
    "beat.k8s.elastic.co/Beat": "local hs = {}\n\nif obj.status ~= nil and (obj.status.health ~= nil or obj.status.expectedNodes ~= nil) then\n  if obj.status.health == \"red\" then\n    hs.status = \"Degraded\"\n    hs.message = \"Elastic Beat status is Red\"\n    return hs\n  elseif obj.status.health == \"green\" then\n    hs.status = \"Healthy\"\n    hs.message = \"Elastic Beat status is Green\"\n    return hs\n  elseif obj.status.health == \"yellow\" then\n    if obj.status.availableNodes ~= nil and obj.status.expectedNodes ~= nil then\n        hs.status = \"Progressing\"\n        hs.message = \"Elastic Beat status is deploying, there is \" .. obj.status.availableNodes .. \" instance(s) on \" .. obj.status.expectedNodes .. \" expected\"\n        return hs\n    else\n        hs.status = \"Progressing\"\n        hs.message = \"Elastic Beat phase is progressing\"\n        return hs\n    end\n  elseif obj.status.health == nil then\n    hs.status = \"Progressing\"\n    hs.message = \"Elastic Beat phase is progressing\"\n    return hs\n  end\nend\n\nhs.status = \"Unknown\"\nhs.message = \"Elastic Beat status is unknown. Ensure your ArgoCD is current and then check for/file a bug report: https://github.com/argoproj/argo-cd/issues\"\nreturn hs\n",
    "bitnami.com/SealedSecret": "local health_status = {\n    status = \"Progressing\",\n    message = \"Waiting for Sealed Secret to be decrypted\"\n}\n\n-- A Synced condition can still describe an earlier generation.\nif obj.metadata == nil or obj.metadata.generation == nil or obj.status == nil or\n    obj.status.observedGeneration ~= obj.metadata.generation then\n    return health_status\nend\n\nif obj.status.conditions ~= nil then\n    for _, condition in ipairs(obj.status.conditions) do\n        if condition.type == \"Synced\" and condition.status == \"False\" then\n            health_status.status = \"Degraded\"\n            health_status.message = condition.message\n            return health_status\n        end\n        if condition.type == \"Synced\" and condition.status == \"True\" then\n            health_status.status = \"Healthy\"\n            health_status.message = condition.message\n            return health_status\n        end\n    end\nend\nreturn health_status\n",
    "camel.apache.org/Integration": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      --  Let's check if something is wrong with the CRD deployment\n      if condition.type == \"Ready\" and condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n      --  Let's check if things are healthy with the CRD deployment\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n  end\nend\n\n-- Otherwise let's assume that we are still busy building/deploying the Integration\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Integration\"\nreturn hs\n",
    "capabilities.3scale.net/ActiveDoc": "local hs = {}\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for _, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Ready\" and condition.status == \"True\" then\n      hs.status = \"Healthy\"\n      hs.message = \"3scale ActiveDoc is ready\"\n      return hs\n    elseif condition.type == \"Invalid\" and condition.status == \"True\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message or \"3scale ActiveDoc configuration is invalid\"\n      return hs\n    elseif condition.type == \"Orphan\" and condition.status == \"True\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message or \"3scale ActiveDoc references non-existing resources\"\n      return hs\n    elseif condition.type == \"Failed\" and condition.status == \"True\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message or \"3scale ActiveDoc synchronization failed\"\n      return hs\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for 3scale ActiveDoc status...\"\nreturn hs\n",
    "capabilities.3scale.net/Application": "local hs = {}\n\nif obj.status ~= nil then\n  if obj.status.state ~= nil and obj.status.state == \"suspended\" then\n    hs.status = \"Suspended\"\n    hs.message = \"3scale Application is suspended\"\n    return hs\n  end\n\n  local application_id = obj.status.adminId\n  local has_application_id = (application_id ~= nil and type(application_id) == \"number\" and application_id > 0)\n\n  if obj.status.conditions ~= nil then\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" then\n        if condition.status == \"True\" then\n          hs.status = \"Healthy\"\n          hs.message = \"3scale Application is ready\"\n          return hs\n        elseif not has_application_id then\n          hs.status = \"Degraded\"\n          hs.message = condition.message or \"3scale Application is not ready\"\n          return hs\n        end\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for 3scale Application status...\"\nreturn hs\n",
    "capabilities.3scale.net/ApplicationAuth": "local hs = {}\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for _, condition in ipairs(obj.status.conditions) do\n    if condition.status ~= \"True\" then goto continue end\n\n    if condition.type == \"Ready\" then\n      hs.status = \"Healthy\"\n      hs.message = \"3scale ApplicationAuth is ready\"\n      return hs\n    elseif condition.type == \"Failed\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message or \"3scale ApplicationAuth failed\"\n      return hs\n    end\n\n    ::continue::\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for 3scale ApplicationAuth status...\"\nreturn hs\n",
    "capabilities.3scale.net/Backend": "local hs = {}\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for _, condition in ipairs(obj.status.conditions) do\n    if condition.status ~= \"True\" then goto continue end\n\n    if condition.type == \"Synced\" then\n      hs.status = \"Healthy\"\n      hs.message = \"3scale Backend is synced\"\n      return hs\n    elseif condition.type == \"Invalid\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message or \"3scale Backend configuration is invalid\"\n      return hs\n    elseif condition.type == \"Failed\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message or \"3scale Backend synchronization failed\"\n      return hs\n    end\n\n    ::continue::\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for 3scale Backend status...\"\nreturn hs\n",
    "capabilities.3scale.net/CustomPolicyDefinition": "local hs = {}\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for _, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Ready\" and condition.status == \"True\" then\n      hs.status = \"Healthy\"\n      hs.message = \"3scale CustomPolicyDefinition is ready\"\n      return hs\n    elseif condition.type == \"Invalid\" and condition.status == \"True\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message or \"3scale CustomPolicyDefinition configuration is invalid\"\n      return hs\n    elseif condition.type == \"Failed\" and condition.status == \"True\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message or \"3scale CustomPolicyDefinition synchronization failed\"\n      return hs\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for 3scale CustomPolicyDefinition status...\"\nreturn hs\n",
    "capabilities.3scale.net/DeveloperAccount": "local hs = {}\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for _, condition in ipairs(obj.status.conditions) do\n    if condition.status ~= \"True\" then goto continue end\n\n    if condition.type == \"Ready\" then\n      hs.status = \"Healthy\"\n      hs.message = \"3scale DeveloperAccount is ready\"\n      return hs\n    elseif condition.type == \"Invalid\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message or \"3scale DeveloperAccount configuration is invalid\"\n      return hs\n    elseif condition.type == \"Failed\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message or \"3scale DeveloperAccount synchronization failed\"\n      return hs\n    elseif condition.type == \"Waiting\" then\n      hs.status = \"Suspended\"\n      hs.message = condition.message or \"3scale DeveloperAccount is waiting for approval\"\n      return hs\n    end\n\n    ::continue::\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for 3scale DeveloperAccount status...\"\nreturn hs\n",
    "capabilities.3scale.net/DeveloperUser": "local hs = {}\n\nif obj.status ~= nil then\n  if obj.status.developerUserState ~= nil and obj.status.developerUserState == \"suspended\" then\n    hs.status = \"Suspended\"\n    hs.message = \"3scale Developer user is waiting for admin approval\"\n    return hs\n  end\n\n  if obj.status.conditions ~= nil then\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.status ~= \"True\" then goto continue end\n\n      if condition.type == \"Ready\" then\n        hs.status = \"Healthy\"\n        hs.message = \"3scale DeveloperUser is ready\"\n        return hs\n      elseif condition.type == \"Invalid\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message or \"3scale DeveloperUser configuration is invalid\"\n        return hs\n      elseif condition.type == \"Orphan\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message or \"3scale DeveloperUser references non-existing resources\"\n        return hs\n      elseif condition.type == \"Failed\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message or \"3scale DeveloperUser synchronization failed\"\n        return hs\n      end\n\n      ::continue::\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for 3scale DeveloperUser status...\"\nreturn hs\n",
    "capabilities.3scale.net/OpenAPI": "local hs = {}\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for _, condition in ipairs(obj.status.conditions) do\n    if condition.status ~= \"True\" then goto continue end\n\n    if condition.type == \"Ready\" then\n      hs.status = \"Healthy\"\n      hs.message = \"3scale OpenAPI is ready\"\n      return hs\n    elseif condition.type == \"Invalid\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message or \"3scale OpenAPI configuration is invalid\"\n      return hs\n    elseif condition.type == \"Failed\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message or \"3scale OpenAPI reconciliation failed\"\n      return hs\n    end\n\n    ::continue::\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for 3scale OpenAPI status...\"\nreturn hs\n",
    "capabilities.3scale.net/Product": "local hs = {}\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for _, condition in ipairs(obj.status.conditions) do\n    if condition.status ~= \"True\" then goto continue end\n\n    if condition.type == \"Synced\" then\n      hs.status = \"Healthy\"\n      hs.message = \"3scale Product is synced\"\n      return hs\n    elseif condition.type == \"Invalid\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message or \"3scale Product configuration is invalid\"\n      return hs\n    elseif condition.type == \"Orphan\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message or \"3scale Product references non-existing resources\"\n      return hs\n    elseif condition.type == \"Failed\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message or \"3scale Product synchronization failed\"\n      return hs\n    end\n\n    ::continue::\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for 3scale Product status...\"\nreturn hs\n",
    "capabilities.3scale.net/ProxyConfigPromote": "local hs = {}\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for _, condition in ipairs(obj.status.conditions) do\n    if condition.status ~= \"True\" then goto continue end\n\n    if condition.type == \"Ready\" then\n      hs.status = \"Healthy\"\n      hs.message = \"3scale ProxyConfigPromote is ready\"\n      return hs\n    elseif condition.type == \"In-progress\" then\n      hs.status = \"Progressing\"\n      hs.message = condition.message or \"3scale ProxyConfigPromote is in progress\"\n      return hs\n    elseif condition.type == \"Failed\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message or \"3cale ProxyConfigPromote failed\"\n      return hs\n    end\n\n    ::continue::\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for 3scale ProxyConfigPromote status...\"\nreturn hs\n",
    "capabilities.3scale.net/Tenant": "local hs = {}\n\nif obj ~= nil and obj.status ~= nil then\n  local tenant_id = obj.status.tenantId\n  local admin_id = obj.status.adminId\n  local has_tenant_id = (tenant_id ~= nil and type(tenant_id) == \"number\" and tenant_id > 0)\n  local has_admin_id = (admin_id ~= nil and type(admin_id) == \"number\" and admin_id > 0)\n\n  local is_ready = false\n  if obj.status.conditions ~= nil then\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        is_ready = true\n        break\n      end\n    end\n  end\n\n  if is_ready and has_tenant_id and has_admin_id then\n    hs.status = \"Healthy\"\n    hs.message = \"3scale Tenant is ready\"\n    return hs\n  end\n\n  if obj.status.conditions ~= nil then\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" and condition.status ~= \"True\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message or \"3scale Tenant is degraded\"\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for 3scale Tenant status...\"\nreturn hs\n",
    "capsule.clastix.io/CapsuleConfiguration": "-- CapsuleConfiguration is a cluster-scoped resource that holds the global\n-- configuration for the Capsule operator.\n--\n-- Documentation:\n--   API types:       https://github.com/projectcapsule/capsule/blob/main/api/v1beta2/capsuleconfiguration_types.go\n--   Controller:      https://github.com/projectcapsule/capsule/blob/main/internal/controllers/cfg/status/manager.go\n--   Condition types: https://github.com/projectcapsule/capsule/blob/main/pkg/api/meta/conditions.go\n--\n-- ArgoCD health mapping:\n--   Ready=True  => Healthy\n--   Ready=False => Degraded\n--   No status   => Progressing\nlocal hs = {}\nif obj.status == nil or obj.status.conditions == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for status\"\n  return hs\nend\n\nif obj.metadata ~= nil and obj.metadata.generation ~= nil and obj.status.observedGeneration ~= nil\n    and obj.status.observedGeneration ~= obj.metadata.generation then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for reconciliation (generation mismatch)\"\n  return hs\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"Ready\" and condition.status == \"False\" then\n    hs.status = \"Degraded\"\n    hs.message = condition.message\n    return hs\n  end\n  if condition.type == \"Ready\" and condition.status == \"True\" then\n    hs.status = \"Healthy\"\n    hs.message = condition.message\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Ready condition\"\nreturn hs\n",
    "capsule.clastix.io/CustomQuota": "-- CustomQuota is a namespace-scoped resource that defines a custom resource\n-- quota for the namespaces belonging to a Capsule Tenant.\n--\n-- Documentation:\n--   API types:       https://github.com/projectcapsule/capsule/blob/main/api/v1beta2/customquota_types.go\n--   Controller:      https://github.com/projectcapsule/capsule/blob/main/internal/controllers/customquotas/custom_quota_controller.go\n--   Condition types: https://github.com/projectcapsule/capsule/blob/main/pkg/api/meta/conditions.go\n--\n-- ArgoCD health mapping:\n--   Ready=True  => Healthy\n--   Ready=False => Degraded\n--   No status   => Progressing\nlocal hs = {}\nif obj.status == nil or obj.status.conditions == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for status\"\n  return hs\nend\n\nif obj.metadata ~= nil and obj.metadata.generation ~= nil and obj.status.observedGeneration ~= nil\n    and obj.status.observedGeneration ~= obj.metadata.generation then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for reconciliation (generation mismatch)\"\n  return hs\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"Ready\" and condition.status == \"False\" then\n    hs.status = \"Degraded\"\n    hs.message = condition.message\n    return hs\n  end\n  if condition.type == \"Ready\" and condition.status == \"True\" then\n    hs.status = \"Healthy\"\n    hs.message = condition.message\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Ready condition\"\nreturn hs\n",
    "capsule.clastix.io/GlobalCustomQuota": "-- GlobalCustomQuota is a cluster-scoped resource that defines a custom resource\n-- quota across all namespaces belonging to a Capsule Tenant.\n--\n-- Documentation:\n--   API types:       https://github.com/projectcapsule/capsule/blob/main/api/v1beta2/globalcustomquota_types.go\n--   Controller:      https://github.com/projectcapsule/capsule/blob/main/internal/controllers/customquotas/global_custom_quota_controller.go\n--   Condition types: https://github.com/projectcapsule/capsule/blob/main/pkg/api/meta/conditions.go\n--\n-- ArgoCD health mapping:\n--   Ready=True  => Healthy\n--   Ready=False => Degraded\n--   No status   => Progressing\nlocal hs = {}\nif obj.status == nil or obj.status.conditions == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for status\"\n  return hs\nend\n\nif obj.metadata ~= nil and obj.metadata.generation ~= nil and obj.status.observedGeneration ~= nil\n    and obj.status.observedGeneration ~= obj.metadata.generation then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for reconciliation (generation mismatch)\"\n  return hs\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"Ready\" and condition.status == \"False\" then\n    hs.status = \"Degraded\"\n    hs.message = condition.message\n    return hs\n  end\n  if condition.type == \"Ready\" and condition.status == \"True\" then\n    hs.status = \"Healthy\"\n    hs.message = condition.message\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Ready condition\"\nreturn hs\n",
    "capsule.clastix.io/GlobalProxySettings": "-- GlobalProxySettings is a cluster-scoped resource that configures cluster-wide\n-- proxy rules for Capsule Proxy.\n--\n-- Documentation:\n--   API types:       https://github.com/projectcapsule/capsule-proxy/blob/main/api/v1beta1/globalproxysettings_types.go\n--   Indexer:         https://github.com/projectcapsule/capsule-proxy/blob/main/internal/indexer/global_proxy_setting.go\n--   Condition types: https://github.com/projectcapsule/capsule/blob/main/pkg/api/meta/conditions.go\n--\n-- ArgoCD health mapping:\n--   Ready=True  => Healthy\n--   Ready=False => Degraded\n--   No status   => Progressing\nlocal hs = {}\nif obj.status == nil or obj.status.conditions == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for status\"\n  return hs\nend\n\nif obj.metadata ~= nil and obj.metadata.generation ~= nil and obj.status.observedGeneration ~= nil\n    and obj.status.observedGeneration ~= obj.metadata.generation then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for reconciliation (generation mismatch)\"\n  return hs\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"Ready\" and condition.status == \"False\" then\n    hs.status = \"Degraded\"\n    hs.message = condition.message\n    return hs\n  end\n  if condition.type == \"Ready\" and condition.status == \"True\" then\n    hs.status = \"Healthy\"\n    hs.message = condition.message\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Ready condition\"\nreturn hs\n",
    "capsule.clastix.io/GlobalTenantResource": "-- GlobalTenantResource is a cluster-scoped resource that allows cluster admins\n-- to replicate resources across all namespaces of all Capsule Tenants.\n--\n-- Documentation:\n--   API types:       https://github.com/projectcapsule/capsule/blob/main/api/v1beta2/tenantresource_types.go\n--   Controller:      https://github.com/projectcapsule/capsule/blob/main/internal/controllers/resources/global.go\n--   Condition types: https://github.com/projectcapsule/capsule/blob/main/pkg/api/meta/conditions.go\n--\n-- ArgoCD health mapping:\n--   spec.cordoned=true => Suspended (replication intentionally paused)\n--   Ready=True         => Healthy\n--   Ready=False        => Degraded\n--   No status          => Progressing\nlocal hs = {}\nif obj.spec ~= nil and obj.spec.cordoned ~= nil and obj.spec.cordoned then\n  hs.status = \"Suspended\"\n  hs.message = \"Replication is cordoned\"\n  return hs\nend\n\nif obj.status == nil or obj.status.conditions == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for status\"\n  return hs\nend\n\nif obj.metadata ~= nil and obj.metadata.generation ~= nil and obj.status.observedGeneration ~= nil\n    and obj.status.observedGeneration ~= obj.metadata.generation then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for reconciliation (generation mismatch)\"\n  return hs\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"Ready\" and condition.status == \"False\" then\n    hs.status = \"Degraded\"\n    hs.message = condition.message\n    return hs\n  end\n  if condition.type == \"Ready\" and condition.status == \"True\" then\n    hs.status = \"Healthy\"\n    hs.message = condition.message\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Ready condition\"\nreturn hs\n",
    "capsule.clastix.io/ProxySetting": "-- ProxySetting is a namespace-scoped resource that configures per-user or\n-- per-group proxy rules for Capsule Proxy.\n--\n-- Documentation:\n--   API types:       https://github.com/projectcapsule/capsule-proxy/blob/main/api/v1beta1/proxysettings_types.go\n--   Indexer:         https://github.com/projectcapsule/capsule-proxy/blob/main/internal/indexer/proxy_setting.go\n--   Condition types: https://github.com/projectcapsule/capsule/blob/main/pkg/api/meta/conditions.go\n--\n-- ArgoCD health mapping:\n--   Ready=True  => Healthy\n--   Ready=False => Degraded\n--   No status   => Progressing\nlocal hs = {}\nif obj.status == nil or obj.status.conditions == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for status\"\n  return hs\nend\n\nif obj.metadata ~= nil and obj.metadata.generation ~= nil and obj.status.observedGeneration ~= nil\n    and obj.status.observedGeneration ~= obj.metadata.generation then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for reconciliation (generation mismatch)\"\n  return hs\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"Ready\" and condition.status == \"False\" then\n    hs.status = \"Degraded\"\n    hs.message = condition.message\n    return hs\n  end\n  if condition.type == \"Ready\" and condition.status == \"True\" then\n    hs.status = \"Healthy\"\n    hs.message = condition.message\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Ready condition\"\nreturn hs\n",
    "capsule.clastix.io/ResourcePool": "-- ResourcePool is a cluster-scoped resource that defines a shared pool of\n-- resource quotas that can be claimed by tenant namespaces.\n--\n-- Documentation:\n--   API types:       https://github.com/projectcapsule/capsule/blob/main/api/v1beta2/resourcepool_types.go\n--   Controller:      https://github.com/projectcapsule/capsule/blob/main/internal/controllers/resourcepools/pool_controller.go\n--   Condition types: https://github.com/projectcapsule/capsule/blob/main/pkg/api/meta/conditions.go\n--\n-- ArgoCD health mapping:\n--   exhaustions set => Degraded  (one or more resources are exhausted)\n--   Ready=True      => Healthy\n--   Ready=False     => Degraded\n--   No status       => Progressing\nlocal hs = {}\nif obj.status == nil or obj.status.conditions == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for status\"\n  return hs\nend\n\nif obj.metadata ~= nil and obj.metadata.generation ~= nil and obj.status.observedGeneration ~= nil\n    and obj.status.observedGeneration ~= obj.metadata.generation then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for reconciliation (generation mismatch)\"\n  return hs\nend\n\nif obj.status.exhaustions ~= nil then\n  local exhausted = {}\n  for resource, _ in pairs(obj.status.exhaustions) do\n    table.insert(exhausted, resource)\n  end\n  table.sort(exhausted)\n  if #exhausted > 0 then\n    hs.status = \"Degraded\"\n    hs.message = \"Pool exhausted for: \" .. table.concat(exhausted, \", \")\n    return hs\n  end\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"Ready\" and condition.status == \"False\" then\n    hs.status = \"Degraded\"\n    hs.message = condition.message\n    return hs\n  end\n  if condition.type == \"Ready\" and condition.status == \"True\" then\n    hs.status = \"Healthy\"\n    hs.message = condition.message\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Ready condition\"\nreturn hs\n",
    "capsule.clastix.io/ResourcePoolClaim": "-- ResourcePoolClaim is a namespace-scoped resource that allows a tenant namespace\n-- to claim a portion of the quota from a ResourcePool.\n--\n-- Documentation:\n--   API types:       https://github.com/projectcapsule/capsule/blob/main/api/v1beta2/resourcepoolclaim_types.go\n--   Controller:      https://github.com/projectcapsule/capsule/blob/main/internal/controllers/resourcepools/claim_controller.go\n--   Condition types: https://github.com/projectcapsule/capsule/blob/main/pkg/api/meta/conditions.go\n--\n-- ArgoCD health mapping:\n--   Bound=False => Suspended  (waiting for a pool to accept the claim)\n--   Ready=True  => Healthy\n--   Ready=False => Degraded\n--   No status   => Progressing\nlocal hs = {}\nif obj.status == nil or obj.status.conditions == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for status\"\n  return hs\nend\n\nif obj.metadata ~= nil and obj.metadata.generation ~= nil and obj.status.observedGeneration ~= nil\n    and obj.status.observedGeneration ~= obj.metadata.generation then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for reconciliation (generation mismatch)\"\n  return hs\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"Bound\" and condition.status == \"False\" then\n    hs.status = \"Suspended\"\n    hs.message = condition.message\n    return hs\n  end\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"Ready\" and condition.status == \"False\" then\n    hs.status = \"Degraded\"\n    hs.message = condition.message\n    return hs\n  end\n  if condition.type == \"Ready\" and condition.status == \"True\" then\n    hs.status = \"Healthy\"\n    hs.message = condition.message\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Ready condition\"\nreturn hs\n",
    "capsule.clastix.io/Tenant": "-- Tenant is a cluster-scoped resource managed by Capsule that represents a group\n-- of namespaces owned by one or more owners (users, service accounts, groups).\n--\n-- Documentation:\n--   API types:       https://github.com/projectcapsule/capsule/blob/main/api/v1beta2/tenant_types.go\n--   Controller:      https://github.com/projectcapsule/capsule/blob/main/internal/controllers/tenant/status.go\n--   Condition types: https://github.com/projectcapsule/capsule/blob/main/pkg/api/meta/conditions.go\n--   https://github.com/projectcapsule/capsule\n--\n-- Condition types:\n--   Ready      (True)  - Tenant has been successfully reconciled\n--   Ready      (False) - Tenant reconciliation failed\n--   Cordoned   (True)  - Tenant is cordoned; no new workloads can be scheduled\n--\n-- ArgoCD health mapping:\n--   Cordoned=True  => Suspended  (tenant intentionally paused)\n--   Ready=True     => Healthy\n--   Ready=False    => Degraded\n--   No status yet  => Progressing\nlocal hs = {}\nif obj.status == nil or obj.status.conditions == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for status\"\n  return hs\nend\n\nif obj.metadata ~= nil and obj.metadata.generation ~= nil and obj.status.observedGeneration ~= nil\n    and obj.status.observedGeneration ~= obj.metadata.generation then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for reconciliation (generation mismatch)\"\n  return hs\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"Cordoned\" and condition.status == \"True\" then\n    hs.status = \"Suspended\"\n    hs.message = condition.message\n    return hs\n  end\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"Ready\" and condition.status == \"False\" then\n    hs.status = \"Degraded\"\n    hs.message = condition.message\n    return hs\n  end\n  if condition.type == \"Ready\" and condition.status == \"True\" then\n    hs.status = \"Healthy\"\n    hs.message = condition.message\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Ready condition\"\nreturn hs\n",
    "capsule.clastix.io/TenantOwner": "-- TenantOwner is a namespace-scoped resource that binds a user, service account,\n-- or group to a Capsule Tenant as an owner.\n--\n-- Documentation:\n--   API types:       https://github.com/projectcapsule/capsule/blob/main/api/v1beta2/tenantowner_types.go\n--   Controller:      https://github.com/projectcapsule/capsule/blob/main/internal/controllers/tenantowner/manager.go\n--   Condition types: https://github.com/projectcapsule/capsule/blob/main/pkg/api/meta/conditions.go\n--\n-- ArgoCD health mapping:\n--   Ready=True  => Healthy\n--   Ready=False => Degraded\n--   No status   => Progressing\nlocal hs = {}\nif obj.status == nil or obj.status.conditions == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for status\"\n  return hs\nend\n\nif obj.metadata ~= nil and obj.metadata.generation ~= nil and obj.status.observedGeneration ~= nil\n    and obj.status.observedGeneration ~= obj.metadata.generation then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for reconciliation (generation mismatch)\"\n  return hs\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"Ready\" and condition.status == \"False\" then\n    hs.status = \"Degraded\"\n    hs.message = condition.message\n    return hs\n  end\n  if condition.type == \"Ready\" and condition.status == \"True\" then\n    hs.status = \"Healthy\"\n    hs.message = condition.message\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Ready condition\"\nreturn hs\n",
    "capsule.clastix.io/TenantResource": "-- TenantResource is a namespace-scoped resource that allows tenants to replicate\n-- Kubernetes resources into their own namespaces.\n--\n-- Documentation:\n--   API types:       https://github.com/projectcapsule/capsule/blob/main/api/v1beta2/tenantresource_types.go\n--   Controller:      https://github.com/projectcapsule/capsule/blob/main/internal/controllers/resources/namespaced.go\n--   Condition types: https://github.com/projectcapsule/capsule/blob/main/pkg/api/meta/conditions.go\n--\n-- ArgoCD health mapping:\n--   spec.cordoned=true => Suspended (replication intentionally paused)\n--   Ready=True         => Healthy\n--   Ready=False        => Degraded\n--   No status          => Progressing\nlocal hs = {}\nif obj.spec ~= nil and obj.spec.cordoned ~= nil and obj.spec.cordoned then\n  hs.status = \"Suspended\"\n  hs.message = \"Replication is cordoned\"\n  return hs\nend\n\nif obj.status == nil or obj.status.conditions == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for status\"\n  return hs\nend\n\nif obj.metadata ~= nil and obj.metadata.generation ~= nil and obj.status.observedGeneration ~= nil\n    and obj.status.observedGeneration ~= obj.metadata.generation then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for reconciliation (generation mismatch)\"\n  return hs\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"Ready\" and condition.status == \"False\" then\n    hs.status = \"Degraded\"\n    hs.message = condition.message\n    return hs\n  end\n  if condition.type == \"Ready\" and condition.status == \"True\" then\n    hs.status = \"Healthy\"\n    hs.message = condition.message\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Ready condition\"\nreturn hs\n",
    "cassandra.rook.io/Cluster": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.racks ~= nil then\n    local all_racks_good = true\n    for key, value in pairs(obj.status.racks) do\n      if all_racks_good and value.members ~= nil and value.readyMembers ~= nil and value.members ~= value.readyMembers then\n        all_racks_good = false\n        break\n      end\n    end\n    if all_racks_good then\n      hs.status = \"Healthy\"\n    else\n      hs.status = \"Progressing\"\n      hs.message = \"Waiting for Cassandra Cluster\"\n    end\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Cassandra Cluster\"\nreturn hs\n\n",
    "cdi.kubevirt.io/DataVolume": "local hs = { status=\"Progressing\", message=\"No status available\"}\nif obj.status ~= nil then\n  if obj.status.phase ~= nil then\n    hs.message = obj.status.phase\n    if hs.message == \"Succeeded\" then\n      hs.status = \"Healthy\"\n      return hs\n    elseif hs.message == \"Failed\" or hs.message == \"Unknown\" then\n      hs.status = \"Degraded\"\n    elseif hs.message == \"Paused\" then\n      hs.status = \"Suspended\"\n      return hs\n    end\n  end\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Running\" and condition.status == \"False\" and condition.reason == \"Error\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n  end\nend\nreturn hs\n",
    "ceph.rook.io/CephCluster": "-- CRD documentation: https://rook.github.io/docs/rook/latest-release/CRDs/Cluster/ceph-cluster-crd/\nlocal hs = {\n    status = \"Progressing\",\n    message = \"\"\n}\n\nfunction append_to_message(message)\n    if message ~= \"\" then\n        if hs.message ~= \"\" then\n            hs.message = hs.message .. \" - \" .. message\n        else\n            hs.message = message\n        end\n    end\nend\n\nif obj.status == nil then\n    append_to_message(\"Waiting for status to be reported\")\n    return hs\nend\n\n-- Check the main Ceph health status first - https://github.com/ceph/ceph/blob/v20.3.0/src/include/health.h#L12\nif obj.status.ceph ~= nil and obj.status.ceph.health ~= nil then\n    local ceph_health = obj.status.ceph.health\n    local details_message = \"\"\n\n    -- Build details message from status.ceph.details if available\n    if obj.status.ceph.details ~= nil then\n        local detail_parts = {}\n        local sorted_detail_types = {}\n        for detail_type, _ in pairs(obj.status.ceph.details) do\n            table.insert(sorted_detail_types, detail_type)\n        end\n        table.sort(sorted_detail_types)\n        for _, detail_type in ipairs(sorted_detail_types) do\n            local detail_info = obj.status.ceph.details[detail_type]\n            if detail_info.message ~= nil then\n                table.insert(detail_parts, detail_info.message)\n            end\n        end\n        if #detail_parts > 0 then\n            details_message =  \" (\" .. table.concat(detail_parts, \"; \") .. \")\"\n        end\n    end\n\n    if ceph_health == \"HEALTH_ERR\" or ceph_health == \"HEALTH_WARN\" then\n        hs.status = \"Degraded\"\n    elseif ceph_health == \"HEALTH_OK\" then\n        hs.status = \"Healthy\"\n    end\n    append_to_message(\"Ceph health is \" .. ceph_health .. details_message)\nend\n\n-- Check state - https://github.com/rook/rook/blob/v1.17.7/pkg/apis/ceph.rook.io/v1/types.go#L621\nif obj.status.state ~= nil then\n    if hs.status == \"Healthy\" then\n        append_to_message(\"Ceph cluster state is \" .. obj.status.state)\n        if obj.status.state == \"Created\" or obj.status.state == \"Connected\" then\n            hs.status = \"Healthy\"\n        elseif obj.status.state == \"Error\" then\n            hs.status = \"Degraded\"\n        else\n            hs.status = \"Progressing\"\n        end\n    end\nend\n\nif obj.status.message ~= nil then\n    append_to_message(obj.status.message)\nend\n\nreturn hs\n",
    "ceph.rook.io/CephObjectStore": "-- CRD documentation: https://rook.github.io/docs/rook/latest-release/CRDs/Object-Storage/ceph-object-store-crd/\n-- Status documentation: https://github.com/rook/rook/blob/v1.17.7/pkg/apis/ceph.rook.io/v1/types.go#L1960\nlocal hs = {\n    status = \"Progressing\",\n    message = \"Waiting for status to be reported\"\n}\n\nif obj.status == nil then\n    return hs\nend\n\n-- phase status check - https://github.com/rook/rook/blob/v1.17.7/pkg/apis/ceph.rook.io/v1/types.go#L596\nif obj.status.phase ~= nil then\n    hs.message = \"Ceph object store phase is \" .. obj.status.phase\n    if obj.status.phase == \"Ready\" then\n        hs.status = \"Healthy\"\n    elseif obj.status.phase == \"Failure\" then\n        hs.status = \"Degraded\"\n    end\nend\n\nif obj.status.info ~= nil and obj.status.info.endpoint ~= nil and obj.status.info.endpoint ~= \"\" then\n    hs.message = hs.message .. \" - endpoint: \" .. obj.status.info.endpoint\nend\n\nreturn hs\n",
    "cert-manager.io/Certificate": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n\n    -- Always Handle Issuing First to ensure consistent behaviour\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Issuing\" and condition.status == \"True\" then\n        hs.status = \"Progressing\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" and condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for certificate\"\nreturn hs\n",
    "cert-manager.io/CertificateRequest": "-- Health check for the cert-manager CertificateRequest CRD.\n-- See https://argo-cd.readthedocs.io/en/stable/operator-manual/health/ for how\n-- custom health checks work and what each status means.\n-- Maps the CertificateRequest status conditions to an Argo CD health status:\n--   Healthy     - the Ready condition is True (certificate issued).\n--   Degraded    - the request was Denied or is an InvalidRequest, or Ready is\n--                 False for a reason other than Pending (e.g. Failed).\n--   Progressing - Ready is False with reason Pending, or status is not populated.\nlocal hs = {}\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  -- A denied or invalid request is a terminal failure.\n  for i, condition in ipairs(obj.status.conditions) do\n    if (condition.type == \"Denied\" or condition.type == \"InvalidRequest\") and condition.status == \"True\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message\n      return hs\n    end\n  end\n\n  for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Ready\" then\n      if condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message\n        return hs\n      end\n      if condition.reason == \"Pending\" then\n        hs.status = \"Progressing\"\n        hs.message = condition.message\n        return hs\n      end\n      hs.status = \"Degraded\"\n      hs.message = condition.message\n      return hs\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for certificate request\"\nreturn hs\n",
    "cert-manager.io/ClusterIssuer": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" and condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Initializing ClusterIssuer\"\nreturn hs\n",
    "cert-manager.io/Issuer": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" and condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Initializing issuer\"\nreturn hs\n",
    "certmanager.k8s.io/Certificate": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" and condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for certificate\"\nreturn hs\n",
    "certmanager.k8s.io/Issuer": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" and condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Initializing issuer\"\nreturn hs\n",
    "clickhouse-keeper.altinity.com/ClickHouseKeeperInstallation": "local hs = {}\nif obj.status ~= nil and obj.status.status ~= nil then\n  if obj.status.status == \"Completed\" then\n    hs.status = \"Healthy\"\n    hs.message = \"ClickHouseKeeper installation completed successfully\"\n  elseif obj.status.status == \"InProgress\" then\n    hs.status = \"Progressing\"\n    hs.message = \"ClickHouseKeeper installation in progress\"\n  else\n    hs.status = \"Degraded\"\n    hs.message = \"ClickHouseKeeper status: \" .. obj.status.status\n  end\nelse\n  hs.status = \"Progressing\"\n  hs.message = \"ClickHouseKeeper status not yet available\"\nend\nreturn hs ",
    "clickhouse.altinity.com/ClickHouseInstallation": "local hs = {}\nif obj.status ~= nil and obj.status.status ~= nil then\n  if obj.status.status == \"Completed\" then\n    hs.status = \"Healthy\"\n    hs.message = \"ClickHouse installation completed successfully\"\n  elseif obj.status.status == \"InProgress\" then\n    hs.status = \"Progressing\"\n    hs.message = \"ClickHouse installation in progress\"\n  else\n    hs.status = \"Degraded\"\n    hs.message = \"ClickHouse status: \" .. obj.status.status\n  end\nelse\n  hs.status = \"Progressing\"\n  hs.message = \"ClickHouse status not yet available\"\nend\nreturn hs ",
    "cloudfront.aws.crossplane.io/Distribution": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local ready = false\n    local synced = false\n    local suspended = false\n\n    for i, condition in ipairs(obj.status.conditions) do\n\n      if condition.type == \"Ready\" then\n        ready = condition.status == \"True\"\n        ready_message = condition.reason\n      elseif condition.type == \"Synced\" then\n        synced = condition.status == \"True\"\n        if condition.reason == \"ReconcileError\" then\n          synced_message = condition.message\n        elseif condition.reason == \"ReconcilePaused\" then\n          suspended = true\n          suspended_message = condition.reason\n        end\n      end\n    end\n    if ready and synced then\n      hs.status = \"Healthy\"\n      hs.message = ready_message\n    elseif synced == false and suspended == true then\n      hs.status = \"Suspended\"\n      hs.message = suspended_message\n    elseif ready == false and synced == true and suspended == false then\n      hs.status = \"Progressing\"\n      hs.message = \"Waiting for distribution to be available\"\n    else\n      hs.status = \"Degraded\"\n      hs.message = synced_message\n    end\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for distribution to be created\"\nreturn hs",
    "cluster.x-k8s.io/Cluster": "function getStatusBasedOnPhase(obj, hs)\n    hs.status = \"Progressing\"\n    hs.message = \"Waiting for clusters\"\n    if obj.status ~= nil and obj.status.phase ~= nil then\n        if obj.status.phase == \"Provisioned\" then\n            hs.status = \"Healthy\"\n            hs.message = \"Cluster is running\"\n        end\n        if obj.status.phase == \"Failed\" then\n            hs.status = \"Degraded\"\n            hs.message = \"\"\n        end\n    end\n    return hs\nend\n\nfunction getReadyContitionStatus(obj, hs)\n    if obj.status ~= nil and obj.status.conditions ~= nil then\n        for i, condition in ipairs(obj.status.conditions) do\n        -- Ready summarizes ControlPlaneReady + InfrastructureReady and is False with\n        -- severity Info for the entire normal provisioning window.\n        -- Severity is mirrored/summarized verbatim from the underlying provider\n        -- condition, so a real failure still reports severity Error here regardless\n        -- of phase - only suppress the Info-severity \"still working\" case.\n        if condition.type == \"Ready\" and condition.status == \"False\" and condition.severity ~= \"Info\" then\n            hs.status = \"Degraded\"\n            hs.message = condition.message\n            return hs\n        end\n        end\n    end\n    return hs\nend\n\nlocal hs = {}\nif obj.spec.paused ~= nil and obj.spec.paused then\n    hs.status = \"Suspended\"\n    hs.message = \"Cluster is paused\"\n    return hs\nend\n\ngetStatusBasedOnPhase(obj, hs)\ngetReadyContitionStatus(obj, hs)\n\nreturn hs\n",
    "cluster.x-k8s.io/Machine": "function getStatusBasedOnPhase(obj)\n    local hs = {}\n    hs.status = \"Progressing\"\n    hs.message = \"Waiting for machines\"\n    if obj.status ~= nil and obj.status.phase ~= nil then\n        if obj.status.phase == \"Running\" then\n            hs.status = \"Healthy\"\n            hs.message = \"Machine is running\"\n        end\n        if obj.status.phase == \"Failed\" then\n            hs.status = \"Degraded\"\n            hs.message = \"\"\n        end\n    end\n    return hs\nend\n\nfunction getReadyContitionMessage(obj)\n    if obj.status ~= nil and obj.status.conditions ~= nil then\n        for i, condition in ipairs(obj.status.conditions) do\n        if condition.type == \"Ready\" and condition.status == \"False\" then\n            return condition.message\n        end\n        end\n    end\n    return \"Condition is unknown\"\nend\n\nlocal hs = getStatusBasedOnPhase(obj)\nif hs.status ~= \"Healthy\" then\n    hs.message = getReadyContitionMessage(obj)\nend\n\nreturn hs",
    "cluster.x-k8s.io/MachineDeployment": "local hs = {}\nhs.status = \"Progressing\"\nhs.message = \"Waiting for machines\"\n\nif obj.spec.paused ~= nil and obj.spec.paused then\n    hs.status = \"Suspended\"\n    hs.message = \"MachineDeployment is paused\"\n    return hs\nend\n\nif obj.status ~= nil and obj.status.phase ~= nil then\n    if obj.status.phase == \"Running\" then\n        hs.status = \"Healthy\"\n        hs.message = \"Machines are running under this deployment\"\n    end\n    if obj.status.phase == \"ScalingUp\" then\n        hs.status = \"Progressing\"\n        hs.message = \"Cluster is spawning machines\"\n    end\n    if obj.status.phase == \"ScalingDown\" then\n        hs.status = \"Progressing\"\n        hs.message = \"Cluster is stopping machines\"\n    end\n    if obj.status.phase == \"Failed\" then\n        hs.status = \"Degraded\"\n        hs.message = \"MachineDeployment is failed\"\n    end\nend\n\nreturn hs",
    "cluster.x-k8s.io/MachineHealthCheck": "local hs = {}\n\nhs.status = \"Progressing\"\nhs.message = \"\"\n\nif obj.status ~= nil and obj.status.currentHealthy ~= nil then\n    if obj.status.expectedMachines == obj.status.currentHealthy then\n        hs.status = \"Healthy\"\n    else\n        hs.status = \"Degraded\"\n    end\nend\n\nreturn hs\n",
    "cluster.x-k8s.io/MachinePool": "-- Reference CRD can be found here:\n-- https://doc.crds.dev/github.com/kubernetes-sigs/cluster-api/cluster.x-k8s.io/MachinePool/v1beta1@v1.8.1\n\nfunction getStatusBasedOnPhase(obj, hs)\n    -- Phases can be found here: \n    -- https://github.com/kubernetes-sigs/cluster-api/blob/release-1.8/exp/api/v1beta1/machinepool_types.go#L139-L182\n    if obj.status ~= nil and obj.status.phase ~= nil then\n        hs.message = \"MachinePool is \" .. obj.status.phase\n        if obj.status.phase == \"Running\" or obj.status.phase == \"Scaling\" then\n            hs.status = \"Healthy\"\n        end\n        if obj.status.phase == \"Failed\" or obj.status.phase == \"Unknown\"  then\n            hs.status = \"Degraded\"\n        end\n    end\n    return hs\nend\n\nfunction getConditionStatuses(obj, hs)\n    local extraInfo = \"\"\n    if obj.status ~= nil and obj.status.conditions ~= nil then\n        for i, condition in ipairs(obj.status.conditions) do\n            if condition.type ~= nil and condition.status == \"False\" then\n                if extraInfo ~= \"\" then\n                    extraInfo = extraInfo .. \", \"\n                end\n                extraInfo = extraInfo .. \"Not \" .. condition.type\n                if condition.reason ~= nil then\n                    extraInfo = extraInfo .. \" (\" .. condition.reason .. \")\"\n                end\n            end\n        end\n    end\n    if extraInfo ~= \"\" then\n        hs.message = hs.message .. \": \" .. extraInfo\n    end\n\n    return hs\nend\n\nlocal hs = {}\nhs.status = \"Progressing\"\nhs.message = \"\"\n\ngetStatusBasedOnPhase(obj, hs)\ngetConditionStatuses(obj, hs)\n\nreturn hs\n",
    "controlplane.cluster.x-k8s.io/AWSManagedControlPlane": "local health_status = {\n    status = \"Progressing\",\n    message = \"Provisioning...\"\n}\n\n-- If .status is nil, then the control plane is not ready\nif obj.status == nil then\n    return health_status\nend\n\n-- The provider only records .status.observedGeneration on a reconcile that returned no error, so a\n-- value behind .metadata.generation means the rest of .status still describes the previous spec and\n-- must not be trusted. Reporting Progressing here also covers the spec change that corrects a\n-- terminal .status.failureMessage, which would otherwise keep being surfaced until the next\n-- successful reconcile. The field was added in CAPA v2.12.0 and is absent before it, so it is only\n-- compared when actually present.\n-- https://github.com/kubernetes-sigs/cluster-api-provider-aws/blob/v2.12.0/controlplane/eks/controllers/awsmanagedcontrolplane_controller.go#L291-L294\nif obj.metadata.generation ~= nil and obj.status.observedGeneration ~= nil\n    and obj.status.observedGeneration ~= obj.metadata.generation then\n    health_status.status = \"Progressing\"\n    health_status.message = \"Waiting for the control plane spec to be reconciled\"\n    return health_status\nend\n\n-- A problem reported through .status.failureMessage is terminal and will not clear by waiting,\n-- so surface it rather than reporting Progressing indefinitely. This covers a cluster in the\n-- FAILED state as well as one that EKS auto-upgraded out of standard support, which stays\n-- broken until .spec.version is corrected by a human. It is checked before .status.conditions\n-- so that a terminal failure is still reported when conditions are absent.\n-- https://github.com/kubernetes-sigs/cluster-api-provider-aws/blob/v2.11.0/pkg/cloud/services/eks/cluster.go#L207-L235\nif obj.status.failureMessage ~= nil and obj.status.failureMessage ~= \"\" then\n    health_status.status = \"Degraded\"\n    health_status.message = obj.status.failureMessage\n    return health_status\nend\n\n-- Without conditions there is nothing left to inspect, so the control plane is not ready\nif obj.status.conditions == nil then\n    return health_status\nend\n\n-- An in-place update of the EKS control plane keeps both .status.ready and the Ready condition\n-- True, because the API server stays reachable while it happens. The provider signals the\n-- ongoing update through a dedicated condition instead, so this has to be checked before Ready\n-- to avoid reporting Healthy on a control plane that has not converged yet.\n-- https://github.com/kubernetes-sigs/cluster-api-provider-aws/blob/v2.11.0/pkg/cloud/services/eks/cluster.go#L239-L240\nfor i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"EKSControlPlaneUpdating\" and condition.status == \"True\" then\n        health_status.status = \"Progressing\"\n        health_status.message = \"EKS control plane is updating\"\n        return health_status\n    end\nend\n\n-- Accumulator for the error messages (could be multiple conditions in error state)\nerr_msg = \"\"\n\n-- Iterate over the conditions to determine the health status\nfor i, condition in ipairs(obj.status.conditions) do\n    -- Check if the Ready condition is True, then the control plane is ready\n    if condition.type == \"Ready\" and condition.status == \"True\" then\n        health_status.status = \"Healthy\"\n        health_status.message = \"Control plane is ready\"\n        return health_status\n    end\n\n    -- If we have a condition that is False and has an Error severity, then the control plane is in a degraded state\n    if condition.status == \"False\" and condition.severity == \"Error\" then\n        health_status.status = \"Degraded\"\n        err_msg = err_msg .. condition.message .. \" \"\n    end\nend\n\n-- If we have any error conditions, then the control plane is in a degraded state\nif health_status.status == \"Degraded\" then\n    health_status.message = err_msg\n    return health_status\nend\n\n-- If .status.ready is False, then the control plane is not ready\nif obj.status.ready == false then\n    health_status.status = \"Progressing\"\n    health_status.message = \"Control plane is not ready (.status.ready is false)\"\n    return health_status\nend\n\n-- If we reach this point, then the control plane is not ready and we don't have any error conditions\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"Control plane is not ready\"\n\nreturn health_status\n",
    "coralogix.com/Alert": "hs = {}\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for status to be updated\"\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"RemoteSynced\" then\n        if condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = \"Resource is ready\"\n        return hs\n        elseif condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n        end\n    end\n    end\nend\nreturn hs\n",
    "coralogix.com/RecordingRuleGroupSet": "hs = {}\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for status to be updated\"\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"RemoteSynced\" then\n        if condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = \"Resource is ready\"\n        return hs\n        elseif condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n        end\n    end\n    end\nend\nreturn hs\n",
    "core.gardener.cloud/Shoot": "hs = {\n    status = \"Progressing\",\n    message = \"Update in progress\"\n}\nif (obj.metadata.labels ~= nil and obj.metadata.labels[\"shoot.gardener.cloud/status\"] ~= nil) then\n    if obj.metadata.labels[\"shoot.gardener.cloud/status\"] == \"healthy\" then\n        hs.status = \"Healthy\"\n        hs.message = \"Component state: Healthy\"\n    end\n    if obj.metadata.labels[\"shoot.gardener.cloud/status\"] == \"progressing\" then\n        hs.status = \"Progressing\"\n        hs.message = \"Component state: Update in progress\"\n    end\n    if obj.metadata.labels[\"shoot.gardener.cloud/status\"] == \"unhealthy\" then\n        hs.status = \"Degraded\"\n        hs.message = \"Component state: Unhealthy\"\n    end\n    if obj.metadata.labels[\"shoot.gardener.cloud/status\"] == \"unknown\" then\n        hs.status = \"Unknown\"\n        hs.message = \"Component state: Unknown\"\n    end\n    return hs\nend\nreturn hs\n",
    "core.humio.com/HumioAction": "hs = {\n    status = \"Progressing\",\n    message = \"Update in progress\"\n}\nif obj.status ~= nil then\n    if obj.status.state ~= nil then\n        if obj.status.state == \"Exists\" then\n            hs.status = \"Healthy\"\n            hs.message = \"Component state: Exists.\"\n        end\n        if obj.status.state == \"NotFound\" then\n            hs.status = \"Missing\"\n            hs.message = \"Component state: NotFound.\"\n        end\n        if obj.status.state == \"ConfigError\" then\n            hs.status = \"Degraded\"\n            hs.message = \"Component state: ConfigError.\"\n        end\n        if obj.status.state == \"Unknown\" then\n            hs.status = \"Unknown\"\n            hs.message = \"Component state: Unknown.\"\n        end\n        if obj.status.state == \"Unknown\" then\n            hs.status = \"Unknown\"\n            hs.message = \"Component state: Unknown.\"\n        end\n    end\n    return hs\nend\nreturn hs",
    "core.humio.com/HumioAlert": "hs = {\n    status = \"Progressing\",\n    message = \"Update in progress\"\n}\nif obj.status ~= nil then\n    if obj.status.state ~= nil then\n        if obj.status.state == \"Exists\" then\n            hs.status = \"Healthy\"\n            hs.message = \"Component state: Exists.\"\n        end\n        if obj.status.state == \"NotFound\" then\n            hs.status = \"Missing\"\n            hs.message = \"Component state: NotFound.\"\n        end\n        if obj.status.state == \"ConfigError\" then\n            hs.status = \"Degraded\"\n            hs.message = \"Component state: ConfigError.\"\n        end\n        if obj.status.state == \"Unknown\" then\n            hs.status = \"Unknown\"\n            hs.message = \"Component state: Unknown.\"\n        end\n        if obj.status.state == \"Unknown\" then\n            hs.status = \"Unknown\"\n            hs.message = \"Component state: Unknown.\"\n        end\n    end\n    return hs\nend\nreturn hs",
    "core.humio.com/HumioCluster": "\nhs = {\n    status = \"Progressing\",\n    message = \"Update in progress\"\n}\n\nif obj.status == nil then\n    hs.status= \"Progressing\"\n    if obj.status.message ~= nil then\n        hs.message = obj.status.message\n    end\nend\n\nif obj.status ~= nil then\n    if obj.status.state ~= nil then\n        if obj.status.state == \"Running\" then\n            hs.status = \"Healthy\"\n            if obj.status.message ~= nil then\n                hs.message = obj.status.message\n            else\n                hs.message = \"Cluster is in a healthy running state\"\n            end\n        end\n        if obj.status.state == \"Restarting\" then\n            hs.status = \"Progressing\"\n            if obj.status.message ~= nil then\n                hs.message = obj.status.message\n            else\n                hs.message = \"Cluster pods are being restarted\"\n            end\n        end\n        if obj.status.state == \"Upgrading\" then\n            hs.status = \"Progressing\"\n            if obj.status.message ~= nil then\n                hs.message = obj.status.message\n            else\n                hs.message = \"Cluster pods are being upgraded\"\n            end\n        end\n        if obj.status.state == \"ConfigError\" then\n            hs.status = \"Degraded\"\n            if obj.status.message ~= nil then\n                hs.message = obj.status.message\n            else\n                hs.message = \"User-provided cluster specification resulted in a configuration error\"\n            end\n        end\n        if obj.status.state == \"Pending\" then\n            hs.status = \"Progressing\"\n            if obj.status.message ~= nil then\n                hs.message = obj.status.message\n            else\n                hs.message = \"Cluster is waiting on resources to be provisioned\"\n            end\n        end\n        if obj.status.state == \"Unknown\" then\n            hs.status = \"Unknown\"\n            if obj.status.message ~= nil then\n                hs.message = obj.status.message\n            else\n                hs.message = \"Component state: Unknown.\"\n            end\n        end\n    end\n    return hs\nend\nreturn hs",
    "core.humio.com/HumioIngestToken": "hs = {\n    status = \"Progressing\",\n    message = \"Update in progress\"\n}\nif obj.status ~= nil then\n    if obj.status.state ~= nil then\n        if obj.status.state == \"Exists\" then\n            hs.status = \"Healthy\"\n            hs.message = \"Component state: Exists.\"\n        end\n        if obj.status.state == \"NotFound\" then\n            hs.status = \"Missing\"\n            hs.message = \"Component state: NotFound.\"\n        end\n        if obj.status.state == \"ConfigError\" then\n            hs.status = \"Degraded\"\n            hs.message = \"Component state: ConfigError.\"\n        end\n        if obj.status.state == \"Unknown\" then\n            hs.status = \"Unknown\"\n            hs.message = \"Component state: Unknown.\"\n        end\n        if obj.status.state == \"Unknown\" then\n            hs.status = \"Unknown\"\n            hs.message = \"Component state: Unknown.\"\n        end\n    end\n    return hs\nend\nreturn hs",
    "core.humio.com/HumioParser": "hs = {\n    status = \"Progressing\",\n    message = \"Update in progress\"\n}\nif obj.status ~= nil then\n    if obj.status.state ~= nil then\n        if obj.status.state == \"Exists\" then\n            hs.status = \"Healthy\"\n            hs.message = \"Component state: Exists.\"\n        end\n        if obj.status.state == \"NotFound\" then\n            hs.status = \"Missing\"\n            hs.message = \"Component state: NotFound.\"\n        end\n        if obj.status.state == \"ConfigError\" then\n            hs.status = \"Degraded\"\n            hs.message = \"Component state: ConfigError.\"\n        end\n        if obj.status.state == \"Unknown\" then\n            hs.status = \"Unknown\"\n            hs.message = \"Component state: Unknown.\"\n        end\n        if obj.status.state == \"Unknown\" then\n            hs.status = \"Unknown\"\n            hs.message = \"Component state: Unknown.\"\n        end\n    end\n    return hs\nend\nreturn hs",
    "core.humio.com/HumioRepository": "hs = {\n    status = \"Progressing\",\n    message = \"Update in progress\"\n}\nif obj.status ~= nil then\n    if obj.status.state ~= nil then\n        if obj.status.state == \"Exists\" then\n            hs.status = \"Healthy\"\n            hs.message = \"Component state: Exists.\"\n        end\n        if obj.status.state == \"NotFound\" then\n            hs.status = \"Missing\"\n            hs.message = \"Component state: NotFound.\"\n        end\n        if obj.status.state == \"ConfigError\" then\n            hs.status = \"Degraded\"\n            hs.message = \"Component state: ConfigError.\"\n        end\n        if obj.status.state == \"Unknown\" then\n            hs.status = \"Unknown\"\n            hs.message = \"Component state: Unknown.\"\n        end\n        if obj.status.state == \"Unknown\" then\n            hs.status = \"Unknown\"\n            hs.message = \"Component state: Unknown.\"\n        end\n    end\n    return hs\nend\nreturn hs",
    "core.humio.com/HumioView": "hs = {\n    status = \"Progressing\",\n    message = \"Update in progress\"\n}\nif obj.status ~= nil then\n    if obj.status.state ~= nil then\n        if obj.status.state == \"Exists\" then\n            hs.status = \"Healthy\"\n            hs.message = \"Component state: Exists.\"\n        end\n        if obj.status.state == \"NotFound\" then\n            hs.status = \"Missing\"\n            hs.message = \"Component state: NotFound.\"\n        end\n        if obj.status.state == \"ConfigError\" then\n            hs.status = \"Degraded\"\n            hs.message = \"Component state: ConfigError.\"\n        end\n        if obj.status.state == \"Unknown\" then\n            hs.status = \"Unknown\"\n            hs.message = \"Component state: Unknown.\"\n        end\n    end\n    return hs\nend\nreturn hs\n",
    "core.spinkube.dev/SpinApp": "hs = {}\n\n-- Check if status exists\nif not obj.status then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for status to be available\"\n  return hs\nend\n\n-- Initialize variables for conditions\nlocal available = false\nlocal progressing = false\nlocal availableMessage = \"\"\nlocal progressingMessage = \"\"\n\n-- Check conditions - prioritize failure conditions first\nif obj.status.conditions then\n  for _, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Progressing\" then\n      -- Check for timeout or failure in progressing condition first\n      if condition.status == \"False\" and (condition.reason == \"ProgressDeadlineExceeded\" or string.find(string.lower(condition.message or \"\"), \"timeout\") or string.find(string.lower(condition.message or \"\"), \"failed\")) then\n        hs.status = \"Degraded\"\n        hs.message = condition.message or \"Application deployment has failed\"\n        return hs\n      end\n      -- If progressing is true, mark it (any progressing=true condition wins)\n      if condition.status == \"True\" then\n        progressing = true\n        progressingMessage = condition.message or \"Application progress status\"\n      end\n    elseif condition.type == \"Available\" then\n      -- For available, we want all to be true, so any false condition wins\n      if condition.status == \"True\" then\n        available = true\n        availableMessage = condition.message or \"Application availability status\"\n      else\n        available = false\n        availableMessage = condition.message or \"Application is not available\"\n      end\n    end\n  end\nend\n\n-- Check ready replicas if specified\nlocal readyReplicas = obj.status.readyReplicas or 0\nlocal desiredReplicas = obj.spec.replicas or 1\n\n-- Determine status based on conditions\nif not available then\n  hs.status = \"Degraded\"\n  hs.message = availableMessage or \"Application is not available\"\n  return hs\nend\n\nif readyReplicas < desiredReplicas then\n  hs.status = \"Progressing\"\n  hs.message = string.format(\"Waiting for replicas to be ready (%d/%d)\", readyReplicas, desiredReplicas)\n  return hs\nend\n\nif progressing then\n  hs.status = \"Progressing\"\n  hs.message = progressingMessage or \"Application is still progressing\"\n  return hs\nend\n\n-- All checks passed\nhs.status = \"Healthy\"\nhs.message = string.format(\"Application is healthy with %d/%d replicas ready\", readyReplicas, desiredReplicas)\n\nreturn hs",
    "datadoghq.com/DatadogMetric": "-- Reference CRD can be found here:\n-- https://github.com/DataDog/helm-charts/blob/main/charts/datadog-crds/templates/datadoghq.com_datadogmetrics_v1.yaml\n\nhs = {}\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for i, condition in ipairs(obj.status.conditions) do\n    -- Check for the \"Error: True\" condition first\n    if condition.type == \"Error\" and condition.status == \"True\" then\n      hs.status = \"Degraded\"\n      local reason = condition.reason or \"\"\n      local message = condition.message or \"DatadogMetric reported an error\"\n      if reason ~= \"\" then\n        hs.message = reason .. \": \" .. message\n      else\n        hs.message = message\n      end\n      return hs\n    end\n  end\n  for i, condition in ipairs(obj.status.conditions) do\n    -- Check for the \"Valid: False\" condition\n    if condition.type == \"Valid\" and condition.status == \"False\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message or \"DatadogMetric is not valid\"\n      return hs\n    end\n  end\nend\n-- If no \"Degraded\" conditions are found, default to Healthy\nhs.status = \"Healthy\"\nhs.message = \"DatadogMetric is healthy\"\nreturn hs\n",
    "db.atlasgo.io/AtlasMigration": "hs = {}\n\nlocal function readyCond(obj)\n  if obj.status ~= nil and obj.status.conditions ~= nil then\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" then\n        return condition\n      end\n    end\n  end\n  return nil\nend\n\nlocal ready = readyCond(obj)\n\nif ready == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for Atlas Operator\"\n  return hs\nend\n\nif ready.status == \"True\" then\n  hs.status = \"Healthy\"\n  hs.message = ready.reason\n  return hs\nend\n\nif ready.reason == \"Reconciling\" then\n  hs.status = \"Progressing\"\nelse\n  hs.status = \"Degraded\"\nend\n\nhs.message = ready.reason\n\nreturn hs\n\n",
    "db.atlasgo.io/AtlasSchema": "hs = {}\n\nlocal function readyCond(obj)\n  if obj.status ~= nil and obj.status.conditions ~= nil then\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" then\n        return condition\n      end\n    end\n  end\n  return nil\nend\n\nlocal ready = readyCond(obj)\n\nif ready == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for Atlas Operator\"\n  return hs\nend\n\nif ready.status == \"True\" then\n  hs.status = \"Healthy\"\n  hs.message = ready.reason\n  return hs\nend\n\nif ready.message == \"Reconciling\" or ready.message == \"GettingDevDB\" then\n  hs.status = \"Progressing\"\nelse\n  hs.status = \"Degraded\"\nend\n\nhs.message = ready.reason\n\nreturn hs\n\n",
    "elasticsearch.k8s.elastic.co/Elasticsearch": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.availableNodes ~= nil then\n    local sum = 0\n    for _,node in pairs(obj.spec.nodeSets) do\n      sum = sum + node.count\n    end\n    if obj.status.availableNodes < sum then\n      hs.status = \"Progressing\"\n      hs.message = \"The desired amount of availableNodes is \" .. sum .. \" but the current amount is \" .. obj.status.availableNodes\n      return hs\n    elseif obj.status.availableNodes == sum then\n      if obj.status.phase ~= nil and obj.status.health ~= nil then\n        if obj.status.phase == \"Ready\" then\n          if obj.status.health == \"green\" then\n            hs.status = \"Healthy\"\n            hs.message = \"Elasticsearch Cluster status is Green\"\n            return hs\n          elseif obj.status.health == \"yellow\" then\n            hs.status = \"Progressing\"\n            hs.message = \"Elasticsearch Cluster status is Yellow. Check the status of indices, replicas and shards\"\n            return hs\n          elseif obj.status.health == \"red\" then\n            hs.status = \"Degraded\"\n            hs.message = \"Elasticsearch Cluster status is Red. Check the status of indices, replicas and shards\"\n            return hs\n          end\n        elseif obj.status.phase == \"ApplyingChanges\" then\n          hs.status = \"Progressing\"\n          hs.message = \"Elasticsearch phase is ApplyingChanges\"\n          return hs\n        elseif obj.status.phase == \"MigratingData\" then\n          hs.status = \"Progressing\"\n          hs.message = \"Elasticsearch phase is MigratingData\"\n          return hs\n        elseif obj.status.phase == \"Invalid\" then\n          hs.status = \"Degraded\"\n          hs.message = \"Elasticsearch phase is Invalid\"\n          return hs\n        end\n      end\n    end\n  end\nend\n\nhs.status = \"Unknown\"\nhs.message = \"Elasticsearch Cluster status is unknown. Ensure your ArgoCD is current and then check for/file a bug report: https://github.com/argoproj/argo-cd/issues\"\nreturn hs\n",
    "external-secrets.io/ClusterExternalSecret": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    -- For ClusterExternalSecret, new statuses are appended to the end of the list\n    local lastStatus = obj.status.conditions[#obj.status.conditions]\n    if lastStatus.type == \"Ready\" and lastStatus.status == \"True\" then\n      hs.status = \"Healthy\"\n      hs.message = lastStatus.message\n      return hs\n    end\n    if lastStatus.type == \"PartiallyReady\" and lastStatus.status == \"True\" then\n      hs.status = \"Degraded\"\n      hs.message = lastStatus.message\n      return hs\n    end\n    if lastStatus.type == \"NotReady\" and lastStatus.status == \"True\" then\n      hs.status = \"Degraded\"\n      hs.message = lastStatus.message\n      return hs\n    end\n  end\nend\nhs.status = \"Progressing\"\nhs.message = \"Waiting for ClusterExternalSecret\"\nreturn hs\n",
    "external-secrets.io/ClusterSecretStore": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" and condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n  end\nend\nhs.status = \"Progressing\"\nhs.message = \"Waiting for ClusterSecretStore\"\nreturn hs\n",
    "external-secrets.io/ExternalSecret": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" and condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n  end\nend\nhs.status = \"Progressing\"\nhs.message = \"Waiting for ExternalSecret\"\nreturn hs\n",
    "external-secrets.io/PushSecret": "hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" and condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n  end\nend\nhs.status = \"Progressing\"\nhs.message = \"Waiting for PushSecret\"\nreturn hs\n",
    "external-secrets.io/SecretStore": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" and condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n  end\nend\nhs.status = \"Progressing\"\nhs.message = \"Waiting for SecretStore\"\nreturn hs\n",
    "flagger.app/Canary": "local sep = \" --- \"\nlocal hs = {}\nif obj.status ~= nil then\n  local message = \"\"\n  if tonumber(obj.status.canaryWeight) > 0 then            \n    message = \"Canary Weight: \" .. obj.status.canaryWeight .. \" %\"\n  end\n  for i, condition in ipairs(obj.status.conditions) do\n    if message ~= \"\" then\n      message = message .. sep\n    end\n    message = message .. condition.message\n  end          \n  if obj.status.phase == \"Failed\" then\n    hs.status = \"Degraded\"\n  elseif ( obj.status.phase == \"Progressing\" or \n      obj.status.phase == \"Finalising\" or\n      obj.status.phase == \"Promoting\" ) then             \n    hs.status = \"Progressing\"\n  elseif ( obj.status.phase == \"Succeeded\" or \n      obj.status.phase == \"Initialized\" ) then\n    hs.status = \"Healthy\"\n  else\n    hs.status = \"Unknown\"\n  end\n  hs.message = obj.status.phase .. sep .. message \n  return hs\nend        \nhs.status = \"Unknown\"\nhs.message = \"No status\"\nreturn hs",
    "flink.apache.org/FlinkDeployment": "local health_status = {}\n\nif obj.status ~= nil and obj.status.reconciliationStatus ~= nil then\n  if obj.status.reconciliationStatus.success or obj.status.reconciliationStatus.state == \"DEPLOYED\" then\n    health_status.status = \"Healthy\"\n    return health_status\n  end \n\n  if obj.status.jobManagerDeploymentStatus == \"DEPLOYED_NOT_READY\" or obj.status.jobManagerDeploymentStatus == \"DEPLOYING\" then\n    health_status.status = \"Progressing\"\n    health_status.message = \"Waiting for deploying\"\n    return health_status\n  end\n\n  if obj.status.jobManagerDeploymentStatus == \"ERROR\" then\n    health_status.status = \"Degraded\"\n    health_status.message = obj.status.reconciliationStatus.error\n    return health_status\n  end \nend\n\n-- A FlinkDeployment submitted with `job.state: suspended` is never deployed: the\n-- operator returns before its first deployment, so no `lastReconciledSpec` is ever\n-- recorded, `reconciliationStatus` keeps its default `UPGRADING` state and\n-- `jobManagerDeploymentStatus` stays `MISSING`. The deployment already is in its\n-- desired state, so waiting for the operator here would keep it Progressing forever.\n-- A job suspended after it had been deployed is not matched here: it records a\n-- `lastReconciledSpec` and is still converging, so it stays Progressing.\nif obj.spec ~= nil and obj.spec.job ~= nil and obj.spec.job.state == \"suspended\"\n    and (obj.status == nil or obj.status.reconciliationStatus == nil\n      or obj.status.reconciliationStatus.lastReconciledSpec == nil) then\n  health_status.status = \"Healthy\"\n  health_status.message = \"Job is suspended\"\n  return health_status\nend\n\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"Waiting for Flink operator\"\nreturn health_status\n",
    "flink.apache.org/FlinkSessionJob": "local health_status = {}\n\nif obj.status ~= nil and obj.status.jobStatus ~= nil then\n  if obj.status.jobStatus.state == \"RUNNING\" or obj.status.jobStatus.state == \"FINISHED\" then\n    health_status.status = \"Healthy\"\n    health_status.message = obj.status.jobStatus.state\n    return health_status\n  end\n\n  if obj.status.jobStatus.state == \"RECONCILING\" or obj.status.jobStatus.state == \"CREATED\" then\n    health_status.status = \"Progressing\"\n    health_status.message = obj.status.jobStatus.state\n    return health_status\n  end\n\n  if obj.status.jobStatus.state == \"SUSPENDED\" or obj.status.jobStatus.state == \"CANCELED\" then\n    health_status.status = \"Suspended\"\n    health_status.message = obj.status.jobStatus.state\n    return health_status\n  end\n\n  if obj.status.jobStatus.state == \"FAILED\" then\n    health_status.status = \"Degraded\"\n    if obj.status.error ~= nil then\n      health_status.message = obj.status.error\n    else\n      health_status.message = \"FlinkSessionJob failed\"\n    end\n    return health_status\n  end\nend\n\nif obj.status ~= nil and obj.status.error ~= nil then\n  health_status.status = \"Degraded\"\n  health_status.message = obj.status.error\n  return health_status\nend\n\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"Waiting for FlinkSessionJob to be reconciled\"\nreturn health_status\n",
    "game.kruise.io/GameServer": "hs = {status=\"Unknown\", message=\"Waiting for GameServer to be ready\"}\n\nif obj.status then\n    local cur  = obj.status.currentState\n    local dest = obj.status.desiredState\n\n    -- 1) Check cur and dest status: Progressing\n    if cur ~= dest then\n    hs.status = \"Progressing\"\n    hs.message = \"State change: \" .. (cur or \"Unknown\") .. \" → \" .. (dest or \"Unknown\")\n    return hs\n    end\n\n    -- 2) Check pod: KruisePodReady\n    local podCond = obj.status.podStatus or {}\n    for _, c in ipairs(podCond.conditions or {}) do\n        if c.type == \"KruisePodReady\" and c.status ~= \"True\" then\n            hs.status = \"Degraded\"\n            hs.message = \"Pod is not ready: \" .. c.type\n            return hs\n        end\n    end\n\n    -- 3) Both ready: Healthy\n    if cur == \"Ready\" and dest == \"Ready\" then\n    hs.status = \"Healthy\"\n    hs.message = \"GameServer is Ready\"\n    return hs\n    end\nend\n\nreturn hs",
    "game.kruise.io/GameServerSet": "hs = {status=\"Progressing\", message=\"Waiting for GameServerSet initialization\"}\n\nif obj.status and obj.metadata.generation == obj.status.observedGeneration then\n  local ru = obj.spec.updateStrategy and obj.spec.updateStrategy.rollingUpdate or {}\n\n  -- 1) Pause\n  if ru.paused == true then\n    hs.status  = \"Suspended\"\n    hs.message = \"GameServerSet is paused\"\n    return hs\n  end\n\n  -- 2) Partition\n  local partition = ru.partition or 0\n  if partition ~= 0 and (obj.status.updatedReplicas or 0) >= (obj.status.replicas or 0) - partition then\n    hs.status  = \"Suspended\"\n    hs.message = \"Partition=\" .. partition .. \", waiting for manual intervention\"\n    return hs\n  end\n\n  -- 3) All updated and ready\n  if (obj.status.updatedReadyReplicas or 0) == (obj.status.replicas or 0) then\n    hs.status  = \"Healthy\"\n    hs.message = \"All GameServerSet replicas are updated and ready\"\n    return hs\n  end\n\n  -- 4) ReadyRelicas not enough\n  if (obj.status.readyReplicas or 0) < (obj.status.replicas or 0) then\n    hs.status  = \"Progressing\"\n    hs.message = \"ReadyReplicas \" ..\n                 (obj.status.readyReplicas or 0) .. \"/\" ..\n                 (obj.status.replicas or 0) .. \", still progressing\"\n    return hs\n  end\nend\n\nreturn hs",
    "gateway.envoyproxy.io/Backend": "local hs = {}\n\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Accepted\" then\n        if condition.observedGeneration ~= nil and condition.observedGeneration ~= obj.metadata.generation then\n          hs.status = \"Progressing\"\n          hs.message = \"Waiting for Backend status to be updated\"\n          return hs\n        end\n        if condition.status == \"True\" then\n          hs.status = \"Healthy\"\n          hs.message = condition.message\n          return hs\n        else\n          hs.status = \"Degraded\"\n          hs.message = condition.message\n          return hs\n        end\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Backend status\"\nreturn hs\n",
    "gateway.envoyproxy.io/BackendTrafficPolicy": "local hs = {}\n\n-- isAncestorGenerationObserved checks if an ancestor's conditions match the current resource generation\nfunction isAncestorGenerationObserved(obj, ancestor)\n  if obj.metadata.generation == nil then\n    return true\n  end\n\n  if ancestor.conditions == nil or #ancestor.conditions == 0 then\n    return false\n  end\n\n  for _, condition in ipairs(ancestor.conditions) do\n    if condition.observedGeneration ~= nil then\n      if condition.observedGeneration ~= obj.metadata.generation then\n        return false\n      end\n    end\n  end\n\n  return true\nend\n\nif obj.status ~= nil then\n  if obj.status.ancestors ~= nil then\n    for _, ancestor in ipairs(obj.status.ancestors) do\n      if ancestor.conditions ~= nil then\n        -- Skip this ancestor if it's not from the current generation\n        if not isAncestorGenerationObserved(obj, ancestor) then\n          goto continue\n        end\n\n        for _, condition in ipairs(ancestor.conditions) do\n          if condition.type == \"Accepted\" and condition.status == \"False\" then\n            hs.status = \"Degraded\"\n            hs.message = condition.message\n            return hs\n          end\n        end\n\n        ::continue::\n      end\n    end\n\n    -- Only mark as healthy if we found at least one ancestor from the current generation\n    for _, ancestor in ipairs(obj.status.ancestors) do\n      if ancestor.conditions ~= nil and #ancestor.conditions > 0 then\n        if isAncestorGenerationObserved(obj, ancestor) then\n          hs.status = \"Healthy\"\n          hs.message = \"BackendTrafficPolicy is healthy\"\n          return hs\n        end\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for BackendTrafficPolicy status\"\nreturn hs\n",
    "gateway.envoyproxy.io/ClientTrafficPolicy": "local hs = {}\n\n-- isAncestorGenerationObserved checks if an ancestor's conditions match the current resource generation\nfunction isAncestorGenerationObserved(obj, ancestor)\n  if obj.metadata.generation == nil then\n    return true\n  end\n\n  if ancestor.conditions == nil or #ancestor.conditions == 0 then\n    return false\n  end\n\n  for _, condition in ipairs(ancestor.conditions) do\n    if condition.observedGeneration ~= nil then\n      if condition.observedGeneration ~= obj.metadata.generation then\n        return false\n      end\n    end\n  end\n\n  return true\nend\n\nif obj.status ~= nil then\n  if obj.status.ancestors ~= nil then\n    for _, ancestor in ipairs(obj.status.ancestors) do\n      if ancestor.conditions ~= nil then\n        -- Skip this ancestor if it's not from the current generation\n        if not isAncestorGenerationObserved(obj, ancestor) then\n          goto continue\n        end\n\n        for _, condition in ipairs(ancestor.conditions) do\n          if condition.type == \"Accepted\" and condition.status == \"False\" then\n            hs.status = \"Degraded\"\n            hs.message = condition.message\n            return hs\n          end\n        end\n\n        ::continue::\n      end\n    end\n\n    -- Only mark as healthy if we found at least one ancestor from the current generation\n    for _, ancestor in ipairs(obj.status.ancestors) do\n      if ancestor.conditions ~= nil and #ancestor.conditions > 0 then\n        if isAncestorGenerationObserved(obj, ancestor) then\n          hs.status = \"Healthy\"\n          hs.message = \"ClientTrafficPolicy is healthy\"\n          return hs\n        end\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for ClientTrafficPolicy status\"\nreturn hs\n",
    "gateway.envoyproxy.io/EnvoyExtensionPolicy": "local hs = {}\n\n-- isAncestorGenerationObserved checks if an ancestor's conditions match the current resource generation\nfunction isAncestorGenerationObserved(obj, ancestor)\n  if obj.metadata.generation == nil then\n    return true\n  end\n\n  if ancestor.conditions == nil or #ancestor.conditions == 0 then\n    return false\n  end\n\n  for _, condition in ipairs(ancestor.conditions) do\n    if condition.observedGeneration ~= nil then\n      if condition.observedGeneration ~= obj.metadata.generation then\n        return false\n      end\n    end\n  end\n\n  return true\nend\n\nif obj.status ~= nil then\n  if obj.status.ancestors ~= nil then\n    for _, ancestor in ipairs(obj.status.ancestors) do\n      if ancestor.conditions ~= nil then\n        -- Skip this ancestor if it's not from the current generation\n        if not isAncestorGenerationObserved(obj, ancestor) then\n          goto continue\n        end\n\n        for _, condition in ipairs(ancestor.conditions) do\n          if condition.type == \"Accepted\" and condition.status == \"False\" then\n            hs.status = \"Degraded\"\n            hs.message = condition.message\n            return hs\n          end\n        end\n\n        ::continue::\n      end\n    end\n\n    -- Only mark as healthy if we found at least one ancestor from the current generation\n    for _, ancestor in ipairs(obj.status.ancestors) do\n      if ancestor.conditions ~= nil and #ancestor.conditions > 0 then\n        if isAncestorGenerationObserved(obj, ancestor) then\n          hs.status = \"Healthy\"\n          hs.message = \"EnvoyExtensionPolicy is healthy\"\n          return hs\n        end\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for EnvoyExtensionPolicy status\"\nreturn hs\n",
    "gateway.envoyproxy.io/EnvoyPatchPolicy": "local hs = {}\n\n-- isAncestorGenerationObserved checks if an ancestor's conditions match the current resource generation\nfunction isAncestorGenerationObserved(obj, ancestor)\n  if obj.metadata.generation == nil then\n    return true\n  end\n\n  if ancestor.conditions == nil or #ancestor.conditions == 0 then\n    return false\n  end\n\n  for _, condition in ipairs(ancestor.conditions) do\n    if condition.observedGeneration ~= nil then\n      if condition.observedGeneration ~= obj.metadata.generation then\n        return false\n      end\n    end\n  end\n\n  return true\nend\n\nif obj.status ~= nil then\n  if obj.status.ancestors ~= nil then\n    for _, ancestor in ipairs(obj.status.ancestors) do\n      if ancestor.conditions ~= nil then\n        -- Skip this ancestor if it's not from the current generation\n        if not isAncestorGenerationObserved(obj, ancestor) then\n          goto continue\n        end\n\n        for _, condition in ipairs(ancestor.conditions) do\n          if condition.type == \"Accepted\" and condition.status == \"False\" then\n            hs.status = \"Degraded\"\n            hs.message = condition.message\n            return hs\n          end\n        end\n\n        ::continue::\n      end\n    end\n\n    -- Only mark as healthy if we found at least one ancestor from the current generation\n    for _, ancestor in ipairs(obj.status.ancestors) do\n      if ancestor.conditions ~= nil and #ancestor.conditions > 0 then\n        if isAncestorGenerationObserved(obj, ancestor) then\n          hs.status = \"Healthy\"\n          hs.message = \"EnvoyPatchPolicy is healthy\"\n          return hs\n        end\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for EnvoyPatchPolicy status\"\nreturn hs\n",
    "gateway.envoyproxy.io/SecurityPolicy": "local hs = {}\n\n-- isAncestorGenerationObserved checks if an ancestor's conditions match the current resource generation\nfunction isAncestorGenerationObserved(obj, ancestor)\n  if obj.metadata.generation == nil then\n    return true\n  end\n\n  if ancestor.conditions == nil or #ancestor.conditions == 0 then\n    return false\n  end\n\n  for _, condition in ipairs(ancestor.conditions) do\n    if condition.observedGeneration ~= nil then\n      if condition.observedGeneration ~= obj.metadata.generation then\n        return false\n      end\n    end\n  end\n\n  return true\nend\n\nif obj.status ~= nil then\n  if obj.status.ancestors ~= nil then\n    for _, ancestor in ipairs(obj.status.ancestors) do\n      if ancestor.conditions ~= nil then\n        -- Skip this ancestor if it's not from the current generation\n        if not isAncestorGenerationObserved(obj, ancestor) then\n          goto continue\n        end\n\n        for _, condition in ipairs(ancestor.conditions) do\n          if condition.type == \"Accepted\" and condition.status == \"False\" then\n            hs.status = \"Degraded\"\n            hs.message = condition.message\n            return hs\n          end\n        end\n\n        ::continue::\n      end\n    end\n\n    -- Only mark as healthy if we found at least one ancestor from the current generation\n    for _, ancestor in ipairs(obj.status.ancestors) do\n      if ancestor.conditions ~= nil and #ancestor.conditions > 0 then\n        if isAncestorGenerationObserved(obj, ancestor) then\n          hs.status = \"Healthy\"\n          hs.message = \"SecurityPolicy is healthy\"\n          return hs\n        end\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for SecurityPolicy status\"\nreturn hs\n",
    "gateway.networking.k8s.io/BackendTLSPolicy": "local hs = {}\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for BackendTLSPolicy status\"\n\nif obj.status ~= nil and obj.status.ancestors ~= nil then\n  if obj.metadata.generation ~= nil then\n    for i, ancestor in ipairs(obj.status.ancestors) do\n      for _, condition in ipairs(ancestor.conditions) do\n        if condition.observedGeneration ~= nil then\n          if condition.observedGeneration ~= obj.metadata.generation then\n              hs.message = \"Waiting for Ancestor \" .. (ancestor.ancestorRef.name or \"\") .. \" to update BackendTLSPolicy status\"\n             return hs\n          end\n        end\n      end\n    end\n  end\n\n  for i, ancestor in ipairs(obj.status.ancestors) do\n    for j, condition in ipairs(ancestor.conditions) do\n      if condition.type == \"Accepted\" then\n        if condition.status ~= \"True\" then\n          hs.status = \"Degraded\"\n          hs.message = \"Ancestor \" .. (ancestor.ancestorRef.name or \"\") .. \": \" .. condition.message\n          return hs\n        else\n          hs.status = \"Healthy\"\n          hs.message = \"BackendTLSPolicy is healthy\"\n        end\n      end\n\n      if condition.type == \"ResolvedRefs\" then\n        if condition.status ~= \"True\" then\n          hs.status = \"Degraded\"\n          hs.message = \"Ancestor \" .. (ancestor.ancestorRef.name or \"\") .. \": \" .. condition.message\n          return hs\n        end\n      end\n    end\n  end\nend\n\nreturn hs\n",
    "gateway.networking.k8s.io/GRPCRoute": "local hs = {}\n\nfunction checkConditions(conditions, conditionType)\n  for _, condition in ipairs(conditions) do\n    if condition.type == conditionType and condition.status == \"False\" then\n      return false, condition.message or (\"Failed condition: \" .. conditionType)\n    end\n  end\n  return true\nend\n\n-- isParentGenerationObserved checks if a parent's conditions match the current resource generation\n-- For GRPCRoute, observedGeneration is stored in each condition within a parent\nfunction isParentGenerationObserved(obj, parent)\n  if obj.metadata.generation == nil then\n    -- If no generation is set, accept all conditions\n    return true\n  end\n\n  if parent.conditions == nil or #parent.conditions == 0 then\n    return false\n  end\n\n  -- Check if all conditions have observedGeneration matching current generation\n  for _, condition in ipairs(parent.conditions) do\n    if condition.observedGeneration ~= nil then\n      if condition.observedGeneration ~= obj.metadata.generation then\n        return false\n      end\n    end\n  end\n\n  return true\nend\n\nif obj.status ~= nil then\n  if obj.status.parents ~= nil then\n    for _, parent in ipairs(obj.status.parents) do\n      if parent.conditions ~= nil then\n        -- Skip this parent if it's not from the current generation\n        if not isParentGenerationObserved(obj, parent) then\n          goto continue\n        end\n\n        local resolvedRefsFalse, resolvedRefsMsg = checkConditions(parent.conditions, \"ResolvedRefs\")\n        local acceptedFalse, acceptedMsg = checkConditions(parent.conditions, \"Accepted\")\n\n        if not resolvedRefsFalse then\n          hs.status = \"Degraded\"\n          hs.message = \"Parent \" .. (parent.parentRef.name or \"\") .. \": \" .. resolvedRefsMsg\n          return hs\n        end\n\n        if not acceptedFalse then\n          hs.status = \"Degraded\"\n          hs.message = \"Parent \" .. (parent.parentRef.name or \"\") .. \": \" .. acceptedMsg\n          return hs\n        end\n\n        local isProgressing = false\n        local progressingMsg = \"\"\n\n        for _, condition in ipairs(parent.conditions) do\n          if condition.type == \"Programmed\" and condition.status ~= \"True\" then\n            isProgressing = true\n            progressingMsg = condition.message or \"Route is still being programmed\"\n            break\n          end\n        end\n\n        if isProgressing then\n          hs.status = \"Progressing\"\n          hs.message = \"Parent \" .. (parent.parentRef.name or \"\") .. \": \" .. progressingMsg\n          return hs\n        end\n\n        ::continue::\n      end\n    end\n\n    if #obj.status.parents > 0 then\n      for _, parent in ipairs(obj.status.parents) do\n        if parent.conditions ~= nil and #parent.conditions > 0 then\n          -- Only mark as healthy if we found a parent from the current generation\n          if isParentGenerationObserved(obj, parent) then\n            hs.status = \"Healthy\"\n            hs.message = \"GRPCRoute is healthy\"\n            return hs\n          end\n        end\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for GRPCRoute status\"\nreturn hs\n",
    "gateway.networking.k8s.io/Gateway": "local hs = {}\n\nfunction checkConditions(conditions, conditionType)\n  for _, condition in ipairs(conditions) do\n    if condition.type == conditionType and condition.status == \"False\" then\n      return false, condition.message or (\"Failed condition: \" .. conditionType)\n    end\n  end\n  return true\nend\n\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local resolvedRefsFalse, resolvedRefsMsg = checkConditions(obj.status.conditions, \"ResolvedRefs\")\n    local acceptedFalse, acceptedMsg = checkConditions(obj.status.conditions, \"Accepted\")\n\n    if not resolvedRefsFalse then\n      hs.status = \"Degraded\"\n      hs.message = resolvedRefsMsg\n      return hs\n    end\n\n    if not acceptedFalse then\n      hs.status = \"Degraded\"\n      hs.message = acceptedMsg\n      return hs\n    end\n\n    local isProgressing = false\n    local progressingMsg = \"\"\n\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Programmed\" and condition.status ~= \"True\" then\n        isProgressing = true\n        progressingMsg = condition.message or \"Gateway is still being programmed\"\n        break\n      end\n    end\n\n    if isProgressing then\n      hs.status = \"Progressing\"\n      hs.message = progressingMsg\n      return hs\n    end\n  end\n\n  if obj.status.listeners ~= nil then\n    for _, listener in ipairs(obj.status.listeners) do\n      if listener.conditions ~= nil then\n        local resolvedRefsFalse, resolvedRefsMsg = checkConditions(listener.conditions, \"ResolvedRefs\")\n        local acceptedFalse, acceptedMsg = checkConditions(listener.conditions, \"Accepted\")\n\n        if not resolvedRefsFalse then\n          hs.status = \"Degraded\"\n          hs.message = \"Listener: \" .. resolvedRefsMsg\n          return hs\n        end\n\n        if not acceptedFalse then\n          hs.status = \"Degraded\"\n          hs.message = \"Listener: \" .. acceptedMsg\n          return hs\n        end\n\n        local isProgressing = false\n        local progressingMsg = \"\"\n\n        for _, condition in ipairs(listener.conditions) do\n          if condition.type == \"Programmed\" and condition.status ~= \"True\" then\n            isProgressing = true\n            progressingMsg = condition.message or \"Listener is still being programmed\"\n            break\n          end\n        end\n\n        if isProgressing then\n          hs.status = \"Progressing\"\n          hs.message = \"Listener: \" .. progressingMsg\n          return hs\n        end\n      end\n    end\n  end\n\n  if obj.status.conditions ~= nil or (obj.status.listeners ~= nil and #obj.status.listeners > 0) then\n    hs.status = \"Healthy\"\n    hs.message = \"Gateway is healthy\"\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Gateway status\"\nreturn hs\n",
    "gateway.networking.k8s.io/GatewayClass": "-- GatewayClass health check for Argo CD\n--\n-- GatewayClass is a cluster-scoped Gateway API resource whose readiness is\n-- expressed through .status.conditions[type=Accepted].\n-- A Gateway API controller watches GatewayClass resources and sets the\n-- Accepted condition to indicate whether it can serve Gateways for this class.\n--\n-- Accepted condition semantics (Gateway API spec):\n--   True    – controller accepts this class and can provision Gateways\n--   False   – controller rejects this class (e.g. invalid parameters)\n--   Unknown – controller has not yet reconciled (default initial state, reason=Pending)\n--\n-- Argo CD health mapping:\n--   Accepted=True              -> Healthy\n--   Accepted=False             -> Degraded\n--   Accepted=Unknown / absent  -> Progressing\n--   observedGeneration stale   -> Progressing (avoids reporting outdated status)\n--\n-- References:\n--   GatewayClass status:        https://gateway-api.sigs.k8s.io/api-types/gatewayclass/#gatewayclass-status\n--   Accepted condition type:    https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io/v1.GatewayClassConditionType\n--   observedGeneration pattern: https://gateway-api.sigs.k8s.io/guides/implementers/#conditions\n\nlocal hs = {}\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for _, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Accepted\" then\n      -- Skip stale conditions where the controller has not yet reconciled the current generation.\n      -- See: https://gateway-api.sigs.k8s.io/guides/implementers/#conditions\n      if obj.metadata ~= nil and obj.metadata.generation ~= nil and condition.observedGeneration ~= nil then\n        if condition.observedGeneration ~= obj.metadata.generation then\n          goto continue\n        end\n      end\n\n      if condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message or \"GatewayClass is accepted\"\n        return hs\n      elseif condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message or \"GatewayClass is not accepted\"\n        return hs\n      else\n        hs.status = \"Progressing\"\n        hs.message = condition.message or \"Waiting for GatewayClass status\"\n        return hs\n      end\n    end\n    ::continue::\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for GatewayClass status\"\nreturn hs\n",
    "gateway.networking.k8s.io/HTTPRoute": "local hs = {}\n\nfunction checkConditions(conditions, conditionType)\n  for _, condition in ipairs(conditions) do\n    if condition.type == conditionType and condition.status == \"False\" then\n      return false, condition.message or (\"Failed condition: \" .. conditionType)\n    end\n  end\n  return true\nend\n\n-- isParentGenerationObserved checks if a parent's conditions match the current resource generation\n-- For HTTPRoute, observedGeneration is stored in each condition within a parent\nfunction isParentGenerationObserved(obj, parent)\n  if obj.metadata.generation == nil then\n    -- If no generation is set, accept all conditions\n    return true\n  end\n\n  if parent.conditions == nil or #parent.conditions == 0 then\n    return false\n  end\n\n  -- Check if all conditions have observedGeneration matching current generation\n  for _, condition in ipairs(parent.conditions) do\n    if condition.observedGeneration ~= nil then\n      if condition.observedGeneration ~= obj.metadata.generation then\n        return false\n      end\n    end\n  end\n\n  return true\nend\n\nif obj.status ~= nil then\n  if obj.status.parents ~= nil then\n    for _, parent in ipairs(obj.status.parents) do\n      if parent.conditions ~= nil then\n        -- Skip this parent if it's not from the current generation\n        if not isParentGenerationObserved(obj, parent) then\n          goto continue\n        end\n\n        local resolvedRefsFalse, resolvedRefsMsg = checkConditions(parent.conditions, \"ResolvedRefs\")\n        local acceptedFalse, acceptedMsg = checkConditions(parent.conditions, \"Accepted\")\n\n        if not resolvedRefsFalse then\n          hs.status = \"Degraded\"\n          hs.message = \"Parent \" .. (parent.parentRef.name or \"\") .. \": \" .. resolvedRefsMsg\n          return hs\n        end\n\n        if not acceptedFalse then\n          hs.status = \"Degraded\"\n          hs.message = \"Parent \" .. (parent.parentRef.name or \"\") .. \": \" .. acceptedMsg\n          return hs\n        end\n\n        local isProgressing = false\n        local progressingMsg = \"\"\n\n        for _, condition in ipairs(parent.conditions) do\n          if condition.type == \"Programmed\" and condition.status ~= \"True\" then\n            isProgressing = true\n            progressingMsg = condition.message or \"Route is still being programmed\"\n            break\n          end\n        end\n\n        if isProgressing then\n          hs.status = \"Progressing\"\n          hs.message = \"Parent \" .. (parent.parentRef.name or \"\") .. \": \" .. progressingMsg\n          return hs\n        end\n\n        ::continue::\n      end\n    end\n\n    if #obj.status.parents > 0 then\n      for _, parent in ipairs(obj.status.parents) do\n        if parent.conditions ~= nil and #parent.conditions > 0 then\n          -- Only mark as healthy if we found a parent from the current generation\n          if isParentGenerationObserved(obj, parent) then\n            hs.status = \"Healthy\"\n            hs.message = \"HTTPRoute is healthy\"\n            return hs\n          end\n        end\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for HTTPRoute status\"\nreturn hs\n",
    "gateway.networking.k8s.io/ListenerSet": "local hs = { status = \"Progressing\", message = \"Waiting for ListenerSet status\"}\n\nif obj.status ~= nil then\n  if obj.metadata.generation ~= nil then\n    if obj.status.conditions ~= nil then\n      for _, condition in ipairs(obj.status.conditions) do\n        if condition.observedGeneration ~= nil then\n          if condition.observedGeneration ~= obj.metadata.generation then\n              return hs\n          end\n        end\n      end\n    end\n  end\n\n  local isProgressing = false\n  for _, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Accepted\" and condition.status == \"False\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message or (\"Failed condition: \" .. conditionType)\n      return hs\n    end\n\n    if condition.type == \"Programmed\" and condition.status ~= \"True\" then\n      isProgressing = true\n      hs.status = \"Progressing\"\n      hs.message =  condition.message or \"ListenerSet is still being programmed\"\n    end\n  end\n\n  if isProgressing then\n    return hs\n  end\n\n  if obj.status.listeners ~= nil and #obj.status.listeners > 0 then\n    for _, listener in ipairs(obj.status.listeners) do\n      if listener.conditions ~= nil then\n        local isProgressing = false\n        for _, condition in ipairs(listener.conditions) do\n            if condition.type == \"ResolvedRefs\" and condition.status == \"False\" then\n              hs.status = \"Degraded\"\n              hs.message = \"Listener: \" .. (condition.message or (\"Failed condition: \" .. conditionType))\n              return hs\n            end\n\n            if condition.type == \"Conflicted\" and condition.status == \"True\" then\n              hs.status = \"Degraded\"\n              hs.message = \"Listener: \" .. (condition.message or \"Listener is conflicted\")\n              return hs\n            end\n\n            if condition.type == \"Accepted\" and condition.status == \"False\" then\n              hs.status = \"Degraded\"\n              hs.message = \"Listener: \" .. (condition.message or (\"Failed condition: \" .. conditionType))\n              return hs\n            end\n\n            if condition.type == \"Programmed\" and condition.status ~= \"True\" then\n                isProgressing = true\n                hs.status = \"Progressing\"\n                hs.message = \"Listener: \" .. (condition.message or \"Listener is still being programmed\")\n            end\n        end\n\n        if isProgressing then\n          return hs\n        end\n      end\n    end\n\n    hs.status = \"Healthy\"\n    hs.message = \"ListenerSet is healthy\"\n    return hs\n  end\nend\n\nreturn hs\n",
    "gateway.networking.k8s.io/TLSRoute": "-- TLSRoute health check for Argo CD\n--\n-- TLSRoute is a Gateway API resource for TLS-passthrough and SNI-based routing.\n-- It is GA and part of the Standard Channel since Gateway API v1.5.0.\n-- Its readiness is expressed through .status.parents[].conditions, where each\n-- parent entry represents a Gateway that the route is attached to.\n--\n-- Gateway API communicates controller state via Conditions on each parent entry.\n-- Ref: https://gateway-api.sigs.k8s.io/api-types/tlsroute/\n--\n-- Commonly used route condition types:\n--   Accepted     – the route is accepted by the parent Gateway\n--   ResolvedRefs – all backend references are valid\n--   Programmed   – the route has been programmed into the data plane (widely used by implementations)\n-- Ref: https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io/v1.RouteParentStatus\n--\n-- Staleness: when observedGeneration is present and does not match metadata.generation,\n-- the condition is considered stale. Conditions without observedGeneration are not treated as stale.\n-- Ref: https://gateway-api.sigs.k8s.io/guides/implementers/#conditions\n--\n-- Argo CD health mapping (consistent with HTTPRoute/GRPCRoute):\n--   Accepted=False or ResolvedRefs=False                 -> Degraded\n--   Programmed exists and status != True                 -> Progressing\n--   Accepted=True AND ResolvedRefs=True on a fresh parent -> Healthy\n--   No status / no parents / required conditions missing  -> Progressing\n--\n-- NOTE: Only status=\"False\" is treated as a hard failure for Accepted/ResolvedRefs.\n-- status=\"Unknown\" is considered non-failing, consistent with existing HTTPRoute/GRPCRoute\n-- health scripts. Changing Unknown semantics would require aligning all Gateway API Route\n-- scripts and is out of scope for this PR.\n--\n-- References:\n--   TLSRoute spec:              https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io/v1.TLSRoute\n--   TLSRoute guide:             https://gateway-api.sigs.k8s.io/api-types/tlsroute/\n--   RouteParentStatus:          https://gateway-api.sigs.k8s.io/reference/spec/#gateway.networking.k8s.io/v1.RouteParentStatus\n--   observedGeneration pattern: https://gateway-api.sigs.k8s.io/guides/implementers/#conditions\n\nlocal hs = {}\n\nfunction findCondition(conditions, conditionType)\n  for _, condition in ipairs(conditions) do\n    if condition.type == conditionType then\n      return condition\n    end\n  end\n  return nil\nend\n\nfunction conditionMessage(condition, conditionType)\n  if condition ~= nil and condition.message ~= nil and condition.message ~= \"\" then\n    return condition.message\n  end\n  return \"Failed condition: \" .. conditionType\nend\n\nfunction getParentName(parent)\n  if parent.parentRef ~= nil and parent.parentRef.name ~= nil then\n    return parent.parentRef.name\n  end\n  return \"\"\nend\n\n-- Skip parent conditions that do not match the current generation (stale status).\n-- When observedGeneration is present and mismatches, the parent is skipped.\n-- Conditions without observedGeneration are accepted (not treated as stale).\n-- Ref: https://gateway-api.sigs.k8s.io/guides/implementers/#conditions\nfunction isParentGenerationObserved(obj, parent)\n  if obj.metadata == nil or obj.metadata.generation == nil then\n    return true\n  end\n\n  if parent.conditions == nil or #parent.conditions == 0 then\n    return false\n  end\n\n  for _, condition in ipairs(parent.conditions) do\n    if condition.observedGeneration ~= nil then\n      if condition.observedGeneration ~= obj.metadata.generation then\n        return false\n      end\n    end\n  end\n\n  return true\nend\n\nif obj.status ~= nil and obj.status.parents ~= nil then\n  local hasHealthyParent = false\n  local progressingMsg = \"\"\n  local waitingMsg = \"\"\n\n  for _, parent in ipairs(obj.status.parents) do\n    if parent.conditions ~= nil and #parent.conditions > 0 and isParentGenerationObserved(obj, parent) then\n      local name = getParentName(parent)\n      local resolvedRefs = findCondition(parent.conditions, \"ResolvedRefs\")\n      local accepted = findCondition(parent.conditions, \"Accepted\")\n      local programmed = findCondition(parent.conditions, \"Programmed\")\n\n      if resolvedRefs ~= nil and resolvedRefs.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = \"Parent \" .. name .. \": \" .. conditionMessage(resolvedRefs, \"ResolvedRefs\")\n        return hs\n      end\n\n      if accepted ~= nil and accepted.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = \"Parent \" .. name .. \": \" .. conditionMessage(accepted, \"Accepted\")\n        return hs\n      end\n\n      if programmed ~= nil and programmed.status ~= \"True\" then\n        if progressingMsg == \"\" then\n          progressingMsg = \"Parent \" .. name .. \": \" .. (programmed.message or \"Route is still being programmed\")\n        end\n      elseif accepted ~= nil and accepted.status == \"True\" and resolvedRefs ~= nil and resolvedRefs.status == \"True\" then\n        hasHealthyParent = true\n      elseif waitingMsg == \"\" then\n        waitingMsg = \"Parent \" .. name .. \": Waiting for TLSRoute conditions\"\n      end\n    end\n  end\n\n  if progressingMsg ~= \"\" then\n    hs.status = \"Progressing\"\n    hs.message = progressingMsg\n    return hs\n  end\n\n  if hasHealthyParent then\n    hs.status = \"Healthy\"\n    hs.message = \"TLSRoute is healthy\"\n    return hs\n  end\n\n  if waitingMsg ~= \"\" then\n    hs.status = \"Progressing\"\n    hs.message = waitingMsg\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for TLSRoute status\"\nreturn hs\n",
    "gateway.solo.io/Gateway": "hs = {\n  status = \"Progressing\",\n  message = \"Update in progress\"\n}\n\nfunction getStatus(status)\n  -- Accepted\n  if status.state == \"Accepted\" or status.state == 1 then\n    hs.status = \"Healthy\"\n    hs.message = \"The resource has been validated\"\n    return hs\n  end\n\n  -- Warning\n  if status.state == \"Warning\" or status.state == 3 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  -- Pending\n  if status.state == \"Pending\" or status.state == 0 then\n    hs.status = \"Suspended\"\n    hs.message = \"The resource has not yet been validated\"\n    return hs\n  end\n\n  -- Rejected\n  if status.state == \"Rejected\" or status.state == 2 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  return hs\nend\n\nif obj.status ~= nil then\n  -- Namespaced version of status\n  if obj.status.statuses ~= nil then\n    for i, namespace in pairs(obj.status.statuses) do\n      hs = getStatus(namespace)\n      if hs.status ~= \"Progressing\" then\n        return hs\n      end\n    end\n  end\n\n  -- Older non-namespaced version of status\n  if obj.status.state ~= nil then\n    hs = getStatus(obj.status)\n  end\nend\nreturn hs\n",
    "gateway.solo.io/MatchableHttpGateway": "hs = {\n  status = \"Progressing\",\n  message = \"Update in progress\"\n}\n\nfunction getStatus(status)\n  -- Accepted\n  if status.state == \"Accepted\" or status.state == 1 then\n    hs.status = \"Healthy\"\n    hs.message = \"The resource has been validated\"\n    return hs\n  end\n\n  -- Warning\n  if status.state == \"Warning\" or status.state == 3 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  -- Pending\n  if status.state == \"Pending\" or status.state == 0 then\n    hs.status = \"Suspended\"\n    hs.message = \"The resource has not yet been validated\"\n    return hs\n  end\n\n  -- Rejected\n  if status.state == \"Rejected\" or status.state == 2 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  return hs\nend\n\nif obj.status ~= nil then\n  -- Namespaced version of status\n  if obj.status.statuses ~= nil then\n    for i, namespace in pairs(obj.status.statuses) do\n      hs = getStatus(namespace)\n      if hs.status ~= \"Progressing\" then\n        return hs\n      end\n    end\n  end\n\n  -- Older non-namespaced version of status\n  if obj.status.state ~= nil then\n    hs = getStatus(obj.status)\n  end\nend\nreturn hs\n",
    "gateway.solo.io/RouteOption": "hs = {\n  status = \"Progressing\",\n  message = \"Update in progress\"\n}\n\nfunction getStatus(status)\n  -- Accepted\n  if status.state == \"Accepted\" or status.state == 1 then\n    hs.status = \"Healthy\"\n    hs.message = \"The resource has been validated\"\n    return hs\n  end\n\n  -- Warning\n  if status.state == \"Warning\" or status.state == 3 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  -- Pending\n  if status.state == \"Pending\" or status.state == 0 then\n    hs.status = \"Suspended\"\n    hs.message = \"The resource has not yet been validated\"\n    return hs\n  end\n\n  -- Rejected\n  if status.state == \"Rejected\" or status.state == 2 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  return hs\nend\n\nif obj.status ~= nil then\n  -- Namespaced version of status\n  if obj.status.statuses ~= nil then\n    for i, namespace in pairs(obj.status.statuses) do\n      hs = getStatus(namespace)\n      if hs.status ~= \"Progressing\" then\n        return hs\n      end\n    end\n  end\n\n  -- Older non-namespaced version of status\n  if obj.status.state ~= nil then\n    hs = getStatus(obj.status)\n  end\nend\nreturn hs\n",
    "gateway.solo.io/RouteTable": "hs = {\n  status = \"Progressing\",\n  message = \"Update in progress\"\n}\n\nfunction getStatus(status)\n  -- Accepted\n  if status.state == \"Accepted\" or status.state == 1 then\n    hs.status = \"Healthy\"\n    hs.message = \"The resource has been validated\"\n    return hs\n  end\n\n  -- Warning\n  if status.state == \"Warning\" or status.state == 3 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  -- Pending\n  if status.state == \"Pending\" or status.state == 0 then\n    hs.status = \"Suspended\"\n    hs.message = \"The resource has not yet been validated\"\n    return hs\n  end\n\n  -- Rejected\n  if status.state == \"Rejected\" or status.state == 2 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  return hs\nend\n\nif obj.status ~= nil then\n  -- Namespaced version of status\n  if obj.status.statuses ~= nil then\n    for i, namespace in pairs(obj.status.statuses) do\n      hs = getStatus(namespace)\n      if hs.status ~= \"Progressing\" then\n        return hs\n      end\n    end\n  end\n\n  -- Older non-namespaced version of status\n  if obj.status.state ~= nil then\n    hs = getStatus(obj.status)\n  end\nend\nreturn hs\n",
    "gateway.solo.io/VirtualHostOption": "hs = {\n  status = \"Progressing\",\n  message = \"Update in progress\"\n}\n\nfunction getStatus(status)\n  -- Accepted\n  if status.state == \"Accepted\" or status.state == 1 then\n    hs.status = \"Healthy\"\n    hs.message = \"The resource has been validated\"\n    return hs\n  end\n\n  -- Warning\n  if status.state == \"Warning\" or status.state == 3 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  -- Pending\n  if status.state == \"Pending\" or status.state == 0 then\n    hs.status = \"Suspended\"\n    hs.message = \"The resource has not yet been validated\"\n    return hs\n  end\n\n  -- Rejected\n  if status.state == \"Rejected\" or status.state == 2 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  return hs\nend\n\nif obj.status ~= nil then\n  -- Namespaced version of status\n  if obj.status.statuses ~= nil then\n    for i, namespace in pairs(obj.status.statuses) do\n      hs = getStatus(namespace)\n      if hs.status ~= \"Progressing\" then\n        return hs\n      end\n    end\n  end\n\n  -- Older non-namespaced version of status\n  if obj.status.state ~= nil then\n    hs = getStatus(obj.status)\n  end\nend\nreturn hs\n",
    "gateway.solo.io/VirtualService": "hs = {\n  status = \"Progressing\",\n  message = \"Update in progress\"\n}\n\nfunction getStatus(status)\n  -- Accepted\n  if status.state == \"Accepted\" or status.state == 1 then\n    hs.status = \"Healthy\"\n    hs.message = \"The resource has been validated\"\n    return hs\n  end\n\n  -- Warning\n  if status.state == \"Warning\" or status.state == 3 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  -- Pending\n  if status.state == \"Pending\" or status.state == 0 then\n    hs.status = \"Suspended\"\n    hs.message = \"The resource has not yet been validated\"\n    return hs\n  end\n\n  -- Rejected\n  if status.state == \"Rejected\" or status.state == 2 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  return hs\nend\n\nif obj.status ~= nil then\n  -- Namespaced version of status\n  if obj.status.statuses ~= nil then\n    for i, namespace in pairs(obj.status.statuses) do\n      hs = getStatus(namespace)\n      if hs.status ~= \"Progressing\" then\n        return hs\n      end\n    end\n  end\n\n  -- Older non-namespaced version of status\n  if obj.status.state ~= nil then\n    hs = getStatus(obj.status)\n  end\nend\nreturn hs\n",
    "gloo.solo.io/Proxy": "hs = {\n  status = \"Progressing\",\n  message = \"Update in progress\"\n}\n\nfunction getStatus(status)\n  -- Accepted\n  if status.state == \"Accepted\" or status.state == 1 then\n    hs.status = \"Healthy\"\n    hs.message = \"The resource has been validated\"\n    return hs\n  end\n\n  -- Warning\n  if status.state == \"Warning\" or status.state == 3 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  -- Pending\n  if status.state == \"Pending\" or status.state == 0 then\n    hs.status = \"Suspended\"\n    hs.message = \"The resource has not yet been validated\"\n    return hs\n  end\n\n  -- Rejected\n  if status.state == \"Rejected\" or status.state == 2 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  return hs\nend\n\nif obj.status ~= nil then\n  -- Namespaced version of status\n  if obj.status.statuses ~= nil then\n    for i, namespace in pairs(obj.status.statuses) do\n      hs = getStatus(namespace)\n      if hs.status ~= \"Progressing\" then\n        return hs\n      end\n    end\n  end\n\n  -- Older non-namespaced version of status\n  if obj.status.state ~= nil then\n    hs = getStatus(obj.status)\n  end\nend\nreturn hs\n",
    "gloo.solo.io/Settings": "hs = {\n  status = \"Progressing\",\n  message = \"Update in progress\"\n}\n\nfunction getStatus(status)\n  -- Accepted\n  if status.state == \"Accepted\" or status.state == 1 then\n    hs.status = \"Healthy\"\n    hs.message = \"The resource has been validated\"\n    return hs\n  end\n\n  -- Warning\n  if status.state == \"Warning\" or status.state == 3 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  -- Pending\n  if status.state == \"Pending\" or status.state == 0 then\n    hs.status = \"Suspended\"\n    hs.message = \"The resource has not yet been validated\"\n    return hs\n  end\n\n  -- Rejected\n  if status.state == \"Rejected\" or status.state == 2 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  return hs\nend\n\nif obj.status ~= nil then\n  -- Namespaced version of status\n  if obj.status.statuses ~= nil then\n    for i, namespace in pairs(obj.status.statuses) do\n      hs = getStatus(namespace)\n      if hs.status ~= \"Progressing\" then\n        return hs\n      end\n    end\n  end\n\n  -- Older non-namespaced version of status\n  if obj.status.state ~= nil then\n    hs = getStatus(obj.status)\n  end\nend\nreturn hs\n",
    "gloo.solo.io/Upstream": "hs = {\n  status = \"Progressing\",\n  message = \"Update in progress\"\n}\n\nfunction getStatus(status)\n  -- Accepted\n  if status.state == \"Accepted\" or status.state == 1 then\n    hs.status = \"Healthy\"\n    hs.message = \"The resource has been validated\"\n    return hs\n  end\n\n  -- Warning\n  if status.state == \"Warning\" or status.state == 3 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  -- Pending\n  if status.state == \"Pending\" or status.state == 0 then\n    hs.status = \"Suspended\"\n    hs.message = \"The resource has not yet been validated\"\n    return hs\n  end\n\n  -- Rejected\n  if status.state == \"Rejected\" or status.state == 2 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  return hs\nend\n\nif obj.status ~= nil then\n  -- Namespaced version of status\n  if obj.status.statuses ~= nil then\n    for i, namespace in pairs(obj.status.statuses) do\n      hs = getStatus(namespace)\n      if hs.status ~= \"Progressing\" then\n        return hs\n      end\n    end\n  end\n\n  -- Older non-namespaced version of status\n  if obj.status.state ~= nil then\n    hs = getStatus(obj.status)\n  end\nend\nreturn hs\n",
    "gloo.solo.io/UpstreamGroup": "hs = {\n  status = \"Progressing\",\n  message = \"Update in progress\"\n}\n\nfunction getStatus(status)\n  -- Accepted\n  if status.state == \"Accepted\" or status.state == 1 then\n    hs.status = \"Healthy\"\n    hs.message = \"The resource has been validated\"\n    return hs\n  end\n\n  -- Warning\n  if status.state == \"Warning\" or status.state == 3 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  -- Pending\n  if status.state == \"Pending\" or status.state == 0 then\n    hs.status = \"Suspended\"\n    hs.message = \"The resource has not yet been validated\"\n    return hs\n  end\n\n  -- Rejected\n  if status.state == \"Rejected\" or status.state == 2 then\n    hs.status = \"Degraded\"\n    hs.message = status.reason\n    return hs\n  end\n\n  return hs\nend\n\nif obj.status ~= nil then\n  -- Namespaced version of status\n  if obj.status.statuses ~= nil then\n    for i, namespace in pairs(obj.status.statuses) do\n      hs = getStatus(namespace)\n      if hs.status ~= \"Progressing\" then\n        return hs\n      end\n    end\n  end\n\n  -- Older non-namespaced version of status\n  if obj.status.state ~= nil then\n    hs = getStatus(obj.status)\n  end\nend\nreturn hs\n",
    "grafana-org-operator.kubitus-project.gitlab.io/_": "hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" then\n        hs.message = condition.message\n        if condition.status == \"False\" then\n          hs.status = \"Degraded\"\n        elseif condition.status == \"True\" then\n          hs.status = \"Healthy\"\n        else\n          hs.status = \"Progressing\"\n        end\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting ...\"\nreturn hs\n",
    "grafana.integreatly.org/Grafana": "\n-- if no status info available yet, assume progressing\nif obj.status == nil or obj.status.stageStatus == nil then\n  return {\n    status = \"Progressing\",\n    message = \"Waiting for Grafana status info\",\n  }\nend\n\n-- if last stage failed, we are stuck here\nif obj.status.stageStatus == \"failed\" then\n  return {\n    status = \"Degraded\",\n    message = \"Failed at stage \" .. obj.status.stage,\n  }\nend\n\n-- only if \"complete\" stage was successful, Grafana can be considered healthy\nif obj.status.stage == \"complete\" and obj.status.stageStatus == \"success\" then\n  return {\n    status = \"Healthy\",\n    message = \"\",\n  }\nend\n\n-- no final status yet, assume progressing\nreturn {\n  status = \"Progressing\",\n  message = obj.status.stage,\n}",
    "grafana.integreatly.org/GrafanaDashboard": "-- Reference CRD can be found here:\n-- https://grafana.github.io/grafana-operator/docs/api/#grafanadashboard\n\nfunction getStatusFromConditions(obj, hs)\n  if obj.status ~= nil and obj.status.conditions ~= nil then\n      for i, condition in ipairs(obj.status.conditions) do\n          if condition.status ~= nil then\n            if hs.message ~= \"\" then\n              hs.message = hs.message .. \", \"\n            end\n\n            if condition.reason ~= nil then\n              hs.message = hs.message .. condition.reason\n              if condition.type ~= nil then\n                  hs.message = hs.message .. \" for \" .. condition.type\n                if condition.message ~= nil then\n                    hs.message = hs.message .. \" because \" .. condition.message\n                end\n              end\n            end\n\n            if condition.status == \"False\" then\n              hs.status = \"Degraded\"\n              return hs\n            end\n\n            if condition.status == \"True\" then\n              hs.status = \"Healthy\"\n            end\n          end\n      end\n  end\n\n  return hs\nend\n\nlocal hs = {}\nhs.status = \"Progressing\"\nhs.message = \"\"\n\nhs = getStatusFromConditions(obj, hs)\n\nreturn hs\n",
    "grafana.integreatly.org/GrafanaDatasource": "\n-- if UID not yet created, we are progressing\nif obj.status == nil or obj.status.uid == \"\" then\n  return {\n    status = \"Progressing\",\n    message = \"\",\n  }\nend\n\n-- NoMatchingInstances distinguishes if we are healthy or degraded\nif obj.status.NoMatchingInstances then\n  return {\n    status = \"Degraded\",\n    message = \"can't find matching grafana instance\",\n  }\nend\nreturn {\n  status = \"Healthy\",\n  message = \"\",\n}",
    "grafana.integreatly.org/GrafanaFolder": "-- Reference CRD can be found here:\n-- https://grafana.github.io/grafana-operator/docs/api/#grafanafolder\n\nfunction getStatusFromConditions(obj, hs)\n  if obj.status ~= nil and obj.status.conditions ~= nil then\n      for i, condition in ipairs(obj.status.conditions) do\n          if condition.status ~= nil then\n            if hs.message ~= \"\" then\n              hs.message = hs.message .. \", \"\n            end\n\n            if condition.reason ~= nil then\n              hs.message = hs.message .. condition.reason\n              if condition.type ~= nil then\n                  hs.message = hs.message .. \" for \" .. condition.type\n                if condition.message ~= nil then\n                    hs.message = hs.message .. \" because \" .. condition.message\n                end\n              end\n            end\n\n            -- FolderUIDMismatch is a negative-polarity condition: False means\n            -- the UIDs are consistent, not that the resource is unhealthy.\n            if condition.status == \"True\" and condition.type == \"FolderUIDMismatch\" then\n              hs.status = \"Degraded\"\n              return hs\n            end\n\n            if condition.status == \"False\" and condition.type ~= \"FolderUIDMismatch\" then\n              hs.status = \"Degraded\"\n              return hs\n            end\n\n            if condition.status == \"True\" then\n              hs.status = \"Healthy\"\n            end\n          end\n      end\n  end\n\n  return hs\nend\n\nlocal hs = {}\nhs.status = \"Progressing\"\nhs.message = \"\"\n\nhs = getStatusFromConditions(obj, hs)\n\nreturn hs\n",
    "helm.toolkit.fluxcd.io/HelmRelease": "local hs = {}\nif obj.spec.suspend ~= nil and obj.spec.suspend == true then\n  hs.message = obj.kind .. \" is suspended\"\n  hs.status = \"Suspended\"\n  return hs\nend\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local numProgressing = 0\n    local numSucceeded = 0\n    local message = \"\"\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" then\n        if condition.status == \"True\" then\n          numSucceeded = numSucceeded + 1\n        elseif condition.status == \"Unknown\" then\n          numProgressing = numProgressing + 1\n        end\n        message = condition.reason\n      elseif condition.type == \"Reconciling\" and condition.status == \"True\" then\n        numProgressing = numProgressing + 1\n      elseif condition.type == \"Released\" or condition.type == \"TestSuccess\" then\n        if condition.status == \"True\" then\n          numSucceeded = numSucceeded + 1\n        end\n      end\n    end\n    if(numProgressing == 2) then\n      hs.message = message\n      hs.status = \"Progressing\"\n      return hs\n    elseif(numSucceeded == 2) then\n      hs.message = message\n      hs.status = \"Healthy\"\n      return hs\n    else\n      hs.message = message\n      hs.status = \"Degraded\"\n      return hs\n    end\n  end\nend\nhs.message = \"Status unknown\"\nhs.status = \"Progressing\"\nreturn hs\n",
    "iam.aws.crossplane.io/Policy": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local ready = false\n    local synced = false\n    local suspended = false\n    for i, condition in ipairs(obj.status.conditions) do\n\n      if condition.type == \"Ready\" then\n        ready = condition.status == \"True\"\n        ready_message = condition.reason\n      elseif condition.type == \"Synced\" then\n        synced = condition.status == \"True\"\n        if condition.reason == \"ReconcileError\" then\n          synced_message = condition.message\n        elseif condition.reason == \"ReconcilePaused\" then\n          suspended = true\n          suspended_message = condition.reason\n        end\n      end\n    end\n    if ready and synced then\n      hs.status = \"Healthy\"\n      hs.message = ready_message\n    elseif synced == false and suspended == true then\n      hs.status = \"Suspended\"\n      hs.message = suspended_message\n    elseif ready == false and synced == true and suspended == false then\n      hs.status = \"Progressing\"\n      hs.message = \"Waiting for Policy to be available\"\n    else\n      hs.status = \"Degraded\"\n      hs.message = synced_message\n    end\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Policy to be created\"\nreturn hs\n",
    "iam.aws.crossplane.io/Role": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local ready = false\n    local synced = false\n    local suspended = false\n    for i, condition in ipairs(obj.status.conditions) do\n\n      if condition.type == \"Ready\" then\n        ready = condition.status == \"True\"\n        ready_message = condition.reason\n      elseif condition.type == \"Synced\" then\n        synced = condition.status == \"True\"\n        if condition.reason == \"ReconcileError\" then\n          synced_message = condition.message\n        elseif condition.reason == \"ReconcilePaused\" then\n          suspended = true\n          suspended_message = condition.reason\n        end\n      end\n    end\n    if ready and synced then\n      hs.status = \"Healthy\"\n      hs.message = ready_message\n    elseif synced == false and suspended == true then\n      hs.status = \"Suspended\"\n      hs.message = suspended_message\n    elseif ready == false and synced == true and suspended == false then\n      hs.status = \"Progressing\"\n      hs.message = \"Waiting for Role to be available\"\n    else\n      hs.status = \"Degraded\"\n      hs.message = synced_message\n    end\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Role to be created\"\nreturn hs\n",
    "iam.aws.crossplane.io/RolePolicyAttachment": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local ready = false\n    local synced = false\n    local suspended = false\n    for i, condition in ipairs(obj.status.conditions) do\n\n      if condition.type == \"Ready\" then\n        ready = condition.status == \"True\"\n        ready_message = condition.reason\n      elseif condition.type == \"Synced\" then\n        synced = condition.status == \"True\"\n        if condition.reason == \"ReconcileError\" then\n          synced_message = condition.message\n        elseif condition.reason == \"ReconcilePaused\" then\n          suspended = true\n          suspended_message = condition.reason\n        end\n      end\n    end\n    if ready and synced then\n      hs.status = \"Healthy\"\n      hs.message = ready_message\n    elseif synced == false and suspended == true then\n      hs.status = \"Suspended\"\n      hs.message = suspended_message\n    elseif ready == false and synced == true and suspended == false then\n      hs.status = \"Progressing\"\n      hs.message = \"Waiting for RolePolicyAttachment to be available\"\n    else\n      hs.status = \"Degraded\"\n      hs.message = synced_message\n    end\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for RolePolicyAttachment to be created\"\nreturn hs\n",
    "iammanager.keikoproj.io/Iamrole": "local hs = {}\nif obj.status ~= nil then\n  -- Each message may or may not use these.\n  local roleName = obj.status.roleName or \"<none>\"\n  local roleARN = obj.status.roleARN or \"<none>\"\n  local roleID = obj.status.roleID or \"<none>\"\n\n  if obj.status.state == \"Ready\" then\n    hs.status = \"Healthy\"\n    hs.message = \"Role '\" .. roleName .. \"' exists with ARN '\" .. roleARN .. \"' and ID '\" .. roleID .. \"'.\"\n    return hs\n  end\n\n  local message = \"\"\n  -- Current non-ready statuses: https://github.com/keikoproj/iam-manager/blob/3aeb2f8ec3005e1c53a057b3b0f79e14a0e5b9cb/api/v1alpha1/iamrole_types.go#L150-L156\n  if obj.status.state == \"Error\" or obj.status.state == \"RolesMaxLimitReached\" or obj.status.state == \"PolicyNotAllowed\" or obj.status.state == \"RoleNameNotAvailable\" then\n    hs.status = \"Degraded\"\n    message = \"Failed to reconcile the Iamrole \"\n    if obj.status.retryCount ~= nil and obj.status.retryCount > 0 then\n      message = message .. \"(retry \" .. tostring(obj.status.retryCount) .. \") \"\n    end\n    message = message .. \"for role '\" .. roleName .. \"' with ARN '\" .. roleARN .. \"' and ID '\" .. roleID .. \"'.\"\n    if obj.status.errorDescription ~= nil then\n      message = message .. \" Reconciliation error was: \" .. obj.status.errorDescription\n    end\n    hs.message = message\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Iamrole to be reconciled\"\nreturn hs\n",
    "image.toolkit.fluxcd.io/ImagePolicy": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local numProgressing = 0\n    local numSucceeded = 0\n    local message = \"\"\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" then\n        if condition.status == \"True\" then\n          numSucceeded = numSucceeded + 1\n        elseif condition.status == \"False\" then\n          numProgressing = numProgressing + 1\n        end\n        message = condition.reason\n      elseif condition.type == \"Reconciling\" and condition.status == \"True\" then\n        if condition.reason == \"NewGeneration\" or condition.reason == \"AccessingRepository\" or condition.reason == \"ApplyingPolicy\" then\n          numProgressing = numProgressing + 1\n        end\n      end\n    end\n    if(numProgressing == 2) then\n      hs.message = message\n      hs.status = \"Progressing\"\n      return hs\n    elseif(numSucceeded == 1) then\n      hs.message = message\n      hs.status = \"Healthy\"\n      return hs\n    else\n      hs.message = message\n      hs.status = \"Degraded\"\n      return hs\n    end\n  end\nend\nhs.message = \"Status unknown\"\nhs.status = \"Progressing\"\nreturn hs\n",
    "image.toolkit.fluxcd.io/ImageRepository": "local hs = {}\nif obj.spec.suspend ~= nil and obj.spec.suspend == true then\n  hs.message = obj.kind .. \" is suspended\"\n  hs.status = \"Suspended\"\n  return hs\nend\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local numProgressing = 0\n    local numSucceeded = 0\n    local message = \"\"\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" then\n        if condition.status == \"True\" then\n          numSucceeded = numSucceeded + 1\n        elseif condition.status == \"False\" then\n          numProgressing = numProgressing + 1\n        end\n        message = condition.reason\n      elseif condition.type == \"Reconciling\" and condition.status == \"True\" then\n        if condition.reason == \"NewGeneration\" or condition.reason == \"Scanning\" then\n          numProgressing = numProgressing + 1\n        end\n      end\n    end\n    if(numProgressing == 2) then\n      hs.message = message\n      hs.status = \"Progressing\"\n      return hs\n    elseif(numSucceeded == 1) then\n      hs.message = message\n      hs.status = \"Healthy\"\n      return hs\n    else\n      hs.message = message\n      hs.status = \"Degraded\"\n      return hs\n    end\n  end\nend\nhs.message = \"Status unknown\"\nhs.status = \"Progressing\"\nreturn hs\n",
    "image.toolkit.fluxcd.io/ImageUpdateAutomation": "local hs = {}\nif obj.spec.suspend ~= nil and obj.spec.suspend == true then\n  hs.message = obj.kind .. \" is suspended\"\n  hs.status = \"Suspended\"\n  return hs\nend\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local numProgressing = 0\n    local numSucceeded = 0\n    local message = \"\"\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" then\n        if condition.status == \"True\" then\n          numSucceeded = numSucceeded + 1\n        elseif condition.status == \"Unknown\" then\n          numProgressing = numProgressing + 1\n        end\n        message = condition.reason\n      elseif condition.type == \"Reconciling\" and condition.status == \"True\" then\n        numProgressing = numProgressing + 1\n      end\n    end\n    if(numProgressing == 2) then\n      hs.message = message\n      hs.status = \"Progressing\"\n      return hs\n    elseif(numSucceeded == 1) then\n      hs.message = message\n      hs.status = \"Healthy\"\n      return hs\n    else\n      hs.message = message\n      hs.status = \"Degraded\"\n      return hs\n    end\n  end\nend\nhs.message = \"Status unknown\"\nhs.status = \"Progressing\"\nreturn hs\n",
    "install.istio.io/IstioOperator": "local health_status = {}\nif obj.status ~= nil then\n  if obj.status.status ~= nil then\n    if obj.status.status == 0 or obj.status.status == \"NONE\" then\n      health_status.status = \"Unknown\"\n      health_status.message = \"Component is not present.\"\n      return health_status\n    end\n    if obj.status.status == 1 or obj.status.status == \"UPDATING\" then\n      health_status.status = \"Progressing\"\n      health_status.message = \"Component is being updated to a different version.\"\n      return health_status\n    end\n    if obj.status.status == 2 or obj.status.status == \"RECONCILING\" then\n      health_status.status = \"Progressing\"\n      health_status.message = \"Controller has started but not yet completed reconciliation loop for the component.\"\n      return health_status\n    end\n    if obj.status.status == 3 or obj.status.status == \"HEALTHY\" then\n      health_status.status = \"Healthy\"\n      health_status.message = \"Component is healthy.\"\n      return health_status\n    end\n    if obj.status.status == 4 or obj.status.status == \"ERROR\" then\n      health_status.status = \"Degraded\"\n      health_status.message = \"Component is in an error state.\"\n      return health_status\n    end\n  end\nend\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"Waiting for Istio Control Plane\"\nreturn health_status",
    "jaegertracing.io/Jaeger": "local health_status = {}\nif obj.status ~= nil then\n  if obj.status.phase == \"Running\" then\n    health_status.status = \"Healthy\"\n    health_status.message = \"Jaeger is Running\"\n    return health_status\n  end\n  if obj.status.phase == \"Failed\" then\n    health_status.status = \"Degraded\"\n    health_status.message = \"Jaeger Failed For Some Reason\"\n    return health_status\n  end\nend\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"Waiting for Jaeger\"\nreturn health_status",
    "k8s.keycloak.org/Keycloak": "if obj.status == nil or obj.status.conditions == nil then\n  -- no status info available yet\n  return {\n    status = \"Progressing\",\n    message = \"Waiting for Keycloak status conditions to exist\",\n  }\nend\n\n-- Sort conditions by lastTransitionTime, from old to new.\n-- Ensure that conditions with nil lastTransitionTime are always sorted after those with non-nil values.\ntable.sort(obj.status.conditions, function(a, b)\n  -- Nil values are considered \"less than\" non-nil values.\n  -- This means that conditions with nil lastTransitionTime will be sorted to the end.\n  if a.lastTransitionTime == nil then\n    return false\n  elseif b.lastTransitionTime == nil then\n    return true\n  else\n    -- If both have non-nil lastTransitionTime, compare them normally.\n    return a.lastTransitionTime < b.lastTransitionTime\n  end\nend)\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"Ready\" and condition.status == \"True\" then\n    return {\n      status = \"Healthy\",\n      message = \"\",\n    }\n  elseif condition.type == \"HasErrors\" and condition.status == \"True\" then\n    return {\n      status = \"Degraded\",\n      message = \"Has Errors: \" .. condition.message,\n    }\n  end\nend\n\n-- We couldn't find matching conditions yet, so assume progressing\nreturn {\n  status = \"Progressing\",\n  message = \"\",\n}",
    "k8s.mariadb.com/Backup": "local health_status = {}\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n\n    for i, condition in ipairs(obj.status.conditions) do\n\n        health_status.message = condition.reason .. \" \" .. condition.message\n\n        if condition.status == \"False\" then\n            if condition.reason == \"CronJobScheduled\" and condition.message == \"Failed\" then\n                health_status.status = \"Degraded\"\n                return health_status\n            end\n            health_status.status = \"Progressing\"\n            return health_status\n        end\n    end\n\n    health_status.status = \"Healthy\"\n    return health_status\nend\n\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"No status info available\"\nreturn health_status\n",
    "k8s.mariadb.com/Database": "local health_status = {}\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"No status info available\"\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n\n    for i, condition in ipairs(obj.status.conditions) do\n\n        health_status.message = condition.message\n\n        if condition.type == \"Ready\" then \n            if condition.status == \"True\" then\n                health_status.status = \"Healthy\"\n            else \n                health_status.status = \"Degraded\"\n            end\n            return health_status\n        end\n    end\nend\n\n\nreturn health_status\n",
    "k8s.mariadb.com/Grant": "local health_status = {}\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"No status info available\"\nif obj.status ~= nil and obj.status.conditions ~= nil then\n\n    for i, condition in ipairs(obj.status.conditions) do\n\n        health_status.message = condition.message\n\n        if condition.type == \"Ready\" then \n            if condition.status == \"True\" then\n                health_status.status = \"Healthy\"\n            else \n                health_status.status = \"Degraded\"\n            end\n            return health_status\n        end\n    end\nend\n\n\nreturn health_status\n",
    "k8s.mariadb.com/MariaDB": "local health_status = {}\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n\n    for i, condition in ipairs(obj.status.conditions) do\n\n        health_status.message = condition.message\n\n        if condition.status == \"False\" then\n            if condition.reason == \"Failed\" then\n                health_status.status = \"Degraded\"\n                return health_status\n            end\n            health_status.status = \"Progressing\"\n            return health_status\n        end\n    end\n\n    health_status.status = \"Healthy\"\n    return health_status\nend\n\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"No status info available\"\nreturn health_status\n",
    "k8s.mariadb.com/SqlJob": "local health_status = {}\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"No status info available\"\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n\n    for i, condition in ipairs(obj.status.conditions) do\n\n        health_status.message = condition.reason .. \" \" .. condition.message\n        if condition.reason == \"JobComplete\" and condition.status == \"True\" then\n            health_status.status = \"Healthy\"\n            return health_status\n        end\n\n        if condition.reason == \"JobFailed\" and condition.status == \"True\" then\n            health_status.status = \"Degraded\"\n            return health_status\n        end\n    end\nend\nreturn health_status\n",
    "k8s.mariadb.com/User": "local health_status = {}\n\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"No status info available\"\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n\n    for i, condition in ipairs(obj.status.conditions) do\n\n        health_status.message = condition.message\n\n        if condition.type == \"Ready\" then \n            if condition.status == \"True\" then\n                health_status.status = \"Healthy\"\n            else \n                health_status.status = \"Degraded\"\n            end\n            return health_status\n        end\n    end\nend\n\nreturn health_status\n",
    "kafka.banzaicloud.io/KafkaCluster": "local health_status = {}\nif obj.status ~= nil then\n  if obj.status.state == \"ClusterRollingUpgrading\" then\n    health_status.message = \"Kafka Cluster is Rolling Upgrading.\"\n    health_status.status = \"Progressing\"\n    return health_status\n  end\n  if obj.status.brokersState ~= nil then\n    local numberBrokers = 0\n    local healthyBrokers = 0\n    for _, broker in pairs(obj.status.brokersState) do\n      numberBrokers = numberBrokers + 1\n      if broker.configurationState == \"ConfigInSync\" then\n        if broker.gracefulActionState.cruiseControlState == \"GracefulUpscaleSucceeded\" or broker.gracefulActionState.cruiseControlState == \"GracefulDownscaleSucceeded\" then\n          healthyBrokers = healthyBrokers + 1\n        end\n      end\n    end\n    if numberBrokers == healthyBrokers then\n      if obj.status.cruiseControlTopicStatus == \"CruiseControlTopicReady\" and obj.status.state == \"ClusterRunning\" then\n        health_status.message = \"Kafka Brokers, CruiseControl and cluster are in Healthy State.\"\n        health_status.status = \"Healthy\"\n        return health_status\n      end\n      if obj.status.cruiseControlTopicStatus == \"CruiseControlTopicNotReady\" or obj.status.cruiseControlTopicStatus == nil then\n        if obj.status.state == \"ClusterReconciling\" then\n          health_status.message = \"Kafka Cluster is Reconciling.\"\n          health_status.status = \"Progressing\"\n          return health_status\n        end\n      end\n    else\n      health_status.message = \"Broker Config is out of Sync or CruiseControlState is not Ready\"\n      health_status.status = \"Degraded\"\n      return health_status\n    end\n  end\nend\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"Waiting for KafkaCluster\"\nreturn health_status\n",
    "kafka.strimzi.io/Kafka": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"NotReady\" and condition.status == \"True\" and condition.reason ~= \"Creating\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = \"\"\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Kafka Cluster\"\nreturn hs\n",
    "kafka.strimzi.io/KafkaBridge": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"NotReady\" and condition.status == \"True\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = \"\"\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for KafkaBridge\"\nreturn hs\n",
    "kafka.strimzi.io/KafkaConnect": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"NotReady\" and condition.status == \"True\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = \"\"\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Kafka Connect\"\nreturn hs\n",
    "kafka.strimzi.io/KafkaConnector": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"NotReady\" and condition.status == \"True\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = \"\"\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for KafkaConnector\"\nreturn hs\n",
    "kafka.strimzi.io/KafkaTopic": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"NotReady\" and condition.status == \"True\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = \"\"\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Kafka Topic\"\nreturn hs\n",
    "kafka.strimzi.io/KafkaUser": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"NotReady\" and condition.status == \"True\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = \"\"\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Kafka User\"\nreturn hs\n",
    "karpenter.k8s.aws/EC2NodeClass": "local hs = {}\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Ready\" then\n      if condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      elseif condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = \"EC2NodeClass is ready\"\n        return hs\n      end\n    end\n  end\nend\nhs.status = \"Progressing\"\nhs.message = \"Waiting for EC2NodeClass to be ready\"\nreturn hs\n",
    "karpenter.sh/NodeClaim": "local hs = {}\nif obj.metadata.generation ~= nil and obj.status ~= nil and obj.status.observedGeneration ~= nil then\n  if obj.metadata.generation ~= obj.status.observedGeneration then\n    hs.status = \"Progressing\"\n    hs.message = \"Waiting for NodeClaim spec to be reconciled\"\n    return hs\n  end\nend\nif obj.status ~= nil and obj.status.conditions ~= nil then\n\n  -- Disrupting takes priority: node is being terminated/consolidated/expired\n  for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Disrupting\" and condition.status == \"True\" then\n      hs.status = \"Suspended\"\n      hs.message = condition.message\n      return hs\n    end\n  end\n\n  for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Ready\" then\n      if condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message\n        return hs\n      elseif condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n  end\n\n  -- Ready condition is Unknown or absent: report the furthest phase reached\n  for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Initialized\" and condition.status == \"True\" then\n      hs.status = \"Progressing\"\n      hs.message = \"Node initialized, waiting for Ready\"\n      return hs\n    end\n  end\n  for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Registered\" and condition.status == \"True\" then\n      hs.status = \"Progressing\"\n      hs.message = \"Node registered, waiting for initialization\"\n      return hs\n    end\n  end\n  for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Launched\" and condition.status == \"True\" then\n      hs.status = \"Progressing\"\n      hs.message = \"Node launched, waiting for registration\"\n      return hs\n    end\n  end\n\nend\nhs.status = \"Progressing\"\nhs.message = \"Waiting for NodeClaim to be launched\"\nreturn hs\n",
    "karpenter.sh/NodePool": "local hs = {}\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Ready\" then\n      if condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      elseif condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n  end\nend\nhs.status = \"Progressing\"\nhs.message = \"Waiting for NodePool to be ready\"\nreturn hs\n",
    "keda.sh/ScaledJob": "local hs = {}\nlocal healthy = false\nlocal degraded = false\nlocal suspended = false\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.status == \"False\" and condition.type == \"Ready\" then\n        hs.message = condition.message\n        degraded = true\n      end\n      if condition.status == \"True\" and condition.type == \"Ready\" then\n        hs.message = condition.message\n        healthy = true\n      end\n      if condition.status == \"True\" and condition.type == \"Paused\" then\n        hs.message = condition.message\n        suspended = true\n      end\n      if condition.status == \"Unknown\" and condition.type == \"Ready\" then\n        hs.message = condition.message\n        degraded = true\n      end\n    end\n  end\nend\nif degraded == true then\n  hs.status = \"Degraded\"\n  return hs\nelseif healthy == true and suspended == false then\n  hs.status = \"Healthy\"\n  return hs \nelseif healthy == true and suspended == true then\n  hs.status = \"Suspended\"\n  return hs\nend\nhs.status = \"Progressing\"\nhs.message = \"Waiting for ScaledJob\"\nreturn hs\n",
    "keda.sh/ScaledObject": "local hs = {}\nlocal healthy = false\nlocal degraded = false\nlocal suspended = false\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.status == \"False\" and condition.type == \"Ready\" then\n        hs.message = condition.message\n        degraded = true\n      end\n      if condition.status == \"True\" and condition.type == \"Ready\" then\n        hs.message = condition.message\n        healthy = true\n      end\n      if condition.status == \"True\" and condition.type == \"Paused\" then\n        hs.message = condition.message\n        suspended = true\n      end\n      if condition.status == \"True\" and condition.type == \"Fallback\" then\n        hs.message = condition.message\n        degraded = true\n      end\n    end\n  end\nend\nif degraded == true then\n  hs.status = \"Degraded\"\n  return hs\nelseif healthy == true and suspended == false then\n  hs.status = \"Healthy\"\n  return hs \nelseif healthy == true and suspended == true then\n  hs.status = \"Suspended\"\n  return hs\nend\nhs.status = \"Progressing\"\nhs.message = \"Creating HorizontalPodAutoscaler Object\"\nreturn hs\n",
    "kiali.io/Kiali": "local health_status = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      health_status.message = condition.message\n      if condition.type == \"Successful\" and condition.status == \"True\" then\n        health_status.status = \"Healthy\"\n        return health_status\n      end\n      if condition.type == \"Failure\" and condition.status == \"True\" then\n        health_status.status = \"Degraded\"\n        return health_status\n      end\n      if condition.type == \"Running\" and condition.reason == \"Running\" then\n        health_status.status = \"Progressing\"\n        return health_status\n      end\n    end\n  end\nend\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"Waiting for Kiali\"\nreturn health_status\n",
    "kro.run/ResourceGraphDefinition": "-- KRO ResourceGraphDefinition: https://kro.run/docs/concepts/rgd/overview\nlocal hs = {}\n\nif obj.status == nil or obj.status.conditions == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for KRO to report status\"\n  return hs\nend\n\nlocal defined_conditions = {\n  GraphRevisionsResolved = true,\n  GraphAccepted = true,\n  KindReady = true,\n  ControllerReady = true,\n  Ready = true,\n}\n\nlocal generation = obj.metadata and obj.metadata.generation\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if generation ~= nil and condition.observedGeneration ~= nil and condition.observedGeneration == generation then\n    if condition.type == \"Ready\" and condition.status == \"True\" then\n      hs.status = \"Healthy\"\n      hs.message = \"ResourceGraphDefinition is active and serving instances\"\n      return hs\n    end\n\n    if defined_conditions[condition.type] and condition.status == \"False\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message or (condition.type .. \" is False\")\n      return hs\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for ResourceGraphDefinition to become ready\"\nreturn hs\n",
    "kro.run/_": "-- KRO instance: https://kro.run/docs/concepts/instances/\nlocal hs = {}\n\nif obj.status == nil or obj.status.conditions == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for KRO to report status\"\n  return hs\nend\n\nlocal state = obj.status.state\nlocal generation = obj.metadata and obj.metadata.generation\n\nlocal defined_conditions = {\n  InstanceManaged = true,\n  GraphResolved = true,\n  ResourcesReady = true,\n  Ready = true,\n}\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if generation ~= nil and condition.observedGeneration ~= nil and condition.observedGeneration == generation then\n    if condition.type == \"Ready\" and condition.status == \"True\" then\n      hs.status = \"Healthy\"\n      hs.message = \"Instance is active and running\"\n      return hs\n    end\n\n    if defined_conditions[condition.type] and condition.status == \"False\" then\n      if state == \"FAILED\" or state == \"ERROR\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message or (condition.type .. \" is False\")\n        return hs\n      end\n      if state == \"IN_PROGRESS\" then\n        hs.status = \"Progressing\"\n        hs.message = condition.message or (condition.type .. \" is in progress\")\n        return hs\n      end\n    end\n  end\nend\n\n-- No condition is False and Ready is not True yet\nhs.status = \"Progressing\"\nhs.message = \"Waiting for instance to become ready\"\nreturn hs\n",
    "kubernetes-client.io/ExternalSecret": "local health_status = {}\nif obj.status ~= nil then\n  if obj.status.status == \"SUCCESS\" then\n    health_status.status = \"Healthy\"\n    health_status.message = \"Fetched ExternalSecret.\"\n  elseif obj.status.status:find('^ERROR') ~= nil then\n    health_status.status = \"Degraded\"\n    health_status.message = obj.status.status:gsub(\"ERROR, \", \"\")\n  else\n    health_status.status = \"Progressing\"\n    health_status.message = \"Waiting for ExternalSecret.\"\n  end\n  return health_status\nend\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"Waiting for ExternalSecret.\"\nreturn health_status",
    "kubevirt.io/VirtualMachine": "local hs = { status=\"Progressing\", message=\"No status available\"}\n\n-- A VirtualMachine whose desired state is \"stopped\" is Healthy once it has reached that state.\n-- KubeVirt maps spec.running: false onto runStrategy: Halted, and defines Halted as \"the system\n-- is asked to ensure that no VM is running\", so the two spell the same desired state. The other\n-- run strategies (Always, RerunOnFailure, Once, Manual) can each leave the machine stopped\n-- without the manifest having asked for it, so they keep the status they had.\n-- status.created reports whether a VirtualMachineInstance exists, so a machine that is declared\n-- stopped while one still exists is still shutting down and is not healthy yet.\nlocal declaredStopped = false\nif obj.spec ~= nil then\n  if obj.spec.running == false or obj.spec.runStrategy == \"Halted\" then\n    declaredStopped = true\n  end\nend\nif declaredStopped and (obj.status == nil or not obj.status.created) then\n  hs.status = \"Healthy\"\n  hs.message = \"Stopped as declared\"\n  return hs\nend\n\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Paused\" and condition.status == \"True\" then\n        hs.status = \"Suspended\"\n        hs.message = \"Paused\"\n        return hs\n      end\n      if condition.type == \"Ready\" then\n        if condition.status == \"True\" then\n          hs.status=\"Healthy\"\n          hs.message=\"Running\"\n        else\n          if obj.status.created then\n            hs.message = \"Starting\"\n          else\n            hs.status = \"Suspended\"\n            hs.message = \"Stopped\"\n          end\n        end\n      end\n    end\n  end\n  if obj.status.printableStatus ~= nil then\n    hs.message = obj.status.printableStatus\n  end\nend\nreturn hs\n",
    "kubevirt.io/VirtualMachineInstance": "local hs = { status=\"Progressing\", message=\"No status available\"}\nif obj.status ~= nil then\n  if obj.status.phase ~= nil then\n    hs.message = obj.status.phase\n    if hs.message == \"Failed\" then\n      hs.status = \"Degraded\"\n      return hs\n    elseif hs.message == \"Pending\" or hs.message == \"Scheduling\" or hs.message == \"Scheduled\" then\n      return hs\n    elseif hs.message == \"Succeeded\" then\n      hs.status = \"Suspended\"\n      return hs\n    elseif hs.message == \"Unknown\" then\n      hs.status = \"Unknown\"\n      return hs\n    end\n  end\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" then\n        if condition.status == \"True\" then\n          hs.status = \"Healthy\"\n          hs.message = \"Running\"\n        else\n          hs.status = \"Degraded\"\n          hs.message = condition.message\n        end\n      elseif condition.type == \"Paused\" and condition.status == \"True\" then\n        hs.status = \"Suspended\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n  end\nend\nreturn hs\n",
    "kustomize.toolkit.fluxcd.io/Kustomization": "local hs = {}\nif obj.spec.suspend ~= nil and obj.spec.suspend == true then\n  hs.message = obj.kind .. \" is suspended\"\n  hs.status = \"Suspended\"\n  return hs\nend\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local numProgressing = 0\n    local numSucceeded = 0\n    local message = \"\"\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" then\n        if condition.status == \"True\" then\n          numSucceeded = numSucceeded + 1\n        elseif condition.status == \"Unknown\" then\n          numProgressing = numProgressing + 1\n        end\n        message = condition.reason\n      elseif condition.type == \"Reconciling\" and condition.status == \"True\" then\n        numProgressing = numProgressing + 1\n      end\n    end\n    if(numProgressing == 2) then\n      hs.message = message\n      hs.status = \"Progressing\"\n      return hs\n    elseif(numSucceeded == 1) then\n      hs.message = message\n      hs.status = \"Healthy\"\n      return hs\n    else\n      hs.message = message\n      hs.status = \"Degraded\"\n      return hs\n    end\n  end\nend\nhs.message = \"Status unknown\"\nhs.status = \"Progressing\"\nreturn hs\n",
    "kyverno.io/ClusterPolicy": "-- ClusterPolicy is a cluster-scoped resource that defines policy validation,\n-- mutation, and generation behaviors for matching Kubernetes resources.\n--\n-- Documentation:\n--   Policy types overview: https://kyverno.io/docs/policy-types/cluster-policy/\n--\n-- Condition types and reasons are defined in:\n--   https://github.com/kyverno/kyverno/blob/main/api/kyverno/v1/clusterpolicy_types.go\n--\n-- ClusterPolicy exposes one active condition type:\n--   Ready (True)  - Policy is fully loaded and validated, rules are active\n--   Ready (False) - Policy failed to load (syntax error, missing resources, etc.)\n--\n-- ArgoCD health mapping:\n--   Ready=True   => Healthy\n--   Ready=False  => Degraded\n--   No status yet => Progressing\nlocal hs = {}\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for _, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Ready\" then\n      if condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message\n      else\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n      end\n      return hs\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for ClusterPolicy to become ready\"\nreturn hs\n",
    "kyverno.io/Policy": "local hs = {}\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for _, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Ready\" and condition.status == \"True\" and condition.reason == \"Succeeded\" and condition.message == \"Ready\" then\n      hs.status = \"Healthy\"\n      hs.message = \"Policy is ready\"\n      return hs\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Policy to be ready\"\nreturn hs\n",
    "lifecycle.keptn.sh/KeptnAppVersion": "local hs = {}\nif obj.status.status == \"Succeeded\" then\n    hs.status = \"Healthy\"\n    hs.message = \"KeptnAppVersion is healthy\"\n    return hs\nend\nif obj.status.status == \"Failed\" then\n    hs.status = \"Degraded\"\n    hs.message = \"KeptnAppVersion is degraded\"\n    return hs\nend\nhs.status = \"Progressing\"\nhs.message = \"KeptnAppVersion is progressing\"\nreturn hs",
    "lifecycle.keptn.sh/KeptnEvaluation": "local hs = {}\nif obj.status.overallStatus == \"Succeeded\" then\n    hs.status = \"Healthy\"\n    hs.message = \"KeptnEvaluation is healthy\"\n    return hs\nend\nif obj.status.overallStatus == \"Failed\" then\n    hs.status = \"Degraded\"\n    hs.message = \"KeptnEvaluation is degraded\"\n    return hs\nend\nhs.status = \"Progressing\"\nhs.message = \"KeptnEvaluation is progressing\"\nreturn hs",
    "lifecycle.keptn.sh/KeptnTask": "local hs = {}\nif obj.status.status == \"Succeeded\" then\n    hs.status = \"Healthy\"\n    hs.message = \"KeptnTask is healthy\"\n    return hs\nend\nif obj.status.status == \"Failed\" then\n    hs.status = \"Degraded\"\n    hs.message = \"KeptnTask is degraded\"\n    return hs\nend\nhs.status = \"Progressing\"\nhs.message = \"KeptnTask is progressing\"\nreturn hs",
    "lifecycle.keptn.sh/KeptnWorkloadInstance": "local hs = {}\nif obj.status.status == \"Succeeded\" then\n    hs.status = \"Healthy\"\n    hs.message = \"KeptnWorkloadInstance is healthy\"\n    return hs\nend\nif obj.status.status == \"Failed\" then\n    hs.status = \"Degraded\"\n    hs.message = \"KeptnWorkloadInstance is degraded\"\n    return hs\nend\nhs.status = \"Progressing\"\nhs.message = \"KeptnWorkloadInstance is progressing\"\nreturn hs",
    "lifecycle.keptn.sh/KeptnWorkloadVersion": "local hs = {}\nif obj.status.status == \"Succeeded\" then\n    hs.status = \"Healthy\"\n    hs.message = \"KeptnWorkloadVersion is healthy\"\n    return hs\nend\nif obj.status.status == \"Failed\" then\n    hs.status = \"Degraded\"\n    hs.message = \"KeptnWorkloadVersion is degraded\"\n    return hs\nend\nhs.status = \"Progressing\"\nhs.message = \"KeptnWorkloadVersion is progressing\"\nreturn hs",
    "logstash.k8s.elastic.co/Logstash": "local hs = {}\nif obj.status ~= nil and obj.status.health ~= nil then\n  if obj.status.health == \"green\" then\n    hs.status = \"Healthy\"\n    hs.message = \"Logstash status is Green\"\n    return hs\n  elseif obj.status.health == \"yellow\" then\n    hs.status = \"Progressing\"\n    hs.message = \"Logstash status is Yellow\"\n    return hs\n  elseif obj.status.health == \"red\" then\n    hs.status = \"Degraded\"\n    hs.message = \"Logstash status is Red\"\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Logstash\"\nreturn hs\n",
    "mariadb.mmontes.io/MariaDB": "local health_status = {}\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n\n    for i, condition in ipairs(obj.status.conditions) do\n\n        health_status.message = condition.message\n\n        if condition.status == \"False\" then\n            if condition.reason == \"Failed\" then\n                health_status.status = \"Degraded\"\n                return health_status\n            end\n            health_status.status = \"Progressing\"\n            return health_status\n        end\n    end\n\n    health_status.status = \"Healthy\"\n    return health_status\nend\n\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"No status info available\"\nreturn health_status\n",
    "medusa.k8ssandra.io/MedusaBackupJob": "local hs = {}\n\nhs.status = \"Unknown\"\n\nif obj.status == nil then\n\ths.message = \"No status object\"\n\treturn hs\nend\n\nif obj.status.observedGeneration == nil then\n\ths.message = \"No observedGeneration\"\n\treturn hs\nend\n\n-- We check if we are checking the correct version of obj.status\nif obj.status.observedGeneration ~= obj.metadata.generation then\n\ths.message = \"observedGeneration is not equal to generation\"\n\ths.status = \"Progressing\"\n\treturn hs\nend\n\nif obj.status.finished == nil and obj.status.failed == nil then\n\ths.message = \"Status not known yet\"\n\ths.status = \"Progressing\"\n\treturn hs\nend\n\nif obj.status.finished ~= nil then\n\tif obj.status.finished[0] or obj.status.finished[1] then\n\t\ths.status = \"Healthy\"\n\telse\n\t\ths.status = \"Progressing\"\n\tend\n\treturn hs\nend\n\nif obj.status.failed ~= nil then\n\ths.status = \"Degraded\"\n\ths.message = \"Failed nodes exist\"\nend\n\nreturn hs\n",
    "medusa.k8ssandra.io/MedusaTask": "-- A bit of documentation about the fields of MedusaTask can be found here:\n-- https://docs.k8ssandra.io/reference/crd/k8ssandra-operator-crds-latest/#medusataskstatus\nlocal hs = {}\n\nhs.status = \"Unknown\"\n\nif obj.status == nil then\n\ths.message = \"No status object\"\n\treturn hs\nend\n\nif obj.status.observedGeneration == nil then\n\ths.message = \"No observedGeneration\"\n\treturn hs\nend\n\n-- We check if we are checking the correct version of obj.status\nif obj.status.observedGeneration ~= obj.metadata.generation then\n\ths.message = \"observedGeneration is not equal to generation\"\n\ths.status = \"Progressing\"\n\treturn hs\nend\n\nif obj.status.finished == nil and obj.status.failed == nil then\n\ths.status = \"Progressing\"\n\treturn hs\nend\n\nif obj.status.finished ~= nil then\n\tif obj.status.finished[0] or obj.status.finished[1] then\n\t\ths.status = \"Healthy\"\n\telse\n\t\ths.status = \"Progressing\"\n\tend\nend\n\nif obj.status.failed ~= nil then\n\ths.status = \"Degraded\"\n\ths.message = \"Failed nodes exist\"\nend\n\nreturn hs\n",
    "metrics.keptn.sh/Analysis": "local hs = {}\nif obj.status.pass == true then\n    hs.status = \"Healthy\"\n    hs.message = \"Analysis is healthy\"\n    return hs\nend\nif obj.status.warning == true then\n    hs.status = \"Healthy\"\n    hs.message = \"Analysis is healthy with warnings\"\n    return hs\nend\nif obj.status.pass == false then\n    hs.status = \"Degraded\"\n    hs.message = \"Analysis is degraded\"\n    return hs\nend\nhs.status = \"Progressing\"\nhs.message = \"Analysis is progressing\"\nreturn hs\n",
    "metrics.keptn.sh/KeptnMetric": "local hs = {}\nif (obj.status.errMsg == nil or obj.status.errMsg == \"\") and obj.status.value ~= nil then\n    hs.status = \"Healthy\"\n    hs.message = \"KeptnMetric is healthy\"\n    return hs\nend\nif obj.status.errMsg ~= nil and obj.status.errMsg ~= \"\" then\n    hs.status = \"Degraded\"\n    hs.message = \"KeptnMetric is degraded\"\n    return hs\nend\nhs.status = \"Progressing\"\nhs.message = \"KeptnMetric is progressing\"\nreturn hs\n",
    "microgateway.airlock.com/_": "local hs = { status = \"Progressing\", message = \"Waiting for \" .. (obj.kind or \"Policy\")  .. \" status\"}\n\nlocal function is_policy_kind(kind)\n  return kind ~= nil and string.match(kind, \"Policy$\") ~= nil\nend\n\nif not is_policy_kind(obj.kind) then\n  return { status = \"Healthy\", message = obj.kind .. \" is healthy\" }\nend\n\nif obj.status ~= nil and obj.status.ancestors ~= nil then\n  if obj.metadata.generation ~= nil then\n    for i, ancestor in ipairs(obj.status.ancestors) do\n      for _, condition in ipairs(ancestor.conditions) do\n        if condition.observedGeneration == nil or condition.observedGeneration ~= obj.metadata.generation then\n           hs.message = \"Waiting for Ancestor \" .. (ancestor.ancestorRef.name or \"\") .. \" to update \" .. (obj.kind or \"Policy\")  .. \" status\"\n           return hs\n        end\n      end\n    end\n  end\n\n  for i, ancestor in ipairs(obj.status.ancestors) do\n    local hasAcceptedCondition = false\n    for j, condition in ipairs(ancestor.conditions) do\n      if condition.type == \"Accepted\" then\n        hasAcceptedCondition = true\n        if condition.status ~= \"True\" then\n          hs.status = \"Degraded\"\n          hs.message = \"Ancestor \" .. (ancestor.ancestorRef.name or \"\") .. \": \" .. condition.message\n          return hs\n        else\n          hs.status = \"Healthy\"\n          hs.message = (obj.kind or \"Policy\")  .. \" is healthy\"\n        end\n      end\n\n      if condition.type == \"ResolvedRefs\" then\n        if condition.status ~= \"True\" then\n          hs.status = \"Degraded\"\n          hs.message = \"Ancestor \" .. (ancestor.ancestorRef.name or \"\") .. \": \" .. condition.message\n          return hs\n        end\n      end\n    end\n    if not hasAcceptedCondition then\n        hs.status = \"Degraded\"\n        hs.message = \"Ancestor \" .. (ancestor.ancestorRef.name or \"\") .. \": \" .. (obj.kind or \"Policy\")  .. \" is not accepted\"\n    end\n  end\nend\n\nreturn hs\n",
    "minio.min.io/Tenant": "local health_status = {}\nif obj.status ~= nil then\n    if obj.status.currentState ~= nil then\n        if obj.status.currentState == \"Initialized\" then\n            health_status.status = \"Healthy\"\n            health_status.message = obj.status.currentState\n            return health_status\n        end\n        if obj.status.currentState:find(\"^Provisioning\") ~= nil then\n            health_status.status = \"Progressing\"\n            health_status.message = obj.status.currentState\n            return health_status\n        end\n        if obj.status.currentState:find(\"^Waiting\") ~= nil then\n            health_status.status = \"Progressing\"\n            health_status.message = obj.status.currentState\n            return health_status\n        end\n        if obj.status.currentState:find(\"^Updating\") ~= nil then\n            health_status.status = \"Progressing\"\n            health_status.message = obj.status.currentState\n            return health_status\n        end\n        if obj.status.currentState == \"Restarting MinIO\" then\n            health_status.status = \"Progressing\"\n            health_status.message = obj.status.currentState\n            return health_status\n        end\n        if obj.status.currentState == \"Statefulset not controlled by operator\" then\n            health_status.status = \"Degraded\"\n            health_status.message = obj.status.currentState\n            return health_status\n        end\n        if obj.status.currentState == \"Another MinIO Tenant already exists in the namespace\" then\n            health_status.status = \"Degraded\"\n            health_status.message = obj.status.currentState\n            return health_status\n        end\n        if obj.status.currentState == \"Tenant credentials are not set properly\" then\n            health_status.status = \"Degraded\"\n            health_status.message = obj.status.currentState\n            return health_status\n        end\n        if obj.status.currentState == \"Different versions across MinIO Pools\" then\n            health_status.status = \"Degraded\"\n            health_status.message = obj.status.currentState\n            return health_status\n        end\n        if obj.status.currentState == \"Pool Decommissioning Not Allowed\" then\n            health_status.status = \"Degraded\"\n            health_status.message = obj.status.currentState\n            return health_status\n        end\n        health_status.status = \"Progressing\"\n        health_status.message = obj.status.currentState\n        return health_status\n    end\nend\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"No status info available\"\nreturn health_status\n",
    "monitoring.coreos.com/Alertmanager": "-- Health check for the Prometheus Operator Alertmanager CRD.\n-- See https://argo-cd.readthedocs.io/en/stable/operator-manual/health/ for how\n-- custom health checks work and what each status means.\n-- This reads the Alertmanager \"Available\" status condition (set by the\n-- Prometheus Operator) and maps it to an Argo CD health status:\n--   Healthy     - the Available condition is True (all instances available).\n--   Progressing - Available is not True because some pods are not ready yet,\n--                 or the operator has not populated status yet.\n--   Degraded    - Available is not True for any other reason.\nlocal hs={ status = \"Progressing\", message = \"Waiting for initialization\" }\n\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n\n      if condition.type == \"Available\" and condition.status ~= \"True\" then\n        if condition.reason == \"SomePodsNotReady\" then\n          hs.status = \"Progressing\"\n        else\n          hs.status = \"Degraded\"\n        end\n        hs.message = condition.message or condition.reason\n      end\n      if condition.type == \"Available\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = \"All instances are available\"\n      end\n    end\n  end\nend\n\nreturn hs\n",
    "monitoring.coreos.com/Prometheus": "local hs={ status = \"Progressing\", message = \"Waiting for initialization\" }\n\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n\n      if condition.type == \"Available\" and condition.status ~= \"True\" then\n        if condition.reason == \"SomePodsNotReady\" then\n          hs.status = \"Progressing\"\n        else\n          hs.status = \"Degraded\"\n        end\n        hs.message = condition.message or condition.reason\n      end\n      if condition.type == \"Available\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = \"All instances are available\"\n      end\n    end\n  end\nend\n\nreturn hs",
    "monitoring.coreos.com/ThanosRuler": "-- Health check for the Prometheus Operator ThanosRuler CRD.\n-- See https://argo-cd.readthedocs.io/en/stable/operator-manual/health/ for how\n-- custom health checks work and what each status means.\n-- This reads the ThanosRuler \"Available\" status condition (set by the\n-- Prometheus Operator) and maps it to an Argo CD health status:\n--   Healthy     - the Available condition is True (all instances available).\n--   Progressing - Available is not True because some pods are not ready yet,\n--                 or the operator has not populated status yet.\n--   Degraded    - Available is not True for any other reason.\nlocal hs={ status = \"Progressing\", message = \"Waiting for initialization\" }\n\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n\n      if condition.type == \"Available\" and condition.status ~= \"True\" then\n        if condition.reason == \"SomePodsNotReady\" then\n          hs.status = \"Progressing\"\n        else\n          hs.status = \"Degraded\"\n        end\n        hs.message = condition.message or condition.reason\n      end\n      if condition.type == \"Available\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = \"All instances are available\"\n      end\n    end\n  end\nend\n\nreturn hs",
    "networking.gke.io/ManagedCertificate": "local hs = {}\n\nif obj.status ~= nil then\n  if obj.status.domainStatus ~= nil then\n    for i, domainStatus in ipairs(obj.status.domainStatus) do\n      if domainStatus.status == \"FailedNotVisible\" then\n        hs.status = \"Degraded\"\n        hs.message = \"At least one certificate has failed to be provisioned\"\n        return hs\n      end\n    end\n  end\nend\n\nif obj.status ~= nil and obj.status.certificateStatus == \"Active\" then\n  hs.status = \"Healthy\"\n  hs.message = \"All certificates are active\"\n  return hs\nend\n\nhs.status = \"Progressing\"\nhs.message = \"At least one certificate is still being provisioned\"\nreturn hs\n",
    "nmstate.io/NodeNetworkConfigurationPolicy": "-- NodeNetworkConfigurationPolicy (NNCP) is a cluster-scoped resource that defines\n-- the desired network configuration for nodes in a Kubernetes cluster.\n--\n-- Documentation:\n--   User guide (configuration & conditions): https://github.com/nmstate/kubernetes-nmstate/blob/main/docs/user-guide/102-configuration.md\n--   Troubleshooting (failure states):        https://github.com/nmstate/kubernetes-nmstate/blob/main/docs/user-guide/103-troubleshooting.md\n--\n-- Condition types and reasons are defined in:\n--   https://github.com/nmstate/kubernetes-nmstate/blob/main/api/shared/nodenetworkconfigurationpolicy_types.go\n--\n-- NNCP exposes three active condition types:\n--   Available   (True)  - All matched nodes successfully configured (SuccessfullyConfigured)\n--   Degraded    (True)  - One or more nodes failed to configure (FailedToConfigure)\n--   Progressing (True)  - Configuration is being applied across nodes (ConfigurationProgressing)\n--   Ignored     (True)  - Policy matches no nodes (NoMatchingNode)\n--\n-- ArgoCD health mapping:\n--   Available=True   => Healthy\n--   Degraded=True    => Degraded\n--   Progressing=True => Progressing\n--   Ignored=True     => Suspended (policy intentionally matches no nodes)\n--   No status yet    => Progressing\nlocal hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.status == \"True\" then\n        local msg = condition.reason\n        if condition.message ~= nil and condition.message ~= \"\" then\n          msg = condition.reason .. \": \" .. condition.message\n        end\n        if condition.type == \"Available\" then\n          hs.status = \"Healthy\"\n          hs.message = msg\n          return hs\n        end\n        if condition.type == \"Degraded\" then\n          hs.status = \"Degraded\"\n          hs.message = msg\n          return hs\n        end\n        if condition.type == \"Progressing\" then\n          hs.status = \"Progressing\"\n          hs.message = msg\n          return hs\n        end\n        if condition.type == \"Ignored\" then\n          hs.status = \"Suspended\"\n          hs.message = msg\n          return hs\n        end\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for policy to be applied\"\nreturn hs\n",
    "notification.toolkit.fluxcd.io/Receiver": "local hs = {}\nif obj.spec.suspend ~= nil and obj.spec.suspend == true then\n  hs.message = obj.kind .. \" is suspended\"\n  hs.status = \"Suspended\"\n  return hs\nend\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local numFailing = 0\n    local numSucceeded = 0\n    local message = \"\"\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" then\n        if condition.status == \"True\" then\n          numSucceeded = numSucceeded + 1\n        elseif condition.status == \"False\" then\n          numFailing = numFailing + 1\n        end\n        message = condition.reason\n      elseif condition.type == \"Reconciling\" and condition.status == \"True\" then\n        numFailing = numFailing + 1\n      end\n    end\n    if(numFailing == 2) then\n      hs.message = message\n      hs.status = \"Degraded\"\n      return hs\n    elseif(numSucceeded == 1) then\n      hs.message = message\n      hs.status = \"Healthy\"\n      return hs\n    else\n      hs.message = message\n      hs.status = \"Degraded\"\n      return hs\n    end\n  end\nend\nhs.message = \"Status unknown\"\nhs.status = \"Progressing\"\nreturn hs\n",
    "numaflow.numaproj.io/InterStepBufferService": "local hs = {}\nlocal healthy = {}\n\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.status == \"False\" then\n        healthy.status = \"False\"\n        healthy.message = condition.message\n      end\n    end\n  end\n\n  progressiveFailure = (obj.metadata.labels ~= nil and obj.metadata.labels[\"numaplane.numaproj.io/progressive-result-state\"] == \"failed\")\n  if obj.metadata.generation == obj.status.observedGeneration then\n    if (healthy ~= {} and healthy.status == \"False\") or obj.status.phase == \"Failed\" or progressiveFailure then\n      hs.status = \"Degraded\"\n      if obj.status.phase == \"Failed\" then\n        hs.message = obj.status.message\n      elseif progressiveFailure then\n        hs.message = \"Failed progressive upgrade\"\n      else\n        hs.message = healthy.message\n      end\n      return hs\n    elseif obj.status.phase == \"Running\" then\n      hs.status = \"Healthy\"\n      hs.message = \"InterStepBufferService is healthy\"\n      return hs\n    end\n  end   \nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for InterStepBufferService status\"\nreturn hs",
    "numaflow.numaproj.io/MonoVertex": "local hs = {}\nlocal healthy = {}\n\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.status == \"False\" then\n        healthy.status = \"False\"\n      end\n    end\n  end\n\n  progressiveFailure = (obj.metadata.labels ~= nil and obj.metadata.labels[\"numaplane.numaproj.io/progressive-result-state\"] == \"failed\")\n  if obj.metadata.generation == obj.status.observedGeneration then\n    if (healthy ~= {} and healthy.status == \"False\") or (obj.status.phase == \"Failed\") or progressiveFailure then\n      hs.status = \"Degraded\"\n      if obj.status.phase == \"Failed\" then\n        hs.message = obj.status.message\n      elseif progressiveFailure then\n        hs.message = \"Failed progressive upgrade\"\n      else\n        hs.message = \"Subresources are unhealthy\"\n      end\n      return hs\n    elseif obj.status.phase == \"Paused\" then\n      hs.status = \"Healthy\"\n      hs.message = \"MonoVertex is paused\"\n      return hs\n    elseif obj.status.phase == \"Running\" then\n      hs.status = \"Healthy\"\n      hs.message = \"MonoVertex is healthy\"\n      return hs\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for MonoVertex status\"\nreturn hs\n",
    "numaflow.numaproj.io/Pipeline": "local hs = {}\nlocal healthy = {}\n\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.status == \"False\" then\n        healthy.status = \"False\"\n      end\n    end\n  end\n\n  progressiveFailure = (obj.metadata.labels ~= nil and obj.metadata.labels[\"numaplane.numaproj.io/progressive-result-state\"] == \"failed\")\n  if obj.metadata.generation == obj.status.observedGeneration then\n    if (healthy ~= {} and healthy.status == \"False\") or (obj.status.phase == \"Failed\") or progressiveFailure then\n      hs.status = \"Degraded\"\n      if obj.status.phase == \"Failed\" then\n        hs.message = obj.status.message\n      elseif progressiveFailure then\n        hs.message = \"Failed progressive upgrade\"\n      else\n        hs.message = \"Subresources are unhealthy\"\n      end\n      return hs\n    elseif obj.status.phase == \"Paused\" or obj.status.phase == \"Pausing\" then\n      hs.status = \"Healthy\"\n      hs.message = \"Pipeline is paused\"\n      return hs\n    elseif obj.status.phase == \"Running\" then\n      hs.status = \"Healthy\"\n      hs.message = \"Pipeline is healthy\"\n      return hs\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Pipeline status\"\nreturn hs",
    "numaflow.numaproj.io/Vertex": "local hs = {}\nlocal healthy = {}\n\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.status == \"False\" then\n        healthy.status = \"False\"\n        healthy.message = condition.message\n      end\n    end\n  end\n\n  if obj.metadata.generation == obj.status.observedGeneration then\n    if (healthy ~= {} and healthy.status == \"False\") or obj.status.phase == \"Failed\" then\n      hs.status = \"Degraded\"\n      if obj.status.phase == \"Failed\" then\n        hs.message = obj.status.message\n      else\n        hs.message = healthy.message\n      end\n      return hs\n    elseif obj.status.phase == \"Paused\" then\n      hs.status = \"Healthy\"\n      hs.message = \"Vertex is paused\"\n      return hs\n    elseif obj.status.phase == \"Running\" then\n      hs.status = \"Healthy\"\n      hs.message = \"Vertex is healthy\"\n      return hs\n    end\n  end\nend\n    \nhs.status = \"Progressing\"\nhs.message = \"Waiting for Vertex status\"\nreturn hs",
    "numaplane.numaproj.io/ISBServiceRollout": "-- return true if degraded, along with the reason\nfunction isDegraded(obj) \n  if obj.status == nil then \n    return false, \"\"\n  end\n  -- check phase=Failed, healthy condition failed, progressive upgrade failed\n  if obj.status.phase == \"Failed\" then\n    return true, obj.status.message\n  end\n\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"ChildResourcesHealthy\" and condition.status == \"False\" and condition.reason == \"ISBSvcFailed\" then\n        return true, condition.message\n      elseif condition.type == \"ProgressiveUpgradeSucceeded\" and condition.status == \"False\" then\n        return true, \"Progressive upgrade failed\"\n      end\n    end\n  end\n\n  return false, \"\"\nend\n\nfunction isProgressing(obj) \n  -- if there's no Status at all, we haven't been reconciled\n  if obj.status == nil then \n    return true, \"Not yet reconciled\"\n  end\n\n  if obj.metadata.generation ~= obj.status.observedGeneration then\n    return true, \"Not yet reconciled\"\n  end\n\n  -- if we are in the middle of an upgrade\n  if obj.status.upgradeInProgress ~= nil and obj.status.upgradeInProgress ~= \"\" or obj.status.phase == \"Pending\" then\n    -- first check if Progressive Upgrade Failed; in that case, we won't return true (because \"Degraded\" will take precedence)\n    progressiveUpgradeFailed = false\n    if obj.status.conditions ~= nil then\n      for i, condition in ipairs(obj.status.conditions) do\n        if condition.type == \"ProgressiveUpgradeSucceeded\" and condition.status == \"False\" then\n          progressiveUpgradeFailed = true\n        end\n      end\n    end\n\n    if progressiveUpgradeFailed == false then\n      return true, \"Update in progress\"\n    end\n  end\n\n  -- if the child is Progressing\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"ChildResourcesHealthy\" and condition.status == \"False\" and condition.reason == \"Progressing\" then\n        return true, \"Child Progressing\"\n      end\n    end\n  end\n\n  return false, \"\"\nend\n\n-- return true if healthy, along with the reason\nfunction isHealthy(obj)\n  if obj.status == nil then \n    return false, \"\"\n  end\n\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"ChildResourcesHealthy\" and condition.status == \"True\" then\n        return true, \"Healthy\"\n      end\n    end\n  end\nend\n\nlocal hs = {}\n\n\nprogressing, reason = isProgressing(obj)\nif progressing then\n  hs.status = \"Progressing\"\n  hs.message = reason\n  return hs\nend\n\ndegraded, reason = isDegraded(obj)\nif degraded then\n  hs.status = \"Degraded\"\n  hs.message = reason\n  return hs\nend\n\nhealthy, reason = isHealthy(obj)\nif healthy then\n  hs.status = \"Healthy\"\n  hs.message = reason\n  return hs\nend\n\nhs.status = \"Unknown\"\nhs.message = \"Unknown status\"\nreturn hs\n",
    "numaplane.numaproj.io/MonoVertexRollout": "-- return true if paused, along with the reason\nfunction isPaused(obj)\n  if obj.status == nil then \n    return false, \"\"\n  end\n\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"MonoVertexPausingOrPaused\" and condition.status == \"True\" then\n        return true, condition.message\n      end\n    end\n  end\nend\n\n\n\n-- return true if degraded, along with the reason\nfunction isDegraded(obj) \n  if obj.status == nil then \n    return false, \"\"\n  end\n  -- check phase=Failed, healthy condition failed, progressive upgrade failed\n  if obj.status.phase == \"Failed\" then\n    return true, obj.status.message\n  end\n\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"ChildResourcesHealthy\" and condition.status == \"False\" and condition.reason == \"MonoVertexFailed\" then\n        return true, condition.message\n      elseif condition.type == \"ProgressiveUpgradeSucceeded\" and condition.status == \"False\" then\n        return true, \"Progressive upgrade failed\"\n      end\n    end\n  end\n\n  return false, \"\"\nend\n\nfunction isProgressing(obj) \n  -- if there's no Status at all, we haven't been reconciled\n  if obj.status == nil then \n    return true, \"Not yet reconciled\"\n  end\n\n  if obj.metadata.generation ~= obj.status.observedGeneration then\n    return true, \"Not yet reconciled\"\n  end\n\n  -- if we are in the middle of an upgrade\n  if obj.status.upgradeInProgress ~= nil and obj.status.upgradeInProgress ~= \"\" or obj.status.phase == \"Pending\" then\n    -- first check if Progressive Upgrade Failed; in that case, we won't return true (because \"Degraded\" will take precedence)\n    progressiveUpgradeFailed = false\n    if obj.status.conditions ~= nil then\n      for i, condition in ipairs(obj.status.conditions) do\n        if condition.type == \"ProgressiveUpgradeSucceeded\" and condition.status == \"False\" then\n          progressiveUpgradeFailed = true\n        end\n      end\n    end\n\n    if progressiveUpgradeFailed == false then\n      return true, \"Update in progress\"\n    end\n  end\n\n  -- if the child is Progressing\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"ChildResourcesHealthy\" and condition.status == \"False\" and condition.reason == \"Progressing\" then\n        return true, \"Child Progressing\"\n      end\n    end\n  end\n\n  return false, \"\"\nend\n\n-- return true if healthy, along with the reason\nfunction isHealthy(obj)\n  if obj.status == nil then \n    return false, \"\"\n  end\n\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"ChildResourcesHealthy\" and condition.status == \"True\" then\n        return true, \"Healthy\"\n      end\n    end\n  end\nend\n\nlocal hs = {}\n\n\nprogressing, reason = isProgressing(obj)\nif progressing then\n  hs.status = \"Progressing\"\n  hs.message = reason\n  return hs\nend\n\ndegraded, reason = isDegraded(obj)\nif degraded then\n  hs.status = \"Degraded\"\n  hs.message = reason\n  return hs\nend\n\npaused, reason = isPaused(obj)\nif paused then \n  hs.status = \"Healthy\"\n  hs.message = reason\n  return hs\nend\n\nhealthy, reason = isHealthy(obj)\nif healthy then\n  hs.status = \"Healthy\"\n  hs.message = reason\n  return hs\nend\n\nhs.status = \"Unknown\"\nhs.message = \"Unknown MonoVertex status\"\nreturn hs",
    "numaplane.numaproj.io/NumaflowControllerRollout": "-- return true if degraded, along with the reason\nfunction isDegraded(obj) \n  if obj.status == nil then \n    return false, \"\"\n  end\n  -- check phase=Failed, healthy condition failed\n  if obj.status.phase == \"Failed\" then\n    return true, obj.status.message\n  end\n\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"ChildResourcesHealthy\" and condition.status == \"False\" and condition.reason ~= \"Progressing\" then\n        return true, condition.message\n      end\n    end\n  end\n\n  return false, \"\"\nend\n\nfunction isProgressing(obj) \n  -- if there's no Status at all, we haven't been reconciled\n  if obj.status == nil then \n    return true, \"Not yet reconciled\"\n  end\n\n  if obj.metadata.generation ~= obj.status.observedGeneration then\n    return true, \"Not yet reconciled\"\n  end\n\n  -- if we are in the middle of an upgrade\n  if obj.status.upgradeInProgress ~= nil and obj.status.upgradeInProgress ~= \"\" or obj.status.phase == \"Pending\" then\n    return true, \"Update in progress\"\n  end\n\n  -- if the child is Progressing\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"ChildResourcesHealthy\" and condition.status == \"False\" and condition.reason == \"Progressing\" then\n        return true, \"Child Progressing\"\n      end\n    end\n  end\n\n  return false, \"\"\nend\n\n-- return true if healthy, along with the reason\nfunction isHealthy(obj)\n  if obj.status == nil then \n    return false, \"\"\n  end\n\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"ChildResourcesHealthy\" and condition.status == \"True\" then\n        return true, \"Healthy\"\n      end\n    end\n  end\nend\n\nlocal hs = {}\n\n\nprogressing, reason = isProgressing(obj)\nif progressing then\n  hs.status = \"Progressing\"\n  hs.message = reason\n  return hs\nend\n\ndegraded, reason = isDegraded(obj)\nif degraded then\n  hs.status = \"Degraded\"\n  hs.message = reason\n  return hs\nend\n\nhealthy, reason = isHealthy(obj)\nif healthy then\n  hs.status = \"Healthy\"\n  hs.message = reason\n  return hs\nend\n\nhs.status = \"Unknown\"\nhs.message = \"Unknown status\"\nreturn hs",
    "numaplane.numaproj.io/PipelineRollout": "-- return true if paused, along with the reason\nfunction isPaused(obj)\n  if obj.status == nil then \n    return false, \"\"\n  end\n\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"PipelinePausingOrPaused\" and condition.status == \"True\" then\n        return true, condition.message\n      end\n    end\n  end\nend\n\n\n-- return true if degraded, along with the reason\nfunction isDegraded(obj) \n  if obj.status == nil then \n    return false, \"\"\n  end\n  -- check phase=Failed, healthy condition failed, progressive upgrade failed\n  if obj.status.phase == \"Failed\" then\n    return true, obj.status.message\n  end\n\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"ChildResourcesHealthy\" and condition.status == \"False\" and condition.reason == \"PipelineFailed\" then\n        return true, condition.message\n      elseif condition.type == \"ProgressiveUpgradeSucceeded\" and condition.status == \"False\" then\n        return true, \"Progressive upgrade failed\"\n      end\n    end\n  end\n\n  return false, \"\"\nend\n\nfunction isProgressing(obj) \n  -- if there's no Status at all, we haven't been reconciled\n  if obj.status == nil then \n    return true, \"Not yet reconciled\"\n  end\n\n  if obj.metadata.generation ~= obj.status.observedGeneration then\n    return true, \"Not yet reconciled\"\n  end\n\n  -- if we are in the middle of an upgrade\n  if obj.status.upgradeInProgress ~= nil and obj.status.upgradeInProgress ~= \"\" or obj.status.phase == \"Pending\" then\n    -- first check if Progressive Upgrade Failed; in that case, we won't return true (because \"Degraded\" will take precedence)\n    progressiveUpgradeFailed = false\n    if obj.status.conditions ~= nil then\n      for i, condition in ipairs(obj.status.conditions) do\n        if condition.type == \"ProgressiveUpgradeSucceeded\" and condition.status == \"False\" then\n          progressiveUpgradeFailed = true\n        end\n      end\n    end\n\n    if progressiveUpgradeFailed == false then\n      return true, \"Update in progress\"\n    end\n  end\n\n  -- if the child is Progressing\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"ChildResourcesHealthy\" and condition.status == \"False\" and condition.reason == \"Progressing\" then\n        return true, \"Child Progressing\"\n      end\n    end\n  end\n\n  return false, \"\"\nend\n\n-- return true if healthy, along with the reason\nfunction isHealthy(obj)\n  if obj.status == nil then \n    return false, \"\"\n  end\n\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"ChildResourcesHealthy\" and condition.status == \"True\" then\n        return true, \"Healthy\"\n      end\n    end\n  end\nend\n\nlocal hs = {}\n\n\nprogressing, reason = isProgressing(obj)\nif progressing then\n  hs.status = \"Progressing\"\n  hs.message = reason\n  return hs\nend\n\ndegraded, reason = isDegraded(obj)\nif degraded then\n  hs.status = \"Degraded\"\n  hs.message = reason\n  return hs\nend\n\npaused, reason = isPaused(obj)\nif paused then \n  hs.status = \"Healthy\"\n  hs.message = reason\n  return hs\nend\n\nhealthy, reason = isHealthy(obj)\nif healthy then\n  hs.status = \"Healthy\"\n  hs.message = reason\n  return hs\nend\n\nhs.status = \"Unknown\"\nhs.message = \"Unknown Pipeline status\"\nreturn hs",
    "objectbucket.io/ObjectBucketClaim": "-- CRD documentation: https://doc.crds.dev/github.com/kube-object-storage/lib-bucket-provisioner/objectbucket.io/ObjectBucketClaim/v1alpha1@kubernetes-v1.14.1\nlocal hs = {\n    status = \"Progressing\",\n    message = \"Waiting for status to be reported\"\n}\n\n-- phase status check - https://github.com/kube-object-storage/lib-bucket-provisioner/blob/ffa47d5/pkg/apis/objectbucket.io/v1alpha1/objectbucketclaim_types.go#L58\nif obj.status ~= nil then\n    if obj.status.phase ~= nil then\n        hs.message = \"Object bucket claim phase is \" .. obj.status.phase\n        if obj.status.phase == \"Bound\" then\n            hs.status = \"Healthy\"\n        elseif obj.status.phase == \"Failed\" then\n            hs.status = \"Degraded\"\n        end\n    else\n        hs.message = \"Waiting for phase to be reported\"\n    end\nend\n\nreturn hs\n",
    "ocs.openshift.io/StorageCluster": "local hs_degraded = {}\nlocal hs_progressing = {}\nlocal hs_healthy = {}\nlocal is_degraded = false\nlocal is_progressing = false\nlocal is_healthy = false\nif obj ~= nil and obj.status ~= nil and obj.status.conditions ~= nil then\n    for _, condition in pairs(obj.status.conditions) do\n        if condition.type == \"Degraded\" and condition.status == \"True\" then\n            is_degraded = true\n            hs_degraded.status = \"Degraded\"\n            hs_degraded.message = condition.message\n        elseif condition.type == \"Progressing\" and condition.status == \"True\" then\n            is_progressing = true\n            hs_progressing.status = \"Progressing\"\n            hs_progressing.message = condition.message\n        elseif condition.type == \"Available\" and condition.status == \"True\" then\n            is_healthy = true\n            hs_healthy.status = \"Healthy\"\n            hs_healthy.message = condition.message\n        end\n    end\nend\nif is_degraded then\n    return hs_degraded\nelseif is_progressing then\n    return hs_progressing\nelseif is_healthy then\n    return hs_healthy\nend\nreturn { status = \"Unknown\", message = \"StorageCluster is in an unknown state.\" }\n",
    "onepassword.com/OnePasswordItem": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message\n        return hs\n      end\n      if condition.type == \"Ready\" and condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for controller to report status\"\nreturn hs\n",
    "openfaas.com/Function": "hs = {}\nif obj.status ~= nil then\n    if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n        if condition.type == \"Ready\" and condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n        end\n        if condition.type == \"Stalled\" and condition.status == \"True\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n        end\n        if condition.type == \"Ready\" and condition.status == \"True\" then\n        if obj.status.replicas ~= nil and obj.status.replicas > 0 then\n            hs.status = \"Healthy\"\n            hs.message = condition.message\n        else\n            hs.status = \"Suspended\"\n            hs.message = \"No replicas available\"\n        end\n        return hs\n        end\n    end\n    end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Function\"\nreturn hs\n",
    "opentelemetry.io/OpenTelemetryCollector": "hs = {}\nhs.status = \"Progressing\"\nhs.message = \"Waiting for OpenTelemetry Collector status\"\n\nif obj.status ~= nil then\n    if obj.status.scale ~= nil and obj.status.scale.statusReplicas ~= nil then\n        local statusReplicas = obj.status.scale.statusReplicas\n\n        -- Parse the statusReplicas string (e.g., \"2/2\", \"0/2\", \"1/3\")\n        local ready, total = string.match(statusReplicas, \"(%d+)/(%d+)\")\n\n        if ready ~= nil and total ~= nil then\n            ready = tonumber(ready)\n            total = tonumber(total)\n\n            if ready == 0 then\n                -- DaemonSet desiredNumberScheduled is based on eligible nodes.\n                -- 0/0 is valid when no nodes match; treat as Healthy.\n                -- https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/#how-daemon-pods-are-scheduled\n                if obj.spec ~= nil and obj.spec.mode == \"daemonset\" and total == 0 then\n                    hs.status = \"Healthy\"\n                    hs.message = \"DaemonSet has no eligible nodes (0/0)\"\n                else\n                    hs.status = \"Degraded\"\n                    hs.message = \"No replicas are ready\"\n                end\n            elseif ready == total then\n                hs.status = \"Healthy\"\n                hs.message = \"All replicas are ready\"\n            else\n                hs.status = \"Progressing\"\n                hs.message = \"Replicas are starting up\"\n            end\n        else\n            hs.status = \"Progressing\"\n            hs.message = \"Unable to parse replica status: \" ..tostring(statusReplicas)\n        end\n    else\n        if obj.spec.mode == \"sidecar\" then\n            hs.status = \"Healthy\"\n            hs.message = \"Collector is running in sidecar mode\"\n        else\n            hs.status = \"Progressing\"\n            hs.message = \"Scale status not available\"\n        end\n    end\nend\nreturn hs\n",
    "operator.knative.dev/KnativeEventing": "local health_status = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local numTrue = 0\n    local numFalse = 0\n    local msg = \"\"\n    for i, condition in pairs(obj.status.conditions) do\n      msg = msg .. i .. \": \" .. condition.type .. \" | \" .. condition.status .. \"\\n\"\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        numTrue = numTrue + 1\n      elseif condition.type == \"InstallSucceeded\" and condition.status == \"True\" then\n        numTrue = numTrue + 1\n      elseif condition.type == \"Ready\" and condition.status == \"False\" then\n        numFalse = numFalse + 1\n      elseif condition.status == \"Unknown\" then\n        numFalse = numFalse + 1\n      end\n    end\n    if(numFalse > 0) then\n      health_status.message = msg\n      health_status.status = \"Progressing\"\n      return health_status\n    elseif(numTrue == 2) then\n      health_status.message = \"KnativeEventing is healthy.\"\n      health_status.status = \"Healthy\"\n      return health_status\n    else\n      health_status.message = msg\n      health_status.status = \"Degraded\"\n      return health_status\n    end\n  end\nend\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"Waiting for KnativeEventing\"\nreturn health_status",
    "operator.knative.dev/KnativeServing": "local health_status = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local numTrue = 0\n    local numFalse = 0\n    local msg = \"\"\n    for i, condition in pairs(obj.status.conditions) do\n      msg = msg .. i .. \": \" .. condition.type .. \" | \" .. condition.status .. \"\\n\"\n      if condition.type == \"Ready\" and condition.status == \"True\" then\n        numTrue = numTrue + 1\n      elseif condition.type == \"InstallSucceeded\" and condition.status == \"True\" then\n        numTrue = numTrue + 1\n      elseif condition.type == \"DependenciesInstalled\" and condition.status == \"True\" then\n        numTrue = numTrue + 1\n      elseif condition.type == \"DeploymentsAvailable\" and condition.status == \"True\" then\n        numTrue = numTrue + 1\n      elseif condition.type == \"Ready\" and condition.status == \"False\" then\n        numFalse = numFalse + 1\n      elseif condition.type == \"DeploymentsAvailable\" and condition.status == \"False\" then\n        numFalse = numFalse + 1\n      elseif condition.status == \"Unknown\" then\n        numFalse = numFalse + 1\n      end\n    end\n    if(numFalse > 0) then\n      health_status.message = msg\n      health_status.status = \"Progressing\"\n      return health_status\n    elseif(numTrue == 4) then\n      health_status.message = \"KnativeServing is healthy.\"\n      health_status.status = \"Healthy\"\n      return health_status\n    else\n      health_status.message = msg\n      health_status.status = \"Degraded\"\n      return health_status\n    end\n  end\nend\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"Waiting for KnativeServing\"\nreturn health_status",
    "operator.openshift.io/IngressController": "-- healthcheck for IngressController resources\nlocal hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n      -- if the status conditions are present, iterate over them and check their status\n    for _, condition in pairs(obj.status.conditions) do\n      if condition.type == \"Degraded\" and condition.status == \"True\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      elseif condition.type == \"DeploymentReplicasAllAvailable\" and condition.status == \"False\" then\n        hs.status = \"Progressing\"\n        hs.message =  condition.message\n        return hs\n      elseif condition.type == \"Progressing\" and condition.status == \"True\" then\n        hs.status = \"Progressing\"\n        hs.message =  condition.reason\n        return hs\n      elseif condition.type == \"Available\" and condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = \"IngressController is available\"\n        return hs\n      end\n    end\n  end\nend\n\n-- default status when none of the previous condition matches\nhs.status = \"Progressing\"\nhs.message = \"Status of IngressController is not known yet\"\nreturn hs\n",
    "operator.victoriametrics.com/_": "-- Health check for VictoriaMetrics operator CRDs.\n-- Status field reference:\n--   https://github.com/VictoriaMetrics/operator/blob/master/api/operator/v1beta1/vmextra_types.go\n-- UpdateStatus values: \"expanding\", \"operational\", \"failed\", \"paused\", \"ignored\".\n-- Request: https://github.com/VictoriaMetrics/operator/issues/1181\n\nlocal hs = { status = \"Progressing\", message = \"Waiting for the operator to reconcile\" }\n\n-- Status not yet reported by the operator.\nif obj.status == nil then\n  return hs\nend\n\n-- The operator has not observed the latest spec yet.\nif obj.metadata ~= nil and obj.metadata.generation ~= nil and obj.status.observedGeneration ~= nil\n    and obj.status.observedGeneration ~= obj.metadata.generation then\n  return hs\nend\n\nlocal updateStatus = obj.status.updateStatus\nlocal reason = obj.status.reason or \"\"\n\n-- operational => Healthy\nif updateStatus == \"operational\" then\n  hs.status = \"Healthy\"\n  hs.message = \"All components are operational\"\n-- ignored => Healthy\nelseif updateStatus == \"ignored\" then\n  hs.status = \"Healthy\"\n  hs.message = \"Resource was not picked by any parent object\"\n-- expanding => reconciliation in progress\nelseif updateStatus == \"expanding\" then\n  hs.status = \"Progressing\"\n  hs.message = reason ~= \"\" and reason or \"Reconciliation in progress\"\n-- paused => reconciliation intentionally paused by the user\nelseif updateStatus == \"paused\" then\n  hs.status = \"Suspended\"\n  hs.message = reason ~= \"\" and reason or \"Reconciliation is paused\"\n-- failed => reconciliation error\nelseif updateStatus == \"failed\" then\n  hs.status = \"Degraded\"\n  hs.message = reason ~= \"\" and reason or \"Reconciliation failed\"\nelse\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for the operator to report status\"\nend\n\nreturn hs\n",
    "operators.coreos.com/Subscription": "local health_status = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local numDegraded = 0\n    local numPending = 0\n    local msg = \"\"\n\n    -- Check if this is a manual approval scenario where InstallPlanPending is expected\n    -- and the operator is already installed (upgrade pending, not initial install)\n    local isManualApprovalPending = false\n    if obj.spec ~= nil and obj.spec.installPlanApproval == \"Manual\" then\n      for _, condition in pairs(obj.status.conditions) do\n        if condition.type == \"InstallPlanPending\" and condition.status == \"True\" and condition.reason == \"RequiresApproval\" then\n          -- Only treat as expected healthy state if the operator is already installed\n          -- (installedCSV is present), meaning this is an upgrade pending approval\n          if obj.status.installedCSV ~= nil then\n            isManualApprovalPending = true\n          end\n          break\n        end\n      end\n    end\n\n    for i, condition in pairs(obj.status.conditions) do\n      -- Skip InstallPlanPending condition when manual approval is pending (expected behavior)\n      if isManualApprovalPending and condition.type == \"InstallPlanPending\" then\n        -- skip: InstallPlanPending is expected when manual upgrade approval is pending\n      else\n        msg = msg .. i .. \": \" .. condition.type .. \" | \" .. condition.status .. \"\\n\"\n        if condition.type == \"InstallPlanPending\" and condition.status == \"True\" then\n          numPending = numPending + 1\n        elseif (condition.type == \"InstallPlanMissing\" and condition.reason ~= \"ReferencedInstallPlanNotFound\") then\n          numDegraded = numDegraded + 1\n        elseif (condition.type == \"CatalogSourcesUnhealthy\" or condition.type == \"InstallPlanFailed\" or condition.type == \"ResolutionFailed\") and condition.status == \"True\" then\n          numDegraded = numDegraded + 1\n        end\n      end\n    end\n\n    -- Available states: undef/nil, UpgradeAvailable, UpgradePending, UpgradeFailed, AtLatestKnown\n    -- Source: https://github.com/openshift/operator-framework-olm/blob/5e2c73b7663d0122c9dc3e59ea39e515a31e2719/staging/api/pkg/operators/v1alpha1/subscription_types.go#L17-L23\n    if obj.status.state == nil  then\n      numPending = numPending + 1\n      msg = msg .. \".status.state not yet known\\n\"\n    elseif obj.status.state == \"\" or obj.status.state == \"UpgradeAvailable\" then\n      numPending = numPending + 1\n      msg = msg .. \".status.state is '\" .. obj.status.state .. \"'\\n\"\n    elseif obj.status.state == \"UpgradePending\" then\n      -- UpgradePending with manual approval is expected behavior, treat as healthy\n      if isManualApprovalPending then\n        msg = msg .. \".status.state is 'UpgradePending' (manual InstallPlan approval pending; treated as healthy)\\n\"\n      else\n        numPending = numPending + 1\n        msg = msg .. \".status.state is '\" .. obj.status.state .. \"'\\n\"\n      end\n    elseif obj.status.state == \"UpgradeFailed\" then\n      numDegraded = numDegraded + 1\n      msg = msg .. \".status.state is '\" .. obj.status.state .. \"'\\n\"\n    else\n      -- Last possiblity of .status.state: AtLatestKnown\n      msg =  msg .. \".status.state is '\" .. obj.status.state .. \"'\\n\"\n    end\n \n    if numDegraded == 0 and numPending == 0 then\n      health_status.status = \"Healthy\"\n      health_status.message = msg\n      return health_status\n    elseif numPending > 0 and numDegraded == 0 then\n      health_status.status = \"Progressing\"\n      health_status.message = msg\n      return health_status\n    else\n      health_status.status = \"Degraded\"\n      health_status.message = msg\n      return health_status\n    end\n  end\nend\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"An install plan for a subscription is pending installation\"\nreturn health_status\n",
    "pkg.crossplane.io/Provider": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local installed = false\n    local healthy = false\n    local installed_message\n    local healthy_message\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Installed\" then\n        installed = condition.status == \"True\"\n        installed_message = condition.reason\n      elseif condition.type == \"Healthy\" then\n        healthy = condition.status == \"True\"\n        healthy_message = condition.reason\n      end\n    end\n    -- Crossplane can set one of these conditions without the other, for example\n    -- only Installed=False when it cannot pull the package. With neither, such as\n    -- a provider paused before its first reconcile, it is not installed yet.\n    if installed_message ~= nil or healthy_message ~= nil then\n      if installed and healthy then\n        hs.status = \"Healthy\"\n      else\n        hs.status = \"Degraded\"\n      end\n      if installed_message ~= nil and healthy_message ~= nil then\n        hs.message = installed_message .. \" \" .. healthy_message\n      else\n        hs.message = installed_message or healthy_message\n      end\n      return hs\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for provider to be installed\"\nreturn hs\n",
    "platform.confluent.io/Connect": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.phase ~= nil then\n    if obj.status.phase == \"RUNNING\" then\n      hs.status = \"Healthy\"\n      hs.message = \"Connect running\"\n      return hs\n    end\n    if obj.status.phase == \"PROVISIONING\" then\n      hs.status = \"Progressing\"\n      hs.message = \"Connect provisioning\"\n      return hs\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Connect\"\nreturn hs\n",
    "platform.confluent.io/Connector": "hs = {}\nif obj.status ~= nil and obj.status.state ~= nil then\n    if obj.status.state == \"CREATED\" and obj.status.connectorState == \"RUNNING\" and obj.status.failedTasksCount == nil then\n        hs.status = \"Healthy\"\n        hs.message = \"Connector running\"\n        return hs\n    end\n    if obj.status.state == \"ERROR\" then\n        hs.status = \"Degraded\"\n        if obj.status.conditions and #obj.status.conditions > 0 then\n            hs.message = obj.status.conditions[1].message -- Kafka Connector only has one condition and nests the issues in the error message here\n        else\n            hs.message = \"No conditions available\"\n        end\n        return hs\n    end\n    if obj.status.failedTasksCount ~= nil and obj.status.failedTasksCount > 0 then\n        hs.status = \"Degraded\"\n        hs.message = \"Connector has failed tasks\"\n        return hs\n    end\nend\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Kafka Connector\"\nreturn hs",
    "platform.confluent.io/ControlCenter": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.phase ~= nil then\n    if obj.status.phase == \"RUNNING\" then\n      hs.status = \"Healthy\"\n      hs.message = \"ControlCenter running\"\n      return hs\n    end\n    if obj.status.phase == \"PROVISIONING\" then\n      hs.status = \"Progressing\"\n      hs.message = \"ControlCenter provisioning\"\n      return hs\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for ControlCenter\"\nreturn hs\n",
    "platform.confluent.io/Kafka": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.phase ~= nil then\n    if obj.status.phase == \"RUNNING\" then\n      hs.status = \"Healthy\"\n      hs.message = \"Kafka running\"\n      return hs\n    end\n    if obj.status.phase == \"PROVISIONING\" then\n      hs.status = \"Progressing\"\n      hs.message = \"Kafka provisioning\"\n      return hs\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Kafka\"\nreturn hs\n",
    "platform.confluent.io/KsqlDB": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.phase ~= nil then\n    if obj.status.phase == \"RUNNING\" then\n      hs.status = \"Healthy\"\n      hs.message = \"KsqlDB running\"\n      return hs\n    end\n    if obj.status.phase == \"PROVISIONING\" then\n      hs.status = \"Progressing\"\n      hs.message = \"KsqlDB provisioning\"\n      return hs\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for KsqlDB\"\nreturn hs\n",
    "platform.confluent.io/SchemaRegistry": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.phase ~= nil then\n    if obj.status.phase == \"RUNNING\" then\n      hs.status = \"Healthy\"\n      hs.message = \"SchemaRegistry running\"\n      return hs\n    end\n    if obj.status.phase == \"PROVISIONING\" then\n      hs.status = \"Progressing\"\n      hs.message = \"SchemaRegistry provisioning\"\n      return hs\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for SchemaRegistry\"\nreturn hs\n",
    "platform.confluent.io/Zookeeper": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.phase ~= nil then\n    if obj.status.phase == \"RUNNING\" then\n      hs.status = \"Healthy\"\n      hs.message = \"Zookeeper running\"\n      return hs\n    end\n    if obj.status.phase == \"PROVISIONING\" then\n      hs.status = \"Progressing\"\n      hs.message = \"Zookeeper provisioning\"\n      return hs\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Zookeeper\"\nreturn hs\n",
    "policies.kyverno.io/DeletingPolicy": "-- DeletingPolicy is a cluster-scoped resource that defines scheduled deletion\n-- of Kubernetes resources matching a set of CEL-based constraints.\n--\n-- Documentation:\n--   Policy types overview: https://kyverno.io/docs/policy-types/deleting-policy/\n--\n-- Condition types and reasons are defined in:\n--   https://github.com/kyverno/kyverno/tree/main/config/crds/policies.kyverno.io/policies.kyverno.io_deletingpolicies.yaml\n--\n-- DeletingPolicy exposes a conditionStatus with a ready boolean and standard\n-- Kubernetes conditions. No fixed condition type names are enforced by the CRD.\n--\n-- ArgoCD health mapping:\n--   conditionStatus.ready=true   => Healthy  (message from first True condition)\n--   conditionStatus.ready=false  => Degraded (message from first False condition)\n--   No status yet                => Progressing\nlocal hs = {}\n\nif obj.status ~= nil and obj.status.conditionStatus ~= nil then\n  local cs = obj.status.conditionStatus\n\n  if obj.metadata.generation ~= nil and cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.observedGeneration ~= nil and condition.observedGeneration < obj.metadata.generation then\n        hs.status = \"Progressing\"\n        hs.message = \"Waiting for DeletingPolicy status to reflect latest generation\"\n        return hs\n      end\n    end\n  end\n\n  if cs.ready == true then\n    hs.status = \"Healthy\"\n    if cs.conditions ~= nil then\n      for _, condition in ipairs(cs.conditions) do\n        if condition.status == \"True\" then\n          hs.message = condition.message\n          break\n        end\n      end\n    end\n    if hs.message == nil then\n      hs.message = (cs.message ~= nil and cs.message ~= \"\") and cs.message or \"Policy is ready\"\n    end\n    return hs\n  end\n\n  hs.status = \"Degraded\"\n  if cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.status == \"False\" then\n        hs.message = condition.type .. \": \" .. condition.message\n        return hs\n      end\n    end\n  end\n  hs.message = (cs.message ~= nil and cs.message ~= \"\") and cs.message or \"Policy is not ready\"\n  return hs\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for DeletingPolicy status\"\nreturn hs\n",
    "policies.kyverno.io/GeneratingPolicy": "-- GeneratingPolicy is a cluster-scoped resource that automatically generates\n-- Kubernetes resources based on CEL-based match rules and trigger conditions.\n--\n-- Documentation:\n--   Policy types overview: https://kyverno.io/docs/policy-types/generating-policy/\n--\n-- Condition types and reasons are defined in:\n--   https://github.com/kyverno/kyverno/tree/main/config/crds/policies.kyverno.io/policies.kyverno.io_generatingpolicies.yaml\n--\n-- GeneratingPolicy exposes a conditionStatus with a ready boolean and standard\n-- Kubernetes conditions. No fixed condition type names are enforced by the CRD.\n--\n-- ArgoCD health mapping:\n--   conditionStatus.ready=true   => Healthy  (message from first True condition)\n--   conditionStatus.ready=false  => Degraded (message from first False condition)\n--   No status yet                => Progressing\nlocal hs = {}\n\nif obj.status ~= nil and obj.status.conditionStatus ~= nil then\n  local cs = obj.status.conditionStatus\n\n  if obj.metadata.generation ~= nil and cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.observedGeneration ~= nil and condition.observedGeneration < obj.metadata.generation then\n        hs.status = \"Progressing\"\n        hs.message = \"Waiting for GeneratingPolicy status to reflect latest generation\"\n        return hs\n      end\n    end\n  end\n\n  if cs.ready == true then\n    hs.status = \"Healthy\"\n    if cs.conditions ~= nil then\n      for _, condition in ipairs(cs.conditions) do\n        if condition.status == \"True\" then\n          hs.message = condition.message\n          break\n        end\n      end\n    end\n    if hs.message == nil then\n      hs.message = (cs.message ~= nil and cs.message ~= \"\") and cs.message or \"Policy is ready\"\n    end\n    return hs\n  end\n\n  hs.status = \"Degraded\"\n  if cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.status == \"False\" then\n        hs.message = condition.type .. \": \" .. condition.message\n        return hs\n      end\n    end\n  end\n  hs.message = (cs.message ~= nil and cs.message ~= \"\") and cs.message or \"Policy is not ready\"\n  return hs\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for GeneratingPolicy status\"\nreturn hs\n",
    "policies.kyverno.io/ImageValidatingPolicy": "-- ImageValidatingPolicy is a cluster-scoped resource that defines CEL-based\n-- image signature and attestation validation rules applied to container images\n-- during admission via a Kyverno webhook.\n--\n-- Documentation:\n--   Policy types overview: https://kyverno.io/docs/policy-types/image-validating-policy/\n--\n-- Condition types and reasons are defined in:\n--   https://github.com/kyverno/kyverno/tree/main/config/crds/policies.kyverno.io/policies.kyverno.io_imagevalidatingpolicies.yaml\n--\n-- ImageValidatingPolicy exposes a conditionStatus with a ready boolean and\n-- standard Kubernetes conditions, including:\n--   WebhookConfigured (True)  - Kyverno webhook is configured for the policy\n--   WebhookConfigured (False) - Webhook configuration failed\n--\n-- ArgoCD health mapping:\n--   conditionStatus.ready=true   => Healthy  (WebhookConfigured condition message)\n--   conditionStatus.ready=false  => Degraded (message from first False condition)\n--   No status yet                => Progressing\nlocal hs = {}\n\nif obj.status ~= nil and obj.status.conditionStatus ~= nil then\n  local cs = obj.status.conditionStatus\n\n  if obj.metadata.generation ~= nil and cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.observedGeneration ~= nil and condition.observedGeneration < obj.metadata.generation then\n        hs.status = \"Progressing\"\n        hs.message = \"Waiting for ImageValidatingPolicy status to reflect latest generation\"\n        return hs\n      end\n    end\n  end\n\n  if cs.ready == true then\n    hs.status = \"Healthy\"\n    if cs.conditions ~= nil then\n      for _, condition in ipairs(cs.conditions) do\n        if condition.type == \"WebhookConfigured\" and condition.status == \"True\" then\n          hs.message = condition.message\n          break\n        end\n      end\n    end\n    if hs.message == nil then\n      hs.message = (cs.message ~= nil and cs.message ~= \"\") and cs.message or \"Policy is ready\"\n    end\n    return hs\n  end\n\n  hs.status = \"Degraded\"\n  if cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.status == \"False\" then\n        hs.message = condition.type .. \": \" .. condition.message\n        return hs\n      end\n    end\n  end\n  hs.message = (cs.message ~= nil and cs.message ~= \"\") and cs.message or \"Policy is not ready\"\n  return hs\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for ImageValidatingPolicy status\"\nreturn hs\n",
    "policies.kyverno.io/MutatingPolicy": "-- MutatingPolicy is a cluster-scoped resource that defines CEL-based mutation\n-- rules applied to Kubernetes resources during admission via a generated\n-- MutatingAdmissionPolicy or a Kyverno webhook.\n--\n-- Documentation:\n--   Policy types overview: https://kyverno.io/docs/policy-types/mutating-policy/\n--\n-- Condition types and reasons are defined in:\n--   https://github.com/kyverno/kyverno/tree/main/config/crds/policies.kyverno.io/policies.kyverno.io_mutatingpolicies.yaml\n--\n-- MutatingPolicy exposes a conditionStatus with a ready boolean and standard\n-- Kubernetes conditions, including:\n--   WebhookConfigured (True)  - Kyverno webhook is configured for the policy\n--   WebhookConfigured (False) - Webhook configuration failed\n--\n-- ArgoCD health mapping:\n--   conditionStatus.ready=true   => Healthy  (WebhookConfigured condition message)\n--   conditionStatus.ready=false  => Degraded (message from first False condition)\n--   No status yet                => Progressing\nlocal hs = {}\n\nif obj.status ~= nil and obj.status.conditionStatus ~= nil then\n  local cs = obj.status.conditionStatus\n\n  if obj.metadata.generation ~= nil and cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.observedGeneration ~= nil and condition.observedGeneration < obj.metadata.generation then\n        hs.status = \"Progressing\"\n        hs.message = \"Waiting for MutatingPolicy status to reflect latest generation\"\n        return hs\n      end\n    end\n  end\n\n  if cs.ready == true then\n    hs.status = \"Healthy\"\n    if cs.conditions ~= nil then\n      for _, condition in ipairs(cs.conditions) do\n        if condition.type == \"WebhookConfigured\" and condition.status == \"True\" then\n          hs.message = condition.message\n          break\n        end\n      end\n    end\n    if hs.message == nil then\n      hs.message = \"Policy is ready\"\n    end\n    return hs\n  end\n\n  hs.status = \"Degraded\"\n  if cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.status == \"False\" then\n        hs.message = condition.type .. \": \" .. condition.message\n        return hs\n      end\n    end\n  end\n  hs.message = (cs.message ~= nil and cs.message ~= \"\") and cs.message or \"Policy is not ready\"\n  return hs\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for MutatingPolicy status\"\nreturn hs\n",
    "policies.kyverno.io/NamespacedDeletingPolicy": "-- NamespacedDeletingPolicy is a namespace-scoped resource that defines scheduled\n-- deletion of Kubernetes resources matching a set of CEL-based constraints,\n-- scoped to a specific namespace.\n--\n-- Documentation:\n--   Policy types overview: https://kyverno.io/docs/policy-types/deleting-policy/\n--\n-- Condition types and reasons are defined in:\n--   https://github.com/kyverno/kyverno/tree/main/config/crds/policies.kyverno.io/policies.kyverno.io_namespaceddeletingpolicies.yaml\n--\n-- NamespacedDeletingPolicy exposes a conditionStatus with a ready boolean and\n-- standard Kubernetes conditions. No fixed condition type names are enforced.\n--\n-- ArgoCD health mapping:\n--   conditionStatus.ready=true   => Healthy  (message from first True condition)\n--   conditionStatus.ready=false  => Degraded (message from first False condition)\n--   No status yet                => Progressing\nlocal hs = {}\n\nif obj.status ~= nil and obj.status.conditionStatus ~= nil then\n  local cs = obj.status.conditionStatus\n\n  if obj.metadata.generation ~= nil and cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.observedGeneration ~= nil and condition.observedGeneration < obj.metadata.generation then\n        hs.status = \"Progressing\"\n        hs.message = \"Waiting for NamespacedDeletingPolicy status to reflect latest generation\"\n        return hs\n      end\n    end\n  end\n\n  if cs.ready == true then\n    hs.status = \"Healthy\"\n    if cs.conditions ~= nil then\n      for _, condition in ipairs(cs.conditions) do\n        if condition.status == \"True\" then\n          hs.message = condition.message\n          break\n        end\n      end\n    end\n    if hs.message == nil then\n      hs.message = (cs.message ~= nil and cs.message ~= \"\") and cs.message or \"Policy is ready\"\n    end\n    return hs\n  end\n\n  hs.status = \"Degraded\"\n  if cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.status == \"False\" then\n        hs.message = condition.type .. \": \" .. condition.message\n        return hs\n      end\n    end\n  end\n  hs.message = (cs.message ~= nil and cs.message ~= \"\") and cs.message or \"Policy is not ready\"\n  return hs\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for NamespacedDeletingPolicy status\"\nreturn hs\n",
    "policies.kyverno.io/NamespacedGeneratingPolicy": "-- NamespacedGeneratingPolicy is a namespace-scoped resource that automatically\n-- generates Kubernetes resources based on CEL-based match rules and trigger\n-- conditions, scoped to a specific namespace.\n--\n-- Documentation:\n--   Policy types overview: https://kyverno.io/docs/policy-types/generating-policy/\n--\n-- Condition types and reasons are defined in:\n--   https://github.com/kyverno/kyverno/tree/main/config/crds/policies.kyverno.io/policies.kyverno.io_namespacedgeneratingpolicies.yaml\n--\n-- NamespacedGeneratingPolicy exposes a conditionStatus with a ready boolean and\n-- standard Kubernetes conditions. No fixed condition type names are enforced.\n--\n-- ArgoCD health mapping:\n--   conditionStatus.ready=true   => Healthy  (message from first True condition)\n--   conditionStatus.ready=false  => Degraded (message from first False condition)\n--   No status yet                => Progressing\nlocal hs = {}\n\nif obj.status ~= nil and obj.status.conditionStatus ~= nil then\n  local cs = obj.status.conditionStatus\n\n  if obj.metadata.generation ~= nil and cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.observedGeneration ~= nil and condition.observedGeneration < obj.metadata.generation then\n        hs.status = \"Progressing\"\n        hs.message = \"Waiting for NamespacedGeneratingPolicy status to reflect latest generation\"\n        return hs\n      end\n    end\n  end\n\n  if cs.ready == true then\n    hs.status = \"Healthy\"\n    if cs.conditions ~= nil then\n      for _, condition in ipairs(cs.conditions) do\n        if condition.status == \"True\" then\n          hs.message = condition.message\n          break\n        end\n      end\n    end\n    if hs.message == nil then\n      hs.message = (cs.message ~= nil and cs.message ~= \"\") and cs.message or \"Policy is ready\"\n    end\n    return hs\n  end\n\n  hs.status = \"Degraded\"\n  if cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.status == \"False\" then\n        hs.message = condition.type .. \": \" .. condition.message\n        return hs\n      end\n    end\n  end\n  hs.message = (cs.message ~= nil and cs.message ~= \"\") and cs.message or \"Policy is not ready\"\n  return hs\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for NamespacedGeneratingPolicy status\"\nreturn hs\n",
    "policies.kyverno.io/NamespacedImageValidatingPolicy": "-- NamespacedImageValidatingPolicy is a namespace-scoped resource that defines\n-- CEL-based image signature and attestation validation rules applied to container\n-- images during admission via a Kyverno webhook, scoped to a specific namespace.\n--\n-- Documentation:\n--   Policy types overview: https://kyverno.io/docs/policy-types/image-validating-policy/\n--\n-- Condition types and reasons are defined in:\n--   https://github.com/kyverno/kyverno/tree/main/config/crds/policies.kyverno.io/policies.kyverno.io_namespacedimagevalidatingpolicies.yaml\n--\n-- NamespacedImageValidatingPolicy exposes a conditionStatus with a ready boolean\n-- and standard Kubernetes conditions, including:\n--   WebhookConfigured (True)  - Kyverno webhook is configured for the policy\n--   WebhookConfigured (False) - Webhook configuration failed\n--\n-- ArgoCD health mapping:\n--   conditionStatus.ready=true   => Healthy  (WebhookConfigured condition message)\n--   conditionStatus.ready=false  => Degraded (message from first False condition)\n--   No status yet                => Progressing\nlocal hs = {}\n\nif obj.status ~= nil and obj.status.conditionStatus ~= nil then\n  local cs = obj.status.conditionStatus\n\n  if obj.metadata.generation ~= nil and cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.observedGeneration ~= nil and condition.observedGeneration < obj.metadata.generation then\n        hs.status = \"Progressing\"\n        hs.message = \"Waiting for NamespacedImageValidatingPolicy status to reflect latest generation\"\n        return hs\n      end\n    end\n  end\n\n  if cs.ready == true then\n    hs.status = \"Healthy\"\n    if cs.conditions ~= nil then\n      for _, condition in ipairs(cs.conditions) do\n        if condition.type == \"WebhookConfigured\" and condition.status == \"True\" then\n          hs.message = condition.message\n          break\n        end\n      end\n    end\n    if hs.message == nil then\n      hs.message = (cs.message ~= nil and cs.message ~= \"\") and cs.message or \"Policy is ready\"\n    end\n    return hs\n  end\n\n  hs.status = \"Degraded\"\n  if cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.status == \"False\" then\n        hs.message = condition.type .. \": \" .. condition.message\n        return hs\n      end\n    end\n  end\n  hs.message = (cs.message ~= nil and cs.message ~= \"\") and cs.message or \"Policy is not ready\"\n  return hs\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for NamespacedImageValidatingPolicy status\"\nreturn hs\n",
    "policies.kyverno.io/NamespacedMutatingPolicy": "-- NamespacedMutatingPolicy is a namespace-scoped resource that defines CEL-based\n-- mutation rules applied to Kubernetes resources during admission via a generated\n-- MutatingAdmissionPolicy or a Kyverno webhook, scoped to a specific namespace.\n--\n-- Documentation:\n--   Policy types overview: https://kyverno.io/docs/policy-types/mutating-policy/\n--\n-- Condition types and reasons are defined in:\n--   https://github.com/kyverno/kyverno/tree/main/config/crds/policies.kyverno.io/policies.kyverno.io_namespacedmutatingpolicies.yaml\n--\n-- NamespacedMutatingPolicy exposes a conditionStatus with a ready boolean and\n-- standard Kubernetes conditions, including:\n--   WebhookConfigured (True)  - Kyverno webhook is configured for the policy\n--   WebhookConfigured (False) - Webhook configuration failed\n--\n-- ArgoCD health mapping:\n--   conditionStatus.ready=true   => Healthy  (WebhookConfigured condition message)\n--   conditionStatus.ready=false  => Degraded (message from first False condition)\n--   No status yet                => Progressing\nlocal hs = {}\n\nif obj.status ~= nil and obj.status.conditionStatus ~= nil then\n  local cs = obj.status.conditionStatus\n\n  if obj.metadata.generation ~= nil and cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.observedGeneration ~= nil and condition.observedGeneration < obj.metadata.generation then\n        hs.status = \"Progressing\"\n        hs.message = \"Waiting for NamespacedMutatingPolicy status to reflect latest generation\"\n        return hs\n      end\n    end\n  end\n\n  if cs.ready == true then\n    hs.status = \"Healthy\"\n    if cs.conditions ~= nil then\n      for _, condition in ipairs(cs.conditions) do\n        if condition.type == \"WebhookConfigured\" and condition.status == \"True\" then\n          hs.message = condition.message\n          break\n        end\n      end\n    end\n    if hs.message == nil then\n      hs.message = \"Policy is ready\"\n    end\n    return hs\n  end\n\n  hs.status = \"Degraded\"\n  if cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.status == \"False\" then\n        hs.message = condition.type .. \": \" .. condition.message\n        return hs\n      end\n    end\n  end\n  hs.message = (cs.message ~= nil and cs.message ~= \"\") and cs.message or \"Policy is not ready\"\n  return hs\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for NamespacedMutatingPolicy status\"\nreturn hs\n",
    "policies.kyverno.io/NamespacedValidatingPolicy": "-- NamespacedValidatingPolicy is a namespace-scoped resource that defines CEL-based\n-- validation rules applied to Kubernetes resources during admission via a generated\n-- ValidatingAdmissionPolicy or a Kyverno webhook, scoped to a specific namespace.\n--\n-- Documentation:\n--   Policy types overview: https://kyverno.io/docs/policy-types/validating-policy/\n--\n-- Condition types and reasons are defined in:\n--   https://github.com/kyverno/kyverno/tree/main/config/crds/policies.kyverno.io/policies.kyverno.io_namespacedvalidatingpolicies.yaml\n--\n-- NamespacedValidatingPolicy exposes a conditionStatus with a ready boolean and\n-- standard Kubernetes conditions, including:\n--   WebhookConfigured (True)  - Kyverno webhook is configured for the policy\n--   WebhookConfigured (False) - Webhook configuration failed\n--\n-- ArgoCD health mapping:\n--   conditionStatus.ready=true   => Healthy  (WebhookConfigured condition message)\n--   conditionStatus.ready=false  => Degraded (message from first False condition)\n--   No status yet                => Progressing\nlocal hs = {}\n\nif obj.status ~= nil and obj.status.conditionStatus ~= nil then\n  local cs = obj.status.conditionStatus\n\n  if obj.metadata.generation ~= nil and cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.observedGeneration ~= nil and condition.observedGeneration < obj.metadata.generation then\n        hs.status = \"Progressing\"\n        hs.message = \"Waiting for NamespacedValidatingPolicy status to reflect latest generation\"\n        return hs\n      end\n    end\n  end\n\n  if cs.ready == true then\n    hs.status = \"Healthy\"\n    if cs.conditions ~= nil then\n      for _, condition in ipairs(cs.conditions) do\n        if condition.type == \"WebhookConfigured\" and condition.status == \"True\" then\n          hs.message = condition.message\n          break\n        end\n      end\n    end\n    if hs.message == nil then\n      hs.message = \"Policy is ready\"\n    end\n    return hs\n  end\n\n  hs.status = \"Degraded\"\n  if cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.status == \"False\" then\n        hs.message = condition.type .. \": \" .. condition.message\n        return hs\n      end\n    end\n  end\n  hs.message = (cs.message ~= nil and cs.message ~= \"\") and cs.message or \"Policy is not ready\"\n  return hs\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for NamespacedValidatingPolicy status\"\nreturn hs\n",
    "policies.kyverno.io/ValidatingPolicy": "-- ValidatingPolicy is a cluster-scoped resource that defines CEL-based validation\n-- rules applied to Kubernetes resources during admission via a generated\n-- ValidatingAdmissionPolicy or a Kyverno webhook.\n--\n-- Documentation:\n--   Policy types overview: https://kyverno.io/docs/policy-types/validating-policy/\n--\n-- Condition types and reasons are defined in:\n--   https://github.com/kyverno/kyverno/tree/main/config/crds/policies.kyverno.io/policies.kyverno.io_validatingpolicies.yaml\n--\n-- ValidatingPolicy exposes a conditionStatus with a ready boolean and standard\n-- Kubernetes conditions, including:\n--   WebhookConfigured (True)  - Kyverno webhook is configured for the policy\n--   WebhookConfigured (False) - Webhook configuration failed\n--\n-- ArgoCD health mapping:\n--   conditionStatus.ready=true   => Healthy  (WebhookConfigured condition message)\n--   conditionStatus.ready=false  => Degraded (message from first False condition)\n--   No status yet                => Progressing\nlocal hs = {}\n\nif obj.status ~= nil and obj.status.conditionStatus ~= nil then\n  local cs = obj.status.conditionStatus\n\n  if obj.metadata.generation ~= nil and cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.observedGeneration ~= nil and condition.observedGeneration < obj.metadata.generation then\n        hs.status = \"Progressing\"\n        hs.message = \"Waiting for ValidatingPolicy status to reflect latest generation\"\n        return hs\n      end\n    end\n  end\n\n  if cs.ready == true then\n    hs.status = \"Healthy\"\n    if cs.conditions ~= nil then\n      for _, condition in ipairs(cs.conditions) do\n        if condition.type == \"WebhookConfigured\" and condition.status == \"True\" then\n          hs.message = condition.message\n          break\n        end\n      end\n    end\n    if hs.message == nil then\n      hs.message = \"Policy is ready\"\n    end\n    return hs\n  end\n\n  hs.status = \"Degraded\"\n  if cs.conditions ~= nil then\n    for _, condition in ipairs(cs.conditions) do\n      if condition.status == \"False\" then\n        hs.message = condition.type .. \": \" .. condition.message\n        return hs\n      end\n    end\n  end\n  hs.message = (cs.message ~= nil and cs.message ~= \"\") and cs.message or \"Policy is not ready\"\n  return hs\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for ValidatingPolicy status\"\nreturn hs\n",
    "policy.open-cluster-management.io/CertificatePolicy": "hs = {}\nif obj.status == nil or obj.status.compliant == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for the status to be reported\"\n  return hs\nend\nif obj.status.compliant == \"Compliant\" then\n  hs.status = \"Healthy\"\n  hs.message = \"All certificates found comply with the policy\"\n  return hs\nelse\n  hs.status = \"Degraded\"\n  hs.message = \"At least once certificate does not comply with the policy\"\n  return hs\nend\n",
    "policy.open-cluster-management.io/ConfigurationPolicy": "hs = {}\nif obj.status == nil or obj.status.compliant == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for the status to be reported\"\n  return hs\nend\nif obj.status.lastEvaluatedGeneration ~= obj.metadata.generation then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for the status to be updated\"\n  return hs  \nend\nif obj.status.compliant == \"Compliant\" then\n  hs.status = \"Healthy\"\nelse\n  hs.status = \"Degraded\"\nend\nif obj.status.compliancyDetails ~= nil then\n  messages = {}\n  for i, compliancy in ipairs(obj.status.compliancyDetails) do\n    if compliancy.conditions ~= nil then\n      for i, condition in ipairs(compliancy.conditions) do\n        if condition.message ~= nil and condition.type ~= nil then\n          table.insert(messages, condition.type .. \" - \" .. condition.message)\n        end\n      end\n    end\n  end\n  hs.message = table.concat(messages, \"; \")\n  return hs\nend\nhs.status = \"Progressing\"\nhs.message = \"Waiting for compliance\"\nreturn hs \n",
    "policy.open-cluster-management.io/OperatorPolicy": "hs = {}\nif obj.status == nil or obj.status.conditions == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for the status to be reported\"\n  return hs\nend\nif obj.status.observedGeneration ~= nil and obj.status.observedGeneration ~= obj.metadata.generation then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for the status to be updated\"\n  return hs  \nend\nfor i, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"Compliant\" then\n    hs.message = condition.message\n    if condition.status == \"True\" then\n      hs.status = \"Healthy\"\n      return hs\n    else\n      hs.status = \"Degraded\"\n      return hs\n    end\n  end\nend\nhs.status = \"Progressing\"\nhs.message = \"Waiting for the compliance condition\"\nreturn hs\n",
    "policy.open-cluster-management.io/Policy": "hs = {}\nif obj.spec.disabled then\n  hs.status = \"Healthy\"\n  hs.message = \"Policy is disabled\"\n  return hs\nend\n\nif obj.status == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for the status to be reported\"\n  return hs\nend\n\n-- A policy will not have a compliant field but will have a placement key set if\n-- it is not being applied to any clusters\nif obj.status.compliant == nil and obj.status.status == nil and obj.status.placement ~= nil and #obj.status.placement > 0 then\n  hs.status = \"Healthy\"\n  hs.message = \"No clusters match this policy\"\n  return hs\nend\n\nif obj.status.compliant == nil then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for the status to be reported\"\n  return hs\nend\n\nif obj.status.compliant == \"Compliant\" then\n  hs.status = \"Healthy\"\nelse\n  hs.status = \"Degraded\"\nend\n\n-- Collect NonCompliant clusters for the policy\nnoncompliants = {}\nif obj.status.status ~= nil then\n  -- \"root\" policy\n  for i, entry in ipairs(obj.status.status) do\n    if entry.compliant ~= \"Compliant\" then\n      table.insert(noncompliants, entry.clustername)\n    end\n  end\n  if #noncompliants == 0 then\n    hs.message = \"All clusters are compliant\"\n  else\n    hs.message = \"NonCompliant clusters: \" .. table.concat(noncompliants, \", \")\n  end\nelseif obj.status.details ~= nil then\n  -- \"replicated\" policy\n  for i, entry in ipairs(obj.status.details) do\n    if entry.compliant ~= \"Compliant\" then\n      table.insert(noncompliants, entry.templateMeta.name)\n    end\n  end\n  if #noncompliants == 0 then\n    hs.message = \"All templates are compliant\"\n  else\n    hs.message = \"NonCompliant templates: \" .. table.concat(noncompliants, \", \")\n  end\nend\n\nreturn hs\n",
    "policy/PodDisruptionBudget": "-- Reference CRD can be found here:\n-- https://kubernetes.io/docs/reference/kubernetes-api/policy-resources/pod-disruption-budget-v1/\nhs = {}\nhs.status = \"Progressing\"\nhs.message = \"Waiting for status\"\n\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, condition in ipairs(obj.status.conditions) do\n      -- InsufficientPods can have valid use cases\n      -- See a discussion in https://github.com/argoproj/argo-cd/issues/20171 for more details\n      if condition.status == \"False\" and condition.reason ~= \"InsufficientPods\" then\n        hs.status = \"Degraded\"\n        hs.message = \"PodDisruptionBudget has \" .. condition.reason\n        return hs\n      else\n        hs.status = \"Healthy\"\n        hs.message = \"PodDisruptionBudget has \" .. condition.reason\n      end\n    end\n  end\nend\n\nreturn hs\n",
    "postgresql.cnpg.io/Backup": "-- Health check for the CloudNativePG Backup CRD.\n-- See https://argo-cd.readthedocs.io/en/stable/operator-manual/health/ for how\n-- custom health checks work and what each status means.\n-- Maps the Backup status.phase to an Argo CD health status:\n--   Healthy     - the backup completed successfully.\n--   Degraded    - the backup failed, WAL archiving is failing, or the backup\n--                 definition is invalid.\n--   Progressing - the backup is pending, started, running, or finalizing, or\n--                 status is not populated yet.\nlocal hs = { status = \"Progressing\", message = \"Waiting for backup to be processed\" }\nif obj.status ~= nil and obj.status.phase ~= nil and obj.status.phase ~= \"\" then\n  local phase = obj.status.phase\n  if phase == \"completed\" then\n    hs.status = \"Healthy\"\n    hs.message = \"Backup completed\"\n  elseif phase == \"failed\" or phase == \"walArchivingFailing\" or phase == \"invalid backup definition\" then\n    hs.status = \"Degraded\"\n    hs.message = obj.status.error or phase\n  else\n    hs.status = \"Progressing\"\n    hs.message = phase\n  end\nend\nreturn hs\n",
    "postgresql.cnpg.io/Cluster": "local hs = {}\n\nlocal cnpgStatus = {\n    [\"Cluster in healthy state\"] = \"Healthy\",\n    [\"Setting up primary\"] = \"Progressing\",\n    [\"Creating a new replica\"] = \"Progressing\",\n    [\"Upgrading cluster\"] = \"Progressing\",\n    [\"Waiting for the instances to become active\"] = \"Progressing\",\n    [\"Promoting to primary cluster\"] = \"Progressing\",\n    [\"Switchover in progress\"] = \"Degraded\",\n    [\"Failing over\"] = \"Degraded\",\n    [\"Upgrading Postgres major version\"] = \"Degraded\",\n    [\"Cluster upgrade delayed\"] = \"Degraded\",\n    [\"Waiting for user action\"] = \"Degraded\",\n    [\"Primary instance is being restarted in-place\"] = \"Degraded\",\n    [\"Primary instance is being restarted without a switchover\"] = \"Degraded\",\n    [\"Cluster cannot execute instance online upgrade due to missing architecture binary\"] = \"Degraded\",\n    [\"Online upgrade in progress\"] = \"Degraded\",\n    [\"Applying configuration\"] = \"Degraded\",\n    [\"Unable to create required cluster objects\"] = \"Suspended\",\n    [\"Cluster cannot proceed to reconciliation due to an unknown plugin being required\"] = \"Suspended\",\n    [\"Cluster has incomplete or invalid image catalog\"] = \"Suspended\",\n    [\"Cluster is unrecoverable and needs manual intervention\"] = \"Suspended\",\n}\n\nfunction hibernating(obj)\n    for i, condition in pairs(obj.status.conditions) do\n        if condition.type == \"cnpg.io/hibernation\" then\n            return condition\n        end\n    end\n    return nil\nend\n\n-- Check if reconciliation is suspended, since this is an explicit user action we return the \"suspended\" status immediately\nif obj.metadata and obj.metadata.annotations and obj.metadata.annotations[\"cnpg.io/reconciliationLoop\"] == \"disabled\" then\n    hs.status = \"Suspended\"\n    hs.message = \"Cluster reconciliation is suspended\"\n    return hs\nend\n\nif obj.status ~= nil and obj.status.conditions ~= nil then\n    local hibernation = hibernating(obj)\n    if hibernation ~= nil then\n        if hibernation.status == \"True\" then\n            hs.status = \"Suspended\"\n            hs.message = hibernation.message\n            return hs\n        else\n            hs.status = \"Degraded\"\n            hs.message = hibernation.message\n            return hs\n        end\n    end\n    statusState = cnpgStatus[obj.status.phase]\n    if statusState ~= nil then\n        hs.status = statusState\n        hs.message = obj.status.phaseReason\n        return hs\n    else\n        hs.status = \"Unknown\"\n        hs.message = obj.status.phaseReason\n        return hs\n    end\nend\n\nhs.status = \"Progressing\"\nhs.message = obj.status.phaseReason\nreturn hs\n",
    "postgresql.cnpg.io/Database": "local hs = {\n  status = \"Progressing\",\n  message = \"Waiting for CloudNativePG to reconcile Database\"\n}\n\nif obj.status == nil then\n  return hs\nend\n\n-- CloudNativePG only advances status.observedGeneration on a successful\n-- reconcile (SetAsReady); SetAsFailed and SetAsUnknown leave it untouched. So\n-- observedGeneration == metadata.generation means the current spec generation\n-- has been reconciled at least once. See database_funcs.go:\n-- https://github.com/cloudnative-pg/cloudnative-pg/blob/v1.30.0/api/v1/database_funcs.go\nlocal generationObserved =\n  obj.metadata == nil or obj.metadata.generation == nil or\n  obj.status.observedGeneration == obj.metadata.generation\n\nif obj.status.applied == true and generationObserved then\n  hs.status = \"Healthy\"\n  hs.message = obj.status.message or \"\"\n  return hs\nend\n\n-- A failed reconcile of the generation CloudNativePG has already observed is a\n-- genuine regression of a Database that was previously applied -> Degraded.\nif obj.status.applied == false and generationObserved then\n  hs.status = \"Degraded\"\n  hs.message = obj.status.message or \"CloudNativePG failed to apply the Database\"\n  return hs\nend\n\n-- Otherwise the current generation has not been applied yet: a first reconcile,\n-- a pending spec change, or a failure that happened before the current\n-- generation was ever observed. Report Progressing (NOT Degraded) so the sync\n-- wave waits. On first adoption the Database's owner role may not exist yet, so\n-- CloudNativePG's first reconcile fails (applied=false) and only succeeds on a\n-- retry; Argo CD turns a Degraded non-hook resource into a failed sync\n-- operation, so degrading this self-healing state would fail the very sync this\n-- health check is meant to gate.\nif obj.status.message ~= nil and obj.status.message ~= \"\" then\n  hs.message = obj.status.message\nend\nreturn hs\n",
    "proclaim.dogmatiq.io/DNSSDServiceInstance": "local adopted = { status = \"Unknown\" }\nlocal advertised = { status = \"Unknown\" }\nlocal discovered = { status = \"Unknown\" }\n\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    for i, c in ipairs(obj.status.conditions) do\n      if c.type == \"Adopted\" then\n        adopted = c\n      elseif c.type == \"Advertised\" then\n        advertised = c\n      elseif c.type == \"Discoverable\" then\n        discovered = c\n      end\n    end\n  end\nend\n\nif adopted.status == \"False\" then\n  return { status = \"Degraded\", message = adopted.message }\nelseif advertised.reason == \"AdvertiseError\" or advertised.reason == \"UnadvertiseError\" then\n  return { status = \"Degraded\", message = advertised.message }\nelseif discovered.reason == \"DiscoveryError\" then\n  return { status = \"Unknown\", message = discovered.message }\nelseif discovered.status == \"True\" then\n  return { status = \"Healthy\", message = discovered.message }\nelse\n  return { status = \"Progressing\", message = discovered.message }\nend\n",
    "projectcontour.io/ExtensionService": "-- Status reporting information detailed here\n-- ExtensionService status conditions api information here: https://projectcontour.io/docs/v1.18.0/config/api/#projectcontour.io/v1alpha1.ExtensionServiceStatus\n\nhs = {\n  status = \"Progressing\",\n  message = \"Waiting for status\",\n}\n\nif obj.status then\n  if obj.status.conditions then\n    for _, cond in ipairs(obj.status.conditions) do\n      if obj.metadata.generation == cond.observedGeneration then -- This must match so that we don't report a resource as healthy even though its status is stale\n        if cond.type == \"Valid\" and cond.status == \"True\" then -- Contour will update a single condition, Valid, that is in normal-true polarity.\n          hs.status = \"Healthy\"\n          hs.message = cond.message\n          return hs\n        elseif cond.type == \"Valid\" and cond.status == \"False\" then\n          hs.status = \"Degraded\"\n          hs.message = cond.message\n          return hs\n        end\n      end\n    end\n  end\nend\n\nreturn hs",
    "projectcontour.io/HTTPProxy": "-- Status reporting information detailed here\n-- https://projectcontour.io/docs/main/config/fundamentals/#status-reporting\n-- More HTTPProxy status conditions api information here: https://projectcontour.io/docs/v1.9.0/api/#projectcontour.io/v1.HTTPProxyStatus\n\nhs = {\n  status = \"Progressing\",\n  message = \"Waiting for status\",\n}\n\nif obj.status then\n  if obj.status.conditions then\n    for _, cond in ipairs(obj.status.conditions) do\n      if obj.metadata.generation == cond.observedGeneration then -- This must match so that we don't report a resource as healthy even though its status is stale\n        if cond.type == \"Valid\" and cond.status == \"True\" then -- Contour will update a single condition, Valid, that is in normal-true polarity. That is, when currentStatus is valid, the Valid condition will be status: true, and vice versa.\n          hs.status = \"Healthy\"\n          hs.message = obj.status.description\n          return hs\n       elseif obj.spec.includes ~= nil and cond.status == \"False\" then\n          hs.status = \"Healthy\"\n          hs.message = \"HTTPProxy inclusions cannot be health checked\" -- Parent/child pairs depend on each other circularly. This means that, without this check here, we block deployments. Either we flag orphans as valid/unknown, risking a successful deploy followed by subsequent failures once adopted, or we mark proxies with inclusions (parents) as healthy.\n        elseif cond.type == \"Valid\" and cond.status == \"False\" then\n          hs.status = \"Degraded\"\n          hs.message = obj.status.description\n          return hs\n        end\n      end\n    end\n  elseif obj.status.currentStatus then -- Covers any state where conditions are absent (thus no observedGeneration) but currentStatus is present such as NotReconciled or future similar cases.\n    hs.message = obj.status.description\n  end\nend\n\nreturn hs",
    "promoter.argoproj.io/ArgoCDCommitStatus": "-- CRD spec: https://gitops-promoter.readthedocs.io/en/latest/crd-specs/#argocdcommitstatus\n\nif obj.metadata and obj.metadata.deletionTimestamp then\n    local hs = {}\n    hs.status = \"Progressing\"\n    hs.deletionMessage = \"Argo CD commit status is being deleted\"\n    return hs\nend\nlocal hs = {}\nhs.status = \"Progressing\"\nhs.message = \"Initializing Argo CD commit status\"\n\n\n-- Check if status exists\nif not obj.status then\n    return hs\nend\n\n-- Check for reconciliation conditions\nlocal hasReadyCondition = false\nif obj.status.conditions then\n    for _, condition in ipairs(obj.status.conditions) do\n        if condition.type == \"Ready\" then\n            hasReadyCondition = true\n            if condition.observedGeneration and obj.metadata.generation and condition.observedGeneration ~= obj.metadata.generation then\n                hs.status = \"Progressing\"\n                hs.message = \"Waiting for Argo CD commit status spec update to be observed\"\n                return hs\n            end\n            -- Check for any False condition status\n            if condition.status == \"False\" then\n                hs.status = \"Degraded\"\n                local msg = condition.message or \"Unknown error\"\n                local reason = condition.reason or \"Unknown\"\n                -- Don't include ReconciliationError in the message since it's redundant\n                if reason == \"ReconciliationError\" then\n                    hs.message = \"Argo CD commit status reconciliation failed: \" .. msg\n                else\n                    hs.message = \"Argo CD commit status reconciliation failed (\" .. reason .. \"): \" .. msg\n                end\n                return hs\n            end\n        end\n    end\nend\nif not hasReadyCondition then\n    hs.status = \"Progressing\"\n    hs.message = \"Argo CD commit status is not ready yet\"\n    return hs\nend\n\nif not obj.status.applicationsSelected or #obj.status.applicationsSelected == 0 then\n    hs.status = \"Degraded\"\n    hs.message = \"Argo CD commit status has no applications configured\"\n    return hs\nend\n\nhs.status = \"Healthy\"\nhs.message = \"Argo CD commit status is healthy and is tracking \" .. #obj.status.applicationsSelected .. \" applications\"\nreturn hs\n",
    "promoter.argoproj.io/ChangeTransferPolicy": "-- CRD spec: https://gitops-promoter.readthedocs.io/en/latest/crd-specs/#changetransferpolicy\n-- Promoter finalizers: https://gitops-promoter.readthedocs.io/en/latest/debugging/finalizers/\n\nlocal function formatDeletingWithFinalizers(base, finalizers, catalog)\n    if not finalizers then\n        return base\n    end\n    local parts = { base }\n    for _, f in ipairs(finalizers) do\n        local e = catalog[f]\n        if e then\n            table.insert(parts, f .. \": \" .. e.wait .. \" Risk if removed manually: \" .. e.risk)\n        else\n            table.insert(parts, f .. \": still present.\")\n        end\n    end\n    return table.concat(parts, \" \")\nend\n\nif obj.metadata and obj.metadata.deletionTimestamp then\n    local hs = {}\n    hs.status = \"Progressing\"\n    hs.deletionMessage = formatDeletingWithFinalizers(\n        \"Change transfer policy is being deleted.\",\n        obj.metadata.finalizers,\n        {\n            [\"changetransferpolicy.promoter.argoproj.io/finalizer\"] = {\n                wait = \"Waiting to clear related PullRequest finalizers and finish cleanup before this policy is removed.\",\n                risk = \"The 'changetransferpolicy.promoter.argoproj.io/pullrequest-finalizer' finalizer may not be cleaned up from PullRequests owned by this ChangeTransferPolicy.\",\n            },\n        }\n    )\n    return hs\nend\nlocal hs = {}\nhs.status = \"Progressing\"\nhs.message = \"Initializing change transfer policy\"\n\n\n-- Check if status exists\nif not obj.status then\n    return hs\nend\n\n-- Check for reconciliation conditions\nlocal hasReadyCondition = false\nif obj.status.conditions then\n    for _, condition in ipairs(obj.status.conditions) do\n        if condition.type == \"Ready\" then\n            hasReadyCondition = true\n            -- Check observedGeneration vs metadata.generation within the reconciliation condition\n            if condition.observedGeneration and obj.metadata.generation and condition.observedGeneration ~= obj.metadata.generation then\n                hs.status = \"Progressing\"\n                hs.message = \"Waiting for change transfer policy spec update to be observed\"\n                return hs\n            end\n            -- Check for any False condition status\n            if condition.status == \"False\" then\n                hs.status = \"Degraded\"\n                local msg = condition.message or \"Unknown error\"\n                local reason = condition.reason or \"Unknown\"\n                -- Don't include ReconciliationError in the message since it's redundant\n                if reason == \"ReconciliationError\" then\n                    hs.message = \"Change transfer policy reconciliation failed: \" .. msg\n                else\n                    hs.message = \"Change transfer policy reconciliation failed (\" .. reason .. \"): \" .. msg\n                end\n                return hs\n            end\n        end\n    end\nend\nif not hasReadyCondition then\n    hs.status = \"Progressing\"\n    hs.message = \"Change transfer policy is not ready yet\"\n    return hs\nend\n\nif not obj.status.active or not obj.status.active.dry or not obj.status.active.dry.sha or obj.status.active.dry.sha == \"\" then\n    hs.status = \"Progressing\"\n    hs.message = \"The active commit DRY SHA is missing or empty.\"\n    return hs\nend\nif not obj.status.proposed or not obj.status.proposed.dry or not obj.status.proposed.dry.sha or obj.status.proposed.dry.sha == \"\" then\n    hs.status = \"Progressing\"\n    hs.message = \"The proposed commit DRY SHA is missing or empty.\"\n    return hs\nend\n\n-- Helper function to get short SHA\nlocal function getShortSha(sha)\n    if not sha or sha == \"\" then\n        return \"\"\n    end\n    if string.len(sha) > 7 then\n        return string.sub(sha, 1, 7)\n    end\n    return sha\nend\n\nif obj.status.proposed.dry.sha ~= obj.status.active.dry.sha then\n    local pendingCount = 0\n    local successCount = 0\n    local failureCount = 0\n    local pendingKeys = {}\n    local failedKeys = {}\n\n    for _, status in ipairs(obj.status.proposed.commitStatuses or {}) do\n        if status.phase == \"pending\" then\n            pendingCount = pendingCount + 1\n            table.insert(pendingKeys, status.key)\n        elseif status.phase == \"success\" then\n            successCount = successCount + 1\n        elseif status.phase == \"failure\" then\n            failureCount = failureCount + 1\n            table.insert(failedKeys, status.key)\n        end\n    end\n\n    hs.status = \"Healthy\"\n    hs.message =\n        \"Promotion in progress from '\" .. getShortSha(obj.status.active.dry.sha) ..\n        \"' to '\" .. getShortSha(obj.status.proposed.dry.sha) .. \"': \" ..\n        pendingCount .. \" pending, \" .. successCount .. \" successful, \" .. failureCount .. \" failed. \"\n\n    if pendingCount > 0 then\n        hs.message = hs.message .. \"Pending commit statuses: \" .. table.concat(pendingKeys, \", \") .. \". \"\n    end\n    if failureCount > 0 then\n        hs.message = hs.message .. \"Failed commit statuses: \" .. table.concat(failedKeys, \", \") .. \". \"\n    end\n    return hs\nend\n\nlocal pendingCount = 0\nlocal failureCount = 0\nlocal successCount = 0\nlocal pendingKeys = {}\nlocal failedKeys = {}\nfor _, status in ipairs(obj.status.active.commitStatuses or {}) do\n    if status.phase == \"pending\" then\n        pendingCount = pendingCount + 1\n        table.insert(pendingKeys, status.key)\n    elseif status.phase == \"success\" then\n        successCount = successCount + 1\n    elseif status.phase == \"failure\" then\n        failureCount = failureCount + 1\n        table.insert(failedKeys, status.key)\n    end\nend\nif pendingCount > 0 or failureCount > 0 then\n    hs.status = \"Healthy\"\n    hs.message = \"Environment is up-to-date, but there are non-successful active commit statuses: \" .. pendingCount .. \" pending, \" .. successCount .. \" successful, \" .. failureCount .. \" failed. \"\n    if pendingCount > 0 then\n        hs.message = hs.message .. \"Pending commit statuses: \" .. table.concat(pendingKeys, \", \") .. \". \"\n    end\n    if failureCount > 0 then\n        hs.message = hs.message .. \"Failed commit statuses: \" .. table.concat(failedKeys, \", \") .. \". \"\n    end\n    return hs\nend\n\nhs.status = \"Healthy\"\nhs.message = \"Environment is up-to-date on commit \" .. getShortSha(obj.status.active.dry.sha) .. \".\"\nreturn hs",
    "promoter.argoproj.io/ClusterScmProvider": "-- CRD spec: https://gitops-promoter.readthedocs.io/en/latest/crd-specs/#clusterscmprovider\n-- Promoter finalizers: https://gitops-promoter.readthedocs.io/en/latest/debugging/finalizers/\n\nlocal function formatDeletingWithFinalizers(base, finalizers, catalog)\n    if not finalizers then\n        return base\n    end\n    local parts = { base }\n    for _, f in ipairs(finalizers) do\n        local e = catalog[f]\n        if e then\n            table.insert(parts, f .. \": \" .. e.wait .. \" Risk if removed manually: \" .. e.risk)\n        else\n            table.insert(parts, f .. \": still present.\")\n        end\n    end\n    return table.concat(parts, \" \")\nend\n\n-- ClusterScmProvider (gitops-promoter v1alpha1): cluster-scoped SCM provider; same Ready semantics as ScmProvider.\n\nif obj.metadata and obj.metadata.deletionTimestamp then\n    local hs = {}\n    hs.status = \"Progressing\"\n    hs.deletionMessage = formatDeletingWithFinalizers(\n        \"ClusterScmProvider is being deleted.\",\n        obj.metadata.finalizers,\n        {\n            [\"clusterscmprovider.promoter.argoproj.io/finalizer\"] = {\n                wait = \"Waiting until no GitRepository still references this cluster-wide SCM provider.\",\n                risk = \"GitRepository objects can reference a provider that no longer exists.\",\n            },\n        }\n    )\n    return hs\nend\nlocal hs = {}\nhs.status = \"Progressing\"\nhs.message = \"Initializing cluster SCM provider\"\n\n\nif not obj.status then\n    return hs\nend\n\nlocal hasReadyCondition = false\nif obj.status.conditions then\n    for _, condition in ipairs(obj.status.conditions) do\n        if condition.type == \"Ready\" then\n            hasReadyCondition = true\n            if condition.observedGeneration and obj.metadata.generation and condition.observedGeneration ~= obj.metadata.generation then\n                hs.status = \"Progressing\"\n                hs.message = \"Waiting for ClusterScmProvider spec update to be observed\"\n                return hs\n            end\n            if condition.status == \"False\" then\n                hs.status = \"Degraded\"\n                local msg = condition.message or \"Unknown error\"\n                local reason = condition.reason or \"Unknown\"\n                if reason == \"ReconciliationError\" then\n                    hs.message = \"Cluster SCM provider validation failed: \" .. msg\n                else\n                    hs.message = \"Cluster SCM provider not ready (\" .. reason .. \"): \" .. msg\n                end\n                return hs\n            end\n            if condition.status == \"Unknown\" then\n                hs.status = \"Progressing\"\n                local msg = condition.message or \"Unknown\"\n                local reason = condition.reason or \"Unknown\"\n                hs.message = \"Cluster SCM provider readiness unknown (\" .. reason .. \"): \" .. msg\n                return hs\n            end\n        end\n    end\nend\n\nif not hasReadyCondition then\n    hs.status = \"Progressing\"\n    hs.message = \"ClusterScmProvider Ready condition is missing\"\n    return hs\nend\n\nhs.status = \"Healthy\"\nhs.message = \"Cluster SCM provider is ready\"\nreturn hs\n",
    "promoter.argoproj.io/CommitStatus": "-- CRD spec: https://gitops-promoter.readthedocs.io/en/latest/crd-specs/#commitstatus\n\nif obj.metadata and obj.metadata.deletionTimestamp then\n    local hs = {}\n    hs.status = \"Progressing\"\n    hs.deletionMessage = \"Commit status is being deleted\"\n    return hs\nend\nlocal hs = {}\nhs.status = \"Progressing\"\nhs.message = \"Initializing commit status\"\n\n\n-- Check if status exists\nif not obj.status then\n    return hs\nend\n\n-- Check for reconciliation conditions\nlocal hasReadyCondition = false\nif obj.status.conditions then\n    for _, condition in ipairs(obj.status.conditions) do\n        if condition.type == \"Ready\" then\n            hasReadyCondition = true\n            if condition.observedGeneration and obj.metadata.generation and condition.observedGeneration ~= obj.metadata.generation then\n                hs.status = \"Progressing\"\n                hs.message = \"Waiting for commit status spec update to be observed\"\n                return hs\n            end\n            -- Check for any False condition status\n            if condition.status == \"False\" then\n                hs.status = \"Degraded\"\n                local msg = condition.message or \"Unknown error\"\n                local reason = condition.reason or \"Unknown\"\n                -- Don't include ReconciliationError in the message since it's redundant\n                if reason == \"ReconciliationError\" then\n                    hs.message = \"Commit status reconciliation failed: \" .. msg\n                else\n                    hs.message = \"Commit status reconciliation failed (\" .. reason .. \"): \" .. msg\n                end\n                return hs\n            end\n        end\n    end\nend\nif not hasReadyCondition then\n    hs.status = \"Progressing\"\n    hs.message = \"Commit status is not ready yet\"\n    return hs\nend\n\nif not obj.status.sha or not obj.status.phase then\n    hs.status = \"Healthy\"\n    hs.message = \"Commit status is healthy\"\n    return hs\nend\n\nhs.status = \"Healthy\"\nhs.message = \"Commit status for commit \" .. obj.status.sha .. \" reports \" .. obj.status.phase\nreturn hs\n",
    "promoter.argoproj.io/GitCommitStatus": "-- CRD spec: https://gitops-promoter.readthedocs.io/en/latest/crd-specs/\n\n-- GitCommitStatus (gitops-promoter) reports per-environment validation in status.environments\n-- (branch, phase, proposedHydratedSha, targetedSha, expressionResult). It is not CommitStatus:\n-- there is no top-level status.sha / status.phase.\n\nif obj.metadata and obj.metadata.deletionTimestamp then\n    local hs = {}\n    hs.status = \"Progressing\"\n    hs.deletionMessage = \"GitCommitStatus is being deleted\"\n    return hs\nend\nlocal hs = {}\nhs.status = \"Progressing\"\nhs.message = \"Initializing git commit validation\"\n\n\nif not obj.status then\n    return hs\nend\n\nlocal hasReadyCondition = false\nif obj.status.conditions then\n    for _, condition in ipairs(obj.status.conditions) do\n        if condition.type == \"Ready\" then\n            hasReadyCondition = true\n            if condition.observedGeneration and obj.metadata.generation and condition.observedGeneration ~= obj.metadata.generation then\n                hs.status = \"Progressing\"\n                hs.message = \"Waiting for GitCommitStatus spec update to be observed\"\n                return hs\n            end\n            if condition.status == \"False\" then\n                hs.status = \"Degraded\"\n                local msg = condition.message or \"Unknown error\"\n                local reason = condition.reason or \"Unknown\"\n                if reason == \"ReconciliationError\" then\n                    hs.message = \"Git commit validation failed: \" .. msg\n                else\n                    hs.message = \"Git commit validation not ready (\" .. reason .. \"): \" .. msg\n                end\n                return hs\n            end\n            if condition.status == \"Unknown\" then\n                hs.status = \"Progressing\"\n                local msg = condition.message or \"Unknown\"\n                local reason = condition.reason or \"Unknown\"\n                hs.message = \"Git commit validation status unknown (\" .. reason .. \"): \" .. msg\n                return hs\n            end\n        end\n    end\nend\n\nif not hasReadyCondition then\n    hs.status = \"Progressing\"\n    hs.message = \"GitCommitStatus Ready condition is missing\"\n    return hs\nend\n\nlocal envs = obj.status.environments\nif not envs or #envs == 0 then\n    hs.status = \"Healthy\"\n    hs.message = \"Git commit validation reconciled\"\n    return hs\nend\n\nlocal pendingBranches = {}\nlocal failureBranches = {}\nlocal successCount = 0\n\nfor _, env in ipairs(envs) do\n    local branch = env.branch or \"?\"\n    local phase = env.phase or \"pending\"\n    if phase == \"failure\" then\n        table.insert(failureBranches, branch)\n    elseif phase == \"pending\" then\n        table.insert(pendingBranches, branch)\n    elseif phase == \"success\" then\n        successCount = successCount + 1\n    else\n        table.insert(pendingBranches, branch)\n    end\nend\n\nif #failureBranches > 0 then\n    hs.status = \"Degraded\"\n    hs.message = \"Git commit validation failed for branch(es): \" .. table.concat(failureBranches, \", \")\n    return hs\nend\n\nif #pendingBranches > 0 then\n    hs.status = \"Progressing\"\n    hs.message = \"Git commit validation pending for branch(es): \" .. table.concat(pendingBranches, \", \")\n    return hs\nend\n\nhs.status = \"Healthy\"\nhs.message = \"Git commit validation passed for \" .. tostring(successCount) .. \" environment(s)\"\nreturn hs\n",
    "promoter.argoproj.io/GitRepository": "-- CRD spec: https://gitops-promoter.readthedocs.io/en/latest/crd-specs/#gitrepository\n-- Promoter finalizers: https://gitops-promoter.readthedocs.io/en/latest/debugging/finalizers/\n\nlocal function formatDeletingWithFinalizers(base, finalizers, catalog)\n    if not finalizers then\n        return base\n    end\n    local parts = { base }\n    for _, f in ipairs(finalizers) do\n        local e = catalog[f]\n        if e then\n            table.insert(parts, f .. \": \" .. e.wait .. \" Risk if removed manually: \" .. e.risk)\n        else\n            table.insert(parts, f .. \": still present.\")\n        end\n    end\n    return table.concat(parts, \" \")\nend\n\n-- GitRepository (gitops-promoter v1alpha1): repo reference validated via standard Ready condition.\n\nif obj.metadata and obj.metadata.deletionTimestamp then\n    local hs = {}\n    hs.status = \"Progressing\"\n    hs.deletionMessage = formatDeletingWithFinalizers(\n        \"GitRepository is being deleted.\",\n        obj.metadata.finalizers,\n        {\n            [\"gitrepository.promoter.argoproj.io/finalizer\"] = {\n                wait = \"Waiting until no non-deleting PullRequests still reference this repository.\",\n                risk = \"repository metadata may be removed while promotions still depend on it.\",\n            },\n        }\n    )\n    return hs\nend\nlocal hs = {}\nhs.status = \"Progressing\"\nhs.message = \"Initializing Git repository\"\n\n\nif not obj.status then\n    return hs\nend\n\nlocal hasReadyCondition = false\nif obj.status.conditions then\n    for _, condition in ipairs(obj.status.conditions) do\n        if condition.type == \"Ready\" then\n            hasReadyCondition = true\n            if condition.observedGeneration and obj.metadata.generation and condition.observedGeneration ~= obj.metadata.generation then\n                hs.status = \"Progressing\"\n                hs.message = \"Waiting for GitRepository spec update to be observed\"\n                return hs\n            end\n            if condition.status == \"False\" then\n                hs.status = \"Degraded\"\n                local msg = condition.message or \"Unknown error\"\n                local reason = condition.reason or \"Unknown\"\n                if reason == \"ReconciliationError\" then\n                    hs.message = \"Git repository validation failed: \" .. msg\n                else\n                    hs.message = \"Git repository not ready (\" .. reason .. \"): \" .. msg\n                end\n                return hs\n            end\n            if condition.status == \"Unknown\" then\n                hs.status = \"Progressing\"\n                local msg = condition.message or \"Unknown\"\n                local reason = condition.reason or \"Unknown\"\n                hs.message = \"Git repository readiness unknown (\" .. reason .. \"): \" .. msg\n                return hs\n            end\n        end\n    end\nend\n\nif not hasReadyCondition then\n    hs.status = \"Progressing\"\n    hs.message = \"GitRepository Ready condition is missing\"\n    return hs\nend\n\nhs.status = \"Healthy\"\nhs.message = \"Git repository is ready\"\nreturn hs\n",
    "promoter.argoproj.io/PromotionStrategy": "-- CRD spec: https://gitops-promoter.readthedocs.io/en/latest/crd-specs/#promotionstrategy\n\nif obj.metadata and obj.metadata.deletionTimestamp then\n    local hs = {}\n    hs.status = \"Progressing\"\n    hs.deletionMessage = \"Promotion strategy is being deleted\"\n    return hs\nend\nlocal hs = {}\nhs.status = \"Progressing\"\nhs.message = \"Initializing promotion strategy\"\n\n\n-- Check if status exists\nif not obj.status then\n    return hs\nend\n\n-- Check for reconciliation conditions\nlocal hasReadyCondition = false\nif obj.status.conditions then\n    for _, condition in ipairs(obj.status.conditions) do\n        if condition.type == \"Ready\" then\n            hasReadyCondition = true\n            -- Check observedGeneration vs metadata.generation within the reconciliation condition\n            if condition.observedGeneration and obj.metadata.generation and condition.observedGeneration ~= obj.metadata.generation then\n                hs.status = \"Progressing\"\n                hs.message = \"Waiting for promotion strategy spec update to be observed\"\n                return hs\n            end\n            -- Check for any False condition status\n            if condition.status == \"False\" then\n                hs.status = \"Degraded\"\n                local msg = condition.message or \"Unknown error\"\n                local reason = condition.reason or \"Unknown\"\n                -- Don't include ReconciliationError in the message since it's redundant\n                if reason == \"ReconciliationError\" then\n                    hs.message = \"Promotion strategy reconciliation failed: \" .. msg\n                else\n                    hs.message = \"Promotion strategy reconciliation failed (\" .. reason .. \"): \" .. msg\n                end\n                return hs\n            end\n        end\n    end\nend\n\n-- If no Ready condition is found, return Progressing status\nif not hasReadyCondition then\n    hs.status = \"Progressing\"\n    hs.message = \"Promotion strategy is not ready yet\"\n    return hs\nend\n\nif not obj.status.environments or #obj.status.environments == 0 then\n    hs.status = \"Degraded\"\n    hs.message = \"Promotion strategy has no environments configured\"\n    return hs\nend\n\n-- Use note.drySha as canonical proposed SHA when present; fallback to proposed.dry.sha.\nlocal function getProposedDrySha(env)\n    if env and env.proposed and env.proposed.note and env.proposed.note.drySha and env.proposed.note.drySha ~= \"\" then\n        return env.proposed.note.drySha\n    end\n    if env and env.proposed and env.proposed.dry and env.proposed.dry.sha and env.proposed.dry.sha ~= \"\" then\n        return env.proposed.dry.sha\n    end\n    return nil\nend\n\n-- Make sure there's a fully-populated status for both active and proposed commits in all environments. If anything is\n-- missing or empty, return a Progressing status while waiting for hydration.\nfor _, env in ipairs(obj.status.environments) do\n    if not env.active or not env.active.dry or not env.active.dry.sha or env.active.dry.sha == \"\" then\n        hs.status = \"Progressing\"\n        hs.message = \"The active commit DRY SHA is missing or empty in environment '\" .. env.branch .. \"'.\"\n        return hs\n    end\n    if not getProposedDrySha(env) then\n        hs.status = \"Progressing\"\n        hs.message = \"The proposed commit DRY SHA is missing or empty in environment '\" .. env.branch .. \"'.\"\n        return hs\n    end\nend\n\n-- Check if all the proposed environments have the same proposed commit dry sha. If not, return a Progressing status.\nlocal proposedSha = getProposedDrySha(obj.status.environments[1])  -- Don't panic, Lua is 1-indexed.\nfor _, env in ipairs(obj.status.environments) do\n    if getProposedDrySha(env) ~= proposedSha then\n        hs.status = \"Progressing\"\n        hs.message = \"Not all environments have the same proposed commit SHA. This likely means the hydrator has not run for all environments yet.\"\n        return hs\n    end\nend\n\n-- Helper function to get short SHA\nlocal function getShortSha(sha)\n    if not sha or sha == \"\" then\n        return \"\"\n    end\n    if string.len(sha) > 7 then\n        return string.sub(sha, 1, 7)\n    end\n    return sha\nend\n\n-- Find the first environment with a genuinely promotable diff: proposed metadata dry sha differs from active. When only\n-- the hydrator note advanced (no-op re-hydration), proposed.dry.sha still matches active.dry.sha and no promotion is\n-- needed even if getProposedDrySha (note-based) differs from active.dry.sha.\nfor _, env in ipairs(obj.status.environments) do\n    if env.proposed.dry.sha ~= env.active.dry.sha then\n        local pendingCount = 0\n        local successCount = 0\n        local failureCount = 0\n        local pendingKeys = {}\n        local failedKeys = {}\n\n        -- pending, success, and failure are the only possible values\n        -- https://github.com/argoproj-labs/gitops-promoter/blob/c58d55ef52f86ff84e4f8fa35d2edba520886e3b/api/v1alpha1/commitstatus_types.go#L44\n        for _, status in ipairs(env.proposed.commitStatuses or {}) do\n            if status.phase == \"pending\" then\n                pendingCount = pendingCount + 1\n                table.insert(pendingKeys, status.key)\n            elseif status.phase == \"success\" then\n                successCount = successCount + 1\n            elseif status.phase == \"failure\" then\n                failureCount = failureCount + 1\n                table.insert(failedKeys, status.key)\n            end\n        end\n\n        hs.status = \"Healthy\"\n        hs.message =\n            \"Promotion in progress for environment '\" .. env.branch ..\n            \"' from '\" .. getShortSha(env.active.dry.sha) ..\n            \"' to '\" .. getShortSha(env.proposed.dry.sha) .. \"': \" ..\n            pendingCount .. \" pending, \" .. successCount .. \" successful, \" .. failureCount .. \" failed. \"\n\n        if pendingCount > 0 then\n            hs.message = hs.message .. \"Pending commit statuses: \" .. table.concat(pendingKeys, \", \") .. \". \"\n        end\n        if failureCount > 0 then\n            hs.message = hs.message .. \"Failed commit statuses: \" .. table.concat(failedKeys, \", \") .. \". \"\n        end\n        hs.message = hs.message .. \"Hydrator has processed dry commit '\" .. getShortSha(getProposedDrySha(env)) .. \"'. \"\n        return hs\n    end\nend\n\n-- Check all environments for active commit statuses that aren't successful. For each environment with a non-successful\n-- commit status, get a count of how many aren't successful. Write a summary of non-successful environments.\nlocal nonSuccessfulEnvironments = {}\nfor _, env in ipairs(obj.status.environments) do\n    local pendingCount = 0\n    local failureCount = 0\n\n    for _, status in ipairs(env.active.commitStatuses or {}) do\n        if status.phase == \"pending\" then\n            pendingCount = pendingCount + 1\n        elseif status.phase == \"failure\" then\n            failureCount = failureCount + 1\n        end\n    end\n\n    if pendingCount > 0 or failureCount > 0 then\n        nonSuccessfulEnvironments[env.branch] = {\n            pending = pendingCount,\n            failure = failureCount,\n        }\n    end\nend\n\nif next(nonSuccessfulEnvironments) then\n    local envMessages = {}\n    for branch, counts in pairs(nonSuccessfulEnvironments) do\n        local msg = branch .. \" (\" .. counts.failure .. \" failed, \" .. counts.pending .. \" pending)\"\n        table.insert(envMessages, msg)\n    end\n    hs.status = \"Healthy\"\n    hs.message = \"Environments are up-to-date, but some environments have non-successful commit statuses: \" .. table.concat(envMessages, \", \") .. \".\"\n    return hs\nend\n\n\n-- If all environments have the same proposed commit dry sha as the active one, we can consider the promotion strategy\n-- healthy. This means all environments are in sync and no further action is needed.\nhs.status = \"Healthy\"\nhs.message = \"All environments are up-to-date on commit '\" .. getShortSha(obj.status.environments[1].active.dry.sha) .. \"'. Hydrator has processed dry commit '\" .. getShortSha(getProposedDrySha(obj.status.environments[1])) .. \"'.\"\nreturn hs\n",
    "promoter.argoproj.io/PullRequest": "-- CRD spec: https://gitops-promoter.readthedocs.io/en/latest/crd-specs/#pullrequest\n-- Promoter finalizers: https://gitops-promoter.readthedocs.io/en/latest/debugging/finalizers/\n\nlocal function formatDeletingWithFinalizers(base, finalizers, catalog)\n    if not finalizers then\n        return base\n    end\n    local parts = { base }\n    for _, f in ipairs(finalizers) do\n        local e = catalog[f]\n        if e then\n            table.insert(parts, f .. \": \" .. e.wait .. \" Risk if removed manually: \" .. e.risk)\n        else\n            table.insert(parts, f .. \": still present.\")\n        end\n    end\n    return table.concat(parts, \" \")\nend\n\nif obj.metadata and obj.metadata.deletionTimestamp then\n    local hs = {}\n    hs.status = \"Progressing\"\n    hs.deletionMessage = formatDeletingWithFinalizers(\n        \"Pull request is being deleted.\",\n        obj.metadata.finalizers,\n        {\n            [\"pullrequest.promoter.argoproj.io/finalizer\"] = {\n                wait = \"Waiting for SCM closure or reconciliation of the pull request.\",\n                risk = \"the real PR can stay open after the CR is gone.\",\n            },\n            [\"changetransferpolicy.promoter.argoproj.io/pullrequest-finalizer\"] = {\n                wait = \"Waiting for the ChangeTransferPolicy to observe PR identity and state.\",\n                risk = \"promotion status or history can be wrong or racy.\",\n            },\n        }\n    )\n    return hs\nend\nlocal hs = {}\nhs.status = \"Progressing\"\nhs.message = \"Initializing pull request\"\n\n\n-- Check if status exists\nif not obj.status then\n    return hs\nend\n\n-- Check for reconciliation conditions\nlocal hasReadyCondition = false\nif obj.status.conditions then\n    for _, condition in ipairs(obj.status.conditions) do\n        if condition.type == \"Reconciled\" or condition.type == \"Ready\" then\n            hasReadyCondition = true\n            -- Check observedGeneration vs metadata.generation within the reconciliation condition\n            if condition.observedGeneration and obj.metadata.generation and condition.observedGeneration ~= obj.metadata.generation then\n                hs.status = \"Progressing\"\n                hs.message = \"Waiting for pull request spec update to be observed\"\n                return hs\n            end\n            if condition.status == \"False\" then\n                hs.status = \"Degraded\"\n                local msg = condition.message or \"Unknown error\"\n                local reason = condition.reason or \"Unknown\"\n                -- Don't include ReconciliationError in the message since it's redundant\n                if reason == \"ReconciliationError\" then\n                    hs.message = \"Pull request reconciliation failed: \" .. msg\n                else\n                    hs.message = \"Pull request reconciliation failed (\" .. reason .. \"): \" .. msg\n                end\n                return hs\n            end\n        end\n    end\nend\nif not hasReadyCondition then\n    hs.status = \"Progressing\"\n    hs.message = \"Pull request is not ready yet\"\n    return hs\nend\n\n-- This shouldn't happen, but if the condition says reconciliation succeeded, just trust it.\nif not obj.status.id or not obj.status.state then\n    hs.status = \"Healthy\"\n    hs.message = \"Pull request is healthy\"\n    return hs\nend\n\nhs.status = \"Healthy\"\nhs.message = \"Pull request is \" .. obj.status.state .. \" as PR \" .. obj.status.id\nreturn hs\n",
    "promoter.argoproj.io/ScmProvider": "-- CRD spec: https://gitops-promoter.readthedocs.io/en/latest/crd-specs/#scmprovider\n-- Promoter finalizers: https://gitops-promoter.readthedocs.io/en/latest/debugging/finalizers/\n\nlocal function formatDeletingWithFinalizers(base, finalizers, catalog)\n    if not finalizers then\n        return base\n    end\n    local parts = { base }\n    for _, f in ipairs(finalizers) do\n        local e = catalog[f]\n        if e then\n            table.insert(parts, f .. \": \" .. e.wait .. \" Risk if removed manually: \" .. e.risk)\n        else\n            table.insert(parts, f .. \": still present.\")\n        end\n    end\n    return table.concat(parts, \" \")\nend\n\n-- ScmProvider (gitops-promoter v1alpha1): credentials / SCM API reachability via standard Ready condition.\n\nif obj.metadata and obj.metadata.deletionTimestamp then\n    local hs = {}\n    hs.status = \"Progressing\"\n    hs.deletionMessage = formatDeletingWithFinalizers(\n        \"ScmProvider is being deleted.\",\n        obj.metadata.finalizers,\n        {\n            [\"scmprovider.promoter.argoproj.io/finalizer\"] = {\n                wait = \"Waiting until no GitRepository in this namespace still references this provider.\",\n                risk = \"GitRepository objects can reference a provider that no longer exists.\",\n            },\n        }\n    )\n    return hs\nend\nlocal hs = {}\nhs.status = \"Progressing\"\nhs.message = \"Initializing SCM provider\"\n\n\nif not obj.status then\n    return hs\nend\n\nlocal hasReadyCondition = false\nif obj.status.conditions then\n    for _, condition in ipairs(obj.status.conditions) do\n        if condition.type == \"Ready\" then\n            hasReadyCondition = true\n            if condition.observedGeneration and obj.metadata.generation and condition.observedGeneration ~= obj.metadata.generation then\n                hs.status = \"Progressing\"\n                hs.message = \"Waiting for ScmProvider spec update to be observed\"\n                return hs\n            end\n            if condition.status == \"False\" then\n                hs.status = \"Degraded\"\n                local msg = condition.message or \"Unknown error\"\n                local reason = condition.reason or \"Unknown\"\n                if reason == \"ReconciliationError\" then\n                    hs.message = \"SCM provider validation failed: \" .. msg\n                else\n                    hs.message = \"SCM provider not ready (\" .. reason .. \"): \" .. msg\n                end\n                return hs\n            end\n            if condition.status == \"Unknown\" then\n                hs.status = \"Progressing\"\n                local msg = condition.message or \"Unknown\"\n                local reason = condition.reason or \"Unknown\"\n                hs.message = \"SCM provider readiness unknown (\" .. reason .. \"): \" .. msg\n                return hs\n            end\n        end\n    end\nend\n\nif not hasReadyCondition then\n    hs.status = \"Progressing\"\n    hs.message = \"ScmProvider Ready condition is missing\"\n    return hs\nend\n\nhs.status = \"Healthy\"\nhs.message = \"SCM provider is ready\"\nreturn hs\n",
    "promoter.argoproj.io/TimedCommitStatus": "-- CRD spec: https://gitops-promoter.readthedocs.io/en/latest/crd-specs/#timedcommitstatus\n\n-- TimedCommitStatus (gitops-promoter v1alpha1): per-environment wait before reporting success.\n-- status.environments[].phase is pending or success (see API).\n\nif obj.metadata and obj.metadata.deletionTimestamp then\n    local hs = {}\n    hs.status = \"Progressing\"\n    hs.deletionMessage = \"TimedCommitStatus is being deleted\"\n    return hs\nend\nlocal hs = {}\nhs.status = \"Progressing\"\nhs.message = \"Initializing timed commit gate\"\n\n\nif not obj.status then\n    return hs\nend\n\nlocal hasReadyCondition = false\nif obj.status.conditions then\n    for _, condition in ipairs(obj.status.conditions) do\n        if condition.type == \"Ready\" then\n            hasReadyCondition = true\n            if condition.observedGeneration and obj.metadata.generation and condition.observedGeneration ~= obj.metadata.generation then\n                hs.status = \"Progressing\"\n                hs.message = \"Waiting for TimedCommitStatus spec update to be observed\"\n                return hs\n            end\n            if condition.status == \"False\" then\n                hs.status = \"Degraded\"\n                local msg = condition.message or \"Unknown error\"\n                local reason = condition.reason or \"Unknown\"\n                if reason == \"ReconciliationError\" then\n                    hs.message = \"Timed commit gate failed: \" .. msg\n                else\n                    hs.message = \"Timed commit gate not ready (\" .. reason .. \"): \" .. msg\n                end\n                return hs\n            end\n            if condition.status == \"Unknown\" then\n                hs.status = \"Progressing\"\n                local msg = condition.message or \"Unknown\"\n                local reason = condition.reason or \"Unknown\"\n                hs.message = \"Timed commit gate status unknown (\" .. reason .. \"): \" .. msg\n                return hs\n            end\n        end\n    end\nend\n\nif not hasReadyCondition then\n    hs.status = \"Progressing\"\n    hs.message = \"TimedCommitStatus Ready condition is missing\"\n    return hs\nend\n\nlocal envs = obj.status.environments\nif not envs or #envs == 0 then\n    hs.status = \"Healthy\"\n    hs.message = \"Timed commit gate reconciled\"\n    return hs\nend\n\nlocal pendingBranches = {}\nlocal failureBranches = {}\nlocal successCount = 0\n\nfor _, env in ipairs(envs) do\n    local branch = env.branch or \"?\"\n    local phase = env.phase or \"pending\"\n    if phase == \"failure\" then\n        table.insert(failureBranches, branch)\n    elseif phase == \"success\" then\n        successCount = successCount + 1\n    else\n        table.insert(pendingBranches, branch)\n    end\nend\n\nif #failureBranches > 0 then\n    hs.status = \"Degraded\"\n    hs.message = \"Timed commit gate failed for branch(es): \" .. table.concat(failureBranches, \", \")\n    return hs\nend\n\nif #pendingBranches > 0 then\n    hs.status = \"Progressing\"\n    hs.message = \"Timed commit gate pending for branch(es): \" .. table.concat(pendingBranches, \", \")\n    return hs\nend\n\nhs.status = \"Healthy\"\nhs.message = \"Timed commit gate satisfied for \" .. tostring(successCount) .. \" environment(s)\"\nreturn hs\n",
    "promoter.argoproj.io/WebRequestCommitStatus": "-- CRD spec: https://gitops-promoter.readthedocs.io/en/latest/crd-specs/#webrequestcommitstatus\n\n-- WebRequestCommitStatus (gitops-promoter v1alpha1): HTTP-based gating with per-environment phase\n-- (pending / success / failure) in status.environments, plus aggregated Ready.\n\nif obj.metadata and obj.metadata.deletionTimestamp then\n    local hs = {}\n    hs.status = \"Progressing\"\n    hs.deletionMessage = \"WebRequestCommitStatus is being deleted\"\n    return hs\nend\nlocal hs = {}\nhs.status = \"Progressing\"\nhs.message = \"Initializing web request commit validation\"\n\n\nif not obj.status then\n    return hs\nend\n\nlocal hasReadyCondition = false\nif obj.status.conditions then\n    for _, condition in ipairs(obj.status.conditions) do\n        if condition.type == \"Ready\" then\n            hasReadyCondition = true\n            if condition.observedGeneration and obj.metadata.generation and condition.observedGeneration ~= obj.metadata.generation then\n                hs.status = \"Progressing\"\n                hs.message = \"Waiting for WebRequestCommitStatus spec update to be observed\"\n                return hs\n            end\n            if condition.status == \"False\" then\n                hs.status = \"Degraded\"\n                local msg = condition.message or \"Unknown error\"\n                local reason = condition.reason or \"Unknown\"\n                if reason == \"ReconciliationError\" then\n                    hs.message = \"Web request commit validation failed: \" .. msg\n                else\n                    hs.message = \"Web request commit validation not ready (\" .. reason .. \"): \" .. msg\n                end\n                return hs\n            end\n            if condition.status == \"Unknown\" then\n                hs.status = \"Progressing\"\n                local msg = condition.message or \"Unknown\"\n                local reason = condition.reason or \"Unknown\"\n                hs.message = \"Web request commit validation unknown (\" .. reason .. \"): \" .. msg\n                return hs\n            end\n        end\n    end\nend\n\nif not hasReadyCondition then\n    hs.status = \"Progressing\"\n    hs.message = \"WebRequestCommitStatus Ready condition is missing\"\n    return hs\nend\n\nlocal envs = obj.status.environments\nif not envs or #envs == 0 then\n    hs.status = \"Healthy\"\n    hs.message = \"Web request commit validation reconciled\"\n    return hs\nend\n\nlocal pendingBranches = {}\nlocal failureBranches = {}\nlocal successCount = 0\n\nfor _, env in ipairs(envs) do\n    local branch = env.branch or \"?\"\n    local phase = env.phase or \"pending\"\n    if phase == \"failure\" then\n        table.insert(failureBranches, branch)\n    elseif phase == \"pending\" then\n        table.insert(pendingBranches, branch)\n    elseif phase == \"success\" then\n        successCount = successCount + 1\n    else\n        table.insert(pendingBranches, branch)\n    end\nend\n\nif #failureBranches > 0 then\n    hs.status = \"Degraded\"\n    hs.message = \"Web request validation failed for branch(es): \" .. table.concat(failureBranches, \", \")\n    return hs\nend\n\nif #pendingBranches > 0 then\n    hs.status = \"Progressing\"\n    hs.message = \"Web request validation pending for branch(es): \" .. table.concat(pendingBranches, \", \")\n    return hs\nend\n\nhs.status = \"Healthy\"\nhs.message = \"Web request validation passed for \" .. tostring(successCount) .. \" environment(s)\"\nreturn hs\n",
    "psmdb.percona.com/PerconaServerMongoDB": "local hs = {}\nif obj.status ~= nil then\n  local state_map = {\n    initializing = \"Progressing\",\n    ready = \"Healthy\",\n    error = \"Degraded\",\n    stopping = \"Progressing\",\n    paused = \"Suspended\"\n  }\n\n  hs.status = state_map[obj.status.state] or \"Unknown\"\n  hs.message = obj.status.ready .. \"/\" .. obj.status.size .. \" node(s) are ready\"\n  return hs\nend\n\nhs.status = \"Unknown\"\nhs.message = \"Cluster status is unknown\"\nreturn hs\n",
    "pulumi.com/Stack": "local hs = {}\nhs.status = \"Progressing\"\nhs.message = \"Waiting for the stack to be reconciled\"\n\nif obj.status == nil or obj.status.observedGeneration ~= obj.metadata.generation then\n  hs.message = \"Waiting for the operator to observe the latest spec change\"\n  return hs\nend\n\nif obj.status.conditions ~= nil then\n  for _, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Stalled\" and condition.status == \"True\" then\n      hs.status = \"Degraded\"\n      hs.message = condition.message\n      return hs\n    end\n    if condition.type == \"Reconciling\" and condition.status == \"True\" then\n      hs.status = \"Progressing\"\n      hs.message = condition.message\n      return hs\n    end\n    if condition.type == \"Ready\" and condition.status == \"True\" then\n      hs.status = \"Healthy\"\n      hs.message = condition.message\n      return hs\n    end\n  end\nend\n\nreturn hs\n",
    "pxc.percona.com/PerconaXtraDBCluster": "local hs = {}\nif obj.status ~= nil then\n\n  if obj.status.state == \"initializing\" then\n    hs.status = \"Progressing\"\n    hs.message = obj.status.ready .. \"/\" .. obj.status.size .. \" node(s) are ready\"\n    return hs\n  end\n\n  if obj.status.state == \"ready\" then\n    hs.status = \"Healthy\"\n    hs.message = obj.status.ready .. \"/\" .. obj.status.size .. \" node(s) are ready\"\n    return hs\n  end\n\n  if obj.status.state == \"paused\" then\n    hs.status = \"Unknown\"\n    hs.message = \"Cluster is paused\"\n    return hs\n  end\n\n  if obj.status.state == \"stopping\" then\n    hs.status = \"Degraded\"\n    hs.message = \"Cluster is stopping (\" .. obj.status.ready .. \"/\" .. obj.status.size .. \" node(s) are ready)\"\n    return hs\n  end\n\n  if obj.status.state == \"error\" then\n    hs.status = \"Degraded\"\n    hs.message = \"Cluster is on error: \" .. table.concat(obj.status.message, \", \")\n    return hs\n  end\n\nend\n\nhs.status = \"Unknown\"\nhs.message = \"Cluster status is unknown. Ensure your ArgoCD is current and then check for/file a bug report: https://github.com/argoproj/argo-cd/issues\"\nreturn hs\n",
    "rabbitmq.com/Binding": "local hs = {}\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Ready\" then\n      if condition.status == \"True\" and condition.reason == \"SuccessfulCreateOrUpdate\" then\n        hs.status = \"Healthy\"\n        hs.message = \"RabbitMQ binding ready\"\n        return hs\n      end \n\n      if condition.status == \"False\" and condition.reason == \"FailedCreateOrUpdate\" then\n        hs.status = \"Degraded\"\n        hs.message = \"RabbitMQ binding failed to be created or updated\"\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Unknown\"\nhs.message = \"RabbitMQ binding status is unknown\"\nreturn hs",
    "rabbitmq.com/Exchange": "local hs = {}\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Ready\" then\n      if condition.status == \"True\" and condition.reason == \"SuccessfulCreateOrUpdate\" then\n        hs.status = \"Healthy\"\n        hs.message = \"RabbitMQ exchange ready\"\n        return hs\n      end \n\n      if condition.status == \"False\" and condition.reason == \"FailedCreateOrUpdate\" then\n        hs.status = \"Degraded\"\n        hs.message = \"RabbitMQ exchange failed to be created or updated\"\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Unknown\"\nhs.message = \"RabbitMQ exchange status is unknown\"\nreturn hs",
    "rabbitmq.com/Permission": "local hs = {}\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Ready\" then\n      if condition.status == \"True\" and condition.reason == \"SuccessfulCreateOrUpdate\" then\n        hs.status = \"Healthy\"\n        hs.message = \"RabbitMQ permission ready\"\n        return hs\n      end \n\n      if condition.status == \"False\" and condition.reason == \"FailedCreateOrUpdate\" then\n        hs.status = \"Degraded\"\n        hs.message = \"RabbitMQ permission failed to be created or updated\"\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Unknown\"\nhs.message = \"RabbitMQ permission status is unknown\"\nreturn hs",
    "rabbitmq.com/Policy": "local hs = {}\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Ready\" then\n      if condition.status == \"True\" and condition.reason == \"SuccessfulCreateOrUpdate\" then\n        hs.status = \"Healthy\"\n        hs.message = \"RabbitMQ policy ready\"\n        return hs\n      end \n\n      if condition.status == \"False\" and condition.reason == \"FailedCreateOrUpdate\" then\n        hs.status = \"Degraded\"\n        hs.message = \"RabbitMQ policy failed to be created or updated\"\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Unknown\"\nhs.message = \"RabbitMQ policy status is unknown\"\nreturn hs",
    "rabbitmq.com/Queue": "local hs = {}\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Ready\" then\n      if condition.status == \"True\" and condition.reason == \"SuccessfulCreateOrUpdate\" then\n        hs.status = \"Healthy\"\n        hs.message = \"RabbitMQ queue ready\"\n        return hs\n      end \n\n      if condition.status == \"False\" and condition.reason == \"FailedCreateOrUpdate\" then\n        hs.status = \"Degraded\"\n        hs.message = \"RabbitMQ queue failed to be created or updated\"\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Unknown\"\nhs.message = \"RabbitMQ queue status is unknown\"\nreturn hs",
    "rabbitmq.com/RabbitmqCluster": "hs = {}\nclusterAvailable = {}\nallReplicasReady = {}\n\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"ReconcileSuccess\" and condition.status == \"False\" then\n        hs.status = \"Degraded\"\n        hs.message = condition.message\n        return hs\n      end\n      if condition.type == \"ClusterAvailable\" then\n        clusterAvailable.status = condition.status\n        clusterAvailable.message = condition.message\n      end\n      if condition.type == \"AllReplicasReady\" then\n        allReplicasReady.status = condition.status\n        allReplicasReady.message = condition.message\n        allReplicasReady.reason = condition.reason\n      end\n    end\n\n    -- Treat transient/initial 'Unknown' condition as Progressing instead of Degraded.\n    -- The RabbitMQ operator sets these conditions to Unknown briefly while forming the cluster,\n    -- so mapping Unknown->Progressing prevents false Degraded states during normal reconciliation.\n    if clusterAvailable.status == \"Unknown\" or allReplicasReady.status == \"Unknown\" then\n      hs.status = \"Progressing\"\n      hs.message = \"Waiting for RabbitMQ cluster readiness (conditions unknown)\"\n      return hs\n    end\n\n    if (allReplicasReady.reason == \"ScaledToZero\" and allReplicasReady.status == \"False\" and obj.spec.replicas == 0) then\n      hs.status = \"Suspended\"\n      hs.message = \"RabbitmqCluster is scaled to 0 replicas\"\n      return hs\n    end\n\n    if clusterAvailable.status == \"False\" then\n      hs.status = \"Progressing\"\n      hs.message = \"Waiting for RabbitMQ cluster formation\"\n      return hs\n    end\n\n    if allReplicasReady.status == \"False\" then\n      hs.status = \"Progressing\"\n      hs.message = \"Waiting for RabbitMQ instances ready\"\n      return hs\n    end\n\n    if clusterAvailable.status == \"True\" and allReplicasReady.status == \"True\" then\n      hs.status = \"Healthy\"\n      hs.message = \"RabbitMQ cluster ready\"\n      return hs\n    end\n\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for RabbitMQ Operator\"\nreturn hs",
    "rabbitmq.com/Shovel": "local hs = {}\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Ready\" then\n      if condition.status == \"True\" and condition.reason == \"SuccessfulCreateOrUpdate\" then\n        hs.status = \"Healthy\"\n        hs.message = \"RabbitMQ shovel ready\"\n        return hs\n      end \n\n      if condition.status == \"False\" and condition.reason == \"FailedCreateOrUpdate\" then\n        hs.status = \"Degraded\"\n        hs.message = \"RabbitMQ shovel failed to be created or updated\"\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Unknown\"\nhs.message = \"RabbitMQ shovel status is unknown\"\nreturn hs",
    "rabbitmq.com/User": "local hs = {}\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Ready\" then\n      if condition.status == \"True\" and condition.reason == \"SuccessfulCreateOrUpdate\" then\n        hs.status = \"Healthy\"\n        hs.message = \"RabbitMQ user ready\"\n        return hs\n      end \n\n      if condition.status == \"False\" and condition.reason == \"FailedCreateOrUpdate\" then\n        hs.status = \"Degraded\"\n        hs.message = \"RabbitMQ user failed to be created or updated\"\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Unknown\"\nhs.message = \"RabbitMQ user status is unknown\"\nreturn hs",
    "rabbitmq.com/Vhost": "local hs = {}\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Ready\" then\n      if condition.status == \"True\" and condition.reason == \"SuccessfulCreateOrUpdate\" then\n        hs.status = \"Healthy\"\n        hs.message = \"RabbitMQ vhost ready\"\n        return hs\n      end \n\n      if condition.status == \"False\" and condition.reason == \"FailedCreateOrUpdate\" then\n        hs.status = \"Degraded\"\n        hs.message = \"RabbitMQ vhost failed to be created or updated\"\n        return hs\n      end\n    end\n  end\nend\n\nhs.status = \"Unknown\"\nhs.message = \"RabbitMQ vhost status is unknown\"\nreturn hs",
    "rds.aws.crossplane.io/DBCluster": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local ready = false\n    local synced = false\n    local suspended = false\n    for i, condition in ipairs(obj.status.conditions) do\n\n      if condition.type == \"Ready\" then\n        ready = condition.status == \"True\"\n        ready_message = condition.reason\n      elseif condition.type == \"Synced\" then\n        synced = condition.status == \"True\"\n        if condition.reason == \"ReconcileError\" then\n          synced_message = condition.message\n        elseif condition.reason == \"ReconcilePaused\" then\n          suspended = true\n          suspended_message = condition.reason\n        end\n      end\n    end\n    if ready and synced then\n      hs.status = \"Healthy\"\n      hs.message = ready_message\n    elseif synced == false and suspended == true then\n      hs.status = \"Suspended\"\n      hs.message = suspended_message\n    elseif ready == false and synced == true and suspended == false then\n      hs.status = \"Progressing\"\n      hs.message = \"Waiting for DBCluster to be available\"\n    else\n      hs.status = \"Degraded\"\n      hs.message = synced_message\n    end\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for DBCluster to be created\"\nreturn hs\n",
    "rds.aws.crossplane.io/DBInstance": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local ready = false\n    local synced = false\n    local suspended = false\n    for i, condition in ipairs(obj.status.conditions) do\n\n      if condition.type == \"Ready\" then\n        ready = condition.status == \"True\"\n        ready_message = condition.reason\n      elseif condition.type == \"Synced\" then\n        synced = condition.status == \"True\"\n        if condition.reason == \"ReconcileError\" then\n          synced_message = condition.message\n        elseif condition.reason == \"ReconcilePaused\" then\n          suspended = true\n          suspended_message = condition.reason\n        end\n      end\n    end\n    if ready and synced then\n      hs.status = \"Healthy\"\n      hs.message = ready_message\n    elseif synced == false and suspended == true then\n      hs.status = \"Suspended\"\n      hs.message = suspended_message\n    elseif ready == false and synced == true and suspended == false then\n      hs.status = \"Progressing\"\n      hs.message = \"Waiting for DBInstance to be available\"\n    else\n      hs.status = \"Degraded\"\n      hs.message = synced_message\n    end\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for DBInstance to be created\"\nreturn hs\n",
    "rollouts.kruise.io/Rollout": "hs={ status = \"Progressing\", message = \"Rollout is still progressing\" }\n\nif obj.metadata.generation == obj.status.observedGeneration then\n\n    if obj.status.canaryStatus.currentStepState == \"StepUpgrade\" and obj.status.phase == \"Progressing\" then\n        hs.status = \"Progressing\"\n        hs.message = \"Rollout is still progressing\"\n        return hs\n    end\n\n    if obj.status.canaryStatus.currentStepState == \"StepPaused\" and obj.status.phase == \"Progressing\" then\n        hs.status = \"Suspended\"\n        hs.message = \"Rollout is Paused need manual intervention\"\n        return hs\n    end\n\n    if obj.status.canaryStatus.currentStepState == \"Completed\" and obj.status.phase == \"Healthy\" then\n        hs.status = \"Healthy\"\n        hs.message = \"Rollout is Completed\"\n        return hs\n    end\n\n    if obj.status.canaryStatus.currentStepState == \"StepPaused\" and (obj.status.phase == \"Terminating\" or obj.status.phase == \"Disabled\") then\n        hs.status = \"Degraded\"\n        hs.message = \"Rollout is Disabled or Terminating\"\n        return hs\n    end\n\nend\n\nreturn hs\n",
    "route.openshift.io/Route": "local health_status = {}\nif obj.status ~= nil then\n  if obj.status.ingress ~= nil then\n    local numIngressRules = 0\n    local numTrue = 0\n    local numFalse = 0\n    for _, ingressRules in pairs(obj.status.ingress) do\n        numIngressRules = numIngressRules + 1\n        if obj.status.ingress ~= nil then\n          for _, condition in pairs(ingressRules.conditions) do\n              if condition.type == \"Admitted\" and condition.status == \"True\" then\n                  numTrue = numTrue + 1\n              elseif condition.type == \"Admitted\" and condition.status == \"False\" then\n                  numFalse = numFalse + 1\n              end\n          end\n        end\n        health_status.status = 'Test'\n    end\n    if numTrue == numIngressRules then\n      health_status.status = \"Healthy\"\n      health_status.message = \"Route is healthy\"\n      return health_status\n    elseif numFalse > 0 then\n      health_status.status = \"Degraded\"\n      health_status.message = \"Route is degraded\"\n      return health_status\n    else\n      health_status.status = \"Progressing\"\n      health_status.message = \"Route is still getting admitted\"\n      return health_status\n    end\n  end\nend\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"Route is still getting admitted\"\nreturn health_status",
    "route53.aws.crossplane.io/ResourceRecordSet": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local ready = false\n    local synced = false\n    local suspended = false\n    for i, condition in ipairs(obj.status.conditions) do\n\n      if condition.type == \"Ready\" then\n        ready = condition.status == \"True\"\n        ready_message = condition.reason\n      elseif condition.type == \"Synced\" then\n        synced = condition.status == \"True\"\n        if condition.reason == \"ReconcileError\" then\n          synced_message = condition.message\n        elseif condition.reason == \"ReconcilePaused\" then\n          suspended = true\n          suspended_message = condition.reason\n        end\n      end\n    end\n    if ready and synced then\n      hs.status = \"Healthy\"\n      hs.message = ready_message\n    elseif synced == false and suspended == true then\n      hs.status = \"Suspended\"\n      hs.message = suspended_message\n    elseif ready == false and synced == true and suspended == false then\n      hs.status = \"Progressing\"\n      hs.message = \"Waiting for resourcrecordset to be available\"\n    else\n      hs.status = \"Degraded\"\n      hs.message = synced_message\n    end\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for resourcrecordset to be created\"\nreturn hs\n",
    "s3.aws.crossplane.io/Bucket": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local ready = false\n    local synced = false\n    local suspended = false\n    for i, condition in ipairs(obj.status.conditions) do\n\n      if condition.type == \"Ready\" then\n        ready = condition.status == \"True\"\n        ready_message = condition.reason\n      elseif condition.type == \"Synced\" then\n        synced = condition.status == \"True\"\n        if condition.reason == \"ReconcileError\" then\n          synced_message = condition.message\n        elseif condition.reason == \"ReconcilePaused\" then\n          suspended = true\n          suspended_message = condition.reason\n        end\n      end\n    end\n    if ready and synced then\n      hs.status = \"Healthy\"\n      hs.message = ready_message\n    elseif synced == false and suspended == true then\n      hs.status = \"Suspended\"\n      hs.message = suspended_message\n    elseif ready == false and synced == true and suspended == false then\n      hs.status = \"Progressing\"\n      hs.message = \"Waiting for Bucket to be available\"\n    else\n      hs.status = \"Degraded\"\n      hs.message = synced_message\n    end\n    return hs\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for Bucket to be created\"\nreturn hs\n",
    "services.cloud.sap.com/ServiceBinding": "hs = {}\n\n-- Check for deletion timestamp\nif obj ~= nil and obj.metadata.deletionTimestamp then\n    hs.status = \"Progressing\"\n    hs.message = \"Resource is being deleted\"\n    return hs\nend\n\n-- Check for reconciliation conditions\nif obj ~= nil and obj.status ~= nil then\n  if type(obj.status.conditions) == \"table\" then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.observedGeneration and obj.metadata.generation and condition.observedGeneration ~= obj.metadata.generation then\n          hs.status = \"Progressing\"\n          hs.message = \"Waiting for spec update to be observed\"\n          return hs\n      end\n      if condition ~= nil and\n         ((condition.type == \"Succeeded\" and condition.status == \"False\") or\n          (condition.type == \"Failed\" and condition.status == \"True\")) then\n        hs.status = \"Degraded\"\n        hs.message = condition.message or \"\"\n        return hs\n      end\n    end\n    hs.status = \"Healthy\"\n    hs.message = \"Ready to use\"\n    return hs\n  end\nend\nhs.status = \"Progressing\"\nhs.message = \"Waiting for status\"\nreturn hs",
    "services.cloud.sap.com/ServiceInstance": "hs = {}\n\n-- Check for deletion timestamp\nif obj ~= nil and obj.metadata.deletionTimestamp then\n    hs.status = \"Progressing\"\n    hs.message = \"Resource is being deleted\"\n    return hs\nend\n\n-- Check for reconciliation conditions\nif obj ~= nil and obj.status ~= nil then\n  if type(obj.status.conditions) == \"table\" then\n    for i, condition in ipairs(obj.status.conditions) do\n      if condition.observedGeneration and obj.metadata.generation and condition.observedGeneration ~= obj.metadata.generation then\n          hs.status = \"Progressing\"\n          hs.message = \"Waiting for spec update to be observed\"\n          return hs\n      end\n      if condition ~= nil and\n         ((condition.type == \"Succeeded\" and condition.status == \"False\") or\n          (condition.type == \"Failed\" and condition.status == \"True\")) then\n        hs.status = \"Degraded\"\n        hs.message = condition.message or \"\"\n        return hs\n      end\n    end\n    hs.status = \"Healthy\"\n    hs.message = \"Ready to use\"\n    return hs\n  end\nend\nhs.status = \"Progressing\"\nhs.message = \"Waiting for status\"\nreturn hs",
    "serving.knative.dev/Service": "local health_status = {}\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"Waiting for status update.\"\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  local status_true = 0\n  local status_false = 0\n  local status_unknown = 0\n  health_status.message = \"\"\n  for i, condition in pairs(obj.status.conditions) do\n    if condition.status == \"True\" and (condition.type == \"ConfigurationsReady\" or condition.type == \"RoutesReady\" or condition.type == \"Ready\") then\n      status_true = status_true + 1\n    elseif condition.status == \"False\" or condition.status == \"Unknown\" then\n      msg = condition.type .. \" is \" .. condition.status\n      if condition.reason ~= nil and condition.reason ~= \"\" then\n        msg = msg .. \", since \" .. condition.reason .. \".\"\n      end\n      if condition.message ~= nil and condition.message ~= \"\" then\n        msg = msg .. \" \" .. condition.message\n      end\n      health_status.message = health_status.message .. msg .. \"\\n\"\n      if condition.status == \"False\" then\n        status_false = status_false + 1\n      else\n        status_unknown = status_unknown + 1\n      end\n    end\n  end\n  if status_true == 3 and status_false == 0 and status_unknown == 0 then\n    health_status.message = \"Knative Service is healthy.\"\n    health_status.status = \"Healthy\"\n    return health_status\n  elseif status_false > 0 then\n    health_status.status = \"Degraded\"\n    return health_status\n  else\n    health_status.status = \"Progressing\"\n    return health_status\n  end\nend\nreturn health_status",
    "serving.kserve.io/InferenceService": "local health_status = {}\n\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"Waiting for InferenceService to report status...\"\n\nif obj.status ~= nil then\n\n  local progressing = false\n  local degraded = false\n  local status_false = 0\n  local status_unknown = 0\n  local msg = \"\"\n\n  if obj.status.modelStatus ~= nil then\n    if obj.status.modelStatus.transitionStatus ~= \"UpToDate\" then\n      if obj.status.modelStatus.transitionStatus == \"InProgress\" then\n        progressing = true\n      else\n        degraded = true\n      end\n      msg = msg .. \"0: transitionStatus | \" .. obj.status.modelStatus.transitionStatus\n    end\n  end\n  \n  if obj.status.conditions ~= nil then\n    for i, condition in pairs(obj.status.conditions) do\n      -- Check if the InferenceService is Stopped\n      if condition.type == \"Stopped\" and condition.status == \"True\" then \n        health_status.status = \"Suspended\"\n        health_status.message = \"InferenceService is Stopped\"\n        return health_status\n      end\n\n      -- Check for unhealthy statuses\n      -- Note: The Stopped condition's healthy status is False\n      if condition.status == \"Unknown\" then\n        status_unknown = status_unknown + 1\n      elseif condition.status == \"False\" and condition.type ~= \"Stopped\" then\n        status_false = status_false + 1\n      end\n\n      -- Add the error messages if the status is unhealthy\n      if condition.status ~= \"True\" and condition.type ~= \"Stopped\" then\n        msg = msg .. \" | \" .. i .. \": \" .. condition.type .. \" | \" .. condition.status\n        if condition.reason ~= nil and condition.reason ~= \"\" then\n          msg = msg .. \" | \" .. condition.reason\n        end\n        if condition.message ~= nil and condition.message ~= \"\" then\n          msg = msg .. \" | \" .. condition.message\n        end\n      end\n\n    end\n\n    if progressing == false and degraded == false and status_unknown == 0 and status_false == 0 then\n      health_status.status = \"Healthy\"\n      msg = \"InferenceService is healthy.\"\n    elseif degraded == false and status_unknown >= 0 then\n      health_status.status = \"Progressing\"\n    else\n      health_status.status = \"Degraded\"\n    end\n\n    health_status.message = msg\n  end\nend\n\nreturn health_status\n",
    "serving.kserve.io/LLMInferenceService": "local health_status = {}\n\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"Waiting for LLMInferenceService to report status...\"\n\nif obj.status == nil or obj.status.conditions == nil then\n  return health_status\nend\n\n-- KServe reconciles the LLMInferenceService as a Knative \"living\" resource: the\n-- dependent conditions (PresetsCombined, WorkloadsReady, RouterReady and their\n-- sub-conditions) are aggregated into the top-level \"Ready\" condition. We assess\n-- health from \"Ready\" and surface the not-ready dependents in the message.\nlocal ready = nil\nlocal stopped = false\nlocal msg = \"\"\n\nfor _, condition in ipairs(obj.status.conditions) do\n  -- A stopped LLMInferenceService is signalled by the controller setting the\n  -- reason of its workload/preset conditions to \"Stopped\".\n  if condition.reason == \"Stopped\" then\n    stopped = true\n  end\n\n  if condition.type == \"Ready\" then\n    ready = condition\n  elseif condition.status ~= \"True\" then\n    if msg ~= \"\" then\n      msg = msg .. \"; \"\n    end\n    msg = msg .. condition.type .. \": \" .. condition.status\n    if condition.reason ~= nil and condition.reason ~= \"\" then\n      msg = msg .. \" | \" .. condition.reason\n    end\n    if condition.message ~= nil and condition.message ~= \"\" then\n      msg = msg .. \" | \" .. condition.message\n    end\n  end\nend\n\n-- Treat the assessment as still in progress when the controller has not yet\n-- observed the current spec (generation mismatch). Otherwise a stale Ready=True\n-- condition left over from a previous generation would be reported as Healthy\n-- before KServe has reconciled the update.\nlocal generation = nil\nif obj.metadata ~= nil then\n  generation = obj.metadata.generation\nend\nif generation ~= nil then\n  local stale = false\n  -- status-level observedGeneration (duckv1.Status.ObservedGeneration)\n  if obj.status.observedGeneration ~= nil and obj.status.observedGeneration ~= generation then\n    stale = true\n  end\n  -- condition-level observedGeneration (per-condition, when the controller sets it)\n  if ready ~= nil and ready.observedGeneration ~= nil and ready.observedGeneration ~= generation then\n    stale = true\n  end\n  if stale then\n    health_status.status = \"Progressing\"\n    health_status.message = \"Waiting for LLMInferenceService reconciliation (generation mismatch)\"\n    return health_status\n  end\nend\n\nif stopped then\n  health_status.status = \"Suspended\"\n  health_status.message = \"LLMInferenceService is Stopped\"\n  return health_status\nend\n\nif ready ~= nil and ready.status == \"True\" then\n  health_status.status = \"Healthy\"\n  health_status.message = \"LLMInferenceService is healthy.\"\n  return health_status\nend\n\nif ready ~= nil and ready.status == \"False\" then\n  health_status.status = \"Degraded\"\nelse\n  -- Ready is Unknown or has not been reported yet.\n  health_status.status = \"Progressing\"\nend\n\nif msg ~= \"\" then\n  health_status.message = msg\nelseif ready ~= nil and ready.message ~= nil and ready.message ~= \"\" then\n  health_status.message = ready.message\nend\n\nreturn health_status\n",
    "snapshot.storage.k8s.io/VolumeSnapshot": "local hs = {}\n\nif obj.status ~= nil and obj.status.readyToUse then\n  hs.status = \"Healthy\"\n  hs.message = \"Ready to use\"\n  return hs\nend\n\nif obj.status ~= nil and obj.status.error ~= nil then\n  hs.status = \"Degraded\"\n  hs.message = obj.status.error.message\n  return hs\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for status\"\n\nreturn hs\n",
    "snapshot.storage.k8s.io/VolumeSnapshotContent": "local hs = {}\n\nif obj.status ~= nil and obj.status.readyToUse then\n  hs.status = \"Healthy\"\n  hs.message = \"Ready to use\"\n  return hs\nend\n\nif obj.status ~= nil and obj.status.error ~= nil then\n  hs.status = \"Degraded\"\n  hs.message = obj.status.error.message\n  return hs\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for status\"\n\nreturn hs\n",
    "solr.apache.org/SolrCloud": "-- There is no value in the manifest that can lead to conclude that\n-- this resource is in a \"Degraded\" state. Update this, if in the future\n-- this possibility arises.\n\nif obj.status == nil or obj.status.solrNodes == nil then\n  return {\n    status = \"Progressing\",\n    message = \"Waiting for solr to exist\",\n  }\nend\n\nfor _, solrNode in ipairs(obj.status.solrNodes) do\n  if not solrNode.ready then\n    return {\n      status = \"Progressing\",\n      message = \"Not all replicas are ready\",\n    }\n  end\nend\n\nreturn {\n  status = \"Healthy\",\n  message = \"Solr is ready\",\n}",
    "source.toolkit.fluxcd.io/Bucket": "local hs = {}\nif obj.spec.suspend ~= nil and obj.spec.suspend == true then\n  hs.message = obj.kind .. \" is suspended\"\n  hs.status = \"Suspended\"\n  return hs\nend\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local numProgressing = 0\n    local numSucceeded = 0\n    local message = \"\"\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" then\n        if condition.status == \"True\" then\n          numSucceeded = numSucceeded + 1\n        elseif condition.status == \"Unknown\" then\n          numProgressing = numProgressing + 1\n        end\n        message = condition.reason\n      elseif condition.type == \"Reconciling\" and condition.status == \"True\" then\n        numProgressing = numProgressing + 1\n      elseif condition.type == \"ArtifactOutdated\" and condition.status == \"True\" then\n        message = message .. \" \" .. condition.reason\n      elseif condition.type == \"ArtifactInStorage\" and condition.status == \"True\" then\n        numSucceeded = numSucceeded + 1\n      end\n    end\n    if(numProgressing == 2) then\n      hs.message = message\n      hs.status = \"Progressing\"\n      return hs\n    elseif(numSucceeded == 2) then\n      hs.message = message\n      hs.status = \"Healthy\"\n      return hs\n    else\n      hs.message = message\n      hs.status = \"Degraded\"\n      return hs\n    end\n  end\nend\nhs.message = \"Status unknown\"\nhs.status = \"Progressing\"\nreturn hs\n",
    "source.toolkit.fluxcd.io/GitRepository": "local hs = {}\nif obj.spec.suspend ~= nil and obj.spec.suspend == true then\n  hs.message = obj.kind .. \" is suspended\"\n  hs.status = \"Suspended\"\n  return hs\nend\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local numProgressing = 0\n    local numSucceeded = 0\n    local message = \"\"\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" then\n        if condition.status == \"True\" then\n          numSucceeded = numSucceeded + 1\n        elseif condition.status == \"Unknown\" then\n          numProgressing = numProgressing + 1\n        end\n        message = condition.reason\n      elseif condition.type == \"Reconciling\" and condition.status == \"True\" then\n        numProgressing = numProgressing + 1\n      elseif condition.type == \"ArtifactOutdated\" and condition.status == \"True\" then\n        message = message .. \" \" .. condition.reason\n      elseif condition.type == \"ArtifactInStorage\" and condition.status == \"True\" then\n        numSucceeded = numSucceeded + 1\n      end\n    end\n    if(numProgressing == 2) then\n      hs.message = message\n      hs.status = \"Progressing\"\n      return hs\n    elseif(numSucceeded == 2) then\n      hs.message = message\n      hs.status = \"Healthy\"\n      return hs\n    else\n      hs.message = message\n      hs.status = \"Degraded\"\n      return hs\n    end\n  end\nend\nhs.message = \"Status unknown\"\nhs.status = \"Progressing\"\nreturn hs\n",
    "source.toolkit.fluxcd.io/HelmChart": "local hs = {}\nif obj.spec.suspend ~= nil and obj.spec.suspend == true then\n  hs.message = obj.kind .. \" is suspended\"\n  hs.status = \"Suspended\"\n  return hs\nend\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local numProgressing = 0\n    local numSucceeded = 0\n    local message = \"\"\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" then\n        if condition.status == \"True\" then\n          numSucceeded = numSucceeded + 1\n        elseif condition.status == \"Unknown\" then\n          numProgressing = numProgressing + 1\n        end\n        message = condition.reason\n      elseif condition.type == \"Reconciling\" and condition.status == \"True\" then\n        numProgressing = numProgressing + 1\n      elseif condition.type == \"ArtifactOutdated\" and condition.status == \"True\" then\n        message = message .. \" \" .. condition.reason\n      elseif condition.type == \"ArtifactInStorage\" and condition.status == \"True\" then\n        numSucceeded = numSucceeded + 1\n      end\n    end\n    if(numProgressing == 2) then\n      hs.message = message\n      hs.status = \"Progressing\"\n      return hs\n    elseif(numSucceeded == 2) then\n      hs.message = message\n      hs.status = \"Healthy\"\n      return hs\n    else\n      hs.message = message\n      hs.status = \"Degraded\"\n      return hs\n    end\n  end\nend\nhs.message = \"Status unknown\"\nhs.status = \"Progressing\"\nreturn hs\n",
    "source.toolkit.fluxcd.io/HelmRepository": "local hs = {}\nif obj.spec.suspend ~= nil and obj.spec.suspend == true then\n  hs.message = obj.kind .. \" is suspended\"\n  hs.status = \"Suspended\"\n  return hs\nend\n-- Helm repositories of type \"oci\" do not contain any information in the status\n-- https://fluxcd.io/flux/components/source/helmrepositories/#helmrepository-status\nif obj.spec.type ~= nil and obj.spec.type == \"oci\" then\n  hs.message = \"Helm repositories of type 'oci' do not contain any information in the status.\"\n  hs.status = \"Healthy\"\n  return hs\nend\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local numProgressing = 0\n    local numSucceeded = 0\n    local message = \"\"\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" then\n        if condition.status == \"True\" then\n          numSucceeded = numSucceeded + 1\n        elseif condition.status == \"Unknown\" then\n          numProgressing = numProgressing + 1\n        end\n        message = condition.reason\n      elseif condition.type == \"Reconciling\" and condition.status == \"True\" then\n        numProgressing = numProgressing + 1\n      elseif condition.type == \"ArtifactOutdated\" and condition.status == \"True\" then\n        message = message .. \" \" .. condition.reason\n      elseif condition.type == \"ArtifactInStorage\" and condition.status == \"True\" then\n        numSucceeded = numSucceeded + 1\n      end\n    end\n    if(numProgressing == 2) then\n      hs.message = message\n      hs.status = \"Progressing\"\n      return hs\n    elseif(numSucceeded == 2) then\n      hs.message = message\n      hs.status = \"Healthy\"\n      return hs\n    else\n      hs.message = message\n      hs.status = \"Degraded\"\n      return hs\n    end\n  end\nend\nhs.message = \"Status unknown\"\nhs.status = \"Progressing\"\nreturn hs\n",
    "source.toolkit.fluxcd.io/OCIRepository": "local hs = {}\nif obj.spec.suspend ~= nil and obj.spec.suspend == true then\n  hs.message = obj.kind .. \" is suspended\"\n  hs.status = \"Suspended\"\n  return hs\nend\nif obj.status ~= nil then\n  if obj.status.conditions ~= nil then\n    local numProgressing = 0\n    local numSucceeded = 0\n    local message = \"\"\n    for _, condition in ipairs(obj.status.conditions) do\n      if condition.type == \"Ready\" then\n        if condition.status == \"True\" then\n          numSucceeded = numSucceeded + 1\n        elseif condition.status == \"Unknown\" then\n          numProgressing = numProgressing + 1\n        end\n        message = condition.reason\n      elseif condition.type == \"Reconciling\" and condition.status == \"True\" then\n        numProgressing = numProgressing + 1\n      elseif condition.type == \"ArtifactOutdated\" and condition.status == \"True\" then\n        message = message .. \" \" .. condition.reason\n      elseif condition.type == \"ArtifactInStorage\" and condition.status == \"True\" then\n        numSucceeded = numSucceeded + 1\n      end\n    end\n    if(numProgressing == 2) then\n      hs.message = message\n      hs.status = \"Progressing\"\n      return hs\n    elseif(numSucceeded == 2) then\n      hs.message = message\n      hs.status = \"Healthy\"\n      return hs\n    else\n      hs.message = message\n      hs.status = \"Degraded\"\n      return hs\n    end\n  end\nend\nhs.message = \"Status unknown\"\nhs.status = \"Progressing\"\nreturn hs\n",
    "sparkoperator.k8s.io/SparkApplication": "local health_status = {}\n-- Can't use standard lib, math.huge equivalent\nlocal infinity = 2^1024-1\n\nlocal function executor_range_api()\n  local min_executor_instances = 0\n  local max_executor_instances = infinity\n  if obj.spec.dynamicAllocation.maxExecutors then\n    max_executor_instances = obj.spec.dynamicAllocation.maxExecutors\n  end\n  if obj.spec.dynamicAllocation.minExecutors then\n    min_executor_instances = obj.spec.dynamicAllocation.minExecutors\n  end\n  return min_executor_instances, max_executor_instances\nend\n\nlocal function maybe_executor_range_spark_conf()\n  local min_executor_instances = 0\n  local max_executor_instances = infinity\n  if obj.spec.sparkConf[\"spark.streaming.dynamicAllocation.enabled\"] ~= nil and\n     obj.spec.sparkConf[\"spark.streaming.dynamicAllocation.enabled\"] == \"true\" then\n    if(obj.spec.sparkConf[\"spark.streaming.dynamicAllocation.maxExecutors\"] ~= nil) then\n      max_executor_instances = tonumber(obj.spec.sparkConf[\"spark.streaming.dynamicAllocation.maxExecutors\"])\n    end\n    if(obj.spec.sparkConf[\"spark.streaming.dynamicAllocation.minExecutors\"] ~= nil) then\n      min_executor_instances = tonumber(obj.spec.sparkConf[\"spark.streaming.dynamicAllocation.minExecutors\"])\n    end\n    return min_executor_instances, max_executor_instances\n  elseif obj.spec.sparkConf[\"spark.dynamicAllocation.enabled\"] ~= nil and\n     obj.spec.sparkConf[\"spark.dynamicAllocation.enabled\"] == \"true\" then\n    if(obj.spec.sparkConf[\"spark.dynamicAllocation.maxExecutors\"] ~= nil) then\n      max_executor_instances = tonumber(obj.spec.sparkConf[\"spark.dynamicAllocation.maxExecutors\"])\n    end\n    if(obj.spec.sparkConf[\"spark.dynamicAllocation.minExecutors\"] ~= nil) then\n      min_executor_instances = tonumber(obj.spec.sparkConf[\"spark.dynamicAllocation.minExecutors\"])\n    end\n    return min_executor_instances, max_executor_instances\n  else\n    return nil\n  end\nend\n\nlocal function maybe_executor_range()\n  if obj.spec[\"dynamicAllocation\"] and obj.spec.dynamicAllocation.enabled then\n    return executor_range_api()\n  elseif obj.spec[\"sparkConf\"] ~= nil then\n    return maybe_executor_range_spark_conf()\n  else\n    return nil\n  end\nend\n\nlocal function dynamic_executors_without_spec_config()\n  if obj.spec.dynamicAllocation == nil and obj.spec.executor.instances == nil then\n    return true\n  else\n    return false\n  end\nend\n\nif obj.status ~= nil then\n  if obj.status.applicationState.state ~= nil then\n    if obj.status.applicationState.state == \"\" then\n      health_status.status = \"Progressing\"\n      health_status.message = \"SparkApplication was added, enqueuing it for submission\"\n      return health_status\n    end\n    if obj.status.applicationState.state == \"RUNNING\" then\n      if obj.status.executorState ~= nil then\n        count=0\n        for i, executorState in pairs(obj.status.executorState) do\n          if executorState == \"RUNNING\" then\n            count=count+1\n          end\n        end\n        if obj.spec.executor.instances ~= nil and obj.spec.executor.instances == count then\n          health_status.status = \"Healthy\"\n          health_status.message = \"SparkApplication is Running\"\n          return health_status\n        elseif maybe_executor_range() then\n          local min_executor_instances, max_executor_instances = maybe_executor_range()\n          if count >= min_executor_instances and count <= max_executor_instances then\n            health_status.status = \"Healthy\"\n            health_status.message = \"SparkApplication is Running\"\n            return health_status\n          end\n        elseif dynamic_executors_without_spec_config() and count >= 1 then\n          health_status.status = \"Healthy\"\n          health_status.message = \"SparkApplication is Running\"\n          return health_status\n        end\n      end\n    end\n    if obj.status.applicationState.state == \"SUBMITTED\" then\n      health_status.status = \"Progressing\"\n      health_status.message = \"SparkApplication was submitted successfully\"\n      return health_status\n    end\n    if obj.status.applicationState.state == \"COMPLETED\" then\n      health_status.status = \"Healthy\"\n      health_status.message = \"SparkApplication was Completed\"\n      return health_status\n    end\n    if obj.status.applicationState.state == \"FAILED\" then\n      health_status.status = \"Degraded\"\n      health_status.message = obj.status.applicationState.errorMessage\n      return health_status\n    end\n    if obj.status.applicationState.state == \"SUBMISSION_FAILED\" then\n      health_status.status = \"Degraded\"\n      health_status.message = obj.status.applicationState.errorMessage\n      return health_status\n    end\n    if obj.status.applicationState.state == \"PENDING_RERUN\" then\n      health_status.status = \"Progressing\"\n      health_status.message = \"SparkApplication is Pending Rerun\"\n      return health_status\n    end\n    if obj.status.applicationState.state == \"INVALIDATING\" then\n      health_status.status = \"Missing\"\n      health_status.message = \"SparkApplication is in InvalidatingState\"\n      return health_status\n    end\n    if obj.status.applicationState.state == \"SUCCEEDING\" then\n      health_status.status = \"Progressing\"\n      health_status.message = [[The driver pod has been completed successfully. The executor pods terminate and are cleaned up.\n                                Under this circumstances, we assume the executor pod are completed.]]\n      return health_status\n    end\n    if obj.status.applicationState.state == \"FAILING\" then\n      health_status.status = \"Degraded\"\n      health_status.message = obj.status.applicationState.errorMessage\n      return health_status\n    end\n    if obj.status.applicationState.state == \"UNKNOWN\" then\n      health_status.status = \"Progressing\"\n      health_status.message = \"SparkApplication is in UnknownState because either driver pod or one or all executor pods in unknown state  \"\n      return health_status\n    end\n  end\nend\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"Waiting for Executor pods\"\nreturn health_status\n",
    "spot.io/SpotDeployment": "local hs = {}\n\nif obj.status == nil or obj.status.conditions == nil then\n  return hs\nend\n\nfor _, condition in ipairs(obj.status.conditions) do\n  if condition.type == \"InvalidSpec\" then\n    hs.status = \"Degraded\"\n    hs.message = condition.message\n    return hs\n  end\n  if condition.type == \"Progressing\" and condition.reason == \"RolloutAborted\" then\n    hs.status = \"Degraded\"\n    hs.message = condition.message\n    return hs\n  end\n  if condition.type == \"Progressing\" and condition.reason == \"ProgressDeadlineExceeded\" then\n    hs.status = \"Degraded\"\n    hs.message = condition.message\n    return hs\n  end\n  if condition.type == \"Paused\" and condition.status == \"True\" then\n    hs.status = \"Suspended\"\n    hs.message = \"Rollout is paused\"\n    return hs\n  end\nend\n\nif obj.status.phase == \"Progressing\" then\n  hs.status = \"Progressing\"\n  hs.message = \"Waiting for rollout to finish steps\"\n  return hs\nend\n\nhs.status = \"Healthy\"\nhs.message = \"\"\nreturn hs\n\n\n\n",
    "stacks.crossplane.io/ClusterStackInstall": "local hs = {\n  status = \"Progressing\",\n  message = \"Waiting for stack to be installed\"\n}\nif obj.status ~= nil then\n  if obj.status.conditionedStatus ~= nil then\n    if obj.status.conditionedStatus.conditions ~= nil then\n      for i, condition in ipairs(obj.status.conditionedStatus.conditions) do\n        if condition.type == \"Ready\" then\n          hs.message = condition.reason\n          if condition.status == \"True\" then\n            hs.status = \"Healthy\"\n            return hs\n          end\n        end\n      end\n    end\n  end\nend\nreturn hs\n",
    "tekton.dev/PipelineRun": "-- Health check for the Tekton PipelineRun CRD.\n-- See https://argo-cd.readthedocs.io/en/stable/operator-manual/health/ for how\n-- custom health checks work and what each status means.\n-- Tekton reports run status via the standard \"Succeeded\" condition:\n--   Healthy     - Succeeded is True (the run completed successfully).\n--   Degraded    - Succeeded is False (the run failed, timed out, or was cancelled).\n--   Progressing - Succeeded is Unknown (the run is pending or running), or status\n--                 is not populated yet.\nlocal hs = { status = \"Progressing\", message = \"Waiting for run to start\" }\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Succeeded\" then\n      if condition.status == \"True\" then\n        hs.status = \"Healthy\"\n      elseif condition.status == \"False\" then\n        hs.status = \"Degraded\"\n      else\n        hs.status = \"Progressing\"\n      end\n      hs.message = condition.message or condition.reason\n      return hs\n    end\n  end\nend\nreturn hs\n",
    "tekton.dev/TaskRun": "-- Health check for the Tekton TaskRun CRD.\n-- See https://argo-cd.readthedocs.io/en/stable/operator-manual/health/ for how\n-- custom health checks work and what each status means.\n-- Tekton reports run status via the standard \"Succeeded\" condition:\n--   Healthy     - Succeeded is True (the run completed successfully).\n--   Degraded    - Succeeded is False (the run failed, timed out, or was cancelled).\n--   Progressing - Succeeded is Unknown (the run is pending or running), or status\n--                 is not populated yet.\nlocal hs = { status = \"Progressing\", message = \"Waiting for run to start\" }\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for i, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Succeeded\" then\n      if condition.status == \"True\" then\n        hs.status = \"Healthy\"\n      elseif condition.status == \"False\" then\n        hs.status = \"Degraded\"\n      else\n        hs.status = \"Progressing\"\n      end\n      hs.message = condition.message or condition.reason\n      return hs\n    end\n  end\nend\nreturn hs\n",
    "tower.ansible.com/AnsibleJob": "hs = {}\nif obj.status ~= nil then\n  if obj.status.ansibleJobResult ~= nil then\n    jobstatus = obj.status.ansibleJobResult.status\n    if jobstatus == \"successful\" then\n      hs.status = \"Healthy\"\n      hs.message = jobstatus .. \" job - \" .. obj.status.ansibleJobResult.url\n      return hs\n    end\n    if jobstatus == \"failed\" or jobstatus == \"error\" or jobstatus == \"canceled\" then\n      hs.status = \"Degraded\"\n      hs.message = jobstatus .. \" job - \" .. obj.status.ansibleJobResult.url\n      return hs\n    end\n    if jobstatus == \"new\" or jobstatus == \"pending\" or jobstatus == \"waiting\" or jobstatus == \"running\" then\n      hs.status = \"Progressing\"\n      hs.message = jobstatus .. \" job - \" .. obj.status.ansibleJobResult.url\n      return hs\n    end\n  end\nend\n\nhs.status = \"Progressing\"\nhs.message = \"Waiting for AnsibleJob\"\nreturn hs\n",
    "trident.netapp.io/TridentBackendConfig": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.phase == \"Bound\" and obj.status.lastOperationStatus == \"Success\" then\n    hs.status = \"Healthy\"\n    hs.message = obj.status.message\n    return hs\n  end\n  if obj.status.lastOperationStatus == \"Failed\" then\n    hs.status = \"Degraded\"\n    hs.message = obj.status.message\n    return hs\n  end\nend\nhs.status = \"Progressing\"\nhs.message = \"Waiting for backend creation\"\nreturn hs\n",
    "trident.netapp.io/TridentOrchestrator": "local hs = {}\nif obj.status ~= nil then\n  if obj.status.status == \"Installed\" then\n    hs.status = \"Healthy\"\n    hs.message = obj.status.message\n    return hs\n  end\n  if obj.status.status == \"Failed\" or obj.status.status == \"Error\" then\n    hs.status = \"Degraded\"\n    hs.message = obj.status.message\n    return hs\n  end\nend\nhs.status = \"Progressing\"\nhs.message = \"Waiting for trident installation\"\nreturn hs\n",
    "trust.cert-manager.io/Bundle": "-- Health check for the cert-manager trust-manager Bundle CRD.\n-- See https://argo-cd.readthedocs.io/en/stable/operator-manual/health/ for how\n-- custom health checks work and what each status means.\n-- Bundle reports its state via the \"Synced\" status condition:\n--   Healthy     - Synced is True (the bundle has been synced to all target namespaces).\n--   Degraded    - Synced is False (e.g. a missing source ConfigMap/Secret).\n--   Progressing - status is not populated yet.\nlocal hs = { status = \"Progressing\", message = \"Waiting for Bundle to be synced\" }\nif obj.status ~= nil and obj.status.conditions ~= nil then\n  for _, condition in ipairs(obj.status.conditions) do\n    if condition.type == \"Synced\" then\n      if condition.status == \"True\" then\n        hs.status = \"Healthy\"\n        hs.message = condition.message or \"Bundle is synced\"\n      else\n        hs.status = \"Degraded\"\n        hs.message = condition.message or condition.reason or \"Bundle is not synced\"\n      end\n      return hs\n    end\n  end\nend\nreturn hs\n",
    "velero.io/Backup": "-- Health check for the Velero Backup CRD.\n-- See https://argo-cd.readthedocs.io/en/stable/operator-manual/health/ for how\n-- custom health checks work and what each status means.\n-- Maps the Backup status.phase to an Argo CD health status:\n--   Healthy     - the backup completed successfully.\n--   Degraded    - the backup failed, partially failed, or failed validation.\n--   Progressing - the backup is new, queued, in progress, finalizing, or deleting,\n--                 or the controller has not populated status yet.\nlocal hs = { status = \"Progressing\", message = \"Waiting for backup to be processed\" }\nif obj.status ~= nil and obj.status.phase ~= nil then\n  local phase = obj.status.phase\n  if phase == \"Completed\" then\n    hs.status = \"Healthy\"\n    hs.message = \"Backup completed\"\n  elseif phase == \"FailedValidation\" or phase == \"Failed\" or phase == \"PartiallyFailed\" or phase == \"WaitingForPluginOperationsPartiallyFailed\" or phase == \"FinalizingPartiallyFailed\" then\n    hs.status = \"Degraded\"\n    hs.message = obj.status.failureReason or phase\n  else\n    hs.status = \"Progressing\"\n    hs.message = phase\n  end\nend\nreturn hs\n",
    "velero.io/Restore": "-- Health check for the Velero Restore CRD.\n-- See https://argo-cd.readthedocs.io/en/stable/operator-manual/health/ for how\n-- custom health checks work and what each status means.\n-- Maps the Restore status.phase to an Argo CD health status:\n--   Healthy     - the restore completed successfully.\n--   Degraded    - the restore failed, partially failed, or failed validation.\n--   Progressing - the restore is new, in progress, or finalizing,\n--                 or the controller has not populated status yet.\nlocal hs = { status = \"Progressing\", message = \"Waiting for restore to be processed\" }\nif obj.status ~= nil and obj.status.phase ~= nil then\n  local phase = obj.status.phase\n  if phase == \"Completed\" then\n    hs.status = \"Healthy\"\n    hs.message = \"Restore completed\"\n  elseif phase == \"FailedValidation\" or phase == \"Failed\" or phase == \"PartiallyFailed\" or phase == \"WaitingForPluginOperationsPartiallyFailed\" or phase == \"FinalizingPartiallyFailed\" then\n    hs.status = \"Degraded\"\n    hs.message = obj.status.failureReason or phase\n  else\n    hs.status = \"Progressing\"\n    hs.message = phase\n  end\nend\nreturn hs\n",
    "velero.io/Schedule": "-- Health check for the Velero Schedule CRD.\n-- See https://argo-cd.readthedocs.io/en/stable/operator-manual/health/ for how\n-- custom health checks work and what each status means.\n-- Maps the Schedule status.phase to an Argo CD health status:\n--   Healthy     - the schedule is enabled.\n--   Degraded    - the schedule failed validation (e.g. invalid cron expression).\n--   Progressing - the schedule is new, or the controller has not populated status yet.\nlocal hs = { status = \"Progressing\", message = \"Waiting for schedule to be processed\" }\nif obj.status ~= nil and obj.status.phase ~= nil then\n  local phase = obj.status.phase\n  if phase == \"Enabled\" then\n    hs.status = \"Healthy\"\n    hs.message = \"Schedule is enabled\"\n  elseif phase == \"FailedValidation\" then\n    hs.status = \"Degraded\"\n    hs.message = \"Schedule failed validation\"\n  else\n    hs.status = \"Progressing\"\n    hs.message = phase\n  end\nend\nreturn hs\n",
    "work.karmada.io/ClusterResourceBinding": "local health_status = {}\nif obj.status == nil then\n  health_status.status = \"Progressing\"\n  health_status.message = \"Current resource status is insufficient\"\n  return health_status\nend\n\nif obj.spec.clusters == nil or #obj.spec.clusters == 0 then\n  health_status.status = \"Progressing\"\n  health_status.message = \"Current resource status is insufficient\"\n  return health_status\nend\n\nif obj.status.aggregatedStatus == nil or #obj.spec.clusters ~= #obj.status.aggregatedStatus then\n  health_status.status = \"Progressing\"\n  health_status.message = \"Current resource status is insufficient\"\n  return health_status\nend\n\nfor i, status in ipairs(obj.status.aggregatedStatus) do\n  if status.health == \"Unhealthy\" then\n    health_status.status = \"Degraded\"\n    health_status.message = \"Current resource status is unhealthy\"\n    return health_status\n  end\n\n  if status.health == \"Unknown\" then\n    if status.applied ~= true then\n      health_status.status = \"Degraded\"\n      health_status.message = \"Current resource status is unhealthy\"\n      return health_status\n    end\n  end\nend\n\nhealth_status.status = \"Healthy\"\nreturn health_status\n",
    "work.karmada.io/ResourceBinding": "local health_status = {}\nif obj.status == nil then\n  health_status.status = \"Progressing\"\n  health_status.message = \"Current resource status is insufficient\"\n  return health_status\nend\n\n-- spec.clusters is nil for dependency-propagated ResourceBindings (propagateDeps=true).\n-- In that case, fall through and evaluate aggregatedStatus directly.\nif obj.spec.clusters ~= nil and #obj.spec.clusters == 0 then\n  health_status.status = \"Progressing\"\n  health_status.message = \"Current resource status is insufficient\"\n  return health_status\nend\n\nif obj.status.aggregatedStatus == nil or #obj.status.aggregatedStatus == 0 then\n  health_status.status = \"Progressing\"\n  health_status.message = \"Current resource status is insufficient\"\n  return health_status\nend\n\n-- When spec.clusters is set, all clusters must have reported back before we evaluate.\nif obj.spec.clusters ~= nil and #obj.spec.clusters ~= #obj.status.aggregatedStatus then\n  health_status.status = \"Progressing\"\n  health_status.message = \"Current resource status is insufficient\"\n  return health_status\nend\n\nfor i, status in ipairs(obj.status.aggregatedStatus) do\n  if status.health == \"Unhealthy\" then\n    health_status.status = \"Degraded\"\n    health_status.message = \"Current resource status is unhealthy\"\n    return health_status\n  end\n\n  if status.health == \"Unknown\" then\n    if status.applied ~= true then\n      health_status.status = \"Degraded\"\n      health_status.message = \"Current resource status is unhealthy\"\n      return health_status\n    end\n  end\nend\n\nhealth_status.status = \"Healthy\"\nreturn health_status\n",
    "zookeeper.pravega.io/ZookeeperCluster": "local health_status = {}\nif obj.status ~= nil then\n  if obj.status.readyReplicas ~= 0 and obj.status.readyReplicas == obj.status.replicas then\n    health_status.status = \"Healthy\"\n    health_status.message = \"All ZK Nodes have joined the ensemble\"\n    return health_status\n  end\nend\nhealth_status.status = \"Progressing\"\nhealth_status.message = \"Waiting for ZK Nodes to join the ensemble\"\nreturn health_status",
};

// EXTERNAL MODULE: ./src/glob/filepath.ts
var filepath = __webpack_require__(90157);
;// CONCATENATED MODULE: ./src/health/lua/builtin-scripts.ts
// Argo CD's built-in health scripts (resource_customizations/<group>/<Kind>/health.lua of the pinned
// release, generated into generated/argocd by scripts/argocd/fetch-resource-customizations.mjs), found
// as util/lua GetHealthScript finds them: the exact `group/Kind` directory, else the first directory in
// sorted order whose name, with `_` read as `*`, matches (`*` stops at `/`, as doublestar's PathMatch).


const WILDCARDS = Object.keys(HEALTH_SCRIPTS)
    .filter((dir) => dir.includes('_'))
    .sort();
/** The built-in script for a group/kind (`Kind` alone for the core group), with the directory it came from. */
function builtinHealthScript(group, kind) {
    const key = group === '' ? kind : `${group}/${kind}`;
    const exact = HEALTH_SCRIPTS[key];
    if (exact !== undefined)
        return { dir: key, script: exact };
    const dir = WILDCARDS.find((d) => (0,filepath/* filepathMatch */.t)(d.replaceAll('_', '*'), key));
    return dir === undefined ? undefined : { dir, script: HEALTH_SCRIPTS[dir] };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/health/lua/isolate.ts
// Runs health scripts in a worker thread that a script cannot escape: the VM's own one-second budget
// handles loops, and on top of that the worker has a V8 heap limit, the caller watches the process's
// memory while it waits (a Lua string is an ArrayBuffer, outside the heap limit), and a worker that
// overruns either is terminated and replaced. The caller blocks on a shared signal (Atomics.wait), so
// health stays a synchronous function; one long-lived worker serves every call, so an evaluation
// costs a message round trip, not a thread start.




/** Limits of one evaluation beyond the VM's own budget. */
const LUA_LIMITS = {
    /** V8 heap of the worker (tables, closures). */
    heapMb: 1024,
    /** Growth of the process's resident memory while one script runs (strings and tables); below the heap limit, so it usually stops a runaway first. */
    memoryMb: 512,
    /** Past the VM's budget, how long a script may go on before the worker is terminated. */
    graceMs: 1000,
    /** Time to start the worker (load the VM). */
    bootMs: 30_000,
};
const DEFAULT_TIMEOUT_MS = 1000;
const POLL_MS = 5;
let slot;
/** The script's result, or an Unknown naming `what` (e.g. the kind) when the worker had to be stopped. */
function runIsolated(what, script, obj, options = {}) {
    const s = (slot ??= start());
    const budget = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    Atomics.store(s.signal, 0, 0);
    s.port.postMessage({ script, obj, options });
    const started = Date.now();
    // Growth is measured from the lowest point seen, as a stopped worker's memory may still be freed meanwhile.
    let baseRss = process.memoryUsage.rss();
    const memoryLimit = LUA_LIMITS.memoryMb * 1024 * 1024;
    while (Atomics.wait(s.signal, 0, 0, POLL_MS) === 'timed-out') {
        const rss = process.memoryUsage.rss();
        baseRss = Math.min(baseRss, rss);
        const overTime = Date.now() - started > budget + LUA_LIMITS.graceMs;
        const overMemory = rss - baseRss > memoryLimit;
        if (overTime || overMemory) {
            stop(s);
            // A worker killed by its heap limit never answers, so it ends here too.
            const why = overMemory
                ? `it used more than ${LUA_LIMITS.memoryMb} MB of memory`
                : `it did not finish within ${budget + LUA_LIMITS.graceMs} ms or ran out of its ${LUA_LIMITS.heapMb} MB heap`;
            return { status: 'Unknown', message: `Lua health script for ${what} was stopped: ${why}`, error: true };
        }
    }
    const answer = (0,external_node_worker_threads_.receiveMessageOnPort)(s.port)?.message;
    if (!answer || 'error' in answer) {
        stop(s);
        return { status: 'Unknown', message: `Lua health script for ${what} failed: ${answer?.error ?? 'the Lua worker stopped'}`, error: true };
    }
    return answer.result;
}
function start() {
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new external_node_worker_threads_.MessageChannel();
    const { file, execArgv } = workerEntry();
    const worker = new external_node_worker_threads_.Worker(file, {
        workerData: { port: port2, signal },
        transferList: [port2],
        execArgv,
        resourceLimits: { maxOldGenerationSizeMb: LUA_LIMITS.heapMb },
        stdout: true,
        stderr: true,
    });
    // A worker killed by its heap limit emits 'error'; the waiting call already reports it, and an
    // unhandled 'error' would end the whole process.
    worker.on('error', () => undefined);
    worker.unref();
    port1.unref();
    if (Atomics.wait(signal, 0, 0, LUA_LIMITS.bootMs) === 'timed-out') {
        void worker.terminate();
        throw new Error(`the Lua worker (${file}) did not start within ${LUA_LIMITS.bootMs} ms`);
    }
    return { worker, port: port1, signal };
}
function stop(s) {
    void s.worker.terminate();
    s.port.close();
    if (slot === s)
        slot = undefined;
}
/**
 * The worker's script: in a bundle, the `lua-worker/index.js` that scripts/bundle.mjs builds beside
 * dist/index.js; from source (tests), worker.ts through the TypeScript loader in scripts/.
 */
function workerEntry() {
    const here = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (const dir of [here, (0,external_node_path_.dirname)(here)]) {
        const bundled = (0,external_node_path_.join)(dir, 'lua-worker', 'index.js');
        if ((0,external_node_fs_.existsSync)(bundled))
            return { file: bundled, execArgv: [] };
    }
    const loader = (0,external_node_path_.join)(here, '..', '..', '..', 'scripts', 'ts-worker-loader.mjs');
    return { file: (0,external_node_path_.join)(here, 'worker.ts'), execArgv: ['--import', loader] };
}

// EXTERNAL MODULE: ./src/parse/yaml.ts
var yaml = __webpack_require__(68852);
// EXTERNAL MODULE: ./src/glob/gobwas.ts
var gobwas = __webpack_require__(62877);
;// CONCATENATED MODULE: ./src/health/lua/overrides.ts
// Custom health scripts from argocd-cm, found the way Argo CD finds them (util/settings GetResourceOverrides,
// util/lua GetHealthScript): the `resource.customizations` YAML map first, overridden by split keys
// `resource.customizations.health.<group_kind>` / `.useOpenLibs.<group_kind>`; lookup by exact
// `group/Kind` (`Kind` for the core group), then by glob keys.


const CUSTOMIZATIONS = 'resource.customizations';
const cache = new WeakMap();
function healthOverrides(cm) {
    const hit = cache.get(cm);
    if (hit)
        return hit;
    const byKey = new Map();
    const problems = [];
    const yamlForm = cm[CUSTOMIZATIONS];
    if (yamlForm)
        readYamlForm(yamlForm, byKey, problems);
    for (const [cmKey, value] of Object.entries(cm)) {
        if (!cmKey.startsWith(`${CUSTOMIZATIONS}.`))
            continue;
        const parts = splitN(cmKey, '.', 4);
        if (parts.length < 4 || (parts[2] !== 'health' && parts[2] !== 'useOpenLibs'))
            continue;
        const field = `data["${cmKey}"]`;
        const key = overrideKey(parts[3]);
        if (key === undefined) {
            problems.push({ field, message: `group kind should be in format \`resource.customizations.<type>.<group_kind>\` or \`resource.customizations.<type>.<kind>\`, got group kind: '${parts[3]}'` });
            continue;
        }
        const entry = { ...byKey.get(key) };
        if (parts[2] === 'health')
            entry.healthLua = value;
        else {
            const flag = parseGoBool(value);
            if (flag === undefined) {
                problems.push({ field, message: `strconv.ParseBool: parsing ${JSON.stringify(value)}: invalid syntax` });
                continue;
            }
            entry.useOpenLibs = flag;
        }
        byKey.set(key, entry);
    }
    const result = { byKey, problems };
    cache.set(cm, result);
    return result;
}
function readYamlForm(text, byKey, problems) {
    const field = `data["${CUSTOMIZATIONS}"]`;
    let doc;
    try {
        doc = (0,yaml/* parseYaml */.hN)(text);
    }
    catch (err) {
        problems.push({ field, message: `not valid YAML: ${err.message}` });
        return;
    }
    if (doc === null || doc === undefined)
        return;
    if (typeof doc !== 'object' || Array.isArray(doc)) {
        problems.push({ field, message: 'must be a map of `group/Kind` to customizations' });
        return;
    }
    for (const [key, value] of Object.entries(doc)) {
        const v = (typeof value === 'object' && value !== null ? value : {});
        const entry = {};
        if (typeof v['health.lua'] === 'string')
            entry.healthLua = v['health.lua'];
        if (typeof v['health.lua.useOpenLibs'] === 'boolean')
            entry.useOpenLibs = v['health.lua.useOpenLibs'];
        byKey.set(key, entry);
    }
}
/** Go's strings.SplitN. */
function splitN(s, sep, n) {
    const parts = s.split(sep);
    return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}
/** `group_Kind` → `group/Kind`, `Kind` stays, `all` → every kind. */
function overrideKey(groupKind) {
    const parts = groupKind.split('_');
    if (parts.length === 2)
        return `${parts[0]}/${parts[1]}`;
    if (parts.length === 1 && groupKind !== '')
        return groupKind === 'all' ? '*/*' : groupKind;
    return undefined;
}
function parseGoBool(v) {
    if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v))
        return true;
    if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v))
        return false;
    return undefined;
}
/** The script for a group/kind: an exact key first, then the first glob key (in sorted order) that matches. */
function findHealthScript(overrides, group, kind) {
    const wanted = group === '' ? kind : `${group}/${kind}`;
    const exact = overrides.byKey.get(wanted);
    if (exact?.healthLua)
        return { key: wanted, script: exact.healthLua, useOpenLibs: exact.useOpenLibs === true };
    // Upstream takes whichever glob Go's map order yields first; sorting makes the choice stable.
    for (const key of [...overrides.byKey.keys()].sort()) {
        const o = overrides.byKey.get(key);
        if (o.healthLua && (0,gobwas/* gobwasMatch */.RQ)(key, wanted))
            return { key, script: o.healthLua, useOpenLibs: o.useOpenLibs === true };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/health/health.ts
// Health of one live object, decided like Argo CD v3.6.1 (gitops-engine health.GetResourceHealth with
// util/lua's health override): a Lua script when one applies — argocd-cm for the exact kind, an
// argocd-cm glob, Argo CD's built-in script for the kind, a built-in wildcard script — else the
// built-in Go check; then, for an object being deleted without Argo CD's hook finalizer, "Pending
// deletion" (or the script's deletionMessage).







/** The object's health, or undefined when no check covers its kind and it is not being deleted. */
function healthOf(obj, opts = {}) {
    const check = healthCheckOf(obj, opts);
    // A failed check is reported as is, deleted or not.
    if (check?.error)
        return { status: check.status, message: check.message };
    const deleting = pendingDeletion(obj, check);
    if (deleting)
        return deleting;
    return check && { status: check.status, message: check.message };
}
/** Whether objects of the kind get a health check: a Lua script (argocd-cm or built in) or a Go check. */
function hasHealthCheck(group, kind, argocdCm) {
    if (argocdCm && findHealthScript(healthOverrides(argocdCm), group, kind))
        return true;
    return builtinHealthScript(group, kind) !== undefined || hasGoCheck(group, kind);
}
/** What the kind's check decides before deletion is considered (what Argo CD's health tests compare). */
function healthCheckOf(obj, opts = {}) {
    return luaHealth(obj, opts) ?? builtinHealth(obj);
}
/** What the applicable Lua script decides; undefined without a script or when it returns nil. */
function luaHealth(obj, opts) {
    const group = (0,k8s/* groupOf */.F8)(obj.apiVersion);
    const custom = opts.argocdCm ? findHealthScript(healthOverrides(opts.argocdCm), group, obj.kind) : undefined;
    const builtin = custom ? undefined : builtinHealthScript(group, obj.kind);
    const script = custom ?? builtin;
    if (!script)
        return undefined;
    const what = custom ? `argocd-cm ${custom.key}` : `${builtin.dir} (built in)`;
    // Argo CD opens the standard libraries for its built-in scripts; a user script needs useOpenLibs.
    return runIsolated(what, script.script, obj, { useOpenLibs: custom ? custom.useOpenLibs : true, timeoutMs: opts.luaTimeoutMs });
}
/** gitops-engine pendingDeletionHealth. */
function pendingDeletion(obj, check) {
    const finalizers = obj.metadata?.finalizers ?? [];
    if (!obj.metadata?.deletionTimestamp || finalizers.includes(annotations/* HOOK_FINALIZER */.xG))
        return undefined;
    if (check?.deletionMessage)
        return { status: check.status, message: check.deletionMessage };
    return { status: 'Progressing', message: finalizers.length > 0 ? `Pending deletion; blocked by finalizers: ${finalizers.join(', ')}` : 'Pending deletion' };
}
/**
 * Where a hook stands (gitops-engine getOperationPhase): Healthy → Succeeded, Progressing/Suspended →
 * Running, Degraded/Unknown → Failed; a kind without any health check succeeds at once.
 */
function hookOutcome(obj, opts = {}) {
    const health = healthOf(obj, opts);
    if (!health)
        return { phase: 'Succeeded', message: `${obj.metadata?.name ?? ''} created` };
    switch (health.status) {
        case 'Healthy':
            return { phase: 'Succeeded', message: health.message };
        case 'Progressing':
        case 'Suspended':
            return { phase: 'Running', message: health.message };
        case 'Degraded':
        case 'Unknown':
            return { phase: 'Failed', message: health.message };
        default:
            // Upstream's switch has no Missing case, so the initial "created" result stands.
            return { phase: 'Succeeded', message: `${obj.metadata?.name ?? ''} created` };
    }
}
/** `<Kind>/<name>` TAB status TAB message, `none` for kinds without a check (CLI `health FILE...`). */
function formatHealth(obj, health) {
    const who = `${obj.kind}/${obj.metadata?.name ?? ''}`;
    return health ? `${who}\t${health.status}\t${health.message}` : `${who}\tnone\t`;
}


/***/ }),

/***/ 88770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DH: () => (/* binding */ liveExclusion),
/* harmony export */   Ws: () => (/* binding */ EXCLUDED_WARNING),
/* harmony export */   fP: () => (/* binding */ withoutExcluded)
/* harmony export */ });
/* harmony import */ var _cluster_resource_filter_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50255);
/* harmony import */ var _model_k8s_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87625);
/* harmony import */ var _policy_project_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75104);
// The render as Argo CD's controller compares and syncs it: targets of kinds argocd-cm leaves alone
// (cluster/resource-filter) are dropped with Argo CD's ExcludedResourceWarning, and an unreadable
// filter fails every app, as it fails every comparison in Argo CD. `render` output is not filtered:
// the repo server returns those objects too.



/** The warning's ending, which marks it among an app's render warnings. */
const EXCLUDED_WARNING = / is excluded in the settings$/;
/** The filter for the app's destination cluster (matched by its server, as Argo CD matches it); `clusters`: name → server. */
function exclusionOf(spec, argocdCm, clusters) {
    return (0,_cluster_resource_filter_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceExclusion */ .Nx)(argocdCm, (0,_policy_project_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCluster */ .Br)(spec.app.spec.destination, clusters).server ?? '');
}
const byName = (clusters) => new Map(clusters.map((c) => [c.name, c.server]));
/**
 * What listing the app's live objects leaves out. An unreadable filter has failed the app already
 * (withoutExcluded), so nothing syncs with it; the core exclusions stand in.
 */
function liveExclusion(spec, loaded) {
    const excluded = exclusionOf(spec, loaded.argocdCm, byName(loaded.clusters));
    return 'error' in excluded ? _cluster_resource_filter_js__WEBPACK_IMPORTED_MODULE_0__/* .coreExclusion */ .oA : excluded;
}
function withoutExcluded(repo) {
    const clusters = byName(repo.loaded.clusters);
    const rendered = repo.rendered.map((app) => {
        const excluded = exclusionOf(app.spec, repo.loaded.argocdCm, clusters);
        if ('error' in excluded)
            return { ...app, objects: [], problems: [...app.problems, { app: app.name, file: app.spec.origin.file, line: app.spec.origin.line, message: excluded.error }] };
        const dropped = new Set(app.objects.filter((o) => excluded((0,_model_k8s_js__WEBPACK_IMPORTED_MODULE_2__/* .groupOf */ .F8)(o.apiVersion), o.kind)));
        if (dropped.size === 0)
            return app;
        return {
            ...app,
            objects: app.objects.filter((o) => !dropped.has(o)),
            warnings: [...app.warnings, ...[...dropped].map((o) => `Resource ${(0,_model_k8s_js__WEBPACK_IMPORTED_MODULE_2__/* .groupOf */ .F8)(o.apiVersion)}/${o.kind} ${o.metadata?.name ?? ''} is excluded in the settings`)],
        };
    });
    return { ...repo, rendered };
}


/***/ }),

/***/ 74592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K$: () => (/* binding */ predict),
/* harmony export */   QR: () => (/* binding */ liveDiff),
/* harmony export */   p9: () => (/* binding */ readLive)
/* harmony export */ });
/* harmony import */ var _async_map_limited_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(9657);
/* harmony import */ var _cluster_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27825);
/* harmony import */ var _cluster_kubeconfig_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8067);
/* harmony import */ var _diff_app_diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93290);
/* harmony import */ var _model_argocd_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(93511);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(87206);
/* harmony import */ var _model_k8s_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(87625);
/* harmony import */ var _render_finalize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9440);
/* harmony import */ var _sync_hooks_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(11171);
/* harmony import */ var _sync_run_sync_app_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(83500);
/* harmony import */ var _excluded_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(88770);
// The live side of the PR preview (semantics §7 server-side diff): each app's objects are sent to its
// destination cluster as a server-side apply dry run with our field manager, and the predicted
// objects are compared with what is live. Head predicted vs live = what a sync of this PR would
// change; base predicted vs live = drift that is in the cluster already, not this PR's doing.
// Read-only: dry runs persist nothing.











/** Apps that failed to render on the head side are skipped; one app's cluster error never stops the others. */
async function liveDiff(base, head, opts) {
    const clients = new Map();
    const out = { syncChanges: [], drift: [], problems: [], warnings: [], planStates: new Map() };
    const tracking = (0,_render_finalize_js__WEBPACK_IMPORTED_MODULE_4__/* .trackingSettings */ .pU)(opts.argocdCm);
    try {
        for (const app of head.filter((a) => a.problems.length === 0)) {
            const where = { app: app.name, file: app.spec.origin.file, line: app.spec.origin.line };
            try {
                const live = await liveOf(app, clients, opts, tracking, out.warnings);
                if (!('client' in live)) {
                    out.problems.push({ ...where, ...live });
                    continue;
                }
                out.planStates.set(app.name, live.state);
                const predicted = await predict(live.client, app.objects, opts.fieldManager, out.warnings);
                const liveApp = { ...app, objects: live.objects };
                out.syncChanges.push(...(await (0,_diff_app_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .diffApps */ .K)([liveApp], [{ ...app, objects: predicted }], opts.diff)));
                const previous = base.find((b) => b.name === app.name && b.problems.length === 0);
                if (previous) {
                    const basePredicted = await predict(live.client, previous.objects, opts.fieldManager, out.warnings);
                    out.drift.push(...(await (0,_diff_app_diff_js__WEBPACK_IMPORTED_MODULE_2__/* .diffApps */ .K)([liveApp], [{ ...app, objects: basePredicted }], opts.diff)));
                }
            }
            catch (err) {
                out.problems.push((0,_model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .toProblem */ .H8)(err, where));
            }
        }
    }
    finally {
        for (const c of clients.values())
            c.close();
    }
    out.drift = out.drift.filter((d) => d.resources.length > 0 || d.problems.length > 0);
    return out;
}
async function liveOf(app, clients, opts, tracking, warnings) {
    const dest = (0,_cluster_kubeconfig_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveDestination */ .H$)(opts.kubeconfig.kc, app.spec.app.spec.destination, {
        app: app.name,
        inClusterContext: opts.inClusterContext,
        clusterSecrets: opts.clusterSecrets,
    });
    if ((0,_cluster_kubeconfig_js__WEBPACK_IMPORTED_MODULE_1__/* .isProblem */ .AN)(dest))
        return dest;
    let client = clients.get(dest.context);
    if (!client) {
        client = new _cluster_client_js__WEBPACK_IMPORTED_MODULE_0__/* .ClusterClient */ .E(opts.kubeconfig.kc, dest.context, { shareLists: true, limits: opts.limits });
        clients.set(dest.context, client);
    }
    const { objects, state } = await readLive(client, app, tracking, warnings, { excluded: (0,_excluded_js__WEBPACK_IMPORTED_MODULE_7__/* .liveExclusion */ .DH)(app.spec, { argocdCm: opts.argocdCm, clusters: opts.clusterSecrets ?? [] }) });
    return { client, objects, state };
}
/**
 * The app's live objects: those tracked to it (prune candidates included) plus any live object at
 * a target's key, as Argo CD's managed set (semantics §6), read as the sync reads them. `objects` leaves
 * hooks out (they are not compared); `state` is what a sync would plan against.
 */
async function readLive(client, app, tracking, warnings, opts = {}) {
    const managed = await client.listManaged((0,_model_argocd_js__WEBPACK_IMPORTED_MODULE_8__/* .instanceName */ .zl)(app.spec.app), {
        trackingMethod: tracking.method,
        labelKey: tracking.labelKey,
        installationID: tracking.installationID,
        excluded: opts.excluded,
    });
    warnings.push(...managed.warnings.map((w) => `${app.name}: ${w}`));
    const state = await (0,_sync_run_sync_app_js__WEBPACK_IMPORTED_MODULE_6__/* .clusterPlanState */ .pn)(client, app.objects, managed.objects, app.spec.app.spec.destination.namespace ?? '');
    // The run's lists hold what its own writes returned, not what controllers wrote since: a fresh read.
    if (opts.refresh)
        state.live = (await Promise.all(state.live.map((o) => client.get(o)))).filter((o) => o !== undefined);
    return { objects: state.live.filter((o) => !(0,_sync_hooks_js__WEBPACK_IMPORTED_MODULE_5__/* .isHook */ .IA)(o)).map(typeFirst), state };
}
/** Dry runs in flight at once for one app: they are independent, and one at a time a 1,000-object app waited seconds. */
const PREDICT_CONCURRENCY = 16;
/** Each non-hook object as a server-side apply dry run would store it; the rendered object when that fails. */
async function predict(client, objects, fieldManager, warnings) {
    const results = await (0,_async_map_limited_js__WEBPACK_IMPORTED_MODULE_9__/* .mapLimited */ .b)(objects.filter((o) => !(0,_sync_hooks_js__WEBPACK_IMPORTED_MODULE_5__/* .isHook */ .IA)(o)), PREDICT_CONCURRENCY, async (obj) => {
        try {
            return { obj: typeFirst(await client.apply(obj, { fieldManager, dryRun: true })) };
        }
        catch (err) {
            const k = (0,_model_k8s_js__WEBPACK_IMPORTED_MODULE_10__/* .keyOf */ .TN)(obj);
            // API validation messages can quote field values, so a Secret's reason is never repeated.
            const why = k.kind === 'Secret' ? 'rejected' : (0,_model_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(err);
            return { obj, warning: `dry run of ${k.kind} ${k.namespace ? `${k.namespace}/` : ''}${k.name} failed, compared as rendered: ${why}` };
        }
    });
    // Warnings in the objects' order, whatever order the answers came in.
    for (const r of results)
        if (r.warning)
            warnings.push(r.warning);
    return results.map((r) => r.obj);
}
/**
 * Diffs are YAML in each object's key order; reads and dry runs put apiVersion/kind in different
 * places, so both sides get the order manifests use.
 */
function typeFirst(obj) {
    const { apiVersion, kind, metadata, ...rest } = obj;
    return { apiVersion, kind, metadata, ...rest };
}


/***/ }),

/***/ 4062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eu: () => (/* binding */ globMatch),
/* harmony export */   hD: () => (/* binding */ isDenyPattern),
/* harmony export */   hd: () => (/* binding */ argoGlobMatch),
/* harmony export */   wX: () => (/* binding */ matchStringInList)
/* harmony export */ });
/* harmony import */ var _glob_gobwas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62877);
// The three kinds of pattern matching AppProject policy uses upstream:
// - Argo CD's util/glob.Match (gobwas/glob): destinations, sync windows, sourceNamespaces with no
//   separator, sourceRepos with `/` as separator (`*` and `?` stop at `/`, `**` crosses it);
// - `/regex/` entries in sourceNamespaces (glob.MatchStringInList in REGEXP mode);
// - Go's filepath.Match for resource allow/deny lists (isResourceInList): src/glob/filepath.ts.

/** util/glob.Match: gobwas syntax; with `separator` set, `*` and `?` do not match it and `**` does. */
function globMatch(pattern, text, separator = '') {
    return (0,_glob_gobwas_js__WEBPACK_IMPORTED_MODULE_0__/* .gobwasMatch */ .RQ)(pattern, text, separator);
}
/**
 * Argo CD's `globMatch(pattern, val, allowNegation)` helper: `*` alone matches everything, and with
 * negation a leading `!` inverts the match of the rest.
 */
function argoGlobMatch(pattern, text, allowNegation, separator = '') {
    if (allowNegation && isDenyPattern(pattern))
        return !globMatch(pattern.slice(1), text, separator);
    return pattern === '*' || globMatch(pattern, text, separator);
}
function isDenyPattern(pattern) {
    return pattern.startsWith('!');
}
/**
 * glob.MatchStringInList(list, item, REGEXP): an entry wrapped in `/` is a regular expression
 * (unanchored, as Go's regexp.MatchString), anything else a gobwas glob.
 */
function matchStringInList(list, item) {
    return list.some((entry) => {
        if (entry.length >= 2 && entry.startsWith('/') && entry.endsWith('/') && regexMatch(entry.slice(1, -1), item)) {
            return true;
        }
        return globMatch(entry, item);
    });
}
function regexMatch(source, text) {
    try {
        return new RegExp(source, 'u').test(text);
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 75104:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ov: () => (/* binding */ checkApp),
  Br: () => (/* binding */ resolveCluster)
});

// UNUSED EXPORTS: isAppNamespacePermitted, isDestinationPermitted, isGroupKindPermitted, isSourcePermitted

// EXTERNAL MODULE: ./src/model/argocd.ts
var argocd = __webpack_require__(93511);
// EXTERNAL MODULE: ./src/model/k8s.ts
var k8s = __webpack_require__(87625);
// EXTERNAL MODULE: ./src/render/cluster-scoped.ts
var cluster_scoped = __webpack_require__(19031);
// EXTERNAL MODULE: ./src/glob/filepath.ts
var filepath = __webpack_require__(90157);
// EXTERNAL MODULE: ./src/policy/glob.ts
var glob = __webpack_require__(4062);
;// CONCATENATED MODULE: ./src/policy/git-url.ts
// Argo CD's git.NormalizeGitURL, applied to both sides before sourceRepos globs are matched, so
// `git@host:org/repo.git`, `ssh://git@host/org/repo` and upper-case spellings compare equal.
const SSH_URL = /^(ssh:\/\/)?([^/:]*?)@[^@]+$/;
function normalizeGitURL(repo) {
    let url = repo.trim().toLowerCase();
    if (SSH_URL.test(url) && !url.startsWith('ssh://')) {
        // scp-like `git@host:path`: the first colon becomes a slash so the host does not read as host:port.
        url = `ssh://${url.replace(':', '/')}`;
    }
    if (url.endsWith('.git'))
        url = url.slice(0, -'.git'.length);
    // Go's url.Parse rejects a malformed percent escape; upstream then normalizes to the empty string.
    if (/%(?![0-9a-f]{2})/.test(url))
        return '';
    return url.startsWith('ssh://') ? url.slice('ssh://'.length) : url;
}

;// CONCATENATED MODULE: ./src/policy/project.ts






const DEFAULT_PROJECT = 'default';
/** Every policy violation of one app; empty when the app is allowed. */
function checkApp(app, projects, opts = {}) {
    const application = app.spec.app;
    const projectName = application.spec.project || DEFAULT_PROJECT;
    const base = {
        app: application.metadata.name,
        project: projectName,
        file: app.spec.origin.file || undefined,
        line: app.spec.origin.line || undefined,
    };
    const violation = (rule, message, resource) => stripUndefined({ ...base, rule, message, resource });
    const loaded = projects.get(projectName);
    if (!loaded)
        return [violation('project-missing', `Application referencing project ${projectName} which does not exist`)];
    const project = loaded.project;
    // An app that may not use its project is not reconciled at all upstream: nothing else is checked.
    const appNamespace = application.metadata.namespace ?? '';
    const controlPlane = opts.controlPlaneNamespace ?? argocd/* DEFAULT_CONTROL_PLANE_NAMESPACE */.N6;
    if (!isAppNamespacePermitted(project, appNamespace, controlPlane)) {
        return [
            violation('source-namespace', `application '${application.metadata.name}' in namespace '${appNamespace}' is not allowed to use project ${projectName}`),
        ];
    }
    const out = [];
    const deniedRepos = new Set();
    for (const source of (0,argocd/* appSources */.QG)(application.spec)) {
        if (!deniedRepos.has(source.repoURL) && !isSourcePermitted(project, source.repoURL)) {
            deniedRepos.add(source.repoURL);
            out.push(violation('source-repo', `application repo ${source.repoURL} is not permitted in project '${projectName}'`));
        }
    }
    const cluster = resolveCluster(application.spec.destination, opts.clusters);
    const destNamespace = application.spec.destination.namespace ?? '';
    const destinationOk = isDestinationPermitted(project, cluster, destNamespace);
    if (!destinationOk) {
        const where = cluster.server !== undefined ? `server '${cluster.server}'` : `name '${cluster.name ?? ''}'`;
        out.push(violation('destination', `application destination ${where} and namespace '${destNamespace}' do not match any of the allowed destinations in project '${projectName}'`));
    }
    const isClusterScoped = (0,cluster_scoped/* clusterScopedKinds */.O)(app.objects);
    for (const obj of app.objects) {
        const key = (0,k8s/* keyOf */.TN)(obj);
        const namespaced = !isClusterScoped(key.group, key.kind);
        if (!isGroupKindPermitted(project, { group: (0,k8s/* groupOf */.F8)(obj.apiVersion), kind: obj.kind }, namespaced)) {
            out.push(violation(namespaced ? 'namespaced-resource' : 'cluster-resource', `resource ${key.group}:${key.kind} is not permitted in project ${projectName}`, key));
        }
        else if (namespaced &&
            !(key.namespace === destNamespace && !destinationOk) && // already reported for the app
            !isDestinationPermitted(project, cluster, key.namespace)) {
            out.push(violation('destination', `namespace ${key.namespace} is not permitted in project '${projectName}'`, key));
        }
    }
    return out;
}
/** AppProject.IsSourcePermitted: some entry matches and no `!` entry excludes the repo. */
function isSourcePermitted(project, repoURL) {
    const normalizedRepo = normalizeGitURL(repoURL);
    let anyMatched = false;
    for (const entry of project.spec.sourceRepos ?? []) {
        const pattern = (0,glob/* isDenyPattern */.hD)(entry) ? `!${normalizeGitURL(entry.slice(1))}` : normalizeGitURL(entry);
        const matched = (0,glob/* argoGlobMatch */.hd)(pattern, normalizedRepo, true, '/');
        if (matched)
            anyMatched = true;
        else if ((0,glob/* isDenyPattern */.hD)(pattern))
            return false;
    }
    return anyMatched;
}
/**
 * AppProject.isDestinationMatched: some entry matches (server or name, and namespace) and no entry
 * with a `!` field fails on that field — a negated entry denies even when another entry allows.
 */
function isDestinationPermitted(project, cluster, namespace) {
    let anyMatched = false;
    for (const item of project.spec.destinations ?? []) {
        const nameMatched = !!cluster.name && (0,glob/* argoGlobMatch */.hd)(item.name ?? '', cluster.name, true);
        const serverMatched = !!cluster.server && (0,glob/* argoGlobMatch */.hd)(item.server ?? '', cluster.server, true);
        const namespaceMatched = (0,glob/* argoGlobMatch */.hd)(item.namespace ?? '', namespace, true);
        if ((serverMatched || nameMatched) && namespaceMatched)
            anyMatched = true;
        else if (deniesOn(item, nameMatched, serverMatched, namespaceMatched))
            return false;
    }
    return anyMatched;
}
function deniesOn(item, nameMatched, serverMatched, namespaceMatched) {
    return ((!nameMatched && (0,glob/* isDenyPattern */.hD)(item.name ?? '')) ||
        (!serverMatched && (0,glob/* isDenyPattern */.hD)(item.server ?? '')) ||
        (!namespaceMatched && (0,glob/* isDenyPattern */.hD)(item.namespace ?? '')));
}
/**
 * AppProject.IsGroupKindPermitted. Namespaced: no whitelist (absent) allows all, an explicit empty
 * whitelist allows none, the blacklist wins. Cluster-scoped: only what the whitelist names.
 */
function isGroupKindPermitted(project, gk, namespaced) {
    const spec = project.spec;
    if (namespaced) {
        const white = spec.namespaceResourceWhitelist;
        const whitelisted = white === undefined || (white.length > 0 && inList(gk, white));
        return whitelisted && !inList(gk, spec.namespaceResourceBlacklist ?? []);
    }
    return inList(gk, spec.clusterResourceWhitelist ?? []) && !inList(gk, spec.clusterResourceBlacklist ?? []);
}
function inList(gk, list) {
    return list.some((item) => (0,filepath/* filepathMatch */.t)(item.kind, gk.kind) && (0,filepath/* filepathMatch */.t)(item.group ?? '', gk.group));
}
/** AppProject.IsAppNamespacePermitted: the control-plane namespace (or none) always; else sourceNamespaces. */
function isAppNamespacePermitted(project, appNamespace, controlPlaneNamespace) {
    if (appNamespace === '' || appNamespace === controlPlaneNamespace)
        return true;
    return (0,glob/* matchStringInList */.wX)(project.spec.sourceNamespaces ?? [], appNamespace);
}
/** The destination's cluster by server or name, through the repo's cluster Secrets (name → server); in-cluster is always known. */
function resolveCluster(dest, clusters = new Map()) {
    const known = new Map(clusters);
    if (!known.has('in-cluster') && ![...known.values()].includes(argocd/* IN_CLUSTER_SERVER */.hb))
        known.set('in-cluster', argocd/* IN_CLUSTER_SERVER */.hb);
    if (dest.server) {
        const name = [...known].find(([, server]) => server === dest.server)?.[0];
        return stripUndefined({ server: dest.server, name });
    }
    return stripUndefined({ name: dest.name ?? '', server: known.get(dest.name ?? '') });
}
function stripUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}


/***/ }),

/***/ 80514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Re: () => (/* binding */ openRenderCache),
/* harmony export */   _n: () => (/* binding */ writeOnly)
/* harmony export */ });
/* unused harmony export DEFAULT_RENDER_CACHE_BYTES */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _fs_local_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10804);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
// A content-addressed render cache: an app's input hash (see inputs/app-inputs.ts) → its final
// objects and warnings, one JSON file per hash under the cache directory. Entries never change, so
// concurrent runs can share the directory; a read refreshes the entry's time, and pruning removes the
// least recently used entries beyond the size bound. Failed renders are never stored.




const DEFAULT_RENDER_CACHE_BYTES = 256 * 1024 * 1024;
const HASH = /^[0-9a-f]{64}$/;
function openRenderCache(dir, maxBytes = DEFAULT_RENDER_CACHE_BYTES) {
    const pathOf = (hash) => {
        if (!HASH.test(hash))
            throw new Error(`not a render hash: ${hash}`);
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, hash.slice(0, 2), `${hash}.json`);
    };
    // Names entries are written under first: the pid keeps concurrent runs apart.
    let written = 0;
    return {
        dir,
        async get(hash) {
            const path = pathOf(hash);
            // Entries are read and written with sync calls: a few kilobytes each, see fs/local.ts.
            const text = (0,_fs_local_js__WEBPACK_IMPORTED_MODULE_2__/* .readTextIf */ .jl)(path);
            if (text === undefined)
                return undefined;
            try {
                const value = JSON.parse(text);
                if (!Array.isArray(value.objects) || !Array.isArray(value.warnings))
                    return undefined;
                const now = new Date();
                try {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.utimesSync)(path, now, now);
                }
                catch {
                    // removed meanwhile by another run's pruning: the value stands
                }
                return value;
            }
            catch {
                return undefined; // a torn or foreign file: render instead
            }
        },
        async put(hash, render) {
            const path = pathOf(hash);
            // Written aside and renamed, so a reader never sees half an entry.
            const tmp = `${path}.${process.pid}-${written++}.tmp`;
            const text = JSON.stringify({ objects: render.objects, warnings: render.warnings, definedAt: render.definedAt });
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, text);
            }
            catch (err) {
                // The first entry in its subdirectory: make it (once, not before every write).
                if (err.code !== 'ENOENT')
                    throw err;
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, hash.slice(0, 2)), { recursive: true });
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(tmp, text);
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, path);
        },
        async prune() {
            const entries = [];
            for (const sub of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir).catch(() => [])) {
                for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, sub)).catch(() => [])) {
                    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, sub, name);
                    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path).catch(() => undefined);
                    if (info?.isFile())
                        entries.push({ path, size: info.size, used: info.mtimeMs });
                }
            }
            let total = entries.reduce((n, e) => n + e.size, 0);
            for (const e of entries.sort((a, b) => a.used - b.used)) {
                if (total <= maxBytes)
                    break;
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(e.path, { force: true });
                total -= e.size;
            }
        },
    };
}
/**
 * The cache for runs that must not trust it (a sync renders every app itself) but can still fill it,
 * so that previews against that revision start warm.
 */
function writeOnly(cache) {
    return { ...cache, get: () => Promise.resolve(undefined) };
}


/***/ }),

/***/ 54285:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ai: () => (/* binding */ partMarker),
/* harmony export */   EU: () => (/* binding */ fence),
/* harmony export */   Ei: () => (/* binding */ markerPart),
/* harmony export */   GA: () => (/* binding */ cellCode),
/* harmony export */   HY: () => (/* binding */ anchorName),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Qx: () => (/* binding */ anchorTag),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   qY: () => (/* binding */ anchorLink),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Small GitHub-flavoured markdown helpers: everything user-controlled passes through one of these.

/** Text safe inside a table cell: `|` and `*` escaped, newlines as <br>, HTML neutralised. */
function cell(text) {
    // `*` too: two generateName identities (`Job/x-*`) in one cell would otherwise read as emphasis.
    return escapeHtml(text).replace(/\|/g, '\\|').replace(/\*/g, '\\*').replace(/\r?\n/g, '<br>');
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Inline code that survives backticks in the text (CommonMark: a longer backtick string). */
function code(text) {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
    return `${ticks}${pad}${text}${pad}${ticks}`;
}
/** Inline code inside a table cell, where GFM needs `|` escaped even in code spans. */
function cellCode(text) {
    return code(text).replace(/\|/g, '\\|');
}
/** A fenced block whose fence is longer than any backtick run inside, so ``` in a diff cannot close it. */
function fence(lang, body) {
    const longest = Math.max(0, ...[...body.matchAll(/`{3,}/g)].map((m) => m[0].length));
    const ticks = '`'.repeat(Math.max(3, longest + 1));
    return `${ticks}${lang}\n${body}\n${ticks}`;
}
function details(summaryHtml, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${summaryHtml}</summary>\n\n${body}\n\n</details>`;
}
function table(header, rows) {
    return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/** The hidden marker that finds a comment part again: `<!-- gitops-sync:<key>:part-<n> -->`. */
function partMarker(key, part) {
    return `<!-- gitops-sync:${key}:part-${part} -->`;
}
/** The part number of a comment body carrying our marker for `key`, else undefined. */
function markerPart(body, key) {
    const m = new RegExp(`<!-- gitops-sync:${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:part-(\\d+) -->`).exec(body);
    return m ? Number(m[1]) : undefined;
}
/**
 * A link target inside a comment, unique per comment key so two previews on one PR never share one.
 * GitHub keeps `<a name>` (prefixed `user-content-`) and resolves `#name` links to it.
 */
function anchorName(key, kind, name) {
    const slug = (s) => {
        const plain = s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
        // Names that differ only in punctuation (`a.b`, `a_b`) must not share a slug.
        return plain === s ? plain : `${plain}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(s).digest('hex').slice(0, 8)}`;
    };
    return `gitops-sync-${slug(key)}-${kind}-${slug(name)}`;
}
function anchorTag(name) {
    return `<a name="${name}"></a>`;
}
/** A markdown link to an anchor of the same page. */
function anchorLink(textMarkdown, name) {
    return `[${textMarkdown}](#${name})`;
}


/***/ }),

/***/ 51321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R4: () => (/* binding */ planSync),
  p5: () => (/* binding */ taskName)
});

// UNUSED EXPORTS: formatPlan

// EXTERNAL MODULE: ./src/model/annotations.ts
var annotations = __webpack_require__(90315);
// EXTERNAL MODULE: ./src/model/k8s.ts
var k8s = __webpack_require__(87625);
// EXTERNAL MODULE: ./src/sync/hooks.ts
var hooks = __webpack_require__(11171);
;// CONCATENATED MODULE: ./src/sync/kind-order.ts
// Argo CD's apply order for kinds inside one (phase, wave) (gitops-engine sync_tasks.go, after Helm's
// kind sorter). Only the Kind string counts; the group is ignored.
const KIND_ORDER = [
    'Namespace',
    'NetworkPolicy',
    'ResourceQuota',
    'LimitRange',
    'PodSecurityPolicy',
    'PodDisruptionBudget',
    'ServiceAccount',
    'Secret',
    'SecretList',
    'ConfigMap',
    'StorageClass',
    'PersistentVolume',
    'PersistentVolumeClaim',
    'CustomResourceDefinition',
    'ClusterRole',
    'ClusterRoleList',
    'ClusterRoleBinding',
    'ClusterRoleBindingList',
    'Role',
    'RoleList',
    'RoleBinding',
    'RoleBindingList',
    'Service',
    'DaemonSet',
    'Pod',
    'ReplicationController',
    'ReplicaSet',
    'Deployment',
    'HorizontalPodAutoscaler',
    'StatefulSet',
    'Job',
    'CronJob',
    'IngressClass',
    'Ingress',
    'APIService',
];
const RANK = new Map(KIND_ORDER.map((kind, i) => [kind, i]));
/** Position in KIND_ORDER; every kind not listed (custom resources included) ranks after all listed ones. */
function kindRank(kind) {
    return RANK.get(kind) ?? KIND_ORDER.length;
}

;// CONCATENATED MODULE: ./src/sync/scope.ts

const CLUSTER_SCOPED = new Set([
    '/Namespace',
    '/Node',
    '/PersistentVolume',
    '/ComponentStatus',
    'apiextensions.k8s.io/CustomResourceDefinition',
    'apiregistration.k8s.io/APIService',
    'rbac.authorization.k8s.io/ClusterRole',
    'rbac.authorization.k8s.io/ClusterRoleBinding',
    'storage.k8s.io/StorageClass',
    'storage.k8s.io/CSIDriver',
    'storage.k8s.io/CSINode',
    'storage.k8s.io/VolumeAttachment',
    'networking.k8s.io/IngressClass',
    'scheduling.k8s.io/PriorityClass',
    'node.k8s.io/RuntimeClass',
    'policy/PodSecurityPolicy',
    'admissionregistration.k8s.io/MutatingWebhookConfiguration',
    'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
    'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
    'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
    'certificates.k8s.io/CertificateSigningRequest',
    'flowcontrol.apiserver.k8s.io/FlowSchema',
    'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
]);
/** A lookup that asks `discovery` first, then CRDs among `objects`, then the built-in list. */
function namespacedLookup(objects, discovery) {
    const crdScopes = new Map();
    for (const o of objects) {
        if ((0,k8s/* groupOf */.F8)(o.apiVersion) !== 'apiextensions.k8s.io' || o.kind !== 'CustomResourceDefinition')
            continue;
        const spec = o.spec;
        if (typeof spec?.group === 'string' && typeof spec.names?.kind === 'string') {
            crdScopes.set(`${spec.group}/${spec.names.kind}`, spec.scope !== 'Cluster');
        }
    }
    return (group, kind) => {
        const known = discovery?.(group, kind);
        if (known !== undefined)
            return known;
        const gk = `${group}/${kind}`;
        return crdScopes.get(gk) ?? !CLUSTER_SCOPED.has(gk);
    };
}

// EXTERNAL MODULE: ./src/sync/waves.ts
var waves = __webpack_require__(51825);
;// CONCATENATED MODULE: ./src/sync/plan.ts
// The sync plan: which tasks a sync runs and in what order, exactly as Argo CD's gitops-engine builds
// them (sync_context.go getSyncTasks, sync_tasks.go Less/Sort/adjustDeps). Pure: the runner executes
// the tasks, the PR preview prints them.






const PHASE_RANK = { PreSync: -1, Sync: 0, PostSync: 1, SyncFail: 2 };
const SYNC_PHASES = ['PreSync', 'Sync', 'PostSync', 'SyncFail'];
function planSync(input) {
    const { destNamespace } = input;
    const namespaced = namespacedLookup(input.targets, input.isNamespaced);
    const resources = [];
    const hooks = [];
    for (const obj of input.targets) {
        const c = classify(obj);
        if (c.ignored)
            continue;
        (c.hook ? hooks : resources).push(obj);
    }
    // Pair targets with live objects by group/kind/namespace/name (Reconcile).
    const liveByKey = new Map(input.live.map((o) => [(0,k8s/* keyString */.Ve)((0,k8s/* keyOf */.TN)(o)), o]));
    const pairs = [];
    for (const target of resources) {
        const key = targetKey(target, destNamespace, namespaced);
        const live = liveByKey.get((0,k8s/* keyString */.Ve)(key));
        liveByKey.delete((0,k8s/* keyString */.Ve)(key));
        pairs.push({ target, live });
    }
    for (const live of liveByKey.values())
        pairs.push({ live });
    const drafts = [];
    for (const { target, live } of pairs) {
        const obj = (target ?? live);
        const c = classify(obj);
        // Live objects that are hooks are never pruned; Skip resources get no task at all.
        if (c.hook)
            continue;
        for (const phase of c.phases)
            drafts.push(draft(phase, target, live, false, destNamespace, namespaced));
    }
    const startedSecs = Math.floor((input.startedAt ?? new Date()).getTime() / 1000);
    const identities = new Map((0,k8s/* identityKeys */.NZ)(input.targets).map((k, i) => [input.targets[i], k.name]));
    for (const hook of hooks) {
        for (const phase of classify(hook).phases) {
            const target = hookTarget(hook, phase, input.revision ?? '', startedSecs);
            const d = draft(phase, target, findLive(input.live, target, destNamespace), true, destNamespace, namespaced);
            if (!hook.metadata?.name)
                d.identityName = identities.get(hook);
            drafts.push(d);
        }
    }
    const nsTask = createNamespaceTask(input, resources);
    if (nsTask)
        drafts.push(nsTask);
    reversePruneWaves(drafts);
    applyPruneLast(drafts, input.syncOptions.includes('PruneLast=true'));
    drafts.sort(compareDrafts);
    adjustDeps(drafts, namespaceDep, (d) => (d.refNamespace !== '' ? d.refNamespace : undefined));
    adjustDeps(drafts, crdDep, (d) => `${(0,k8s/* groupOf */.F8)(d.target.apiVersion)}/${d.target.kind}`);
    return { tasks: drafts.map((d) => toTask(d, input, namespaced)) };
}
/**
 * Argo CD's hook reading (gitops-engine hook.IsHook/Skip, sync_phase.go): an object with the argocd hook
 * annotation is a hook unless its only type is Skip; otherwise one with `helm.sh/hook` other than
 * `crd-install` is. A hook with no usable type is dropped from the targets altogether.
 */
function classify(obj) {
    const types = (0,hooks/* hookTypes */.pd)(obj);
    const skip = types.length === 1 && types[0] === 'Skip';
    const helm = (0,annotations/* annotation */.w7)(obj, annotations/* ANN_HELM_HOOK */.tU);
    const hook = (0,annotations/* annotation */.w7)(obj, annotations/* ANN_HOOK */.oG) !== undefined ? !skip : helm !== undefined && helm !== 'crd-install';
    const phases = skip ? [] : hook ? SYNC_PHASES.filter((p) => types.includes(p)) : ['Sync'];
    return { hook, ignored: hook && types.length === 0, phases };
}
function targetKey(target, destNamespace, namespaced) {
    const key = (0,k8s/* keyOf */.TN)(target);
    return { ...key, namespace: namespaced(key.group, key.kind) ? key.namespace || destNamespace : '' };
}
function draft(phase, target, live, hook, destNamespace, namespaced) {
    // Argo CD fills an empty target namespace with the destination even for cluster-scoped kinds, so such
    // objects still count as living in that namespace when Namespace tasks are bubbled.
    const refNamespace = target ? (namespaced((0,k8s/* groupOf */.F8)(target.apiVersion), target.kind) ? target.metadata?.namespace || destNamespace : destNamespace) : '';
    return { phase, target, live, hook, refNamespace };
}
/** The hook object for one phase: `generateName` + lower(`<rev7>-<phase>-<unix secs>`) when unnamed. */
function hookTarget(hook, phase, revision, startedSecs) {
    if (hook.metadata?.name)
        return hook;
    const rev = revision.length >= 8 ? revision.slice(0, 7) : revision;
    const name = `${hook.metadata?.generateName ?? ''}${`${rev}-${phase}-${startedSecs}`.toLowerCase()}`;
    return { ...hook, metadata: { ...hook.metadata, name } };
}
/** Live object for a hook target: cluster-scoped live objects match whatever namespace the target names. */
function findLive(live, target, destNamespace) {
    const t = (0,k8s/* keyOf */.TN)(target);
    const ns = t.namespace || destNamespace;
    return live.find((o) => {
        const k = (0,k8s/* keyOf */.TN)(o);
        return k.group === t.group && k.kind === t.kind && (k.namespace === '' || k.namespace === ns) && k.name === t.name;
    });
}
/** `CreateNamespace=true`: a PreSync task for the destination namespace unless the app renders it. */
function createNamespaceTask(input, resources) {
    const ns = input.destNamespace;
    if (!input.syncOptions.includes('CreateNamespace=true') || ns === '')
        return undefined;
    if (resources.some((o) => isNamespaceNamed(o, ns)))
        return undefined;
    const managed = input.managedNamespaceMetadata;
    if (input.namespaceExists === true && !managed)
        return undefined;
    const metadata = { name: ns };
    if (managed) {
        // Managed metadata is applied server-side so labels and annotations set by others survive.
        if (managed.labels)
            metadata.labels = { ...managed.labels };
        metadata.annotations = { ...managed.annotations, [annotations/* ANN_SYNC_OPTIONS */.Bb]: 'ServerSideApply=true' };
    }
    const live = input.live.find((o) => isNamespaceNamed(o, ns));
    return { phase: 'PreSync', target: { apiVersion: 'v1', kind: 'Namespace', metadata }, live, hook: false, refNamespace: '' };
}
function isNamespaceNamed(obj, name) {
    return obj.kind === 'Namespace' && (0,k8s/* groupOf */.F8)(obj.apiVersion) === '' && obj.metadata?.name === name;
}
function waveOfDraft(d) {
    return d.waveOverride ?? (0,waves/* waveOf */.j)((d.target ?? d.live));
}
/** Deletion runs in reverse creation order: the waves holding prunes swap symmetrically. */
function reversePruneWaves(drafts) {
    const byWave = new Map();
    for (const d of drafts) {
        if (d.target)
            continue;
        const w = waveOfDraft(d);
        byWave.set(w, [...(byWave.get(w) ?? []), d]);
    }
    const waves = [...byWave.keys()].sort((a, b) => a - b);
    for (let i = 0; i < waves.length; i++) {
        for (const d of byWave.get(waves[i]) ?? [])
            d.waveOverride = waves[waves.length - 1 - i];
    }
}
/** `PruneLast=true` (app option or on the live object): after the last Sync-phase wave. */
function applyPruneLast(drafts, appPruneLast) {
    const lastWave = Math.max(0, ...drafts.filter((d) => d.phase === 'Sync').map(waveOfDraft)) + 1;
    for (const d of drafts) {
        if (!d.target && (appPruneLast || (0,annotations/* hasSyncOption */.DN)(d.live, 'PruneLast=true')))
            d.waveOverride = lastWave;
    }
}
/** Phase, wave, kind order, name; upstream leaves further ties random, we order by namespace then group. */
function compareDrafts(a, b) {
    const oa = (a.target ?? a.live);
    const ob = (b.target ?? b.live);
    const ka = (0,k8s/* keyOf */.TN)(oa);
    const kb = (0,k8s/* keyOf */.TN)(ob);
    return (PHASE_RANK[a.phase] - PHASE_RANK[b.phase] ||
        waveOfDraft(a) - waveOfDraft(b) ||
        kindRank(ka.kind) - kindRank(kb.kind) ||
        cmp(ka.name, kb.name) ||
        cmp(a.refNamespace || ka.namespace, b.refNamespace || kb.namespace) ||
        cmp(ka.group, kb.group) ||
        cmp(ka.kind, kb.kind));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function namespaceDep(d) {
    const t = d.target;
    return t.kind === 'Namespace' && (0,k8s/* groupOf */.F8)(t.apiVersion) === '' ? (t.metadata?.name ?? '') : undefined;
}
function crdDep(d) {
    const t = d.target;
    if (t.kind !== 'CustomResourceDefinition' || (0,k8s/* groupOf */.F8)(t.apiVersion) !== 'apiextensions.k8s.io')
        return undefined;
    const spec = t.spec;
    return typeof spec?.group === 'string' && typeof spec.names?.kind === 'string' ? `${spec.group}/${spec.names.kind}` : undefined;
}
/**
 * Moves each dependency (a Namespace, a CRD) that sorts after the first task depending on it to just
 * before that task, taking over its phase and wave. Prune tasks take no part.
 */
function adjustDeps(drafts, depKey, refKey) {
    const firstRef = new Map();
    for (let i = 0; i < drafts.length; i++) {
        const t = drafts[i];
        if (!t.target)
            continue;
        const dep = depKey(t);
        if (dep !== undefined) {
            const index = firstRef.get(dep);
            if (index === undefined)
                continue;
            t.waveOverride = waveOfDraft(drafts[index]);
            t.phase = drafts[index].phase;
            drafts.splice(i, 1);
            drafts.splice(index, 0, t);
            for (const [k, v] of firstRef)
                if (v >= index)
                    firstRef.set(k, v + 1);
            continue;
        }
        const ref = refKey(t);
        if (ref !== undefined && !firstRef.has(ref))
            firstRef.set(ref, i);
    }
}
function toTask(d, input, namespaced) {
    const obj = (d.target ?? d.live);
    const base = (0,k8s/* keyOf */.TN)(obj);
    const isNs = namespaced(base.group, base.kind);
    const key = { ...base, namespace: isNs ? (d.target ? base.namespace || input.destNamespace : base.namespace) : '' };
    const task = {
        phase: d.phase,
        wave: waveOfDraft(d),
        key,
        hookTypes: d.hook ? (0,hooks/* hookTypes */.pd)(obj) : [],
        isPrune: !d.target,
        action: 'create',
    };
    if (d.target)
        task.target = withNamespace(d.target, key.namespace);
    if (d.live)
        task.live = d.live;
    if (d.identityName)
        task.identityName = d.identityName;
    if (!d.target) {
        const skipped = pruneSkipReason(d.live, input.prune);
        if (skipped)
            task.pruneSkipped = skipped;
        else if ((0,annotations/* hasSyncOption */.DN)(d.live, 'Prune=confirm'))
            task.pruneRequiresConfirmation = true;
        task.action = skipped ? 'skip' : 'prune';
    }
    else if (d.hook) {
        task.action = 'hook';
    }
    else {
        const nsExists = isNamespaceNamed(d.target, input.destNamespace) && input.namespaceExists === true;
        task.action = d.live || nsExists ? 'update' : 'create';
    }
    return task;
}
/** Argo CD's pruneObject: prune disabled for the sync wins over the object's own `Prune=false`. */
function pruneSkipReason(live, prune) {
    if (!prune)
        return 'ignored (requires pruning)';
    return (0,annotations/* hasSyncOption */.DN)(live, 'Prune=false') ? 'ignored (no prune)' : undefined;
}
function withNamespace(obj, namespace) {
    if ((obj.metadata?.namespace ?? '') === namespace)
        return obj;
    const metadata = { ...obj.metadata };
    if (namespace)
        metadata.namespace = namespace;
    else
        delete metadata.namespace;
    return { ...obj, metadata };
}
/** One line per task for the CLI and the PR preview: phase, wave, group/kind, namespace/name, hook types, action. */
/**
 * `namespace/name` of a task as previews show it: a generateName hook by its identity, since the name
 * it gets at sync time holds the sync's revision and start time.
 */
function taskName(t) {
    const name = t.identityName ?? t.key.name;
    return t.key.namespace ? `${t.key.namespace}/${name}` : name;
}
function formatPlan(plan) {
    return plan.tasks.map((t) => {
        const gk = t.key.group ? `${t.key.group}/${t.key.kind}` : t.key.kind;
        const name = taskName(t);
        const hooks = t.hookTypes.length > 0 ? t.hookTypes.join(',') : '-';
        const action = t.pruneSkipped ? `skip: ${t.pruneSkipped}` : t.pruneRequiresConfirmation ? 'prune (needs confirmation)' : t.action;
        return [t.phase, String(t.wave), gk, name, hooks, action].join('\t');
    });
}


/***/ }),

/***/ 98404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ waitingMessage),
/* harmony export */   Ix: () => (/* binding */ isFailed),
/* harmony export */   Rj: () => (/* binding */ waveDelayMs),
/* harmony export */   gy: () => (/* binding */ MSG),
/* harmony export */   k2: () => (/* binding */ stoppedSummary),
/* harmony export */   kI: () => (/* binding */ kubectlName),
/* harmony export */   qr: () => (/* binding */ withReasons)
/* harmony export */ });
/** Argo CD's operation messages, word for word. */
const MSG = {
    invalid: 'one or more synchronization tasks are not valid',
    dryRunFailed: 'one or more objects failed to apply (dry run)',
    namespaceFailed: 'the namespace failed to apply',
    applyFailed: 'one or more objects failed to apply',
    unsuccessful: 'one or more synchronization tasks completed unsuccessfully',
    syncFailHooksFailed: 'one or more SyncFail hooks failed',
    succeeded: 'successfully synced (all tasks run)',
    noMoreTasks: 'successfully synced (no more tasks)',
    terminated: 'Operation terminated',
    pruned: 'pruned',
};
/** `<message>, reason: <task messages joined by ,>` as executeSyncFailPhase builds it. */
function withReasons(message, failed) {
    const reasons = failed.map((t) => t.message);
    return reasons.length > 0 ? `${message}, reason: ${reasons.join(',')}` : message;
}
/** kubectl's name for an object in its output: `deployment.apps/web`, `configmap/settings`. */
function kubectlName(key) {
    const kind = key.kind.toLowerCase();
    return `${key.group ? `${kind}.${key.group}` : kind}/${key.name}`;
}
/**
 * `waiting for <reason> <group>/<kind>/<name> [and N more <hooks|resources>]` (setRunningPhase): what a
 * wave is still waiting for.
 */
function waitingMessage(waiting, deletion = false) {
    if (waiting.length === 0)
        return '';
    const hooks = waiting.filter((t) => t.hookTypes.length > 0);
    const resources = waiting.filter((t) => t.hookTypes.length === 0);
    let reason = hooks.length > 0 ? 'completion of hook' : 'healthy state of';
    if (deletion)
        reason = hooks.length > 0 ? 'deletion of hook' : 'deletion of';
    const first = hooks[0] ?? resources[0];
    const more = waiting.length - 1;
    const type = resources.length === 0 ? 'hooks' : 'resources';
    const base = `waiting for ${reason} ${first.key.group}/${first.key.kind}/${first.key.name}`;
    return more > 0 ? `${base} and ${more} more ${type}` : base;
}
function isFailed(t) {
    return t.state === 'Failed' || t.state === 'Error';
}
/** ARGOCD_SYNC_WAVE_DELAY: whole seconds between waves, default 2 (an unparsable value counts as 2). */
function waveDelayMs(value) {
    const n = value !== undefined && /^\d+$/.test(value.trim()) ? Number(value.trim()) : 2;
    return n * 1000;
}
/**
 * Where an unfinished operation stopped and what it had applied by then, e.g. `stopped in Sync wave 1;
 * applied 3 of 7 task(s): PreSync wave 0 Job/migrate, …`; undefined for a finished one.
 */
function stoppedSummary(outcome, maxNames = 20) {
    if (!outcome.stoppedAt)
        return undefined;
    const applied = outcome.tasks.filter((t) => t.applied);
    const notRun = outcome.tasks.filter((t) => t.state === 'Pending').length;
    const names = applied.slice(0, maxNames).map((t) => `${t.phase} wave ${t.wave} ${t.key.kind}/${t.key.namespace ? `${t.key.namespace}/` : ''}${t.key.name}`);
    const more = applied.length > maxNames ? `, and ${applied.length - maxNames} more` : '';
    const what = applied.length > 0 ? `applied ${applied.length} of ${outcome.tasks.length} task(s): ${names.join(', ')}${more}` : 'nothing was applied';
    return `stopped in ${outcome.stoppedAt}; ${what}${notRun > 0 ? `; ${notRun} task(s) not run` : ''}`;
}


/***/ }),

/***/ 83500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pn: () => (/* binding */ clusterPlanState),
  Ju: () => (/* binding */ syncApp),
  oS: () => (/* binding */ trackingOptions)
});

// UNUSED EXPORTS: emptyGuard

// EXTERNAL MODULE: ./src/cluster/lease.ts
var lease = __webpack_require__(47964);
// EXTERNAL MODULE: ./src/cluster/tracking.ts
var cluster_tracking = __webpack_require__(41025);
// EXTERNAL MODULE: ./src/diff/normalize.ts + 3 modules
var normalize = __webpack_require__(88846);
// EXTERNAL MODULE: ./src/model/argocd.ts
var argocd = __webpack_require__(93511);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/model/k8s.ts
var k8s = __webpack_require__(87625);
// EXTERNAL MODULE: ./src/render/finalize.ts
var finalize = __webpack_require__(9440);
// EXTERNAL MODULE: ./src/sync/hooks.ts
var sync_hooks = __webpack_require__(11171);
// EXTERNAL MODULE: ./src/sync/plan.ts + 2 modules
var sync_plan = __webpack_require__(51321);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/sync/run/ignored-fields.ts
// The diff normalization seen from the sync side (semantics §5, argo-cd controller/sync.go
// normalizeTargetResources and gitops-engine filterOutOfSyncTasks):
// - RespectIgnoreDifferences=true: fields the ignore rules remove are taken from the live object
//   (or left out when live lacks them), so a sync never overwrites what the app says to ignore.
// - ApplyOutOfSyncOnly=true: an object whose normalized predicted state equals the normalized live one
//   is in sync and not applied.
// "Ignored" is whatever normalizePair removes: jsonPointers, jq paths and managedFieldsManagers alike.


const SERVER_METADATA = ['creationTimestamp', 'managedFields', 'resourceVersion', 'uid', 'generation', 'selfLink'];
/** Whether `predicted` (a dry run of the target) and `live` are equal once normalized. */
async function inSync(predicted, live, c) {
    const [t, l] = await (0,normalize/* normalizePair */.od)(predicted, live, c.opts, c.rules);
    return (0,external_node_util_.isDeepStrictEqual)(t, l);
}
/**
 * The target with every ignored field set to its live value (absent in live: absent in the result).
 * `status` is never copied: it belongs to the object's controller, not to the sync.
 */
async function withIgnoredFromLive(target, live, c) {
    const [normTarget, normLive] = await (0,normalize/* normalizePair */.od)(target, live, c.opts, c.rules);
    const out = structuredClone(target);
    for (const path of removedPaths(target, normTarget))
        remove(out, path);
    const liveBody = withoutServerFields(live);
    for (const path of removedPaths(liveBody, normLive)) {
        const value = get(liveBody, path);
        if (value !== undefined)
            set(out, path, structuredClone(value));
    }
    return out;
}
/** Server-managed fields normalization always drops: they are not ignore rules' doing. */
function withoutServerFields(live) {
    const copy = structuredClone(live);
    delete copy.status;
    for (const f of SERVER_METADATA)
        delete copy.metadata[f];
    if (copy.metadata.annotations) {
        delete copy.metadata.annotations[normalize/* LAST_APPLIED_ANNOTATION */.fb];
        if (Object.keys(copy.metadata.annotations).length === 0)
            delete copy.metadata.annotations;
    }
    return copy;
}
/**
 * Paths present in `original` but gone from `normalized`. Empty maps and lists are left out: the
 * normalizer drops those on its own (removeEmptyObjects), and they carry no value worth keeping.
 */
function removedPaths(original, normalized, prefix = []) {
    if (isObj(original)) {
        const n = isObj(normalized) ? normalized : {};
        return Object.entries(original).flatMap(([k, v]) => {
            const path = [...prefix, { key: k }];
            if (!(k in n))
                return isEmpty(v) ? [] : [path];
            return removedPaths(v, n[k], path);
        });
    }
    if (Array.isArray(original) && Array.isArray(normalized)) {
        if (original.every(named)) {
            return original.flatMap((item) => {
                const path = [...prefix, { name: item.name }];
                const match = normalized.find((x) => named(x) && x.name === item.name);
                return match === undefined ? [path] : removedPaths(item, match, path);
            });
        }
        if (original.length === normalized.length)
            return original.flatMap((item, i) => removedPaths(item, normalized[i], [...prefix, { index: i }]));
    }
    // A list that lost unnamed elements, or a changed leaf: the whole value is the ignored part.
    return (0,external_node_util_.isDeepStrictEqual)(original, normalized) ? [] : [prefix];
}
function named(x) {
    return isObj(x) && typeof x.name === 'string';
}
function isObj(x) {
    return typeof x === 'object' && x !== null && !Array.isArray(x);
}
function isEmpty(x) {
    return (isObj(x) && Object.keys(x).length === 0) || (Array.isArray(x) && x.length === 0);
}
function child(node, step) {
    if ('key' in step)
        return isObj(node) ? node[step.key] : undefined;
    if (!Array.isArray(node))
        return undefined;
    return 'name' in step ? node.find((x) => named(x) && x.name === step.name) : node[step.index];
}
function get(node, path) {
    return path.reduce((n, s) => child(n, s), node);
}
function remove(root, path) {
    if (path.length === 0)
        return;
    const parent = get(root, path.slice(0, -1));
    const last = path[path.length - 1];
    if ('key' in last) {
        if (isObj(parent))
            delete parent[last.key];
    }
    else if (Array.isArray(parent)) {
        const i = 'name' in last ? parent.findIndex((x) => named(x) && x.name === last.name) : last.index;
        if (i >= 0 && i < parent.length)
            parent.splice(i, 1);
    }
}
/** Sets the value at `path`, creating maps on the way and appending named list elements. */
function set(root, path, value) {
    if (path.length === 0)
        return;
    let node = root;
    for (const [i, step] of path.entries()) {
        const last = i === path.length - 1;
        const next = path[i + 1];
        if ('key' in step) {
            if (!isObj(node))
                return;
            if (last)
                node[step.key] = value;
            else if (node[step.key] === undefined || typeof node[step.key] !== 'object' || node[step.key] === null)
                node[step.key] = next && 'key' in next ? {} : [];
            node = node[step.key];
        }
        else {
            if (!Array.isArray(node))
                return;
            let at = 'name' in step ? node.findIndex((x) => named(x) && x.name === step.name) : step.index;
            if (at < 0) {
                // An element the target does not have: live's element (or a stub to fill in) is added.
                if (last)
                    return void node.push(value);
                node.push({ name: step.name });
                at = node.length - 1;
            }
            if (at >= node.length)
                return;
            if (last)
                node[at] = value;
            node = node[at];
        }
    }
}

// EXTERNAL MODULE: ./src/settings.ts
var settings = __webpack_require__(58750);
;// CONCATENATED MODULE: ./src/sync/run/retry.ts


const DEFAULT_DURATION_MS = 5_000;
const DEFAULT_FACTOR = 2;
const DEFAULT_MAX_DURATION_MS = 180_000;
/** The backoff of an app's retry strategy (no strategy: no retries). Bad durations name the field. */
function backoffOf(strategy, app) {
    const b = strategy?.backoff;
    const duration = (field, value, fallback) => {
        if (value === undefined || value === '')
            return fallback;
        const ms = (0,settings/* parseDurationMs */.yi)(value);
        if (ms === undefined)
            throw new errors/* SpecError */.G8({ app, field: `spec.syncPolicy.retry.backoff.${field}`, message: `invalid duration "${value}"` });
        return ms;
    };
    const limit = strategy?.limit ?? 0;
    return {
        limit: limit < 0 ? Infinity : limit,
        durationMs: duration('duration', b?.duration, DEFAULT_DURATION_MS),
        factor: b?.factor ?? DEFAULT_FACTOR,
        maxDurationMs: duration('maxDuration', b?.maxDuration, DEFAULT_MAX_DURATION_MS),
    };
}
/** Delay before retry number `retryCount + 1` (the first retry waits `duration`). */
function retryDelayMs(b, retryCount) {
    const wait = b.durationMs * Math.pow(b.factor, retryCount);
    return b.maxDurationMs > 0 ? Math.min(b.maxDurationMs, wait) : wait;
}
/** Argo CD appends the retry count to the final message of a retried operation. */
function retriedMessage(message, retryCount) {
    return retryCount > 0 ? `${message} (retried ${retryCount} times).` : message;
}
/**
 * Runs `attempt` until it succeeds or the limit is reached, sleeping the backoff in between.
 * `sleep` resolves early (false) when the operation is cancelled, which ends the retries.
 */
async function withRetry(b, attempt, sleep) {
    let retries = 0;
    for (;;) {
        const result = await attempt(retries);
        if (result.ok || retries >= b.limit)
            return { result, retries };
        if (!(await sleep(retryDelayMs(b, retries))))
            return { result, retries };
        retries++;
    }
}

// EXTERNAL MODULE: ./src/async/sleep.ts
var sleep = __webpack_require__(83719);
// EXTERNAL MODULE: ./src/cluster/watch.ts
var watch = __webpack_require__(4125);
// EXTERNAL MODULE: ./src/health/health.ts + 6 modules
var health = __webpack_require__(29468);
// EXTERNAL MODULE: ./src/model/annotations.ts
var annotations = __webpack_require__(90315);
// EXTERNAL MODULE: ./src/cluster/rest.ts + 1 modules
var rest = __webpack_require__(38004);
;// CONCATENATED MODULE: ./src/sync/run/hook-lifecycle.ts
// A hook's life around the waves (gitops-engine hook.go and sync_context.go): Argo CD's hook finalizer
// keeps a finished hook until its result is read, BeforeHookCreation / HookSucceeded / HookFailed
// delete hooks, and a terminated operation deletes the hooks still running.




/** Hooks carry the hook finalizer, so they outlive garbage collection until their result is read. */
function withHookFinalizer(task) {
    const target = task.target;
    if (task.hookTypes.length === 0 || !target || target.metadata.finalizers?.includes(annotations/* HOOK_FINALIZER */.xG))
        return task;
    return { ...task, target: { ...target, metadata: { ...target.metadata, finalizers: [...(target.metadata.finalizers ?? []), annotations/* HOOK_FINALIZER */.xG] } } };
}
/** Removes the hook finalizer from the live hook (Update, retried on conflict); an error fails the task. */
async function releaseHook(ctx, r) {
    if (ctx.o.dryRun)
        return;
    for (let attempt = 0; r.live?.metadata.finalizers?.includes(annotations/* HOOK_FINALIZER */.xG); attempt++) {
        const live = r.live;
        const finalizers = (live.metadata.finalizers ?? []).filter((f) => f !== annotations/* HOOK_FINALIZER */.xG);
        try {
            r.live = await ctx.o.client.replace({ ...live, metadata: { ...live.metadata, finalizers } }, { fieldManager: ctx.o.fieldManager, validate: 'Ignore' });
        }
        catch (err) {
            if ((0,rest/* isNotFound */.c4)(err)) {
                r.live = undefined;
                return;
            }
            if ((0,rest/* isConflict */.dh)(err) && attempt < 5) {
                r.live = (await ctx.o.client.get(live)) ?? undefined;
                continue;
            }
            r.result = { ...r.result, state: 'Error', message: `Failed to remove hook finalizer: ${(0,errors/* errorMessage */.gJ)(err)}` };
            return;
        }
    }
}
/** BeforeHookCreation: the wave's hooks that still exist are deleted, and gone, before they are created again. */
async function deleteBeforeCreation(ctx, wave) {
    await Promise.all(wave
        .filter((r) => r.task.hookTypes.length > 0 && r.live && (0,sync_hooks/* hookDeletePolicies */.J7)(r.task.target).includes('BeforeHookCreation'))
        .map(async (r) => {
        await ctx.o.client.deleteObject(r.live, ctx.propagation);
        await ctx.o.client.waitGone(r.live, { timeoutMs: ctx.o.healthTimeoutMs, signal: ctx.o.signal });
        r.live = undefined;
    }));
}
/** Deletes completed hooks carrying `policy`. */
async function deleteHooks(ctx, policy) {
    const hooks = ctx.runs.filter((r) => r.task.hookTypes.length > 0 && r.live && r.result.state !== 'Running' && r.result.state !== 'Pending' && (0,sync_hooks/* hookDeletePolicies */.J7)(r.task.target).includes(policy));
    await Promise.all(hooks.map(async (r) => {
        try {
            await ctx.o.client.deleteObject(r.live, ctx.propagation);
        }
        catch (err) {
            r.result = { ...r.result, state: 'Error', message: `failed to delete resource: ${(0,errors/* errorMessage */.gJ)(err)}` };
        }
    }));
}
/** Cancellation: running hooks are deleted, as Terminate does. */
async function terminateHooks(ctx) {
    const running = ctx.runs.filter((r) => r.task.hookTypes.length > 0 && r.live && r.result.state === 'Running');
    await Promise.all(running.map(async (r) => {
        await releaseHook(ctx, r);
        if (r.live)
            await ctx.o.client.deleteObject(r.live, ctx.propagation).catch(() => false);
        if (r.result.state !== 'Error')
            r.result = { ...r.result, state: 'Failed', message: 'Terminated' };
    }));
}

// EXTERNAL MODULE: ./src/sync/run/result.ts
var result = __webpack_require__(98404);
;// CONCATENATED MODULE: ./src/sync/run/run-context.ts

/** Thrown once the operation is cancelled; the runner turns it into the terminated outcome. */
class Terminated extends Error {
}
class SyncContext {
    o;
    runs;
    propagation;
    /** A wave of this operation changed the cluster, so live objects read by the plan may be outdated. */
    clusterChanged = false;
    constructor(o, runs) {
        this.o = o;
        this.runs = runs;
        const policy = o.syncOptions.find((s) => s.startsWith('PrunePropagationPolicy='))?.slice('PrunePropagationPolicy='.length);
        this.propagation = policy === 'background' || policy === 'orphan' ? policy : 'foreground';
    }
    applySettings(dryRun) {
        return { fieldManager: this.o.fieldManager, dryRun, appOptions: this.o.syncOptions, timeoutMs: this.o.healthTimeoutMs };
    }
    health(obj) {
        return (0,health/* healthOf */.Wr)(obj, this.o.health);
    }
    setApplied(r, verb, message, state) {
        const applied = !this.o.dryRun || r.result.applied;
        r.result = { ...r.result, code: 'Synced', state, action: verb, message, ...(applied ? { applied } : {}), ...(r.live ? { health: this.health(r.live) } : {}) };
    }
    checkSignal() {
        if (this.o.signal?.aborted)
            throw new Terminated();
    }
}
function initialResult(task) {
    const base = { phase: task.phase, wave: task.wave, key: task.key, hookTypes: task.hookTypes };
    if (task.pruneSkipped)
        return { ...base, code: 'PruneSkipped', state: 'Succeeded', action: 'skipped', message: task.pruneSkipped };
    return { ...base, code: 'Synced', state: 'Pending', action: 'skipped', message: '' };
}
function setFailed(r, message, health) {
    const hook = r.task.hookTypes.length > 0 && r.result.state === 'Running';
    r.result = { ...r.result, code: 'SyncFailed', state: 'Failed', action: hook ? 'hook failed' : 'failed', message, ...(health ? { health } : {}) };
}

;// CONCATENATED MODULE: ./src/sync/run/health-wait.ts
// The waits that end a wave (gitops-engine sync_context.go: hooks finished, pruned objects gone, and,
// between waves of a multi-step sync, resources Healthy) and our optional wait for every resource to
// be Healthy after the last wave. Each wait is bounded by the health timeout.







/**
 * A wave is complete when hooks finished, pruned objects are gone and, between waves of a
 * multi-step sync, resources are Healthy (Degraded fails the task).
 */
async function waitWave(ctx, wave, waitHealth) {
    const waits = wave.map(async (r) => {
        if (r.result.state !== 'Running' || !r.live)
            return;
        if (r.task.isPrune) {
            await ctx.o.client.waitGone(r.live, { signal: ctx.o.signal, timeoutMs: ctx.o.healthTimeoutMs });
            r.result = { ...r.result, state: 'Succeeded' };
        }
        else if (r.task.hookTypes.length > 0) {
            await waitHook(ctx, r);
        }
        else if (waitHealth) {
            await waitResource(ctx, r);
        }
        else {
            r.result = { ...r.result, state: 'Succeeded', health: ctx.health(r.live) };
        }
    });
    const settled = await Promise.allSettled(waits);
    ctx.checkSignal();
    const timedOut = settled.find((s) => s.status === 'rejected');
    if (timedOut) {
        for (const r of wave.filter((x) => x.result.state === 'Running'))
            setFailed(r, `${(0,result/* waitingMessage */.BZ)([r.result])}: ${timeoutText(timedOut.reason, r.result.message)}`);
    }
}
async function waitHook(ctx, r) {
    let outcome = (0,health/* hookOutcome */.Od)(r.live, ctx.o.health);
    const seen = await ctx.o.client.watchUntil(r.live, (obj) => {
        // A hook deleted while running (e.g. by someone else) cannot finish.
        if (!obj)
            return true;
        outcome = (0,health/* hookOutcome */.Od)(obj, ctx.o.health);
        return outcome.phase !== 'Running';
    }, { signal: ctx.o.signal, timeoutMs: ctx.o.healthTimeoutMs });
    if (!seen) {
        setFailed(r, missingMessage(r.task.key));
        return;
    }
    r.live = seen;
    const ok = outcome.phase === 'Succeeded';
    r.result = { ...r.result, state: ok ? 'Succeeded' : 'Failed', code: ok ? 'Synced' : 'SyncFailed', action: ok ? 'hook succeeded' : 'hook failed', message: outcome.message, health: ctx.health(seen) };
    await releaseHook(ctx, r);
}
/** Until Healthy (Succeeded), Degraded (Failed), or the health timeout. */
async function waitResource(ctx, r) {
    // Argo CD's checks compare observedGeneration with generation, so Healthy on the object as the
    // apply returned it is current: no read, no watch.
    const now = r.live && ctx.health(r.live);
    if (now?.status === 'Healthy') {
        r.result = { ...r.result, state: 'Succeeded', health: now };
        return;
    }
    const seen = await ctx.o.client.watchUntil(r.live, (obj) => {
        const h = obj ? ctx.health(obj) : undefined;
        if (h)
            r.result = { ...r.result, health: h };
        return !obj || !h || h.status === 'Healthy' || h.status === 'Degraded';
    }, { signal: ctx.o.signal, timeoutMs: ctx.o.healthTimeoutMs });
    if (!seen) {
        setFailed(r, missingMessage(r.task.key));
        return;
    }
    r.live = seen;
    const h = ctx.health(seen);
    if (h?.status === 'Degraded')
        setFailed(r, h.message, h);
    else
        r.result = { ...r.result, state: 'Succeeded', health: h };
}
/**
 * Beyond Argo CD: every applied resource Healthy before the step succeeds. Returns a failure message.
 * Kinds without a health check (ConfigMaps, RBAC, …) have nothing to wait for and are not read again.
 */
async function waitHealthy(ctx) {
    const resources = ctx.runs.filter((r) => !r.task.isPrune &&
        r.task.hookTypes.length === 0 &&
        r.live &&
        (0,annotations/* annotation */.w7)(r.task.target, annotations/* ANN_IGNORE_HEALTHCHECK */._t) !== 'true' &&
        ctx.health(r.live) !== undefined);
    const settled = await Promise.allSettled(resources.map(async (r) => {
        r.result = { ...r.result, state: 'Running' };
        await waitResource(ctx, r);
    }));
    ctx.checkSignal();
    const failed = resources.filter((r, i) => settled[i].status === 'rejected' || (0,result/* isFailed */.Ix)(r.result));
    for (const r of resources.filter((x, i) => settled[i].status === 'rejected')) {
        const reason = settled[resources.indexOf(r)].reason;
        const progress = r.result.health ? `${r.result.health.status}: ${r.result.health.message}` : r.result.message;
        setFailed(r, `${(0,result/* waitingMessage */.BZ)([r.result])}: ${timeoutText(reason, progress)}`, r.result.health);
    }
    if (failed.length === 0)
        return undefined;
    return (0,result/* withReasons */.qr)('application did not become healthy', failed.map((r) => r.result));
}
/** Argo CD's message for a resource that disappeared while it was awaited. */
function missingMessage(key) {
    return `Resource ${key.group}/${key.kind}/${key.name} is missing, it might have been deleted`;
}
function timeoutText(reason, progress) {
    const what = reason instanceof watch/* WaitTimeoutError */.D ? reason.message.replace(/ waiting for .*$/, '') : (0,errors/* errorMessage */.gJ)(reason);
    return progress ? `${what}; last status: ${progress}` : what;
}

// EXTERNAL MODULE: ./src/cluster/client.ts + 3 modules
var client = __webpack_require__(27825);
;// CONCATENATED MODULE: ./src/sync/run/apply-task.ts



/**
 * Whether `name=value` holds for the task: the resource's own setting of `name` wins (so
 * `ServerSideApply=false` there beats the app's `=true`); otherwise the app-level options decide.
 */
function taskOption(task, appOptions, option) {
    const [name, value] = option.split('=');
    const onResource = (0,annotations/* optionValue */.TN)((0,annotations/* annotationOptions */.SP)(task.target, annotations/* ANN_SYNC_OPTIONS */.Bb), name);
    if (onResource !== undefined)
        return onResource === value;
    return appOptions.includes(option);
}
/**
 * Replace=true and Force=true also hold when the LIVE object carries them (gitops-engine applyObject),
 * so an object annotated in the cluster keeps being replaced even after git drops the annotation.
 */
function writeOptions(task, before, appOptions) {
    const onLive = (option) => (0,annotations/* hasSyncOption */.DN)(before, option);
    return {
        replace: taskOption(task, appOptions, 'Replace=true') || onLive('Replace=true'),
        force: (0,annotations/* hasSyncOption */.DN)(task.target, 'Force=true') || onLive('Force=true'),
    };
}
/** Applies the task's target; `before` is the live object just before (undefined = absent). */
async function applyTask(client, task, before, s) {
    const target = task.target;
    const opts = {
        fieldManager: s.fieldManager,
        dryRun: s.dryRun,
        validate: taskOption(task, s.appOptions, 'Validate=false') ? 'Ignore' : 'Strict',
    };
    const { replace, force } = writeOptions(task, before, s.appOptions);
    let live;
    if (force && replace)
        live = await client.recreate(target, { ...opts, timeoutMs: s.timeoutMs });
    else if (replace)
        live = await client.createOrReplace(target, opts);
    else {
        try {
            live = await client.apply(target, opts);
        }
        catch (err) {
            // kubectl apply --force: when the patch is refused (an immutable field), delete and create.
            if (!force || !(err instanceof rest/* ApiError */.hD) || (err.status !== 422 && err.status !== 409))
                throw err;
            // A dry run cannot delete; the recreated object is predicted to be the target itself.
            live = s.dryRun ? target : await client.recreate(target, { ...opts, timeoutMs: s.timeoutMs });
        }
    }
    const verb = !before ? 'created' : changed(before, live) ? 'configured' : 'unchanged';
    return { live, verb, message: `${(0,result/* kubectlName */.kI)(task.key)} ${verb}${s.dryRun ? ' (server dry run)' : ''}` };
}
/**
 * Whether a write changed the object. A real write that changes nothing keeps the resourceVersion; a
 * dry run never bumps it, so there the objects are compared without the bookkeeping fields.
 */
function changed(before, after) {
    if (before.metadata.uid !== after.metadata.uid)
        return true;
    if (before.metadata.resourceVersion !== after.metadata.resourceVersion)
        return true;
    return JSON.stringify(comparable(before)) !== JSON.stringify(comparable(after));
}
function comparable(obj) {
    const { managedFields: _m, resourceVersion: _r, ...metadata } = obj.metadata;
    return sortKeys({ ...obj, metadata });
}
function sortKeys(v) {
    if (Array.isArray(v))
        return v.map(sortKeys);
    if (v && typeof v === 'object') {
        return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
    }
    return v;
}

;// CONCATENATED MODULE: ./src/sync/run/preflight.ts
// Before anything is written (gitops-engine sync_context.go Sync, before the first wave): every task
// must be valid, then every apply is dry-run on the server; with ApplyOutOfSyncOnly=true, resources the
// dry run predicts unchanged are left out.






/** Every task's kind must be served (or defined by a CRD in this sync) and allowed by the project. */
async function validate(ctx) {
    const crdKinds = new Set(ctx.runs.flatMap((r) => {
        const spec = r.task.target?.spec;
        return r.task.key.kind === 'CustomResourceDefinition' && spec?.group ? [`${spec.group}/${spec.names?.kind}`] : [];
    }));
    let ok = true;
    for (const r of ctx.runs) {
        const denied = ctx.o.permitted?.(r.task);
        if (denied) {
            setFailed(r, denied);
            ok = false;
            continue;
        }
        const obj = r.task.target ?? r.task.live;
        if (!obj || (await ctx.o.client.discovery.resolve(obj.apiVersion, obj.kind)))
            continue;
        if (skipDryRun(ctx, r) || crdKinds.has(`${r.task.key.group}/${r.task.key.kind}`))
            continue;
        setFailed(r, new client/* UnknownKindError */.r(obj.apiVersion, obj.kind).message);
        ok = false;
    }
    return ok;
}
function skipDryRun(ctx, r) {
    return taskOption(r.task, ctx.o.syncOptions, 'SkipDryRunOnMissingResource=true');
}
/** Server-side dry run of every apply; a kind created by a CRD of this sync cannot be dry-run yet. Returns the failed runs. */
async function dryRun(ctx, runs) {
    const failed = [];
    await Promise.all(runs.map(async (r) => {
        const target = r.task.target;
        if (!(await ctx.o.client.discovery.resolve(target.apiVersion, target.kind)))
            return;
        try {
            const applied = await applyTask(ctx.o.client, r.task, r.live, ctx.applySettings(true));
            r.predicted = applied.live;
            if (ctx.o.dryRun)
                ctx.setApplied(r, applied.verb, applied.message, 'Succeeded');
        }
        catch (err) {
            if (ctx.o.dryRun && isMissingNamespace(err, ctx.runs)) {
                ctx.setApplied(r, 'created', `${(0,result/* kubectlName */.kI)(r.task.key)} created (server dry run; its namespace is created by this sync)`, 'Succeeded');
                return;
            }
            setFailed(r, (0,errors/* errorMessage */.gJ)(err));
            failed.push(r);
        }
    }));
    return failed;
}
/**
 * ApplyOutOfSyncOnly=true (filterOutOfSyncTasks): a resource whose dry-run prediction equals live after
 * the app's normalization is not applied. Hooks and objects to create always run.
 */
async function skipInSync(ctx, runs) {
    const comparison = ctx.o.comparison ?? { opts: {}, rules: [] };
    await Promise.all(runs.map(async (r) => {
        if (r.task.hookTypes.length > 0 || !r.live || !r.predicted || !(await inSync(r.predicted, r.live, comparison)))
            return;
        r.result = { ...r.result, code: 'Synced', state: 'Succeeded', action: 'skipped', message: `${(0,result/* kubectlName */.kI)(r.task.key)} in sync (ApplyOutOfSyncOnly): not applied`, health: ctx.health(r.live) };
    }));
}
/** In a dry run, objects inside a namespace the same sync creates cannot be checked by the server. */
function isMissingNamespace(err, runs) {
    const m = /namespaces "([^"]+)" not found/.exec((0,errors/* errorMessage */.gJ)(err));
    return !!m && runs.some((r) => r.task.key.kind === 'Namespace' && r.task.key.group === '' && r.task.key.name === m[1] && !r.live);
}

// EXTERNAL MODULE: ./src/diff/compare.ts + 1 modules
var compare = __webpack_require__(1625);
;// CONCATENATED MODULE: ./src/sync/run/run-wave.ts
// One (phase, wave) of the operation (gitops-engine sync_context.go runTasks): prunes, BeforeHookCreation
// deletes, then applies one kind group after another; and how a plan splits into waves and kind groups.






/** Prunes, BeforeHookCreation deletes, then applies by kind group. Returns true when an apply failed. */
async function runWave(ctx, wave) {
    // A hook left by an earlier, interrupted operation may still hold the finalizer.
    const existingHooks = wave.filter((r) => r.task.hookTypes.length > 0 && r.live && r.result.state === 'Pending');
    await Promise.all(existingHooks.map((r) => releaseHook(ctx, r)));
    if (existingHooks.some((r) => (0,result/* isFailed */.Ix)(r.result)))
        return true;
    await Promise.all(wave.filter((r) => r.task.isPrune).map((r) => prune(ctx, r)));
    await deleteBeforeCreation(ctx, wave);
    const applies = wave.filter((r) => !r.task.isPrune && r.result.state === 'Pending');
    for (const group of kindGroups(applies)) {
        ctx.checkSignal();
        await applyRuns(ctx, group, true);
        if (group.some((r) => (0,result/* isFailed */.Ix)(r.result)))
            return true;
    }
    return false;
}
async function applyRuns(ctx, runs, markRunning) {
    await Promise.all(runs.map(async (r) => {
        try {
            if (predictedNoop(ctx, r)) {
                ctx.setApplied(r, 'unchanged', `${(0,result/* kubectlName */.kI)(r.task.key)} unchanged`, markRunning ? 'Running' : 'Succeeded');
                return;
            }
            // The plan's live object is current until a wave changed the cluster; after that, read again.
            const before = ctx.clusterChanged ? await ctx.o.client.get(r.task.target) : r.live;
            const applied = await applyTask(ctx.o.client, r.task, before, ctx.applySettings(false));
            r.live = applied.live;
            const hook = r.task.hookTypes.length > 0;
            ctx.setApplied(r, applied.verb, applied.message, hook || markRunning ? 'Running' : 'Succeeded');
        }
        catch (err) {
            setFailed(r, (0,errors/* errorMessage */.gJ)(err));
        }
    }));
}
/**
 * The server-side dry run predicted exactly the live object, at the live object's resourceVersion:
 * the apply would change nothing, so it is not sent (a no-op re-sync writes nothing). Hooks, and
 * Replace/Force writes, which are not plain applies, always run.
 */
function predictedNoop(ctx, r) {
    const { predicted, live } = r;
    if (!predicted || !live || r.task.hookTypes.length > 0)
        return false;
    const { replace, force } = writeOptions(r.task, live, ctx.o.syncOptions);
    return !replace && !force && predicted.metadata.resourceVersion === live.metadata.resourceVersion && (0,compare/* sameContent */.Cm)(predicted, live);
}
async function prune(ctx, r) {
    const { task } = r;
    const live = task.live;
    if (task.pruneSkipped)
        return;
    if (task.pruneRequiresConfirmation && !ctx.o.pruneConfirmed) {
        r.result = { ...r.result, code: 'PruneSkipped', state: 'Succeeded', action: 'skipped', message: 'ignored (requires confirmation: set input confirm-prune)' };
        return;
    }
    try {
        const deleted = await ctx.o.client.deleteObject(live, ctx.propagation);
        r.result = { ...r.result, code: 'Pruned', state: deleted ? 'Running' : 'Succeeded', action: 'pruned', message: result/* MSG */.gy.pruned, applied: true };
        r.live = deleted ? live : undefined;
    }
    catch (err) {
        setFailed(r, (0,errors/* errorMessage */.gJ)(err));
    }
}
/**
 * Whether a task changed the cluster. Argo CD pauses after every wave so that controllers see its
 * changes before the next one is judged; after a wave of no-op applies and skipped tasks there is
 * nothing to see, so the pause is skipped (README: deliberate differences).
 */
function changedCluster(r) {
    return r.result.action !== 'unchanged' && r.result.action !== 'skipped' && r.result.action !== 'failed';
}
/** Consecutive runs of one (phase, wave), in plan order. */
function waveGroups(runs) {
    return groupConsecutive(runs, (a, b) => a.task.phase === b.task.phase && a.task.wave === b.task.wave);
}
/** Consecutive tasks of one kind apply in parallel; different kinds one after another. */
function kindGroups(runs) {
    return groupConsecutive(runs, (a, b) => a.task.key.kind === b.task.key.kind);
}
function groupConsecutive(items, same) {
    const out = [];
    for (const item of items) {
        const last = out[out.length - 1];
        if (last && same(last[0], item))
            last.push(item);
        else
            out.push([item]);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/sync/run/runner.ts
// The sync state machine for one app (semantics §2; gitops-engine sync_context.go Sync): validate,
// create the destination namespace, dry-run everything, then run (phase, wave) after (phase, wave) —
// prune, BeforeHookCreation deletes, applies by kind group — and wait for each wave to complete before
// the next. Failures run the SyncFail phase; hooks are cleaned up by their delete policies at the end.
// Upstream re-enters Sync() on every reconcile; we run the same steps once, waiting with watches.
// The steps live beside it: preflight.ts, run-wave.ts, health-wait.ts, hook-lifecycle.ts.








async function runSync(opts) {
    return new SyncRun(opts).run();
}
class SyncRun {
    ctx;
    waves = [];
    /** The step running now, named in the outcome when the operation ends early. */
    at = 'validation';
    constructor(o) {
        this.ctx = new SyncContext(o, o.plan.tasks.map((task) => ({ task: withHookFinalizer(task), live: task.live, result: initialResult(task) })));
    }
    /** Never throws: an error (e.g. the cluster stopped answering) ends the operation with every task's state. */
    async run() {
        try {
            return await this.steps();
        }
        catch (err) {
            if (!(err instanceof Terminated) && !this.ctx.o.signal?.aborted)
                return this.outcome('Error', (0,errors/* formatProblem */.Vw)((0,errors/* toProblem */.H8)(err)));
            await terminateHooks(this.ctx).catch(() => undefined);
            return this.outcome('Failed', result/* MSG */.gy.terminated);
        }
    }
    async steps() {
        const { ctx } = this;
        const { o } = ctx;
        if (!(await validate(ctx)))
            return this.outcome('Failed', result/* MSG */.gy.invalid);
        const nsRun = ctx.runs.find((r) => !r.live && r.task.target && r.task.key.kind === 'Namespace' && r.task.key.group === '' && r.task.key.name === o.destNamespace);
        if (nsRun && !o.dryRun) {
            // Created before the dry run, which would otherwise fail for everything inside it.
            this.at = 'namespace creation';
            await applyRuns(ctx, [nsRun], false);
            if ((0,result/* isFailed */.Ix)(nsRun.result))
                return this.outcome('Failed', (0,result/* withReasons */.qr)(result/* MSG */.gy.namespaceFailed, [nsRun.result]));
        }
        this.at = 'dry run';
        const dry = ctx.runs.filter((r) => (r !== nsRun || o.dryRun) && r.task.target && r.result.state === 'Pending' && !skipDryRun(ctx, r));
        if ((await dryRun(ctx, dry)).length > 0)
            return this.outcome('Failed', result/* MSG */.gy.dryRunFailed);
        if (o.syncOptions.includes('ApplyOutOfSyncOnly=true'))
            await skipInSync(ctx, dry);
        if (o.dryRun)
            return this.outcome('Succeeded', `${result/* MSG */.gy.succeeded} (server dry run: nothing was changed)`);
        const main = ctx.runs.filter((r) => r.task.phase !== 'SyncFail' && r !== nsRun);
        const groups = waveGroups(main);
        const multiStep = groups.length > 1;
        for (let i = 0; i < groups.length; i++) {
            const wave = groups[i];
            const last = i === groups.length - 1;
            const started = Date.now();
            this.at = `${wave[0].task.phase} wave ${wave[0].task.wave}`;
            o.log?.(`${o.app}: ${this.at}: ${wave.length} task(s)`);
            const applyFailed = await runWave(ctx, wave);
            if (!applyFailed)
                await waitWave(ctx, wave, multiStep && !last);
            this.timed(wave[0].task.phase, wave[0].task.wave, started);
            const failed = wave.filter((r) => (0,result/* isFailed */.Ix)(r.result));
            if (failed.length > 0)
                return this.fail(applyFailed ? result/* MSG */.gy.applyFailed : result/* MSG */.gy.unsuccessful, failed);
            const changed = wave.some(changedCluster);
            ctx.clusterChanged ||= changed;
            if (!last && o.waveDelayMs > 0 && changed) {
                o.log?.(`${o.app}: waiting ${o.waveDelayMs} ms (ARGOCD_SYNC_WAVE_DELAY) before the next wave`);
                await (0,sleep/* sleep */.y)(o.waveDelayMs, o.signal).then(() => ctx.checkSignal());
            }
        }
        this.at = 'hook cleanup';
        await deleteHooks(ctx, 'HookSucceeded');
        this.at = 'health wait';
        if (o.waitHealthy) {
            const started = Date.now();
            const timeout = await waitHealthy(ctx);
            this.timed('Sync', Number.NaN, started);
            if (timeout)
                return this.outcome('Failed', timeout);
        }
        return this.outcome('Succeeded', result/* MSG */.gy.succeeded);
    }
    /** HookFailed deletes, the SyncFail phase (all at once), and Argo CD's failure message. */
    async fail(message, failed) {
        const { ctx } = this;
        await deleteHooks(ctx, 'HookFailed');
        let text = (0,result/* withReasons */.qr)(message, failed.map((r) => r.result));
        const syncFail = ctx.runs.filter((r) => r.task.phase === 'SyncFail');
        if (syncFail.length > 0) {
            const started = Date.now();
            const stopped = this.at;
            this.at = 'SyncFail phase';
            await runWave(ctx, syncFail);
            await waitWave(ctx, syncFail, false);
            this.timed('SyncFail', syncFail[0].task.wave, started);
            const hookFailures = syncFail.filter((r) => (0,result/* isFailed */.Ix)(r.result));
            if (hookFailures.length > 0)
                text = `${text}\n${(0,result/* withReasons */.qr)(result/* MSG */.gy.syncFailHooksFailed, hookFailures.map((r) => r.result))}`;
            await deleteHooks(ctx, 'HookFailed');
            this.at = stopped;
        }
        return this.outcome('Failed', text);
    }
    /** Records how long a step took; the final health wait is recorded as wave NaN. */
    timed(phase, wave, started) {
        this.waves.push({ phase, wave, startedAt: new Date(started).toISOString(), durationMs: Date.now() - started });
    }
    outcome(phase, message) {
        return { phase, message, tasks: this.ctx.runs.map((r) => r.result), waves: this.waves, ...(phase === 'Succeeded' ? {} : { stoppedAt: this.at }) };
    }
}

;// CONCATENATED MODULE: ./src/sync/run/sync-app.ts












async function syncApp(input) {
    const { spec, client, settings } = input;
    const app = spec.app.metadata.name;
    const started = new Date();
    const warnings = [];
    const done = (outcome, retries = 0) => ({
        app,
        outcome,
        retries,
        startedAt: started.toISOString(),
        finishedAt: new Date().toISOString(),
        warnings,
    });
    let lock;
    try {
        const backoff = backoffOf(spec.app.spec.syncPolicy?.retry, app);
        // A dry run changes nothing, the lock included.
        if (!settings.dryRun) {
            lock = await (0,lease/* acquireAppLock */.Ns)(client, app, {
                namespace: settings.stateNamespace,
                holder: settings.holder,
                durationSeconds: settings.leaseSeconds,
                waitMs: settings.lockWaitMs,
                signal: input.signal,
                log: input.log,
            });
        }
        let previous;
        const { result, retries } = await withRetry(backoff, async () => {
            previous = await attempt(input, started, warnings).catch((err) => {
                // A retry that fails before running anything must not hide what the earlier attempt applied.
                if (!previous)
                    throw err;
                return { ...previous, phase: 'Error', message: `${previous.message}; the retry failed before any task ran: ${(0,errors/* toProblem */.H8)(err).message}` };
            });
            return { ok: previous.phase === 'Succeeded', outcome: previous };
        }, (ms) => sync_app_sleep(ms, input.signal));
        const outcome = { ...result.outcome, message: retriedMessage(result.outcome.message, retries) };
        if (!settings.dryRun && input.revision) {
            // The sync's own outcome stands even when its history entry cannot be written (cluster gone).
            await (0,lease/* recordRevision */.dO)(client, app, { revision: input.revision, status: outcome.phase, at: new Date() }, { namespace: settings.stateNamespace }).catch((err) => warnings.push(`recording the revision failed: ${(0,errors/* toProblem */.H8)(err).message}`));
        }
        return done(outcome, retries);
    }
    catch (err) {
        // A spec error keeps its field (a bad retry duration, a broken ignoreDifferences rule).
        return done({ phase: 'Error', message: (0,errors/* formatProblem */.Vw)((0,errors/* toProblem */.H8)(err)), tasks: [], waves: [] });
    }
    finally {
        await lock?.release().catch((err) => warnings.push(`releasing the lock failed: ${(0,errors/* toProblem */.H8)(err).message}`));
    }
}
/** One sync operation: a fresh look at the cluster, a plan, a run. */
async function attempt(input, started, warnings) {
    const { spec, client, settings } = input;
    const app = spec.app.metadata.name;
    const policy = spec.app.spec.syncPolicy;
    const syncOptions = policy?.syncOptions ?? [];
    const destNamespace = spec.app.spec.destination.namespace ?? '';
    const tracking = trackingOptions(input.argocdCm);
    const managed = await client.listManaged((0,argocd/* instanceName */.zl)(spec.app), { ...tracking, excluded: input.excluded });
    warnings.push(...managed.warnings.filter((w) => !warnings.includes(w)));
    const prune = settings.prune || policy?.automated?.prune === true;
    const refusal = emptyGuard(input.objects, managed.objects, prune, policy?.automated);
    if (refusal)
        return { phase: 'Failed', message: refusal, tasks: [], waves: [] };
    const planned = (0,sync_plan/* planSync */.R4)({
        targets: input.objects,
        ...(await clusterPlanState(client, input.objects, managed.objects, destNamespace)),
        destNamespace,
        syncOptions,
        prune,
        managedNamespaceMetadata: policy?.managedNamespaceMetadata,
        revision: input.revision,
        startedAt: started,
    });
    const comparison = await comparisonFor(spec, input.argocdCm, syncOptions);
    const selected = input.only ? selectedTasks(planned, input.only) : planned;
    const plan = syncOptions.includes('RespectIgnoreDifferences=true') && comparison ? await respectIgnored(selected, comparison) : selected;
    if (syncOptions.includes('FailOnSharedResource=true')) {
        const shared = sharedResources(plan, (0,argocd/* instanceName */.zl)(spec.app), tracking);
        if (shared.length > 0)
            return { phase: 'Failed', message: shared.join('; '), tasks: [], waves: [] };
    }
    const health = { argocdCm: input.argocdCm };
    return runSync({
        app,
        plan,
        client,
        destNamespace,
        syncOptions,
        fieldManager: settings.fieldManager,
        dryRun: settings.dryRun,
        pruneConfirmed: settings.confirmPrune,
        waveDelayMs: settings.waveDelayMs,
        waitHealthy: settings.wait,
        healthTimeoutMs: settings.healthTimeoutMs,
        signal: input.signal,
        health,
        comparison,
        permitted: input.permitted,
        log: input.log,
    });
}
/**
 * The app's diff normalization (ignoreDifferences + argocd-cm), needed only by the options that compare
 * with live. A broken rule fails the app with the field that holds it.
 */
async function comparisonFor(spec, argocdCm, syncOptions) {
    if (!syncOptions.includes('ApplyOutOfSyncOnly=true') && !syncOptions.includes('RespectIgnoreDifferences=true'))
        return undefined;
    const opts = { ignoreDifferences: spec.app.spec.ignoreDifferences, argocdCm, app: spec.app.metadata.name };
    return { opts, rules: await (0,normalize/* prepareRules */.Zb)(opts) };
}
/** The tasks of the named resources, hooks left out. */
function selectedTasks(plan, only) {
    const keys = new Set(only.map(k8s/* keyString */.Ve));
    return { tasks: plan.tasks.filter((t) => t.hookTypes.length === 0 && keys.has((0,k8s/* keyString */.Ve)(t.key))) };
}
/** RespectIgnoreDifferences=true: each resource that exists keeps the live values of its ignored fields. */
async function respectIgnored(plan, comparison) {
    const tasks = await Promise.all(plan.tasks.map(async (t) => t.target && t.live && t.hookTypes.length === 0 ? { ...t, target: await withIgnoredFromLive(t.target, t.live, comparison) } : t));
    return { tasks };
}
function trackingOptions(argocdCm) {
    const t = (0,finalize/* trackingSettings */.pU)(argocdCm);
    return { trackingMethod: t.method, labelKey: t.labelKey, installationID: t.installationID || undefined };
}
/**
 * Argo CD's allowEmpty guard (semantics §8): an automated, pruning sync refuses to delete every
 * resource of an app that now renders none.
 */
function emptyGuard(targets, live, prune, automated) {
    if (!prune || automated?.allowEmpty === true || live.length === 0)
        return undefined;
    return targets.some((o) => !(0,sync_hooks/* isHook */.IA)(o)) ? undefined : 'auto-sync will wipe out all resources';
}
/** The cluster's side of an app's plan, given its managed live objects. */
async function clusterPlanState(client, targets, managed, destNamespace) {
    return {
        live: await withTargetsLive(client, targets, managed, destNamespace),
        namespaceExists: destNamespace ? (await client.get({ group: '', kind: 'Namespace', namespace: '', name: destNamespace })) !== undefined : undefined,
        isNamespaced: await scopeLookup(client, targets),
    };
}
/**
 * The live set Argo CD compares against: managed objects plus any live object a target names (an
 * untracked existing object is updated, not created).
 */
async function withTargetsLive(client, targets, managed, destNamespace) {
    const known = new Set(managed.map((o) => (0,k8s/* keyString */.Ve)((0,k8s/* keyOf */.TN)(o))));
    const extra = await Promise.all(targets
        .filter((t) => t.metadata?.name && !(0,sync_hooks/* isHook */.IA)(t))
        .map((t) => ({ ...t, metadata: { ...t.metadata, namespace: t.metadata.namespace || destNamespace } }))
        // A target already among the managed objects needs no read of its own.
        .filter((ref) => !known.has((0,k8s/* keyString */.Ve)((0,k8s/* keyOf */.TN)(ref))))
        .map(async (ref) => {
        const live = await client.getListed(ref).catch(() => undefined);
        return live && !known.has((0,k8s/* keyString */.Ve)((0,k8s/* keyOf */.TN)(live))) ? [live] : [];
    }));
    return [...managed, ...extra.flat()];
}
/** FailOnSharedResource: a live object tracked by another app stops the sync before any apply. */
function sharedResources(plan, app, tracking) {
    return plan.tasks.flatMap((t) => {
        const owner = t.live && t.target ? (0,cluster_tracking/* trackedApp */.um)(t.live, tracking) : undefined;
        return owner && owner !== app
            ? [`${t.key.kind}/${t.key.name} is part of applications ${app} and ${owner}`]
            : [];
    });
}
/** Discovery's scope for every kind the app renders, as the planner's synchronous lookup. */
async function scopeLookup(client, objects) {
    const scopes = new Map();
    for (const o of objects) {
        const gk = `${(0,k8s/* groupOf */.F8)(o.apiVersion)}/${o.kind}`;
        if (!scopes.has(gk))
            scopes.set(gk, await client.isNamespaced((0,k8s/* groupOf */.F8)(o.apiVersion), o.kind).catch(() => undefined));
    }
    return (g, k) => scopes.get(`${g}/${k}`);
}
function sync_app_sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve(false);
        const done = (ok) => {
            clearTimeout(t);
            signal?.removeEventListener('abort', abort);
            resolve(ok);
        };
        const abort = () => done(false);
        const t = setTimeout(() => done(true), ms);
        signal?.addEventListener('abort', abort);
    });
}


/***/ }),

/***/ 51825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ parseGoInt),
/* harmony export */   j: () => (/* binding */ waveOf)
/* harmony export */ });
/* harmony import */ var _model_annotations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90315);
// Sync wave of a resource (gitops-engine syncwaves.Wave): the sync-wave annotation when it parses as an
// integer, else the Helm hook weight when that parses, else 0 — for every resource, hook or not.

function waveOf(obj) {
    return parseGoInt((0,_model_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .annotation */ .w7)(obj, _model_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .ANN_SYNC_WAVE */ .Au)) ?? parseGoInt((0,_model_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .annotation */ .w7)(obj, _model_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .ANN_HELM_HOOK_WEIGHT */ .UA)) ?? 0;
}
/** Go's strconv.Atoi: optional sign and decimal digits only, no spaces; out of range is an error. */
function parseGoInt(text) {
    if (text === undefined || !/^[+-]?[0-9]+$/.test(text))
        return undefined;
    const n = Number(text);
    return Number.isSafeInteger(n) ? n : undefined;
}


/***/ })

};
