// The sync plan: which tasks a sync runs and in what order, exactly as Argo CD's gitops-engine builds
// them (sync_context.go getSyncTasks, sync_tasks.go Less/Sort/adjustDeps). Pure: the runner executes
// the tasks, the PR preview prints them.
import { ANN_HELM_HOOK, ANN_HOOK, ANN_SYNC_OPTIONS, annotation, hasSyncOption } from '../model/annotations.js';
import type { K8sObject, ResourceKey } from '../model/k8s.js';
import { groupOf, identityKeys, keyOf, keyString } from '../model/k8s.js';
import type { HookType, SyncPhase } from './hooks.js';
import { hookTypes } from './hooks.js';
import { kindRank } from './kind-order.js';
import type { ScopeLookup } from './scope.js';
import { namespacedLookup } from './scope.js';
import { waveOf } from './waves.js';

export type PruneSkipReason = 'ignored (requires pruning)' | 'ignored (no prune)';
export type TaskAction = 'create' | 'update' | 'prune' | 'skip' | 'hook';

export interface SyncTask {
  phase: SyncPhase;
  wave: number;
  /** Identity of the object the task acts on (cluster-scoped kinds have an empty namespace). */
  key: ResourceKey;
  /** What to apply: namespace filled in, hook name generated. Absent for prune tasks. */
  target?: K8sObject;
  live?: K8sObject;
  /** Hook types of a hook task; empty for ordinary resources. */
  hookTypes: HookType[];
  /** A hook named only by generateName: its identity within the app (`<generateName>*`, see identityKeys). */
  identityName?: string;
  isPrune: boolean;
  /** Set on a prune task that will not delete anything, with Argo CD's result message. */
  pruneSkipped?: PruneSkipReason;
  /** The live object carries `Prune=confirm`: deleting it waits for an explicit confirmation. */
  pruneRequiresConfirmation?: boolean;
  action: TaskAction;
}

export interface SyncPlan {
  tasks: SyncTask[];
}

export interface PlanInput {
  /** Rendered objects of the app (hooks included). */
  targets: K8sObject[];
  /** Managed live objects (empty when planning offline). */
  live: K8sObject[];
  destNamespace: string;
  /** App-level `spec.syncPolicy.syncOptions` (plus any operation options), matched exactly. */
  syncOptions: string[];
  /** Whether prune is enabled for this sync. */
  prune: boolean;
  /** Whether the destination namespace already exists; unknown (offline) counts as absent. */
  namespaceExists?: boolean;
  managedNamespaceMetadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  /** Revision being synced; its first 7 characters go into generated hook names. */
  revision?: string;
  /** Operation start; its Unix seconds go into generated hook names. */
  startedAt?: Date;
  /** Scope from discovery, when a cluster is reachable. */
  isNamespaced?: ScopeLookup;
}

const PHASE_RANK: Readonly<Record<SyncPhase, number>> = { PreSync: -1, Sync: 0, PostSync: 1, SyncFail: 2 };
const SYNC_PHASES: readonly SyncPhase[] = ['PreSync', 'Sync', 'PostSync', 'SyncFail'];

/** A task while the plan is built: `refNamespace` is the namespace Argo CD sees on the target. */
interface Draft {
  phase: SyncPhase;
  target?: K8sObject;
  live?: K8sObject;
  hook: boolean;
  refNamespace: string;
  waveOverride?: number;
  identityName?: string;
}

