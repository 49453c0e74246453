// The diff normalization seen from the sync side (semantics §5, argo-cd controller/sync.go
// normalizeTargetResources and gitops-engine filterOutOfSyncTasks):
// - RespectIgnoreDifferences=true: fields the ignore rules remove are taken from the live object
//   (or left out when live lacks them), so a sync never overwrites what the app says to ignore.
// - ApplyOutOfSyncOnly=true: an object whose normalized predicted state equals the normalized live one
//   is in sync and not applied.
// "Ignored" is whatever normalizePair removes: jsonPointers, jq paths and managedFieldsManagers alike.
import { isDeepStrictEqual } from 'node:util';
import type { IgnoreRule } from '../../diff/ignore-rules.js';
import { LAST_APPLIED_ANNOTATION, normalizePair, type NormalizeOptions } from '../../diff/normalize.js';
import type { K8sObject } from '../../model/k8s.js';

export interface Comparison {
  opts: NormalizeOptions;
  rules: IgnoreRule[];
}

type Json = unknown;
type Obj = Record<string, Json>;
/** A step into a JSON value: a map key, or a list element found by its `name` (else its index). */
type Step = { key: string } | { name: string } | { index: number };

const SERVER_METADATA = ['creationTimestamp', 'managedFields', 'resourceVersion', 'uid', 'generation', 'selfLink'];

/** Whether `predicted` (a dry run of the target) and `live` are equal once normalized. */
export async function inSync(predicted: K8sObject, live: K8sObject, c: Comparison): Promise<boolean> {
  const [t, l] = await normalizePair(predicted, live, c.opts, c.rules);
  return isDeepStrictEqual(t, l);
}

/**
 * The target with every ignored field set to its live value (absent in live: absent in the result).
 * `status` is never copied: it belongs to the object's controller, not to the sync.
 */
export async function withIgnoredFromLive(target: K8sObject, live: K8sObject, c: Comparison): Promise<K8sObject> {
  const [normTarget, normLive] = await normalizePair(target, live, c.opts, c.rules);
  const out = structuredClone(target) as Obj;
  for (const path of removedPaths(target, normTarget)) remove(out, path);
  const liveBody = withoutServerFields(live);
  for (const path of removedPaths(liveBody, normLive)) {
    const value = get(liveBody, path);
    if (value !== undefined) set(out, path, structuredClone(value));
  }
  return out as K8sObject;
}

/** Server-managed fields normalization always drops: they are not ignore rules' doing. */
function withoutServerFields(live: K8sObject): K8sObject {
  const copy = structuredClone(live) as K8sObject & Obj;
  delete copy.status;
  for (const f of SERVER_METADATA) delete copy.metadata[f];
  if (copy.metadata.annotations) {
    delete copy.metadata.annotations[LAST_APPLIED_ANNOTATION];
    if (Object.keys(copy.metadata.annotations).length === 0) delete copy.metadata.annotations;
  }
  return copy;
}

/**
 * Paths present in `original` but gone from `normalized`. Empty maps and lists are left out: the
 * normalizer drops those on its own (removeEmptyObjects), and they carry no value worth keeping.
 */
export function removedPaths(original: Json, normalized: Json, prefix: Step[] = []): Step[][] {
  if (isObj(original)) {
    const n = isObj(normalized) ? normalized : {};
    return Object.entries(original).flatMap(([k, v]) => {
      const path = [...prefix, { key: k }];
      if (!(k in n)) return isEmpty(v) ? [] : [path];
      return removedPaths(v, n[k], path);
    });
  }
  if (Array.isArray(original) && Array.isArray(normalized)) {
    if (original.every(named)) {
      return original.flatMap((item) => {
        const path = [...prefix, { name: item.name }];
        const match = normalized.find((x) => named(x) && x.name === item.name);
        return match === undefined ? [path] : removedPaths(item, match, path);
      });
    }
    if (original.length === normalized.length) return original.flatMap((item, i) => removedPaths(item, normalized[i], [...prefix, { index: i }]));
  }
  // A list that lost unnamed elements, or a changed leaf: the whole value is the ignored part.
  return isDeepStrictEqual(original, normalized) ? [] : [prefix];
}

function named(x: Json): x is Obj & { name: string } {
  return isObj(x) && typeof x.name === 'string';
}

function isObj(x: Json): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isEmpty(x: Json): boolean {
  return (isObj(x) && Object.keys(x).length === 0) || (Array.isArray(x) && x.length === 0);
}

function child(node: Json, step: Step): Json {
  if ('key' in step) return isObj(node) ? node[step.key] : undefined;
  if (!Array.isArray(node)) return undefined;
  return 'name' in step ? node.find((x) => named(x) && x.name === step.name) : node[step.index];
}

function get(node: Json, path: Step[]): Json {
  return path.reduce<Json>((n, s) => child(n, s), node);
}

function remove(root: Obj, path: Step[]): void {
  if (path.length === 0) return;
  const parent = get(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if ('key' in last) {
    if (isObj(parent)) delete parent[last.key];
  } else if (Array.isArray(parent)) {
    const i = 'name' in last ? parent.findIndex((x) => named(x) && x.name === last.name) : last.index;
    if (i >= 0 && i < parent.length) parent.splice(i, 1);
  }
}

/** Sets the value at `path`, creating maps on the way and appending named list elements. */
function set(root: Obj, path: Step[], value: Json): void {
  if (path.length === 0) return;
  let node: Json = root;
  for (const [i, step] of path.entries()) {
    const last = i === path.length - 1;
    const next = path[i + 1];
    if ('key' in step) {
      if (!isObj(node)) return;
      if (last) node[step.key] = value;
      else if (node[step.key] === undefined || typeof node[step.key] !== 'object' || node[step.key] === null) node[step.key] = next && 'key' in next ? {} : [];
      node = node[step.key];
    } else {
      if (!Array.isArray(node)) return;
      let at = 'name' in step ? node.findIndex((x) => named(x) && x.name === step.name) : step.index;
      if (at < 0) {
        // An element the target does not have: live's element (or a stub to fill in) is added.
        if (last) return void node.push(value);
        node.push({ name: (step as { name: string }).name });
        at = node.length - 1;
      }
      if (at >= node.length) return;
      if (last) node[at] = value;
      node = node[at];
    }
  }
}
