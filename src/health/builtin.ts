// Argo CD's built-in Go health checks, rule for rule and message for message (gitops-engine v3.6.1
// pkg/health/health_*.go). Kinds with a built-in Lua script are in lua/builtin-scripts.ts.
import { ANN_IGNORE_RESTART_POLICY } from '../model/annotations.js';
import type { K8sObject } from '../model/k8s.js';
import { groupOf, versionOf } from '../model/k8s.js';
import { hookTypes } from '../sync/hooks.js';
import { goUnmarshalConditions } from './go-json.js';
import type { CheckResult, HealthStatusCode } from './status.js';

type Check = (obj: K8sObject) => CheckResult;
type Obj = Record<string, unknown>;

/** A check per group/kind, each with the API versions it understands (others → Unknown). */
const CHECKS: Readonly<Record<string, { versions: readonly string[] | 'any'; check: Check }>> = {
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

export function hasGoCheck(group: string, kind: string): boolean {
  return CHECKS[`${group}/${kind}`] !== undefined;
}

/** Built-in health of `obj`, or undefined when Argo CD has no Go check for its kind. */
export function builtinHealth(obj: K8sObject): CheckResult | undefined {
  const group = groupOf(obj.apiVersion);
  const entry = CHECKS[`${group}/${obj.kind}`];
  if (!entry) return undefined;
  const version = versionOf(obj.apiVersion);
  if (entry.versions !== 'any' && !entry.versions.includes(version)) {
    // Go prints a GroupVersionKind as `group/version, Kind=kind`.
    const label = obj.kind === 'HorizontalPodAutoscaler' ? 'HPA' : obj.kind;
    return failed(`unsupported ${label} GVK: ${group}/${version}, Kind=${obj.kind}`);
  }
  return entry.check(obj);
}

function h(status: HealthStatusCode, message = ''): CheckResult {
  return { status, message };
}

/** A check that returned an error: Argo CD reports it as Unknown, even for an object being deleted. */
function failed(message: string): CheckResult {
  return { status: 'Unknown', message, error: true };
}

function o(v: unknown): Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {};
}
function arr(v: unknown): Obj[] {
  return Array.isArray(v) ? v.map(o) : [];
}
function num(v: unknown): number {
  return typeof v === 'number' ? v : 0;
}
function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}
/** An optional int field (Go pointer): undefined when absent. */
function optNum(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}

const spec = (obj: K8sObject) => o(obj.spec);
const status = (obj: K8sObject) => o(obj.status);
const generation = (obj: K8sObject) => num(obj.metadata?.generation);
const conditions = (obj: K8sObject) => arr(status(obj).conditions);

function deployment(obj: K8sObject): CheckResult {
  const s = status(obj);
  if (spec(obj).paused === true) return h('Suspended', 'Deployment is paused');
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
  if (total > updated) return h('Progressing', `Waiting for rollout to finish: ${total - updated} old replicas are pending termination...`);
  if (available < updated) return h('Progressing', `Waiting for rollout to finish: ${available} of ${updated} updated replicas are available...`);
  return h('Healthy');
}

function statefulSet(obj: K8sObject): CheckResult {
  const s = status(obj);
  const observed = num(s.observedGeneration);
  if (observed === 0 || generation(obj) > observed) return h('Progressing', 'Waiting for statefulset spec update to be observed...');
  const replicas = optNum(spec(obj).replicas);
  const ready = num(s.readyReplicas);
  if (replicas !== undefined && ready < replicas) return h('Progressing', `Waiting for ${replicas - ready} pods to be ready...`);
  const strategy = o(spec(obj).updateStrategy);
  const updated = num(s.updatedReplicas);
  if (strategy.type === 'RollingUpdate' && strategy.rollingUpdate !== undefined && strategy.rollingUpdate !== null) {
    const partition = optNum(o(strategy.rollingUpdate).partition);
    if (replicas !== undefined && partition !== undefined && updated < replicas - partition) {
      return h('Progressing', `Waiting for partitioned roll out to finish: ${updated} out of ${replicas - partition} new pods have been updated...`);
    }
    return h('Healthy', `partitioned roll out complete: ${updated} new pods have been updated...`);
  }
  if (strategy.type === 'OnDelete') return h('Healthy', `statefulset has ${ready} ready pods`);
  const [updateRevision, currentRevision] = [str(s.updateRevision), str(s.currentRevision)];
  if (updateRevision !== currentRevision) {
    return h('Progressing', `waiting for statefulset rolling update to complete ${updated} pods at revision ${updateRevision}...`);
  }
  return h('Healthy', `statefulset rolling update complete ${num(s.currentReplicas)} pods at revision ${currentRevision}...`);
}

