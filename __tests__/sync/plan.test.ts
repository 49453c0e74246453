// Planner tables from shared/design/argocd-semantics.md §1, §3, §5.
import { describe, expect, it } from '@jest/globals';
import type { K8sObject } from '../../src/model/k8s.js';
import { formatPlan, planSync, taskName, type PlanInput, type SyncTask } from '../../src/sync/plan.js';

const API: Record<string, string> = {
  Namespace: 'v1',
  ServiceAccount: 'v1',
  ConfigMap: 'v1',
  Secret: 'v1',
  Service: 'v1',
  Pod: 'v1',
  Deployment: 'apps/v1',
  HorizontalPodAutoscaler: 'autoscaling/v2',
  Job: 'batch/v1',
  ClusterRole: 'rbac.authorization.k8s.io/v1',
  CustomResourceDefinition: 'apiextensions.k8s.io/v1',
};

function obj(kind: string, name: string, annotations: Record<string, string> = {}, extra: Partial<K8sObject> = {}): K8sObject {
  const { metadata, ...rest } = extra;
  return {
    apiVersion: API[kind] ?? 'example.com/v1',
    kind,
    metadata: { name, ...(Object.keys(annotations).length ? { annotations } : {}), ...metadata },
    ...rest,
  };
}

const wave = (w: number | string) => ({ 'argocd.argoproj.io/sync-wave': String(w) });

function plan(targets: K8sObject[], more: Partial<PlanInput> = {}): SyncTask[] {
  return planSync({ targets, live: [], destNamespace: 'app', syncOptions: [], prune: true, ...more }).tasks;
}

/** `Phase wave Kind/name` per task: compact enough to compare whole plans. */
const lines = (tasks: SyncTask[]) => tasks.map((t) => `${t.phase} ${t.wave} ${t.key.kind}/${t.key.name}`);

describe('ordering (§1 sort key)', () => {
  it('orders the semantics wave example: waves first, kind order inside a wave', () => {
    const targets = [
      obj('Widget', 'cr', wave(2)),
      obj('HorizontalPodAutoscaler', 'web', wave(1)),
      obj('Deployment', 'web', wave(0)),
      obj('Service', 'web', wave(0)),
      obj('ConfigMap', 'cfg', wave(-1)),
      obj('ServiceAccount', 'sa', wave(-2)),
      obj('Namespace', 'app', wave(-2)),
    ];
    expect(lines(plan(targets))).toEqual([
      'Sync -2 Namespace/app',
      'Sync -2 ServiceAccount/sa',
      'Sync -1 ConfigMap/cfg',
      'Sync 0 Service/web',
      'Sync 0 Deployment/web',
      'Sync 1 HorizontalPodAutoscaler/web',
      'Sync 2 Widget/cr',
    ]);
  });

  it('ranks phases PreSync < Sync < PostSync < SyncFail before waves', () => {
    const targets = [
      obj('Job', 'fail', { 'argocd.argoproj.io/hook': 'SyncFail', ...wave(-9) }),
      obj('Job', 'post', { 'argocd.argoproj.io/hook': 'PostSync', ...wave(-5) }),
      obj('ConfigMap', 'cfg', wave(5)),
      obj('Job', 'pre', { 'argocd.argoproj.io/hook': 'PreSync', ...wave(9) }),
    ];
    expect(lines(plan(targets))).toEqual(['PreSync 9 Job/pre', 'Sync 5 ConfigMap/cfg', 'PostSync -5 Job/post', 'SyncFail -9 Job/fail']);
  });

  it.each([
    [{ 'argocd.argoproj.io/sync-wave': '3' }, 3],
    [{ 'argocd.argoproj.io/sync-wave': '-4' }, -4],
    [{ 'argocd.argoproj.io/sync-wave': '+2' }, 2],
    [{ 'argocd.argoproj.io/sync-wave': ' 1', 'helm.sh/hook-weight': '7' }, 7],
    [{ 'argocd.argoproj.io/sync-wave': 'one', 'helm.sh/hook-weight': 'x' }, 0],
    [{ 'helm.sh/hook-weight': '-3' }, -3],
    [{ 'argocd.argoproj.io/sync-wave': '2', 'helm.sh/hook-weight': '9' }, 2],
    [{}, 0],
  ])('wave of %j is %d (hook-weight counts for non-hooks too)', (annotations, expected) => {
    expect(plan([obj('ConfigMap', 'c', annotations)])[0].wave).toBe(expected);
  });

  it('puts unknown kinds after every listed kind and orders them by name only', () => {
    const targets = [obj('Alpha', 'b'), obj('Zeta', 'a'), obj('APIService', 'z', {}, { apiVersion: 'apiregistration.k8s.io/v1' })];
    expect(lines(plan(targets))).toEqual(['Sync 0 APIService/z', 'Sync 0 Zeta/a', 'Sync 0 Alpha/b']);
  });

  it('breaks ties deterministically by name, then namespace, then group', () => {
    const targets = [
      obj('Widget', 'w', {}, { apiVersion: 'z.example.com/v1', metadata: { name: 'w', namespace: 'a' } }),
      obj('Widget', 'w', {}, { apiVersion: 'a.example.com/v1', metadata: { name: 'w', namespace: 'a' } }),
      obj('ConfigMap', 'x', {}, { metadata: { name: 'x', namespace: 'b' } }),
      obj('ConfigMap', 'x', {}, { metadata: { name: 'x', namespace: 'a' } }),
      obj('ConfigMap', 'a', {}, { metadata: { name: 'a', namespace: 'z' } }),
    ];
    const order = plan(targets).map((t) => `${t.key.group}/${t.key.kind}/${t.key.namespace}/${t.key.name}`);
    expect(order).toEqual([
      '/ConfigMap/z/a',
      '/ConfigMap/a/x',
      '/ConfigMap/b/x',
      'a.example.com/Widget/a/w',
      'z.example.com/Widget/a/w',
    ]);
    expect(plan([...targets].reverse()).map((t) => `${t.key.group}/${t.key.kind}/${t.key.namespace}/${t.key.name}`)).toEqual(order);
  });

  it('fills the destination namespace into namespaced targets and clears it for cluster-scoped ones', () => {
    const tasks = plan([obj('ConfigMap', 'c'), obj('ClusterRole', 'r', {}, { metadata: { name: 'r', namespace: 'stray' } })]);
    const cm = tasks.find((t) => t.key.kind === 'ConfigMap')!;
    const cr = tasks.find((t) => t.key.kind === 'ClusterRole')!;
    expect(cm.key.namespace).toBe('app');
    expect(cm.target?.metadata.namespace).toBe('app');
    expect(cr.key.namespace).toBe('');
    expect(cr.target?.metadata.namespace).toBeUndefined();
  });
});

