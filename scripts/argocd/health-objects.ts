// Seeded generator of objects for the differential test of Argo CD's built-in Go health checks: every
// kind gitops-engine's GetHealthCheckFunc handles, with the fields its checks read varied (generations,
// replica counts, conditions, pod waiting/terminated states and restart policies, hook annotations,
// HPA versions and conditions, PVC phases, load balancers, deletion with and without finalizers,
// Argo CD's hook finalizer among them), plus kinds without a check. Same seed, same objects.
import type { K8sObject } from '../../src/model/k8s.js';

type Obj = Record<string, unknown>;

/** mulberry32: small, seedable, good enough to spread cases. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Gen {
  constructor(readonly rand: () => number) {}
  int(max: number): number {
    return Math.floor(this.rand() * (max + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length - 1)];
  }
  maybe<T>(value: () => T, p = 0.5): T | undefined {
    return this.rand() < p ? value() : undefined;
  }
  list<T>(max: number, item: () => T): T[] {
    return Array.from({ length: this.int(max) }, item);
  }
  condition(types: readonly string[], reasons: readonly string[]): Obj {
    return prune({ type: this.pick(types), status: this.pick(['True', 'False', 'Unknown']), reason: this.maybe(() => this.pick(reasons)), message: this.maybe(() => `msg ${this.int(99)}`) });
  }
}

/** Drops undefined fields, so absent stays absent in JSON. */
function prune(o: Obj): Obj {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

const FINALIZERS = [undefined, [], ['example.com/a'], ['example.com/a', 'example.com/b'], ['argocd.argoproj.io/hook-finalizer'], ['example.com/a', 'argocd.argoproj.io/hook-finalizer']];

function metadata(g: Gen, i: number, annotations: Obj = {}): Obj {
  const deleting = g.rand() < 0.2;
  const anns = prune({ ...annotations });
  return prune({
    name: `obj-${i}`,
    namespace: 'default',
    generation: g.maybe(() => g.int(3), 0.8),
    deletionTimestamp: deleting ? '2024-01-01T00:00:00Z' : undefined,
    finalizers: g.pick(FINALIZERS),
    annotations: Object.keys(anns).length > 0 ? anns : undefined,
  });
}

/** HPA v1 conditions annotations Go's json.Unmarshal refuses, or reads with surprises. */
const BAD_ANNOTATIONS = [
  'not json', '', ' ', '{"a":1}', '"str"', '42', 'true', 'null', '[1]', '[[]]', '[null]', '[{"type":1}]', '[{"reason":true}]', '[{"status":{}}]',
  '[{"type":"AbleToScale","status":"True"', '[{"type":"AbleToScale" "x"}]', '[] x', '[tru]', '[nul]', '[fals]', '[1.e5]', '[-]', '[1e]', '[01]',
  '[{"type":"AbleToScale",}]', '[,]', '[{"type":"x"},]', '[{"a":"\\q"}]', '[{"a":"\\u12"}]', '[{"a":"x\ty"}]', "['x']", '[{a:1}]', '[{"a" 1}]',
  '[{"TYPE":"AbleToScale","Status":"True","MESSAGE":"m"}]', '[{"type":"ScalingActive","reason":"InvalidSelector","message":"bad","extra":[1,{"b":null}]}]',
];

const n = (g: Gen) => g.maybe(() => g.int(4), 0.8);

const KINDS: Record<string, (g: Gen, i: number) => Obj> = {
  Deployment: (g, i) => ({
    apiVersion: g.pick(['apps/v1', 'apps/v1', 'apps/v1', 'apps/v1beta2']),
    kind: 'Deployment',
    metadata: metadata(g, i),
    spec: prune({ paused: g.maybe(() => g.rand() < 0.3, 0.5), replicas: n(g) }),
    status: prune({
      observedGeneration: n(g),
      replicas: n(g),
      updatedReplicas: n(g),
      availableReplicas: n(g),
      conditions: g.list(2, () => g.condition(['Progressing', 'Available'], ['ProgressDeadlineExceeded', 'NewReplicaSetAvailable', 'ReplicaSetUpdated'])),
    }),
  }),
  StatefulSet: (g, i) => ({
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: metadata(g, i),
    spec: prune({
      replicas: n(g),
      updateStrategy: g.maybe(() => prune({ type: g.pick(['RollingUpdate', 'OnDelete']), rollingUpdate: g.maybe(() => prune({ partition: n(g) })) })),
    }),
    status: prune({
      observedGeneration: n(g),
      readyReplicas: n(g),
      updatedReplicas: n(g),
      currentReplicas: n(g),
      currentRevision: g.maybe(() => g.pick(['rev-1', 'rev-2'])),
      updateRevision: g.maybe(() => g.pick(['rev-1', 'rev-2'])),
    }),
  }),
  ReplicaSet: (g, i) => ({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: metadata(g, i),
    spec: prune({ replicas: n(g) }),
    status: prune({ observedGeneration: n(g), availableReplicas: n(g), conditions: g.list(2, () => g.condition(['ReplicaFailure', 'Other'], ['FailedCreate'])) }),
  }),
  DaemonSet: (g, i) => ({
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: metadata(g, i),
    spec: prune({ updateStrategy: g.maybe(() => ({ type: g.pick(['RollingUpdate', 'OnDelete']) })) }),
    status: prune({ observedGeneration: n(g), updatedNumberScheduled: n(g), desiredNumberScheduled: n(g), numberAvailable: n(g) }),
  }),
  Ingress: (g, i) => ({
    apiVersion: g.pick(['networking.k8s.io/v1', 'extensions/v1beta1']),
    kind: 'Ingress',
    metadata: metadata(g, i),
    status: prune({ loadBalancer: g.maybe(() => ({ ingress: g.list(2, () => ({ ip: '10.0.0.1' })) })) }),
  }),
  Service: (g, i) => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadata(g, i),
    spec: prune({ type: g.maybe(() => g.pick(['LoadBalancer', 'ClusterIP', 'NodePort'])) }),
    status: prune({ loadBalancer: g.maybe(() => ({ ingress: g.list(2, () => ({ hostname: 'lb.example.com' })) })) }),
  }),
  PersistentVolumeClaim: (g, i) => ({
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: metadata(g, i, { 'volume.beta.kubernetes.io/storage-provisioner': g.maybe(() => 'csi') }),
    status: prune({ phase: g.maybe(() => g.pick(['Pending', 'Bound', 'Lost', 'Weird'])) }),
  }),
  Pod: (g, i) => {
    const state = (): Obj =>
      g.pick([
        {},
        { running: {} },
        { waiting: prune({ reason: g.pick(['ErrImagePull', 'ImagePullBackOff', 'CrashLoopBackOff', 'CreateContainerConfigError', 'ContainerCreating', 'PodInitializing']), message: g.maybe(() => `waiting ${g.int(9)}`) }) },
        { terminated: prune({ exitCode: g.pick([0, 1, 137]), reason: g.maybe(() => g.pick(['OOMKilled', 'Error', 'Completed'])), message: g.maybe(() => `terminated ${g.int(9)}`) }) },
      ]);
    const container = (): Obj => prune({ name: `c${g.int(2)}`, ready: g.rand() < 0.5, restartCount: 0, image: 'x', imageID: '', state: state(), lastState: g.maybe(() => state(), 0.3) });
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: metadata(g, i, {
        'argocd.argoproj.io/ignore-restart-policy': g.maybe(() => g.pick(['true', 'false']), 0.3),
        'argocd.argoproj.io/hook': g.maybe(() => g.pick(['PreSync', 'Skip', 'PostSync,Skip']), 0.2),
        'helm.sh/hook': g.maybe(() => 'pre-install', 0.1),
      }),
      spec: prune({ restartPolicy: g.maybe(() => g.pick(['Always', 'OnFailure', 'Never']), 0.9), containers: [{ name: 'c0', image: 'x' }] }),
      status: prune({
        phase: g.maybe(() => g.pick(['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown']), 0.95),
        message: g.maybe(() => `pod message ${g.int(9)}`, 0.3),
        conditions: g.list(2, () => g.condition(['Ready', 'PodScheduled'], ['x'])),
        containerStatuses: g.list(2, container),
        initContainerStatuses: g.maybe(() => g.list(2, container), 0.3),
      }),
    };
  },
  Job: (g, i) => ({
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: metadata(g, i),
    status: prune({ conditions: g.list(3, () => g.condition(['Failed', 'Complete', 'Suspended', 'FailureTarget', 'SuccessCriteriaMet'], ['BackoffLimitExceeded', 'JobSuspended'])) }),
  }),
  HorizontalPodAutoscaler: (g, i) => {
    const version = g.pick(['v1', 'v2', 'v2', 'v2beta1', 'v2beta2']);
    const conditions = () =>
      g.list(3, () =>
        g.condition(
          ['AbleToScale', 'ScalingActive', 'ScalingLimited'],
          ['FailedGetScale', 'FailedUpdateScale', 'FailedGetResourceMetric', 'FailedGetObjectMetric', 'FailedGetPodsMetric', 'FailedGetExternalMetric', 'FailedGetContainerResourceMetric', 'FailedComputeMetricsReplicas', 'InvalidSelector', 'ReadyForNewScale', 'ValidMetricFound', 'TooFewReplicas'],
        ),
      );
    const v1Conditions = version === 'v1' ? g.maybe(() => (g.rand() < 0.2 ? g.pick(BAD_ANNOTATIONS) : JSON.stringify(conditions())), 0.8) : undefined;
    return {
      apiVersion: `autoscaling/${version}`,
      kind: 'HorizontalPodAutoscaler',
      metadata: metadata(g, i, { 'autoscaling.alpha.kubernetes.io/conditions': v1Conditions }),
      spec: { maxReplicas: 3, scaleTargetRef: { kind: 'Deployment', name: 'x' } },
      status: prune({ currentReplicas: 1, desiredReplicas: 1, conditions: version === 'v1' ? undefined : conditions() }),
    };
  },
  APIService: (g, i) => ({
    apiVersion: g.pick(['apiregistration.k8s.io/v1', 'apiregistration.k8s.io/v1beta1']),
    kind: 'APIService',
    metadata: metadata(g, i),
    status: prune({ conditions: g.list(2, () => g.condition(['Available', 'Other'], ['Passed', 'MissingEndpoints', 'FailedDiscoveryCheck'])) }),
  }),
  Workflow: (g, i) => ({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Workflow',
    metadata: metadata(g, i),
    status: prune({ phase: g.maybe(() => g.pick(['', 'Pending', 'Running', 'Succeeded', 'Failed', 'Error', 'Odd'])), message: g.maybe(() => `wf ${g.int(9)}`) }),
  }),
  ConfigMap: (g, i) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: metadata(g, i), data: { a: 'b' } }),
};

export const GENERATED_KINDS = Object.keys(KINDS);

/** `perKind` objects of every kind, the same for the same seed. */
export function generateObjects(seed: number, perKind: number): K8sObject[] {
  const g = new Gen(prng(seed));
  const out: K8sObject[] = [];
  for (const make of Object.values(KINDS)) for (let i = 0; i < perKind; i++) out.push(make(g, i) as unknown as K8sObject);
  return out;
}