export function planSync(input: PlanInput): SyncPlan {
  const { destNamespace } = input;
  const namespaced = namespacedLookup(input.targets, input.isNamespaced);
  const resources: K8sObject[] = [];
  const hooks: K8sObject[] = [];
  for (const obj of input.targets) {
    const c = classify(obj);
    if (c.ignored) continue;
    (c.hook ? hooks : resources).push(obj);
  }

  // Pair targets with live objects by group/kind/namespace/name (Reconcile).
  const liveByKey = new Map(input.live.map((o) => [keyString(keyOf(o)), o]));
  const pairs: { target?: K8sObject; live?: K8sObject }[] = [];
  for (const target of resources) {
    const key = targetKey(target, destNamespace, namespaced);
    const live = liveByKey.get(keyString(key));
    liveByKey.delete(keyString(key));
    pairs.push({ target, live });
  }
  for (const live of liveByKey.values()) pairs.push({ live });

  const drafts: Draft[] = [];
  for (const { target, live } of pairs) {
    const obj = (target ?? live) as K8sObject;
    const c = classify(obj);
    // Live objects that are hooks are never pruned; Skip resources get no task at all.
    if (c.hook) continue;
    for (const phase of c.phases) drafts.push(draft(phase, target, live, false, destNamespace, namespaced));
  }
  const startedSecs = Math.floor((input.startedAt ?? new Date()).getTime() / 1000);
  const identities = new Map(identityKeys(input.targets).map((k, i) => [input.targets[i], k.name]));
  for (const hook of hooks) {
    for (const phase of classify(hook).phases) {
      const target = hookTarget(hook, phase, input.revision ?? '', startedSecs);
      const d = draft(phase, target, findLive(input.live, target, destNamespace), true, destNamespace, namespaced);
      if (!hook.metadata?.name) d.identityName = identities.get(hook);
      drafts.push(d);
    }
  }
  const nsTask = createNamespaceTask(input, resources);
  if (nsTask) drafts.push(nsTask);

  reversePruneWaves(drafts);
  applyPruneLast(drafts, input.syncOptions.includes('PruneLast=true'));
  drafts.sort(compareDrafts);
  adjustDeps(drafts, namespaceDep, (d) => (d.refNamespace !== '' ? d.refNamespace : undefined));
  adjustDeps(drafts, crdDep, (d) => `${groupOf(d.target!.apiVersion)}/${d.target!.kind}`);

  return { tasks: drafts.map((d) => toTask(d, input, namespaced)) };
}

/**
 * Argo CD's hook reading (gitops-engine hook.IsHook/Skip, sync_phase.go): an object with the argocd hook
 * annotation is a hook unless its only type is Skip; otherwise one with `helm.sh/hook` other than
 * `crd-install` is. A hook with no usable type is dropped from the targets altogether.
 */
function classify(obj: K8sObject): { hook: boolean; ignored: boolean; phases: SyncPhase[] } {
  const types = hookTypes(obj);
  const skip = types.length === 1 && types[0] === 'Skip';
  const helm = annotation(obj, ANN_HELM_HOOK);
  const hook = annotation(obj, ANN_HOOK) !== undefined ? !skip : helm !== undefined && helm !== 'crd-install';
  const phases = skip ? [] : hook ? SYNC_PHASES.filter((p) => types.includes(p)) : (['Sync'] as SyncPhase[]);
  return { hook, ignored: hook && types.length === 0, phases };
}

function targetKey(target: K8sObject, destNamespace: string, namespaced: (g: string, k: string) => boolean): ResourceKey {
  const key = keyOf(target);
  return { ...key, namespace: namespaced(key.group, key.kind) ? key.namespace || destNamespace : '' };
}

function draft(
  phase: SyncPhase,
  target: K8sObject | undefined,
  live: K8sObject | undefined,
  hook: boolean,
  destNamespace: string,
  namespaced: (g: string, k: string) => boolean,
): Draft {
  // Argo CD fills an empty target namespace with the destination even for cluster-scoped kinds, so such
  // objects still count as living in that namespace when Namespace tasks are bubbled.
  const refNamespace = target ? (namespaced(groupOf(target.apiVersion), target.kind) ? target.metadata?.namespace || destNamespace : destNamespace) : '';
  return { phase, target, live, hook, refNamespace };
}

/** The hook object for one phase: `generateName` + lower(`<rev7>-<phase>-<unix secs>`) when unnamed. */
function hookTarget(hook: K8sObject, phase: SyncPhase, revision: string, startedSecs: number): K8sObject {
  if (hook.metadata?.name) return hook;
  const rev = revision.length >= 8 ? revision.slice(0, 7) : revision;
  const name = `${hook.metadata?.generateName ?? ''}${`${rev}-${phase}-${startedSecs}`.toLowerCase()}`;
  return { ...hook, metadata: { ...hook.metadata, name } };
}

