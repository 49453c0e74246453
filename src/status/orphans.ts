// OrphanedResourceWarning (argo-cd v3.6.1 controller/appcontroller.go getResourceTree): with the
// AppProject's `orphanedResources` set and `warn: true`, top-level objects in the destination namespace
// that this app does not manage and no other known app tracks, minus Kubernetes' own objects and the
// project's `ignore` list.
import type { TrackingOptions } from '../cluster/tracking.js';
import { trackedApp } from '../cluster/tracking.js';
import type { AppProject } from '../model/argocd.js';
import type { K8sObject, ResourceKey } from '../model/k8s.js';
import { keyOf, keyString } from '../model/k8s.js';
import { globMatch } from '../policy/glob.js';
import type { AppCondition } from './types.js';

export interface OrphanInput {
  project: AppProject | undefined;
  /** Top-level objects of the destination namespace. */
  namespaceObjects: readonly K8sObject[];
  /** Keys of the app's resources (targets and managed live objects). */
  managed: readonly ResourceKey[];
  /** Instance names of every app the run knows: an object tracked to one of them is not an orphan. */
  knownApps: ReadonlySet<string>;
  tracking: TrackingOptions;
}

export function orphanedResources(input: OrphanInput): ResourceKey[] {
  const settings = input.project?.spec.orphanedResources;
  if (!settings) return [];
  const managed = new Set(input.managed.map(keyString));
  return input.namespaceObjects
    .filter((o) => {
      const key = keyOf(o);
      if (managed.has(keyString(key)) || isKnownExclusion(key, settings.ignore ?? [])) return false;
      const owner = trackedApp(o, input.tracking);
      return !owner || !input.knownApps.has(owner);
    })
    .map(keyOf);
}

/** The condition Argo CD sets, only when the project asks for warnings. */
export function orphanCondition(project: AppProject | undefined, orphans: readonly ResourceKey[]): AppCondition | undefined {
  if (project?.spec.orphanedResources?.warn !== true || orphans.length === 0) return undefined;
  return { type: 'OrphanedResourceWarning', message: `Application has ${orphans.length} orphaned resources` };
}

/** Kinds Argo CD's default install excludes from its cluster cache (argocd-cm resource.exclusions). */
const DEFAULT_EXCLUSIONS = new Set(['/Endpoints', 'discovery.k8s.io/EndpointSlice', 'coordination.k8s.io/Lease']);

function isKnownExclusion(k: ResourceKey, ignore: readonly { group?: string; kind?: string; name?: string }[]): boolean {
  if (DEFAULT_EXCLUSIONS.has(`${k.group}/${k.kind}`)) return true;
  if (k.namespace === 'default' && k.group === '' && k.kind === 'Service' && k.name === 'kubernetes') return true;
  if (k.group === '' && k.kind === 'ServiceAccount' && k.name === 'default') return true;
  if (k.group === '' && k.kind === 'ConfigMap' && k.name === 'kube-root-ca.crt') return true;
  return ignore.some(
    (i) => (!i.kind || globMatch(i.kind, k.kind)) && globMatch(i.group ?? '', k.group) && (!i.name || globMatch(i.name, k.name)),
  );
}
