// App status from target and live objects, by the rules of argo-cd v3.6.1 controller/state.go
// CompareAppState and controller/health.go setApplicationHealth.
import { describe, expect, it } from '@jest/globals';
import { appHealth } from '../../src/status/app-health.js';
import { compareApp } from '../../src/status/compare.js';
import { conditionsSummary, statusJson, statusTable } from '../../src/status/format.js';
import { orphanCondition, orphanedResources } from '../../src/status/orphans.js';
import type { AppProject } from '../../src/model/argocd.js';
import type { K8sObject } from '../../src/model/k8s.js';

const cm = (name: string, data: Record<string, string>, annotations?: Record<string, string>): K8sObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'ns', ...(annotations ? { annotations } : {}) },
  data,
});

const deploy = (name: string, live: { replicas: number; ready: number; paused?: boolean }): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace: 'ns', generation: 1 },
  spec: { replicas: live.replicas, ...(live.paused ? { paused: true } : {}) },
  status: { observedGeneration: 1, replicas: live.replicas, updatedReplicas: live.replicas, availableReplicas: live.ready },
});

const compare = (predicted: K8sObject[], live: K8sObject[], ignoreDifferences?: { group?: string; kind: string; jsonPointers?: string[] }[]) =>
  compareApp({ app: 'web', predicted, live, normalize: { ignoreDifferences, app: 'web' }, health: {} });

describe('compareApp', () => {
  it('is Synced and Healthy when every target matches its live object', async () => {
    const r = await compare([cm('a', { k: '1' })], [{ ...cm('a', { k: '1' }), metadata: { ...cm('a', {}).metadata, resourceVersion: '7', uid: 'u' } }]);
    expect(r.sync).toBe('Synced');
    expect(r.health.status).toBe('Healthy');
    expect(r.resources.map((x) => x.status)).toEqual(['Synced']);
  });

  it('is OutOfSync with the masked diff when a live field differs', async () => {
    const r = await compare([cm('a', { k: '1' })], [cm('a', { k: '2' })]);
    expect(r.sync).toBe('OutOfSync');
    expect(r.resources[0].diff?.diff).toMatch(/-\s+k: "2"\n\+\s+k: "1"/);
  });

  it('does not count a field that ignoreDifferences removes', async () => {
    const r = await compare([cm('a', { k: '1', x: 'git' })], [cm('a', { k: '1', x: 'edited' })], [{ kind: 'ConfigMap', jsonPointers: ['/data/x'] }]);
    expect(r.sync).toBe('Synced');
  });

  it('a missing resource is OutOfSync; health stays with the live ones, Missing only when none is live', async () => {
    const some = await compare([cm('a', {}), deploy('d', { replicas: 1, ready: 1 })], [deploy('d', { replicas: 1, ready: 1 })]);
    expect(some.sync).toBe('OutOfSync');
    expect(some.health.status).toBe('Healthy');
    expect(some.resources.find((x) => x.key.name === 'a')?.health?.status).toBe('Missing');
    const none = await compare([cm('a', {}), deploy('d', { replicas: 1, ready: 1 })], []);
    expect(none.health.status).toBe('Missing');
  });

  it('an extraneous object is OutOfSync, unless it carries IgnoreExtraneous; Prune=false gets no pass', async () => {
    const extra = await compare([cm('a', {})], [cm('a', {}), cm('old', {})]);
    expect(extra.sync).toBe('OutOfSync');
    expect(extra.resources.find((x) => x.key.name === 'old')).toMatchObject({ status: 'OutOfSync', requiresPruning: true });
    const ignored = await compare([cm('a', {})], [cm('a', {}), cm('old', {}, { 'argocd.argoproj.io/compare-options': 'IgnoreExtraneous' })]);
    expect(ignored.sync).toBe('Synced');
    expect(ignored.resources.find((x) => x.key.name === 'old')?.status).toBe('OutOfSync');
    const noPrune = await compare([cm('a', {})], [cm('a', {}), cm('old', {}, { 'argocd.argoproj.io/sync-options': 'Prune=false' })]);
    expect(noPrune.sync).toBe('OutOfSync');
  });

  it('leaves hooks out of sync status and health', async () => {
    const hook: K8sObject = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'migrate', namespace: 'ns', annotations: { 'argocd.argoproj.io/hook': 'PreSync' } }, spec: {}, status: { conditions: [{ type: 'Failed', status: 'True' }] } };
    const r = await compare([cm('a', {})], [cm('a', {}), hook]);
    expect(r.sync).toBe('Synced');
    expect(r.health.status).toBe('Healthy');
    expect(r.resources.map((x) => x.key.name)).toEqual(['a']);
  });

  it('rolls health up worst-first with the causes: Progressing beats Suspended', async () => {
    const live = [deploy('paused', { replicas: 1, ready: 1, paused: true }), deploy('rolling', { replicas: 2, ready: 1 })];
    const r = await compare(live, live);
    expect(r.health).toEqual({ status: 'Progressing', message: 'Caused by apps/Deployment:ns/rolling' });
  });
});

