// One create/update task against the cluster, with the sync options Argo CD honours per resource
// (semantics §5). Every write is a server-side apply with our field manager (see cluster/client.ts
// for why), except Replace=true (PUT/POST) and Force=true (delete and create).
import type { ClusterClient } from '../../cluster/client.js';
import { ApiError } from '../../cluster/rest.js';
import { ANN_SYNC_OPTIONS, annotationOptions, hasSyncOption, optionValue } from '../../model/annotations.js';
import type { K8sObject } from '../../model/k8s.js';
import type { SyncTask } from '../plan.js';
import { kubectlName } from './result.js';

export interface ApplySettings {
  fieldManager: string;
  dryRun: boolean;
  /** App-level `spec.syncPolicy.syncOptions`. */
  appOptions: readonly string[];
  /** Bound on Force's wait for the old object to go. */
  timeoutMs: number;
}

export interface Applied {
  live: K8sObject;
  verb: 'created' | 'configured' | 'unchanged';
  message: string;
}

/**
 * Whether `name=value` holds for the task: the resource's own setting of `name` wins (so
 * `ServerSideApply=false` there beats the app's `=true`); otherwise the app-level options decide.
 */
export function taskOption(task: SyncTask, appOptions: readonly string[], option: string): boolean {
  const [name, value] = option.split('=');
  const onResource = optionValue(annotationOptions(task.target, ANN_SYNC_OPTIONS), name);
  if (onResource !== undefined) return onResource === value;
  return appOptions.includes(option);
}

/**
 * Replace=true and Force=true also hold when the LIVE object carries them (gitops-engine applyObject),
 * so an object annotated in the cluster keeps being replaced even after git drops the annotation.
 */
export function writeOptions(task: SyncTask, before: K8sObject | undefined, appOptions: readonly string[]): { replace: boolean; force: boolean } {
  const onLive = (option: string) => hasSyncOption(before, option);
  return {
    replace: taskOption(task, appOptions, 'Replace=true') || onLive('Replace=true'),
    force: hasSyncOption(task.target as K8sObject, 'Force=true') || onLive('Force=true'),
  };
}

/** Applies the task's target; `before` is the live object just before (undefined = absent). */
export async function applyTask(client: ClusterClient, task: SyncTask, before: K8sObject | undefined, s: ApplySettings): Promise<Applied> {
  const target = task.target as K8sObject;
  const opts = {
    fieldManager: s.fieldManager,
    dryRun: s.dryRun,
    validate: taskOption(task, s.appOptions, 'Validate=false') ? ('Ignore' as const) : ('Strict' as const),
  };
  const { replace, force } = writeOptions(task, before, s.appOptions);
  let live: K8sObject;
  if (force && replace) live = await client.recreate(target, { ...opts, timeoutMs: s.timeoutMs });
  else if (replace) live = await client.createOrReplace(target, opts);
  else {
    try {
      live = await client.apply(target, opts);
    } catch (err) {
      // kubectl apply --force: when the patch is refused (an immutable field), delete and create.
      if (!force || !(err instanceof ApiError) || (err.status !== 422 && err.status !== 409)) throw err;
      // A dry run cannot delete; the recreated object is predicted to be the target itself.
      live = s.dryRun ? target : await client.recreate(target, { ...opts, timeoutMs: s.timeoutMs });
    }
  }
  const verb = !before ? 'created' : changed(before, live) ? 'configured' : 'unchanged';
  return { live, verb, message: `${kubectlName(task.key)} ${verb}${s.dryRun ? ' (server dry run)' : ''}` };
}

/**
 * Whether a write changed the object. A real write that changes nothing keeps the resourceVersion; a
 * dry run never bumps it, so there the objects are compared without the bookkeeping fields.
 */
export function changed(before: K8sObject, after: K8sObject): boolean {
  if (before.metadata.uid !== after.metadata.uid) return true;
  if (before.metadata.resourceVersion !== after.metadata.resourceVersion) return true;
  return JSON.stringify(comparable(before)) !== JSON.stringify(comparable(after));
}

function comparable(obj: K8sObject): unknown {
  const { managedFields: _m, resourceVersion: _r, ...metadata } = obj.metadata;
  return sortKeys({ ...obj, metadata });
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]));
  }
  return v;
}
