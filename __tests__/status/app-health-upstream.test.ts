// The cases of Argo CD v3.6.1's controller/health_test.go (TestSetApplicationHealth*, TestChildAppHealth,
// TestFormatHealthCauses), replayed on compareApp/appHealth with objects shaped like its testdata
// (job-failed.yaml: a Job with a Failed condition; pod-running-restart-always.yaml: a Ready Pod).
import { describe, expect, it } from '@jest/globals';
import type { HealthStatus } from '../../src/health/status.js';
import type { K8sObject } from '../../src/model/k8s.js';
import { appHealth } from '../../src/status/app-health.js';
import { compareApp } from '../../src/status/compare.js';

const failedJob = (name = 'failed-job', annotations?: Record<string, string>): K8sObject => ({
  apiVersion: 'batch/v1',
  kind: 'Job',
  metadata: { name, namespace: 'default', ...(annotations ? { annotations } : {}) },
  spec: { backoffLimit: 0 },
  status: { conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded' }], failed: 1 },
});

const runningPod = (name = 'running-pod', annotations?: Record<string, string>): K8sObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default', ...(annotations ? { annotations } : {}) },
  spec: { restartPolicy: 'Always', containers: [{ name: 'main', image: 'alpine:latest' }] },
  status: {
    phase: 'Running',
    conditions: [{ type: 'Ready', status: 'True' }],
    containerStatuses: [{ name: 'main', ready: true, restartCount: 0, lastState: {}, state: { running: {} } }],
  },
});

/** Health of live objects compared with targets (status is not compared: it is normalized away). */
const health = async (targets: K8sObject[], live: K8sObject[]) =>
  (await compareApp({ app: 'app', predicted: targets, live, normalize: { app: 'app' }, health: {} })).health;

describe("Argo CD's setApplicationHealth cases", () => {
  it('TestSetApplicationHealth: the failed Job is the cause; as a hook, or with ignore-healthcheck, it does not count', async () => {
    expect(await health([], [runningPod(), failedJob()])).toEqual({ status: 'Degraded', message: 'Caused by batch/Job:default/failed-job' });
    expect(await health([], [runningPod(), failedJob('failed-job', { 'argocd.argoproj.io/hook': 'PreSync' })])).toEqual({ status: 'Healthy', message: '' });
    expect(await health([], [runningPod(), failedJob('failed-job', { 'argocd.argoproj.io/ignore-healthcheck': 'true' })])).toEqual({ status: 'Healthy', message: '' });
  });

  it('TestSetApplicationHealth_NoResource and _OnlyHooks: Healthy', async () => {
    expect(await health([], [])).toEqual({ status: 'Healthy', message: '' });
    const hook = runningPod('p', { 'argocd.argoproj.io/hook': 'Sync' });
    expect(await health([hook], [hook])).toEqual({ status: 'Healthy', message: '' });
  });

  it('TestSetApplicationHealth_MissingResource (also with ignore-healthcheck on the live one): Healthy', async () => {
    expect(await health([runningPod('pod'), runningPod('pod2')], [runningPod('pod2')])).toEqual({ status: 'Healthy', message: '' });
    const ignored = runningPod('pod2', { 'argocd.argoproj.io/ignore-healthcheck': 'true' });
    expect(await health([runningPod('pod'), ignored], [ignored])).toEqual({ status: 'Healthy', message: '' });
  });

  it('TestSetApplicationHealth_AllMissingResources (also with a live hook): Missing, no cause', async () => {
    expect(await health([runningPod('pod'), runningPod('pod2')], [])).toEqual({ status: 'Missing', message: '' });
    const hook = runningPod('pod2', { 'argocd.argoproj.io/hook': 'Sync' });
    expect(await health([runningPod('pod'), hook], [hook])).toEqual({ status: 'Missing', message: '' });
  });

  it('TestSetApplicationHealth_MultipleCauses: both failed Jobs, not the Pod', async () => {
    expect(await health([], [runningPod(), failedJob(), failedJob('failed-job-2')])).toEqual({
      status: 'Degraded',
      message: 'Caused by batch/Job:default/failed-job, batch/Job:default/failed-job-2',
    });
  });

  const key = (kind: string, name: string, group = '', namespace = 'default') => ({ group, kind, namespace, name });
  const live = { apiVersion: 'v1', kind: 'X', metadata: { name: 'x' } };
  const one = (k: ReturnType<typeof key>, status: HealthStatus['status']) => appHealth([{ key: k, live, health: { status, message: '' } }], 'app');

  it('TestSetApplicationHealth_HealthImproves: each status stands with the Pod as cause, Healthy without', () => {
    for (const s of ['Degraded', 'Progressing', 'Suspended'] as const) expect(one(key('Pod', 'running-pod'), s)).toEqual({ status: s, message: 'Caused by Pod:default/running-pod' });
    expect(one(key('Pod', 'running-pod'), 'Healthy')).toEqual({ status: 'Healthy', message: '' });
  });

  it('TestChildAppHealth and _MissingResource_WithChildApp: a Degraded child counts, a Missing or Unknown one does not', () => {
    const child = key('Application', 'foo', 'argoproj.io');
    expect(one(child, 'Degraded')).toEqual({ status: 'Degraded', message: 'Caused by argoproj.io/Application:default/foo' });
    expect(one(child, 'Missing')).toEqual({ status: 'Healthy', message: '' });
    expect(one(child, 'Unknown')).toEqual({ status: 'Healthy', message: '' });
  });

  it('TestFormatHealthCauses: cluster-scoped without namespace, at most 3 then "and N more"', () => {
    expect(one(key('PersistentVolume', 'pv-1', '', ''), 'Degraded').message).toBe('Caused by PersistentVolume:pv-1');
    const many = appHealth(
      Array.from({ length: 8 }, (_, i) => ({ key: key('Pod', `pod-${i}`), live, health: { status: 'Degraded' as const, message: '' } })),
      'app',
    );
    expect(many.message).toBe('Caused by Pod:default/pod-0, Pod:default/pod-1, Pod:default/pod-2 and 5 more');
  });
});

// controller/state_test.go TestCompareAppState*: the sync status part.
describe("Argo CD's CompareAppState cases", () => {
  const pod = (annotations?: Record<string, string>) => runningPod('my-pod', annotations);
  const sync = async (targets: K8sObject[], live: K8sObject[]) => (await compareApp({ app: 'app', predicted: targets, live, normalize: { app: 'app' }, health: {} })).sync;

  it('Missing and Extra: OutOfSync', async () => {
    expect(await sync([pod()], [])).toBe('OutOfSync');
    expect(await sync([], [pod()])).toBe('OutOfSync');
  });

  it('Hook, SkipHook and ExtraHook: Synced, hooks and Skip resources do not count', async () => {
    expect(await sync([pod({ 'argocd.argoproj.io/hook': 'PreSync' })], [])).toBe('Synced');
    expect(await sync([pod({ 'argocd.argoproj.io/hook': 'Skip' })], [])).toBe('Synced');
    expect(await sync([], [pod({ 'argocd.argoproj.io/hook': 'PreSync' })])).toBe('Synced');
  });

  it('CompareOptionIgnoreExtraneous: Synced', async () => {
    expect(await sync([], [pod({ 'argocd.argoproj.io/compare-options': 'IgnoreExtraneous' })])).toBe('Synced');
  });
});