describe('appHealth', () => {
  const key = (kind: string, name: string, group = '') => ({ group, kind, namespace: 'ns', name });
  it('skips ignore-healthcheck resources and a child Application that is Missing or Unknown', () => {
    const r = appHealth(
      [
        { key: key('Deployment', 'd', 'apps'), live: { ...cm('d', {}), metadata: { name: 'd', annotations: { 'argocd.argoproj.io/ignore-healthcheck': 'true' } } }, health: { status: 'Degraded', message: '' } },
        { key: key('Application', 'child', 'argoproj.io'), live: cm('child', {}), health: { status: 'Unknown', message: '' } },
        { key: key('Service', 's'), live: cm('s', {}), health: { status: 'Suspended', message: '' } },
      ],
      'web',
    );
    expect(r).toEqual({ status: 'Suspended', message: 'Caused by Service:ns/s' });
  });
});

describe('orphaned resources', () => {
  const project = (orphanedResources: NonNullable<AppProject['spec']['orphanedResources']>): AppProject => ({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'AppProject',
    metadata: { name: 'p' },
    spec: { orphanedResources },
  });
  const tracking = { trackingMethod: 'annotation' as const, labelKey: 'app.kubernetes.io/instance' };
  const objects = [
    cm('mine', {}),
    cm('kube-root-ca.crt', {}),
    cm('stray', {}),
    cm('theirs', {}, { 'argocd.argoproj.io/tracking-id': 'other:/ConfigMap:ns/theirs' }),
    cm('ignored-x', {}),
  ];
  it('counts untracked objects of the namespace, minus Kubernetes defaults, the ignore list and other apps', () => {
    const p = project({ warn: true, ignore: [{ kind: 'ConfigMap', name: 'ignored-*' }] });
    const orphans = orphanedResources({ project: p, namespaceObjects: objects, managed: [{ group: '', kind: 'ConfigMap', namespace: 'ns', name: 'mine' }], knownApps: new Set(['other']), tracking });
    expect(orphans.map((o) => o.name)).toEqual(['stray']);
    expect(orphanCondition(p, orphans)).toEqual({ type: 'OrphanedResourceWarning', message: 'Application has 1 orphaned resources' });
    expect(orphanCondition(project({}), orphans)).toBeUndefined();
  });
});

describe('format', () => {
  const status = {
    name: 'web',
    project: 'default',
    cluster: 'https://kubernetes.default.svc',
    namespace: 'ns',
    sync: 'OutOfSync' as const,
    health: 'Healthy' as const,
    healthMessage: '',
    syncPolicy: 'Auto-Prune',
    conditions: [
      { type: 'SharedResourceWarning' as const, message: 'a' },
      { type: 'SharedResourceWarning' as const, message: 'b' },
      { type: 'ComparisonError' as const, message: 'c' },
    ],
    resources: [],
  };
  it('prints argocd app list columns', () => {
    expect(statusTable([status])).toBe(
      'NAME  CLUSTER                         NAMESPACE  PROJECT  STATUS     HEALTH   SYNCPOLICY  CONDITIONS\n' +
        'web   https://kubernetes.default.svc  ns         default  OutOfSync  Healthy  Auto-Prune  ComparisonError,SharedResourceWarning(2)\n',
    );
    expect(conditionsSummary([])).toBe('<none>');
    expect(JSON.parse(statusJson([status]))[0]).toMatchObject({ name: 'web', sync: 'OutOfSync' });
  });
});