/** Live object for a hook target: cluster-scoped live objects match whatever namespace the target names. */
function findLive(live: readonly K8sObject[], target: K8sObject, destNamespace: string): K8sObject | undefined {
  const t = keyOf(target);
  const ns = t.namespace || destNamespace;
  return live.find((o) => {
    const k = keyOf(o);
    return k.group === t.group && k.kind === t.kind && (k.namespace === '' || k.namespace === ns) && k.name === t.name;
  });
}

/** `CreateNamespace=true`: a PreSync task for the destination namespace unless the app renders it. */
function createNamespaceTask(input: PlanInput, resources: readonly K8sObject[]): Draft | undefined {
  const ns = input.destNamespace;
  if (!input.syncOptions.includes('CreateNamespace=true') || ns === '') return undefined;
  if (resources.some((o) => isNamespaceNamed(o, ns))) return undefined;
  const managed = input.managedNamespaceMetadata;
  if (input.namespaceExists === true && !managed) return undefined;
  const metadata: K8sObject['metadata'] = { name: ns };
  if (managed) {
    // Managed metadata is applied server-side so labels and annotations set by others survive.
    if (managed.labels) metadata.labels = { ...managed.labels };
    metadata.annotations = { ...managed.annotations, [ANN_SYNC_OPTIONS]: 'ServerSideApply=true' };
  }
  const live = input.live.find((o) => isNamespaceNamed(o, ns));
  return { phase: 'PreSync', target: { apiVersion: 'v1', kind: 'Namespace', metadata }, live, hook: false, refNamespace: '' };
}

function isNamespaceNamed(obj: K8sObject, name: string): boolean {
  return obj.kind === 'Namespace' && groupOf(obj.apiVersion) === '' && obj.metadata?.name === name;
}

function waveOfDraft(d: Draft): number {
  return d.waveOverride ?? waveOf((d.target ?? d.live) as K8sObject);
}

/** Deletion runs in reverse creation order: the waves holding prunes swap symmetrically. */
function reversePruneWaves(drafts: Draft[]): void {
  const byWave = new Map<number, Draft[]>();
  for (const d of drafts) {
    if (d.target) continue;
    const w = waveOfDraft(d);
    byWave.set(w, [...(byWave.get(w) ?? []), d]);
  }
  const waves = [...byWave.keys()].sort((a, b) => a - b);
  for (let i = 0; i < waves.length; i++) {
    for (const d of byWave.get(waves[i]) ?? []) d.waveOverride = waves[waves.length - 1 - i];
  }
}

/** `PruneLast=true` (app option or on the live object): after the last Sync-phase wave. */
function applyPruneLast(drafts: Draft[], appPruneLast: boolean): void {
  const lastWave = Math.max(0, ...drafts.filter((d) => d.phase === 'Sync').map(waveOfDraft)) + 1;
  for (const d of drafts) {
    if (!d.target && (appPruneLast || hasSyncOption(d.live, 'PruneLast=true'))) d.waveOverride = lastWave;
  }
}

