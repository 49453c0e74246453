// Built-in checks (semantics §4), one row per rule, with Argo CD's messages.
import { describe, expect, it } from '@jest/globals';
import { formatHealth, healthOf, hookOutcome, worstHealth } from '../../src/health/health.js';
import type { HealthStatus } from '../../src/health/status.js';
import type { K8sObject } from '../../src/model/k8s.js';

type Row = [string, K8sObject, HealthStatus | undefined];

function k(apiVersion: string, kind: string, body: Record<string, unknown> = {}, meta: Record<string, unknown> = {}): K8sObject {
  return { apiVersion, kind, metadata: { name: 'n', ...meta }, ...body };
}
const H = (status: HealthStatus['status'], message = ''): HealthStatus => ({ status, message });
const cond = (type: string, status: string, extra: Record<string, unknown> = {}) => ({ type, status, ...extra });

const deploy = (spec: Record<string, unknown>, status: Record<string, unknown>, generation = 1) =>
  k('apps/v1', 'Deployment', { spec, status }, { generation });

const rows: Row[] = [
  // Deployment
  ['deployment paused', deploy({ paused: true, replicas: 1 }, {}), H('Suspended', 'Deployment is paused')],
  ['deployment generation not observed', deploy({ replicas: 1 }, { observedGeneration: 1 }, 2), H('Progressing', 'Waiting for rollout to finish: observed deployment generation less than desired generation')],
  [
    'deployment deadline exceeded',
    deploy({ replicas: 2 }, { observedGeneration: 1, conditions: [cond('Progressing', 'False', { reason: 'ProgressDeadlineExceeded' })] }),
    H('Degraded', 'Deployment "n" exceeded its progress deadline'),
  ],
  ['deployment updating', deploy({ replicas: 3 }, { observedGeneration: 1, updatedReplicas: 1 }), H('Progressing', 'Waiting for rollout to finish: 1 out of 3 new replicas have been updated...')],
  ['deployment old replicas', deploy({ replicas: 2 }, { observedGeneration: 1, updatedReplicas: 2, replicas: 3 }), H('Progressing', 'Waiting for rollout to finish: 1 old replicas are pending termination...')],
  ['deployment unavailable', deploy({ replicas: 2 }, { observedGeneration: 1, updatedReplicas: 2, replicas: 2, availableReplicas: 1 }), H('Progressing', 'Waiting for rollout to finish: 1 of 2 updated replicas are available...')],
  ['deployment healthy', deploy({ replicas: 2 }, { observedGeneration: 1, updatedReplicas: 2, replicas: 2, availableReplicas: 2 }), H('Healthy')],
  ['deployment old apiVersion', k('apps/v1beta2', 'Deployment'), H('Unknown', 'unsupported Deployment GVK: apps/v1beta2, Kind=Deployment')],
  // StatefulSet
  ['sts not observed', k('apps/v1', 'StatefulSet', { spec: { replicas: 1 }, status: { observedGeneration: 0 } }), H('Progressing', 'Waiting for statefulset spec update to be observed...')],
  ['sts not ready', k('apps/v1', 'StatefulSet', { spec: { replicas: 3 }, status: { observedGeneration: 1, readyReplicas: 1 } }), H('Progressing', 'Waiting for 2 pods to be ready...')],
  [
    'sts partitioned rolling',
    k('apps/v1', 'StatefulSet', { spec: { replicas: 3, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 1 } } }, status: { observedGeneration: 1, readyReplicas: 3, updatedReplicas: 1 } }),
    H('Progressing', 'Waiting for partitioned roll out to finish: 1 out of 2 new pods have been updated...'),
  ],
  [
    'sts rolling block complete',
    k('apps/v1', 'StatefulSet', { spec: { replicas: 2, updateStrategy: { type: 'RollingUpdate', rollingUpdate: {} } }, status: { observedGeneration: 1, readyReplicas: 2, updatedReplicas: 2 } }),
    H('Healthy', 'partitioned roll out complete: 2 new pods have been updated...'),
  ],
  ['sts on delete', k('apps/v1', 'StatefulSet', { spec: { replicas: 2, updateStrategy: { type: 'OnDelete' } }, status: { observedGeneration: 1, readyReplicas: 2 } }), H('Healthy', 'statefulset has 2 ready pods')],
  [
    'sts revision pending',
    k('apps/v1', 'StatefulSet', { spec: { replicas: 1, updateStrategy: { type: 'RollingUpdate' } }, status: { observedGeneration: 1, readyReplicas: 1, updatedReplicas: 0, updateRevision: 'r2', currentRevision: 'r1' } }),
    H('Progressing', 'waiting for statefulset rolling update to complete 0 pods at revision r2...'),
  ],
  [
    'sts done',
    k('apps/v1', 'StatefulSet', { spec: { replicas: 1 }, status: { observedGeneration: 1, readyReplicas: 1, currentReplicas: 1, updateRevision: 'r1', currentRevision: 'r1' } }),
    H('Healthy', 'statefulset rolling update complete 1 pods at revision r1...'),
  ],
  // DaemonSet
  ['ds not observed', k('apps/v1', 'DaemonSet', { status: { observedGeneration: 1 } }, { generation: 2 }), H('Progressing', 'Waiting for rollout to finish: observed daemon set generation less than desired generation')],
  ['ds on delete', k('apps/v1', 'DaemonSet', { spec: { updateStrategy: { type: 'OnDelete' } }, status: { updatedNumberScheduled: 1, desiredNumberScheduled: 3 } }), H('Healthy', 'daemon set 1 out of 3 new pods have been updated')],
  ['ds updating', k('apps/v1', 'DaemonSet', { status: { updatedNumberScheduled: 1, desiredNumberScheduled: 3 } }), H('Progressing', 'Waiting for daemon set "n" rollout to finish: 1 out of 3 new pods have been updated...')],
  ['ds unavailable', k('apps/v1', 'DaemonSet', { status: { updatedNumberScheduled: 3, desiredNumberScheduled: 3, numberAvailable: 2 } }), H('Progressing', 'Waiting for daemon set "n" rollout to finish: 2 of 3 updated pods are available...')],
  ['ds healthy', k('apps/v1', 'DaemonSet', { status: { updatedNumberScheduled: 3, desiredNumberScheduled: 3, numberAvailable: 3 } }), H('Healthy')],
  // ReplicaSet
  ['rs not observed', k('apps/v1', 'ReplicaSet', { status: {} }, { generation: 1 }), H('Progressing', 'Waiting for rollout to finish: observed replica set generation less than desired generation')],
  ['rs failure', k('apps/v1', 'ReplicaSet', { spec: { replicas: 1 }, status: { conditions: [cond('ReplicaFailure', 'True', { message: 'quota exceeded' })] } }), H('Degraded', 'quota exceeded')],
  ['rs unavailable', k('apps/v1', 'ReplicaSet', { spec: { replicas: 2 }, status: { availableReplicas: 1 } }), H('Progressing', 'Waiting for rollout to finish: 1 out of 2 new replicas are available...')],
  ['rs healthy', k('apps/v1', 'ReplicaSet', { spec: { replicas: 2 }, status: { availableReplicas: 2 } }), H('Healthy')],
  // Pod
  [
    'pod crash loop (long-running)',
    k('v1', 'Pod', { spec: { restartPolicy: 'Always' }, status: { phase: 'Running', containerStatuses: [{ state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m' } } }, { state: { waiting: { reason: 'ErrImagePull', message: 'no image' } } }] } }),
    H('Degraded', 'back-off 5m, no image'),
  ],
  [
    'pod image pull backoff in a hook pod stays Pending',
    k('v1', 'Pod', { spec: { restartPolicy: 'Never' }, status: { phase: 'Pending', message: 'waiting', containerStatuses: [{ state: { waiting: { reason: 'ImagePullBackOff' } } }] } }),
    H('Progressing', 'waiting'),
  ],
  ['pod succeeded', k('v1', 'Pod', { spec: { restartPolicy: 'Never' }, status: { phase: 'Succeeded' } }), H('Healthy')],
  ['pod failed with message', k('v1', 'Pod', { status: { phase: 'Failed', message: 'evicted' } }), H('Degraded', 'evicted')],
  [
    'pod failed: exit code',
    k('v1', 'Pod', { status: { phase: 'Failed', containerStatuses: [{ name: 'main', state: { terminated: { exitCode: 2 } } }] } }),
    H('Degraded', 'container "main" failed with exit code 2'),
  ],
  ['pod failed: OOM', k('v1', 'Pod', { status: { phase: 'Failed', initContainerStatuses: [{ name: 'init', state: { terminated: { reason: 'OOMKilled', exitCode: 137 } } }] } }), H('Degraded', 'OOMKilled')],
  ['pod running ready', k('v1', 'Pod', { spec: { restartPolicy: 'Always' }, status: { phase: 'Running', conditions: [cond('Ready', 'True')] } }), H('Healthy')],
  [
    'pod running restarted',
    k('v1', 'Pod', { spec: { restartPolicy: 'Always' }, status: { phase: 'Running', containerStatuses: [{ lastState: { terminated: { exitCode: 1 } } }] } }),
    H('Degraded'),
  ],
  ['pod running not ready', k('v1', 'Pod', { spec: { restartPolicy: 'Always' }, status: { phase: 'Running' } }), H('Progressing')],
  ['pod running hook', k('v1', 'Pod', { spec: { restartPolicy: 'OnFailure' }, status: { phase: 'Running' } }), H('Progressing')],
  ['pod unknown phase', k('v1', 'Pod', { status: { phase: 'Unknown', message: 'node lost' } }), H('Unknown', 'node lost')],
  // Job
  ['job failed', k('batch/v1', 'Job', { status: { conditions: [cond('Failed', 'True', { message: 'BackoffLimitExceeded' }), cond('Complete', 'True')] } }), H('Degraded', 'BackoffLimitExceeded')],
  ['job suspended', k('batch/v1', 'Job', { status: { conditions: [cond('Suspended', 'True', { message: 'suspended' })] } }), H('Suspended', 'suspended')],
  ['job resumed counts as done', k('batch/v1', 'Job', { status: { conditions: [cond('Suspended', 'False', { message: 'resumed' })] } }), H('Healthy', 'resumed')],
  ['job complete', k('batch/v1', 'Job', { status: { conditions: [cond('Complete', 'True', { message: 'done' })] } }), H('Healthy', 'done')],
  ['job running', k('batch/v1', 'Job', { status: {} }), H('Progressing')],
  // PVC
  ['pvc bound', k('v1', 'PersistentVolumeClaim', { status: { phase: 'Bound' } }), H('Healthy')],
  ['pvc pending (v3.6.1: no message)', k('v1', 'PersistentVolumeClaim', { status: { phase: 'Pending' } }, { annotations: { 'volume.beta.kubernetes.io/storage-provisioner': 'csi' } }), H('Progressing')],
  ['pvc lost', k('v1', 'PersistentVolumeClaim', { status: { phase: 'Lost' } }), H('Degraded')],
  ['pvc no phase', k('v1', 'PersistentVolumeClaim', { status: {} }), H('Unknown')],
  // Service, Ingress
  ['svc cluster ip', k('v1', 'Service', { spec: { type: 'ClusterIP' } }), H('Healthy')],
  ['svc lb pending', k('v1', 'Service', { spec: { type: 'LoadBalancer' }, status: { loadBalancer: {} } }), H('Progressing')],
  ['svc lb ready', k('v1', 'Service', { spec: { type: 'LoadBalancer' }, status: { loadBalancer: { ingress: [{ ip: '1.2.3.4' }] } } }), H('Healthy')],
  ['ingress pending', k('networking.k8s.io/v1', 'Ingress', { status: { loadBalancer: { ingress: [] } } }), H('Progressing')],
  ['ingress ready (extensions)', k('extensions/v1beta1', 'Ingress', { status: { loadBalancer: { ingress: [{ hostname: 'a' }] } } }), H('Healthy')],
  // APIService
  ['apiservice available', k('apiregistration.k8s.io/v1', 'APIService', { status: { conditions: [cond('Available', 'True', { reason: 'Passed', message: 'all checks passed' })] } }), H('Healthy', 'Passed: all checks passed')],
  ['apiservice unavailable', k('apiregistration.k8s.io/v1beta1', 'APIService', { status: { conditions: [cond('Available', 'False', { reason: 'MissingEndpoints', message: 'no endpoints' })] } }), H('Progressing', 'MissingEndpoints: no endpoints')],
  ['apiservice new', k('apiregistration.k8s.io/v1', 'APIService', { status: {} }), H('Progressing', 'Waiting to be processed')],
  // HPA
  ['hpa v2 degraded', k('autoscaling/v2', 'HorizontalPodAutoscaler', { status: { conditions: [cond('AbleToScale', 'False', { reason: 'FailedGetScale', message: 'no scale' })] } }), H('Degraded', 'no scale')],
  ['hpa v2 metric failure', k('autoscaling/v2', 'HorizontalPodAutoscaler', { status: { conditions: [cond('ScalingActive', 'False', { reason: 'FailedGetObjectMetric', message: 'no metric' })] } }), H('Degraded', 'no metric')],
  ['hpa v2: a FailedGet*Metric reason not in the list waits', k('autoscaling/v2', 'HorizontalPodAutoscaler', { status: { conditions: [cond('ScalingActive', 'False', { reason: 'FailedGetContainerResourceMetric', message: 'x' })] } }), H('Progressing', 'Waiting to Autoscale')],
  ['hpa v2: degraded is checked over all conditions first', k('autoscaling/v2', 'HorizontalPodAutoscaler', { status: { conditions: [cond('AbleToScale', 'True', { message: 'ok' }), cond('ScalingActive', 'False', { reason: 'InvalidSelector', message: 'bad' })] } }), H('Degraded', 'bad')],
  ['hpa v2beta2 unsupported', k('autoscaling/v2beta2', 'HorizontalPodAutoscaler', { status: {} }), H('Unknown', 'unsupported HPA GVK: autoscaling/v2beta2, Kind=HorizontalPodAutoscaler')],
  ['hpa v2beta1 unsupported', k('autoscaling/v2beta1', 'HorizontalPodAutoscaler', { status: {} }), H('Unknown', 'unsupported HPA GVK: autoscaling/v2beta1, Kind=HorizontalPodAutoscaler')],
  ['hpa v2 healthy', k('autoscaling/v2', 'HorizontalPodAutoscaler', { status: { conditions: [cond('AbleToScale', 'True', { reason: 'ReadyForNewScale', message: 'ready' })] } }), H('Healthy', 'ready')],
  ['hpa v2 limited', k('autoscaling/v2', 'HorizontalPodAutoscaler', { status: { conditions: [cond('ScalingLimited', 'True', { message: 'too few' })] } }), H('Healthy', 'too few')],
  ['hpa v2 waiting', k('autoscaling/v2', 'HorizontalPodAutoscaler', { status: {} }), H('Progressing', 'Waiting to Autoscale')],
  [
    'hpa v1 annotation',
    k('autoscaling/v1', 'HorizontalPodAutoscaler', {}, { annotations: { 'autoscaling.alpha.kubernetes.io/conditions': JSON.stringify([cond('ScalingActive', 'False', { reason: 'InvalidSelector', message: 'bad selector' })]) } }),
    H('Degraded', 'bad selector'),
  ],
  ['hpa v1 no annotation', k('autoscaling/v1', 'HorizontalPodAutoscaler'), H('Progressing', 'Waiting to Autoscale')],
  // CRD
  ['crd no conditions', k('apiextensions.k8s.io/v1', 'CustomResourceDefinition', { status: {} }), H('Progressing', 'Status conditions not found')],
  ['crd names rejected', k('apiextensions.k8s.io/v1', 'CustomResourceDefinition', { status: { conditions: [cond('NamesAccepted', 'False', { message: 'taken' })] } }), H('Degraded', 'CRD names have not been accepted: taken')],
  ['crd non structural', k('apiextensions.k8s.io/v1', 'CustomResourceDefinition', { status: { conditions: [cond('Established', 'True'), cond('NonStructuralSchema', 'True', { message: 'bad' })] } }), H('Degraded', 'Schema violations found: bad')],
  ['crd installing', k('apiextensions.k8s.io/v1', 'CustomResourceDefinition', { status: { conditions: [cond('Established', 'False', { reason: 'Installing' })] } }), H('Progressing', 'CRD is being installed')],
  ['crd not established', k('apiextensions.k8s.io/v1', 'CustomResourceDefinition', { status: { conditions: [cond('Established', 'False', { reason: 'Other' })] } }), H('Progressing', 'CRD is not established')],
  ['crd healthy', k('apiextensions.k8s.io/v1', 'CustomResourceDefinition', { status: { conditions: [cond('NamesAccepted', 'True'), cond('Established', 'True')] } }), H('Healthy', 'CRD is healthy')],
  // Argo Workflow, and kinds without a check
  ['workflow running', k('argoproj.io/v1alpha1', 'Workflow', { status: { phase: 'Running', message: 'step 2' } }), H('Progressing', 'step 2')],
  ['workflow error', k('argoproj.io/v1alpha1', 'Workflow', { status: { phase: 'Error' } }), H('Degraded')],
  ['argo application has no check', k('argoproj.io/v1alpha1', 'Application', { status: { health: { status: 'Degraded' } } }), undefined],
  ['configmap has no check', k('v1', 'ConfigMap'), undefined],
  ['custom resource has no check', k('example.com/v1', 'Widget'), undefined],
];

describe('built-in health checks', () => {
  it.each(rows)('%s', (_name, obj, expected) => {
    expect(healthOf(obj)).toEqual(expected);
  });

  const deleting = (finalizers?: string[]) => ({ deletionTimestamp: '2024-01-01T00:00:00Z', ...(finalizers ? { finalizers } : {}) });

  it('reports Pending deletion, naming the finalizers that block it', () => {
    expect(healthOf(k('v1', 'ConfigMap', {}, deleting()))).toEqual(H('Progressing', 'Pending deletion'));
    expect(healthOf(k('batch/v1', 'Job', { status: { conditions: [cond('Complete', 'True')] } }, deleting(['a', 'b'])))).toEqual(
      H('Progressing', 'Pending deletion; blocked by finalizers: a, b'),
    );
  });

  it("keeps the kind's own health while Argo CD's hook finalizer holds the object", () => {
    const job = k('batch/v1', 'Job', { status: { conditions: [cond('Complete', 'True', { message: 'done' })] } }, deleting(['argocd.argoproj.io/hook-finalizer']));
    expect(healthOf(job)).toEqual(H('Healthy', 'done'));
  });

  it("reports a failing check's error before deletion", () => {
    expect(healthOf(k('autoscaling/v2beta1', 'HorizontalPodAutoscaler', {}, deleting(['x'])))).toEqual(
      H('Unknown', 'unsupported HPA GVK: autoscaling/v2beta1, Kind=HorizontalPodAutoscaler'),
    );
  });

  it('honours the ignore-restart-policy annotation on a pod that is not a hook', () => {
    const annotations = { 'argocd.argoproj.io/ignore-restart-policy': 'true' };
    const status = { phase: 'Running', conditions: [cond('Ready', 'True')], message: 'up' };
    expect(healthOf(k('v1', 'Pod', { spec: { restartPolicy: 'Never' }, status }, { annotations }))).toEqual(H('Healthy', 'up'));
    const hook = { annotations: { ...annotations, 'argocd.argoproj.io/hook': 'PreSync' } };
    expect(healthOf(k('v1', 'Pod', { spec: { restartPolicy: 'Never' }, status }, hook))).toEqual(H('Progressing', 'up'));
  });
});

describe('worstHealth', () => {
  it('ranks Healthy < Suspended < Progressing < Missing < Degraded < Unknown', () => {
    expect(worstHealth([])).toBe('Healthy');
    expect(worstHealth(['Suspended', 'Healthy'])).toBe('Suspended');
    expect(worstHealth(['Missing', 'Progressing', 'Suspended'])).toBe('Missing');
    expect(worstHealth([H('Degraded'), 'Missing'])).toBe('Degraded');
    expect(worstHealth(['Unknown', 'Degraded'])).toBe('Unknown');
  });
});

describe('hookOutcome (§3 completion)', () => {
  it.each([
    ['job complete', k('batch/v1', 'Job', { status: { conditions: [cond('Complete', 'True')] } }), 'Succeeded'],
    ['job failed', k('batch/v1', 'Job', { status: { conditions: [cond('Failed', 'True', { message: 'x' })] } }), 'Failed'],
    ['job running', k('batch/v1', 'Job', { status: {} }), 'Running'],
    ['pod never: succeeded', k('v1', 'Pod', { spec: { restartPolicy: 'Never' }, status: { phase: 'Succeeded' } }), 'Succeeded'],
    ['pod never: failed', k('v1', 'Pod', { spec: { restartPolicy: 'Never' }, status: { phase: 'Failed' } }), 'Failed'],
    ['pod never: running', k('v1', 'Pod', { spec: { restartPolicy: 'Never' }, status: { phase: 'Running' } }), 'Running'],
    ['workflow succeeded', k('argoproj.io/v1alpha1', 'Workflow', { status: { phase: 'Succeeded' } }), 'Succeeded'],
    ['pod unknown phase', k('v1', 'Pod', { status: { phase: 'Unknown' } }), 'Failed'],
  ])('%s → %s', (_name, obj, phase) => {
    expect(hookOutcome(obj).phase).toBe(phase);
  });

  it('succeeds at once, "<name> created", for kinds without a check', () => {
    expect(hookOutcome(k('v1', 'ConfigMap', {}, { name: 'seed' }))).toEqual({ phase: 'Succeeded', message: 'seed created' });
  });
});

describe('formatHealth', () => {
  it('prints Kind/name, status and message separated by tabs, `none` without a check', () => {
    const job = k('batch/v1', 'Job', { status: { conditions: [cond('Complete', 'True', { message: 'done' })] } }, { name: 'migrate' });
    expect(formatHealth(job, healthOf(job))).toBe('Job/migrate\tHealthy\tdone');
    const cm = k('v1', 'ConfigMap', {}, { name: 'cfg' });
    expect(formatHealth(cm, healthOf(cm))).toBe('ConfigMap/cfg\tnone\t');
  });
});