describe('dependency bubbling (adjustDeps)', () => {
  it('moves a Namespace before the first object in it, taking its phase and wave', () => {
    const targets = [
      obj('Namespace', 'team', wave(5)),
      obj('ConfigMap', 'c', wave(1), { metadata: { name: 'c', namespace: 'team' } }),
      obj('Job', 'migrate', { 'argocd.argoproj.io/hook': 'PreSync', ...wave(3) }, { metadata: { name: 'migrate', namespace: 'team' } }),
    ];
    expect(lines(plan(targets))).toEqual(['PreSync 3 Namespace/team', 'PreSync 3 Job/migrate', 'Sync 1 ConfigMap/c']);
  });

  it('moves a CRD before the first object of its group/kind', () => {
    const crd = obj('CustomResourceDefinition', 'widgets.example.com', wave(3), {
      spec: { group: 'example.com', names: { kind: 'Widget' }, scope: 'Namespaced' },
    });
    const targets = [crd, obj('Widget', 'w1', wave(-1)), obj('ConfigMap', 'c', wave(-2))];
    expect(lines(plan(targets))).toEqual(['Sync -2 ConfigMap/c', 'Sync -1 CustomResourceDefinition/widgets.example.com', 'Sync -1 Widget/w1']);
  });

  it('leaves a Namespace alone when nothing before it lives in it, and ignores prune tasks', () => {
    const targets = [obj('Namespace', 'team', wave(2))];
    const live = [obj('ConfigMap', 'old', wave(0), { metadata: { name: 'old', namespace: 'team' } })];
    expect(lines(plan(targets, { live }))).toEqual(['Sync 0 ConfigMap/old', 'Sync 2 Namespace/team']);
  });
});

