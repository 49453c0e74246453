// managedFieldsManagers (Argo CD util/argo/managedfields): a field owned by a trusted manager in the
// live object's managedFields, and holding different values in live and target, is removed from both.
// The fieldsV1 tree itself says which lists are keyed (`k:`), sets (`v:`) or indexed (`i:`), so we walk
// it alongside both objects instead of needing the resource's OpenAPI schema.
import { isDeepStrictEqual } from 'node:util';
import type { K8sObject } from '../model/k8s.js';

type Json = unknown;
type FieldsNode = Record<string, unknown>;

/** Copies of [live, target] with trusted managers' differing fields removed from both. */
export function normalizeManagedFields(live: K8sObject, target: K8sObject, managers: readonly string[]): [K8sObject, K8sObject] {
  const entries = Array.isArray(live.metadata?.managedFields) ? (live.metadata.managedFields as Record<string, unknown>[]) : [];
  const trusted = entries.filter((e) => managers.includes(String(e.manager)) && isObject(e.fieldsV1));
  if (trusted.length === 0) return [live, target];
  const l = structuredClone(live);
  const t = structuredClone(target);
  for (const entry of trusted) prune(entry.fieldsV1 as FieldsNode, l, t);
  return [l, t];
}

/** Walks one fieldsV1 node; `l`/`t` are the live and target values at that node (containers). */
function prune(node: FieldsNode, l: Json, t: Json): void {
  for (const [step, child] of Object.entries(node)) {
    if (step === '.') continue;
    const lRef = locate(l, step);
    const tRef = locate(t, step);
    if (!lRef || !tRef) continue;
    const lv = lRef.get();
    const tv = tRef.get();
    const sub = isObject(child) ? (child as FieldsNode) : {};
    const children = Object.keys(sub).filter((k) => k !== '.');
    if (children.length > 0) {
      prune(sub, lv, tv);
      continue;
    }
    // A leaf (or an owned list item): a map is compared field by field, so only atomic values count.
    if (isObject(lv) && isObject(tv)) continue;
    if (!isDeepStrictEqual(lv, tv)) {
      lRef.remove();
      tRef.remove();
    }
  }
}

interface Ref {
  get(): Json;
  remove(): void;
}

function locate(container: Json, step: string): Ref | undefined {
  const kind = step.slice(0, 2);
  const arg = step.slice(2);
  if (kind === 'f:' && isObject(container)) {
    const map = container as Record<string, Json>;
    if (!(arg in map)) return undefined;
    return { get: () => map[arg], remove: () => delete map[arg] };
  }
  if (!Array.isArray(container)) return undefined;
  let match: (item: Json, i: number) => boolean;
  if (kind === 'k:') {
    const keys = parseJson(arg);
    if (!isObject(keys)) return undefined;
    match = (item) => isObject(item) && Object.entries(keys as Record<string, Json>).every(([k, v]) => isDeepStrictEqual((item as Record<string, Json>)[k], v));
  } else if (kind === 'v:') {
    const value = parseJson(arg);
    match = (item) => isDeepStrictEqual(item, value);
  } else if (kind === 'i:') {
    match = (_item, i) => i === Number(arg);
  } else return undefined;
  const index = container.findIndex(match);
  if (index < 0) return undefined;
  const item = container[index];
  return {
    get: () => item,
    remove: () => {
      const at = container.indexOf(item);
      if (at >= 0) container.splice(at, 1);
    },
  };
}

function parseJson(s: string): Json {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