function daemonSet(obj: K8sObject): CheckResult {
  const s = status(obj);
  const name = JSON.stringify(obj.metadata?.name ?? '');
  if (generation(obj) > num(s.observedGeneration)) {
    return h('Progressing', 'Waiting for rollout to finish: observed daemon set generation less than desired generation');
  }
  const [updated, desired, available] = [num(s.updatedNumberScheduled), num(s.desiredNumberScheduled), num(s.numberAvailable)];
  if (o(spec(obj).updateStrategy).type === 'OnDelete') return h('Healthy', `daemon set ${updated} out of ${desired} new pods have been updated`);
  if (updated < desired) return h('Progressing', `Waiting for daemon set ${name} rollout to finish: ${updated} out of ${desired} new pods have been updated...`);
  if (available < desired) return h('Progressing', `Waiting for daemon set ${name} rollout to finish: ${available} of ${desired} updated pods are available...`);
  return h('Healthy');
}

function replicaSet(obj: K8sObject): CheckResult {
  const s = status(obj);
  if (generation(obj) > num(s.observedGeneration)) {
    return h('Progressing', 'Waiting for rollout to finish: observed replica set generation less than desired generation');
  }
  const failure = conditions(obj).find((c) => c.type === 'ReplicaFailure');
  if (failure && failure.status === 'True') return h('Degraded', str(failure.message));
  const replicas = optNum(spec(obj).replicas);
  const available = num(s.availableReplicas);
  if (replicas !== undefined && available < replicas) {
    return h('Progressing', `Waiting for rollout to finish: ${available} out of ${replicas} new replicas are available...`);
  }
  return h('Healthy');
}

function pod(obj: K8sObject): CheckResult {
  const s = status(obj);
  const restartPolicy = str(spec(obj).restartPolicy);
  const message = str(s.message);
  const containers = arr(s.containerStatuses);
  // Only long-running pods: a hook pod stuck in ImagePullBackOff must not fail its hook early. The
  // ignore-restart-policy annotation makes a pod long-running, except a hook.
  const longRunning = restartPolicy === 'Always' || (obj.metadata?.annotations?.[ANN_IGNORE_RESTART_POLICY] === 'true' && !isHookPod(obj));
  if (longRunning) {
    const waiting = containers.map((c) => o(o(c.state).waiting)).filter((w) => {
      const reason = str(w.reason);
      return reason.startsWith('Err') || reason.endsWith('Error') || reason.endsWith('BackOff');
    });
    if (waiting.length > 0) return h('Degraded', waiting.map((w) => str(w.message)).join(', '));
  }
  switch (s.phase) {
    case 'Pending':
      return h('Progressing', message);
    case 'Succeeded':
      return h('Healthy', message);
    case 'Failed': {
      if (message) return h('Degraded', message);
      for (const c of [...arr(s.initContainerStatuses), ...containers]) {
        const fail = podFailMessage(c);
        if (fail) return h('Degraded', fail);
      }
      return h('Degraded', '');
    }
    case 'Running':
      if (longRunning) {
        // podutils.IsPodReady reads the first Ready condition only.
        if (arr(s.conditions).find((c) => c.type === 'Ready')?.status === 'True') return h('Healthy', message);
        if (containers.some((c) => o(c.lastState).terminated !== undefined && o(c.lastState).terminated !== null)) return h('Degraded', message);
        return h('Progressing', message);
      }
      if (restartPolicy === 'OnFailure' || restartPolicy === 'Never') return h('Progressing', message);
  }
  return h('Unknown', message);
}