describe('pruning (§1, §5)', () => {
  const liveCm = (name: string, w: number, more: Record<string, string> = {}) =>
    obj('ConfigMap', name, { ...wave(w), ...more }, { metadata: { name, namespace: 'app' } });

  it('swaps only the waves that hold prune tasks (reverse creation order)', () => {
    const targets = [obj('ConfigMap', 'keep', wave(2))];
    const live = [liveCm('p1', 1), liveCm('p3', 3), liveCm('p5', 5), liveCm('p5b', 5)];
    const tasks = plan(targets, { live });
    const byName = Object.fromEntries(tasks.map((t) => [t.key.name, t.wave]));
    expect(byName).toEqual({ keep: 2, p1: 5, p3: 3, p5: 1, p5b: 1 });
    expect(tasks.filter((t) => t.isPrune).every((t) => t.phase === 'Sync' && t.action === 'prune' && !t.target)).toBe(true);
  });

  it('PruneLast=true on the app puts every prune after the last Sync wave', () => {
    const targets = [obj('ConfigMap', 'a', wave(4)), obj('Job', 'post', { 'argocd.argoproj.io/hook': 'PostSync', ...wave(9) })];
    const tasks = plan(targets, { live: [liveCm('gone', 1)], syncOptions: ['PruneLast=true'] });
    expect(lines(tasks)).toEqual(['Sync 4 ConfigMap/a', 'Sync 5 ConfigMap/gone', 'PostSync 9 Job/post']);
  });

  it('PruneLast on the LIVE object counts, on the target it does not; last wave is at least 0', () => {
    const targets = [obj('ConfigMap', 'a', { ...wave(-3), 'argocd.argoproj.io/sync-options': 'PruneLast=true' })];
    const live = [liveCm('last', -5, { 'argocd.argoproj.io/sync-options': 'PruneLast=true' }), liveCm('normal', -5)];
    const byName = Object.fromEntries(plan(targets, { live }).map((t) => [t.key.name, t.wave]));
    expect(byName).toEqual({ a: -3, last: 1, normal: -5 });
  });

  it('marks prunes skipped: prune disabled beats Prune=false', () => {
    const live = [liveCm('keepme', 0, { 'argocd.argoproj.io/sync-options': 'Prune=false' }), liveCm('plain', 0)];
    const on = Object.fromEntries(plan([], { live }).map((t) => [t.key.name, [t.action, t.pruneSkipped]]));
    expect(on).toEqual({ keepme: ['skip', 'ignored (no prune)'], plain: ['prune', undefined] });
    const off = Object.fromEntries(plan([], { live, prune: false }).map((t) => [t.key.name, t.pruneSkipped]));
    expect(off).toEqual({ keepme: 'ignored (requires pruning)', plain: 'ignored (requires pruning)' });
  });

  it('flags Prune=confirm on the live object', () => {
    const [task] = plan([], { live: [liveCm('ask', 0, { 'argocd.argoproj.io/sync-options': 'Prune=confirm' })] });
    expect(task.pruneRequiresConfirmation).toBe(true);
  });

  it('pairs targets with live objects (update vs create) and never prunes live hooks', () => {
    const live = [liveCm('existing', 0), obj('Job', 'old-hook', { 'argocd.argoproj.io/hook': 'PreSync' }, { metadata: { name: 'old-hook', namespace: 'app' } })];
    const tasks = plan([obj('ConfigMap', 'existing'), obj('ConfigMap', 'fresh')], { live });
    expect(tasks.map((t) => [t.key.name, t.action])).toEqual([
      ['existing', 'update'],
      ['fresh', 'create'],
    ]);
  });
});

describe('CreateNamespace=true (§1, §5)', () => {
  it('adds a PreSync Namespace task for the destination when absent', () => {
    const tasks = plan([obj('ConfigMap', 'c')], { syncOptions: ['CreateNamespace=true'] });
    expect(lines(tasks)).toEqual(['PreSync 0 Namespace/app', 'Sync 0 ConfigMap/c']);
    expect(tasks[0].target).toEqual({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'app' } });
    expect(tasks[0].action).toBe('create');
  });

  it('adds nothing when the app renders the namespace, when it exists, or without the option', () => {
    expect(lines(plan([obj('Namespace', 'app')], { syncOptions: ['CreateNamespace=true'] }))).toEqual(['Sync 0 Namespace/app']);
    expect(lines(plan([obj('ConfigMap', 'c')], { syncOptions: ['CreateNamespace=true'], namespaceExists: true }))).toEqual(['Sync 0 ConfigMap/c']);
    expect(lines(plan([obj('ConfigMap', 'c')], { syncOptions: ['CreateNamespace=false'] }))).toEqual(['Sync 0 ConfigMap/c']);
  });

  it('keeps a managed namespace in the plan even when it exists, applied server-side', () => {
    const tasks = plan([], {
      syncOptions: ['CreateNamespace=true'],
      namespaceExists: true,
      managedNamespaceMetadata: { labels: { team: 'a' }, annotations: { owner: 'me' } },
    });
    expect(tasks).toHaveLength(1);
    expect(tasks[0].action).toBe('update');
    expect(tasks[0].target?.metadata).toEqual({
      name: 'app',
      labels: { team: 'a' },
      annotations: { owner: 'me', 'argocd.argoproj.io/sync-options': 'ServerSideApply=true' },
    });
  });
});