/** Phase, wave, kind order, name; upstream leaves further ties random, we order by namespace then group. */
function compareDrafts(a: Draft, b: Draft): number {
  const oa = (a.target ?? a.live) as K8sObject;
  const ob = (b.target ?? b.live) as K8sObject;
  const ka = keyOf(oa);
  const kb = keyOf(ob);
  return (
    PHASE_RANK[a.phase] - PHASE_RANK[b.phase] ||
    waveOfDraft(a) - waveOfDraft(b) ||
    kindRank(ka.kind) - kindRank(kb.kind) ||
    cmp(ka.name, kb.name) ||
    cmp(a.refNamespace || ka.namespace, b.refNamespace || kb.namespace) ||
    cmp(ka.group, kb.group) ||
    cmp(ka.kind, kb.kind)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function namespaceDep(d: Draft): string | undefined {
  const t = d.target!;
  return t.kind === 'Namespace' && groupOf(t.apiVersion) === '' ? (t.metadata?.name ?? '') : undefined;
}

function crdDep(d: Draft): string | undefined {
  const t = d.target!;
  if (t.kind !== 'CustomResourceDefinition' || groupOf(t.apiVersion) !== 'apiextensions.k8s.io') return undefined;
  const spec = t.spec as { group?: unknown; names?: { kind?: unknown } } | undefined;
  return typeof spec?.group === 'string' && typeof spec.names?.kind === 'string' ? `${spec.group}/${spec.names.kind}` : undefined;
}

/**
 * Moves each dependency (a Namespace, a CRD) that sorts after the first task depending on it to just
 * before that task, taking over its phase and wave. Prune tasks take no part.
 */
function adjustDeps(drafts: Draft[], depKey: (d: Draft) => string | undefined, refKey: (d: Draft) => string | undefined): void {
  const firstRef = new Map<string, number>();
  for (let i = 0; i < drafts.length; i++) {
    const t = drafts[i];
    if (!t.target) continue;
    const dep = depKey(t);
    if (dep !== undefined) {
      const index = firstRef.get(dep);
      if (index === undefined) continue;
      t.waveOverride = waveOfDraft(drafts[index]);
      t.phase = drafts[index].phase;
      drafts.splice(i, 1);
      drafts.splice(index, 0, t);
      for (const [k, v] of firstRef) if (v >= index) firstRef.set(k, v + 1);
      continue;
    }
    const ref = refKey(t);
    if (ref !== undefined && !firstRef.has(ref)) firstRef.set(ref, i);
  }
}

function toTask(d: Draft, input: PlanInput, namespaced: (g: string, k: string) => boolean): SyncTask {
  const obj = (d.target ?? d.live) as K8sObject;
  const base = keyOf(obj);
  const isNs = namespaced(base.group, base.kind);
  const key = { ...base, namespace: isNs ? (d.target ? base.namespace || input.destNamespace : base.namespace) : '' };
  const task: SyncTask = {
    phase: d.phase,
    wave: waveOfDraft(d),
    key,
    hookTypes: d.hook ? hookTypes(obj) : [],
    isPrune: !d.target,
    action: 'create',
  };
  if (d.target) task.target = withNamespace(d.target, key.namespace);
  if (d.live) task.live = d.live;
  if (d.identityName) task.identityName = d.identityName;
  if (!d.target) {
    const skipped = pruneSkipReason(d.live, input.prune);
    if (skipped) task.pruneSkipped = skipped;
    else if (hasSyncOption(d.live, 'Prune=confirm')) task.pruneRequiresConfirmation = true;
    task.action = skipped ? 'skip' : 'prune';
  } else if (d.hook) {
    task.action = 'hook';
  } else {
    const nsExists = isNamespaceNamed(d.target, input.destNamespace) && input.namespaceExists === true;
    task.action = d.live || nsExists ? 'update' : 'create';
  }
  return task;
}

/** Argo CD's pruneObject: prune disabled for the sync wins over the object's own `Prune=false`. */
function pruneSkipReason(live: K8sObject | undefined, prune: boolean): PruneSkipReason | undefined {
  if (!prune) return 'ignored (requires pruning)';
  return hasSyncOption(live, 'Prune=false') ? 'ignored (no prune)' : undefined;
}

function withNamespace(obj: K8sObject, namespace: string): K8sObject {
  if ((obj.metadata?.namespace ?? '') === namespace) return obj;
  const metadata = { ...obj.metadata };
  if (namespace) metadata.namespace = namespace;
  else delete metadata.namespace;
  return { ...obj, metadata };
}

/** One line per task for the CLI and the PR preview: phase, wave, group/kind, namespace/name, hook types, action. */
/**
 * `namespace/name` of a task as previews show it: a generateName hook by its identity, since the name
 * it gets at sync time holds the sync's revision and start time.
 */
export function taskName(t: SyncTask): string {
  const name = t.identityName ?? t.key.name;
  return t.key.namespace ? `${t.key.namespace}/${name}` : name;
}

export function formatPlan(plan: SyncPlan): string[] {
  return plan.tasks.map((t) => {
    const gk = t.key.group ? `${t.key.group}/${t.key.kind}` : t.key.kind;
    const name = taskName(t);
    const hooks = t.hookTypes.length > 0 ? t.hookTypes.join(',') : '-';
    const action = t.pruneSkipped ? `skip: ${t.pruneSkipped}` : t.pruneRequiresConfirmation ? 'prune (needs confirmation)' : t.action;
    return [t.phase, String(t.wave), gk, name, hooks, action].join('\t');
  });
}