/** gitops-engine hook.IsHook: an Argo CD hook annotation other than Skip alone, or a Helm hook. */
function isHookPod(obj: K8sObject): boolean {
  if (obj.metadata?.annotations?.['argocd.argoproj.io/hook'] !== undefined) {
    const types = hookTypes(obj);
    return !(types.length === 1 && types[0] === 'Skip');
  }
  return hookTypes(obj).length > 0;
}

function podFailMessage(container: Obj): string {
  const terminated = o(o(container.state).terminated);
  if (o(container.state).terminated === undefined) return '';
  if (str(terminated.message)) return str(terminated.message);
  if (terminated.reason === 'OOMKilled') return 'OOMKilled';
  const code = num(terminated.exitCode);
  return code !== 0 ? `container ${JSON.stringify(str(container.name))} failed with exit code ${code}` : '';
}

function job(obj: K8sObject): CheckResult {
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
    } else if (c.type === 'Complete') {
      complete = true;
      message = str(c.message);
    } else if (c.type === 'Suspended') {
      complete = true;
      message = str(c.message);
      if (c.status === 'True') suspended = true;
    }
  }
  if (!complete) return h('Progressing', message);
  if (failed) return h('Degraded', failMsg);
  if (suspended) return h('Suspended', message);
  return h('Healthy', message);
}

function pvc(obj: K8sObject): CheckResult {
  switch (status(obj).phase) {
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

function hasLoadBalancerIngress(obj: K8sObject): boolean {
  return arr(o(status(obj).loadBalancer).ingress).length > 0;
}

function service(obj: K8sObject): CheckResult {
  if (spec(obj).type === 'LoadBalancer' && !hasLoadBalancerIngress(obj)) return h('Progressing');
  return h('Healthy');
}

function ingress(obj: K8sObject): CheckResult {
  return h(hasLoadBalancerIngress(obj) ? 'Healthy' : 'Progressing');
}

function apiService(obj: K8sObject): CheckResult {
  const available = conditions(obj).find((c) => c.type === 'Available');
  if (!available) return h('Progressing', 'Waiting to be processed');
  return h(available.status === 'True' ? 'Healthy' : 'Progressing', `${str(available.reason)}: ${str(available.message)}`);
}

/** gitops-engine isDegraded: exactly these condition type/reason pairs. */
const HPA_DEGRADED: ReadonlySet<string> = new Set([
  'AbleToScale/FailedGetScale',
  'AbleToScale/FailedUpdateScale',
  'ScalingActive/FailedGetResourceMetric',
  'ScalingActive/FailedGetObjectMetric',
  'ScalingActive/FailedGetPodsMetric',
  'ScalingActive/FailedGetExternalMetric',
  'ScalingActive/FailedComputeMetricsReplicas',
  'ScalingActive/InvalidSelector',
]);

function hpa(obj: K8sObject): CheckResult {
  const waiting = h('Progressing', 'Waiting to Autoscale');
  let conds: Obj[];
  if (versionOf(obj.apiVersion) === 'v1') {
    // autoscaling/v1 carries its conditions as JSON in an annotation.
    const raw = obj.metadata?.annotations?.['autoscaling.alpha.kubernetes.io/conditions'];
    if (raw === undefined) return waiting;
    const parsed = goUnmarshalConditions(raw);
    if ('error' in parsed) return failed(`failed to convert conditions annotation to typed: ${parsed.error}`);
    conds = parsed.conditions;
  } else {
    conds = conditions(obj);
  }
  // Every condition is checked for Degraded before any for Healthy.
  const degraded = conds.find((c) => HPA_DEGRADED.has(`${str(c.type)}/${str(c.reason)}`));
  if (degraded) return h('Degraded', str(degraded.message));
  const healthy = conds.find((c) => (c.type === 'AbleToScale' || c.type === 'ScalingLimited') && c.status === 'True');
  return healthy ? h('Healthy', str(healthy.message)) : waiting;
}

function argoWorkflow(obj: K8sObject): CheckResult {
  const s = status(obj);
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