describe('hooks (§3)', () => {
  it('makes one task per phase of a multi-phase hook and none for Skip', () => {
    const targets = [
      obj('Job', 'both', { 'argocd.argoproj.io/hook': 'PreSync,PostSync' }),
      obj('ConfigMap', 'skipped', { 'argocd.argoproj.io/hook': 'Skip' }),
      obj('Job', 'deletion-only', { 'argocd.argoproj.io/hook': 'PreDelete' }),
    ];
    const tasks = plan(targets);
    expect(lines(tasks)).toEqual(['PreSync 0 Job/both', 'PostSync 0 Job/both']);
    expect(tasks.every((t) => t.action === 'hook' && t.hookTypes.join() === 'PreSync,PostSync')).toBe(true);
  });

  it('does not prune a live object whose target is a Skip hook', () => {
    const live = [obj('ConfigMap', 'skipped', {}, { metadata: { name: 'skipped', namespace: 'app' } })];
    expect(plan([obj('ConfigMap', 'skipped', { 'argocd.argoproj.io/hook': 'Skip' })], { live })).toEqual([]);
  });

  it('maps Helm hooks, keeps crd-install as a resource and drops other Helm hooks', () => {
    const targets = [
      obj('Job', 'pre', { 'helm.sh/hook': 'pre-install,pre-upgrade' }),
      obj('Job', 'post', { 'helm.sh/hook': 'post-upgrade' }),
      obj('ConfigMap', 'crd-ish', { 'helm.sh/hook': 'crd-install' }),
      obj('Pod', 'test', { 'helm.sh/hook': 'test' }),
    ];
    expect(lines(plan(targets))).toEqual(['PreSync 0 Job/pre', 'Sync 0 ConfigMap/crd-ish', 'PostSync 0 Job/post']);
  });

  it('generates names from generateName, revision (7 chars), phase and start time', () => {
    const hook = obj('Job', '', { 'argocd.argoproj.io/hook': 'PreSync,SyncFail' }, { metadata: { generateName: 'migrate-' } });
    const startedAt = new Date(1_700_000_000_500);
    const tasks = plan([hook], { revision: 'ABCDEF0123456789', startedAt });
    expect(tasks.map((t) => t.key.name)).toEqual(['migrate-abcdef0-presync-1700000000', 'migrate-abcdef0-syncfail-1700000000']);
    expect(tasks[0].target?.metadata.name).toBe('migrate-abcdef0-presync-1700000000');
    const short = plan([hook], { revision: 'v1.2.3', startedAt });
    expect(short[0].key.name).toBe('migrate-v1.2.3-presync-1700000000');
  });

  it('gives each generateName hook its identity for previews, leaving the applied name alone', () => {
    const hook = () => obj('Job', '', { 'argocd.argoproj.io/hook': 'PreSync' }, { metadata: { generateName: 'migrate-' } });
    const named = obj('Job', 'fixed', { 'argocd.argoproj.io/hook': 'PreSync' });
    const tasks = plan([hook(), named, hook()], { revision: 'abcdef0123', startedAt: new Date(1_700_000_000_000) });
    expect(tasks.map((t) => [t.identityName, t.key.name])).toEqual([
      [undefined, 'fixed'],
      ['migrate-*', 'migrate-abcdef0-presync-1700000000'],
      ['migrate-*#2', 'migrate-abcdef0-presync-1700000000'],
    ]);
    expect(tasks.map(taskName)).toEqual(['app/fixed', 'app/migrate-*', 'app/migrate-*#2']);
  });

  it('keeps a hook with a fixed name and finds its live instance', () => {
    const live = [obj('Job', 'fixed', { 'argocd.argoproj.io/hook': 'PreSync' }, { metadata: { name: 'fixed', namespace: 'app' } })];
    const [task] = plan([obj('Job', 'fixed', { 'argocd.argoproj.io/hook': 'PreSync' })], { live });
    expect(task.key).toEqual({ group: 'batch', kind: 'Job', namespace: 'app', name: 'fixed' });
    expect(task.live).toBe(live[0]);
  });
});

describe('formatPlan', () => {
  it('prints phase, wave, group/kind, namespace/name, hook types and action per task', () => {
    const tasks = planSync({
      targets: [obj('Deployment', 'web', wave(1)), obj('Job', 'pre', { 'argocd.argoproj.io/hook': 'PreSync' }), obj('ClusterRole', 'r')],
      live: [obj('ConfigMap', 'old', { 'argocd.argoproj.io/sync-options': 'Prune=false' }, { metadata: { name: 'old', namespace: 'app' } })],
      destNamespace: 'app',
      syncOptions: [],
      prune: true,
    });
    expect(formatPlan(tasks)).toEqual([
      'PreSync\t0\tbatch/Job\tapp/pre\tPreSync\thook',
      'Sync\t0\tConfigMap\tapp/old\t-\tskip: ignored (no prune)',
      'Sync\t0\trbac.authorization.k8s.io/ClusterRole\tr\t-\tcreate',
      'Sync\t1\tapps/Deployment\tapp/web\t-\tcreate',
    ]);
  });
});
