// Which resources Argo CD leaves alone: argocd-cm `resource.exclusions` and `resource.inclusions`
// (util/settings ResourcesFilter, with its built-in core exclusions). Its controller neither watches
// nor compares them, so a target of such a kind is dropped from the comparison and the sync with an
// ExcludedResourceWarning, and a live object of it is never listed, so never pruned.
import { gobwasMatch } from '../glob/gobwas.js';
import type { ArgoCdConfig } from '../model/argocd.js';
import { parseYaml } from '../parse/yaml.js';

export const EXCLUSIONS_KEY = 'resource.exclusions';
export const INCLUSIONS_KEY = 'resource.inclusions';

interface FilteredResource {
  apiGroups: string[];
  kinds: string[];
  clusters: string[];
}

/** Kinds Argo CD never manages, whatever argocd-cm says (coreExcludedResources). */
const CORE_EXCLUSIONS: FilteredResource[] = [
  { apiGroups: ['events.k8s.io', 'metrics.k8s.io'], kinds: [], clusters: [] },
  { apiGroups: [''], kinds: ['Event'], clusters: [] },
  { apiGroups: ['coordination.k8s.io'], kinds: ['Lease'], clusters: [] },
];

/** Whether Argo CD leaves resources of this group and kind alone in this cluster. */
export type ExcludedResource = (group: string, kind: string) => boolean;

/** The core exclusions alone: what a run without an argocd-cm leaves alone. */
export const coreExclusion: ExcludedResource = (group, kind) => CORE_EXCLUSIONS.some((r) => matches(r, group, kind, ''));

/**
 * The filter of `cm` for the cluster at `server`, or the error Argo CD's settings manager gives for
 * it (then every comparison fails, as in Argo CD).
 */
export function resourceExclusion(cm: ArgoCdConfig | undefined, server: string): ExcludedResource | { error: string } {
  const lists = cm ? parsedLists(cm) : { excluded: CORE_EXCLUSIONS, included: [] };
  if ('error' in lists) return lists;
  const { excluded, included } = lists;
  const inclusionsHere = included.some((r) => matchList(r.clusters, server));
  return (group, kind) => {
    if (excluded.some((r) => matches(r, group, kind, server))) return true;
    if (included.some((r) => matches(r, group, kind, server))) return false;
    // Inclusion rules for this cluster allow only what they name.
    return inclusionsHere;
  };
}

/** Both keys' lists, parsed once per argocd-cm: every app of a run asks for its cluster's filter. */
const parsed = new WeakMap<ArgoCdConfig, { excluded: FilteredResource[]; included: FilteredResource[] } | { error: string }>();

function parsedLists(cm: ArgoCdConfig): { excluded: FilteredResource[]; included: FilteredResource[] } | { error: string } {
  let lists = parsed.get(cm);
  if (!lists) {
    const exclusions = filteredResources(cm, EXCLUSIONS_KEY);
    const inclusions = filteredResources(cm, INCLUSIONS_KEY);
    lists =
      'error' in exclusions
        ? { error: `argocd-cm ${EXCLUSIONS_KEY}: ${exclusions.error}` }
        : 'error' in inclusions
          ? { error: `argocd-cm ${INCLUSIONS_KEY}: ${inclusions.error}` }
          : { excluded: [...CORE_EXCLUSIONS, ...exclusions.list], included: inclusions.list };
    parsed.set(cm, lists);
  }
  return lists;
}

/** One key's list, as Go's yaml.Unmarshal into []FilteredResource reads it (unknown fields ignored), or what is wrong with it. */
export function filteredResources(cm: ArgoCdConfig | undefined, key: string): { list: FilteredResource[] } | { error: string } {
  const text = cm?.[key];
  if (text === undefined) return { list: [] };
  let value: unknown;
  try {
    value = parseYaml(text, { version: '1.1' });
  } catch (err) {
    return { error: (err as Error).message };
  }
  if (value == null) return { list: [] };
  if (!Array.isArray(value)) return { error: 'must be a list of {apiGroups, kinds, clusters}' };
  const list: FilteredResource[] = [];
  for (const [i, item] of value.entries()) {
    // A null entry is the zero FilteredResource, which matches everything, as in Go.
    if (item != null && (typeof item !== 'object' || Array.isArray(item))) return { error: `entry ${i} must be a map` };
    const raw = (item ?? {}) as Record<string, unknown>;
    const entry: FilteredResource = { apiGroups: [], kinds: [], clusters: [] };
    for (const field of ['apiGroups', 'kinds', 'clusters'] as const) {
      const v = raw[field];
      if (v == null) continue;
      if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) return { error: `entry ${i}: ${field} must be a list of strings` };
      entry[field] = v;
    }
    list.push(entry);
  }
  return { list };
}

function matches(r: FilteredResource, group: string, kind: string, server: string): boolean {
  return matchList(r.apiGroups, group) && (r.kinds.length === 0 || r.kinds.some((k) => k === '*' || k === kind)) && matchList(r.clusters, server);
}

/** An empty list matches anything; otherwise a gobwas glob of it must (util/glob, no separators). */
function matchList(patterns: readonly string[], text: string): boolean {
  return patterns.length === 0 || patterns.some((p) => gobwasMatch(p, text));
}
