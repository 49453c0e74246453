// What a change to ApplicationSets would delete: Applications generated on the base revision that
// the head revision no longer generates, and whether their resources survive the deletion.
import type { AppSpec, ApplicationSet } from '../model/argocd.js';
import { RESOURCES_FINALIZER } from './render-app.js';

export interface AppSetDeletion {
  appSet: string;
  /** Names of generated Applications that would be deleted, sorted. */
  removed: string[];
  /** True when the deleted Applications' resources stay in the cluster. */
  preserved: boolean;
}

/**
 * `appSets` are the ApplicationSets of the head revision (plus base ones that were removed, so their
 * policy is known). Resources are preserved when the ApplicationSet sets
 * `syncPolicy.preserveResourcesOnDeletion`, or when none of the removed apps carries the resources finalizer.
 */
export function appSetDeletions(baseApps: AppSpec[], headApps: AppSpec[], appSets: ApplicationSet[]): AppSetDeletion[] {
  const head = new Set(headApps.filter((a) => a.origin.appSet).map((a) => `${a.origin.appSet}\0${a.app.metadata.name}`));
  const removedBySet = new Map<string, AppSpec[]>();
  for (const a of baseApps) {
    const set = a.origin.appSet;
    if (!set || head.has(`${set}\0${a.app.metadata.name}`)) continue;
    removedBySet.set(set, [...(removedBySet.get(set) ?? []), a]);
  }
  return [...removedBySet.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([set, removed]) => {
      const policy = appSets.find((s) => s.metadata.name === set)?.spec.syncPolicy?.preserveResourcesOnDeletion === true;
      const noFinalizer = removed.every((a) => !(a.app.metadata.finalizers ?? []).includes(RESOURCES_FINALIZER));
      return { appSet: set, removed: removed.map((a) => a.app.metadata.name).sort(), preserved: policy || noFinalizer };
    });
}
