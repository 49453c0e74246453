// Pairs two object sets by resource key and renders each difference as a unified diff of YAML.
// Unified text comes from jsdiff (npm `diff`): a Myers diff with standard hunk output, widely used
// and dependency-free, so hunks match what `diff -u`/git show instead of a home-made approximation.
import { structuredPatch } from 'diff';
import { stringify } from 'yaml';
import { compareKeys, identityKeys, keyString, type K8sObject, type ResourceKey } from '../model/k8s.js';
import { maskSecrets } from './mask.js';
import { normalizePair, prepareRules, type NormalizeOptions } from './normalize.js';

export type ResourceStatus = 'added' | 'removed' | 'modified' | 'unchanged';

export interface ResourceDiff {
  key: ResourceKey;
  status: ResourceStatus;
  /** Unified diff hunks (`@@ -a,b +c,d @@` and lines), empty when unchanged. Secrets already masked. */
  diff: string;
  /** Normalized, masked objects: never a Secret value. */
  before?: K8sObject;
  after?: K8sObject;
}

export interface DiffOptions extends NormalizeOptions {
  /** Unchanged lines shown around each change (default 3, like `diff -u`). */
  contextLines?: number;
  /** argocd-cm `resource.sensitive.mask.annotations`, already split. */
  hideAnnotations?: readonly string[];
}

/**
 * Every key present on either side, sorted by group/kind/namespace/name. `base` plays Argo CD's
 * live side and `head` the target, so pass live objects as `base` for drift.
 */
export async function diffObjects(base: readonly K8sObject[], head: readonly K8sObject[], opts: DiffOptions = {}): Promise<ResourceDiff[]> {
  const rules = await prepareRules(opts);
  const before = byKey(base);
  const after = byKey(head);
  const keys = [...new Map([...before.values(), ...after.values()].map(({ key }) => [keyString(key), key])).values()].sort(compareKeys);
  const out: ResourceDiff[] = [];
  for (const key of keys) {
    const [target, live] = await normalizePair(after.get(keyString(key))?.obj, before.get(keyString(key))?.obj, opts, rules);
    const [b, a] = maskSecrets(live, target, opts.hideAnnotations);
    // Most pairs of a real diff are equal: compared as data, only the others are printed and diffed.
    if (b && a && sameContent(b, a)) {
      out.push({ key, status: 'unchanged', diff: '', before: b, after: a });
      continue;
    }
    const oldText = toYaml(b);
    const newText = toYaml(a);
    const status: ResourceStatus = !b ? 'added' : !a ? 'removed' : oldText === newText ? 'unchanged' : 'modified';
    out.push({ key, status, diff: status === 'unchanged' ? '' : unifiedDiff(oldText, newText, opts.contextLines ?? 3), before: b, after: a });
  }
  return out;
}

/**
 * Equality of two parsed manifests as data, like Argo CD's comparison of unstructured objects: the
 * order of keys is not content, and a member set to undefined is the same as a missing one.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => sameContent(v, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra).filter((k) => ra[k] !== undefined);
  if (keys.length !== Object.keys(rb).filter((k) => rb[k] !== undefined).length) return false;
  return keys.every((k) => sameContent(ra[k], rb[k]));
}

/** YAML in the object's own key order; long strings are never folded, so lines are stable. */
export function toYaml(obj: unknown): string {
  return obj === undefined ? '' : stringify(obj, { lineWidth: 0 });
}

/** Unified diff hunks of two texts, without file headers. */
export function unifiedDiff(oldText: string, newText: string, contextLines: number): string {
  const patch = structuredPatch('', '', oldText, newText, undefined, undefined, { context: Math.max(0, contextLines) });
  return patch.hunks
    .map((h) => [`@@ -${range(h.oldStart, h.oldLines)} +${range(h.newStart, h.newLines)} @@`, ...h.lines].join('\n'))
    .join('\n');
}

/** GNU diff's range form: an empty range names the line before it (`-0,0` for an added file). */
function range(start: number, lines: number): string {
  return lines === 1 ? `${start}` : `${lines === 0 ? start - 1 : start},${lines}`;
}

function byKey(objects: readonly K8sObject[]): Map<string, { key: ResourceKey; obj: K8sObject }> {
  const keys = identityKeys(objects);
  // Last one wins for a repeated key, as in Argo CD.
  return new Map(objects.map((obj, i) => [keyString(keys[i]), { key: keys[i], obj }]));
}
