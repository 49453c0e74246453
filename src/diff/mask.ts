// Secret masking exactly like gitops-engine's HideSecretData: stringData folded into base64 data, then
// per key every distinct value gets its own run of `+` (8, 12, 16, …) in the order target, live, live's
// last-applied configuration — equal values share a mask, so a change stays visible, a value never does.
import type { K8sObject } from '../model/k8s.js';
import { LAST_APPLIED_ANNOTATION } from './normalize.js';
import { parseJson } from '../parse/json.js';

const FIRST_MASK = '++++++++';

type Obj = Record<string, unknown>;

export function isSecret(obj: K8sObject | undefined): boolean {
  return !!obj && obj.kind === 'Secret' && (obj.apiVersion ?? '').indexOf('/') < 0;
}

/**
 * Masked copies of a live (`before`) and target (`after`) object. Only core Secrets are touched;
 * `hideAnnotations` (argocd-cm `resource.sensitive.mask.annotations`) are masked the same way.
 */
export function maskSecrets(
  before: K8sObject | undefined,
  after: K8sObject | undefined,
  hideAnnotations: readonly string[] = [],
): [K8sObject | undefined, K8sObject | undefined] {
  if (!isSecret(before) && !isSecret(after)) return [before, after];
  const live = before && (structuredClone(before) as Obj);
  const target = after && (structuredClone(after) as Obj);
  const lastApplied = live ? parseLastApplied(live) : undefined;
  const objects = [target, live, lastApplied === 'unparsable' ? undefined : lastApplied];

  const keys = new Set<string>();
  for (const o of objects) {
    if (!o) continue;
    normalizeSecret(o);
    const data = o.data;
    if (isRecord(data)) Object.keys(data).forEach((k) => keys.add(k));
  }
  hide(objects, keys, ['data']);
  hide(objects, new Set(hideAnnotations), ['metadata', 'annotations']);

  if (live && lastApplied) {
    const meta = (live.metadata ??= {}) as Obj;
    const annotations = (meta.annotations ??= {}) as Obj;
    annotations[LAST_APPLIED_ANNOTATION] =
      lastApplied === 'unparsable' || hideAnnotations.includes(LAST_APPLIED_ANNOTATION) ? FIRST_MASK : JSON.stringify(lastApplied);
  }
  return [live as K8sObject | undefined, target as K8sObject | undefined];
}

/** gitops-engine NormalizeSecret: stringData → base64 data (non-strings kept as is), null values → "". */
export function normalizeSecret(o: Obj): void {
  if (isRecord(o.stringData)) {
    const data = isRecord(o.data) ? o.data : {};
    for (const [k, v] of Object.entries(o.stringData)) data[k] = typeof v === 'string' ? Buffer.from(v, 'utf8').toString('base64') : v;
    o.data = data;
    delete o.stringData;
  }
  if (isRecord(o.data)) for (const [k, v] of Object.entries(o.data)) if (v === null || v === undefined) o.data[k] = '';
}

function hide(objects: (Obj | undefined)[], keys: Set<string>, path: string[]): void {
  for (const key of keys) {
    let next = FIRST_MASK;
    const masks = new Map<string, string>();
    for (const o of objects) {
      const map = o && nested(o, path);
      if (!map || !(key in map)) continue;
      const value = map[key] === null || map[key] === undefined ? '' : String(map[key]);
      let mask = masks.get(value);
      if (mask === undefined) {
        mask = next;
        next += '++++';
        masks.set(value, mask);
      }
      map[key] = mask;
    }
  }
}

function nested(o: Obj, path: string[]): Obj | undefined {
  let node: unknown = o;
  for (const p of path) node = isRecord(node) ? node[p] : undefined;
  return isRecord(node) ? node : undefined;
}

function parseLastApplied(live: Obj): Obj | 'unparsable' | undefined {
  const annotations = nested(live, ['metadata', 'annotations']);
  const text = annotations?.[LAST_APPLIED_ANNOTATION];
  if (typeof text !== 'string') return undefined;
  try {
    const parsed: unknown = parseJson(text); // an annotation is text anyone can write: nesting-checked
    return isRecord(parsed) ? parsed : 'unparsable';
  } catch {
    return 'unparsable';
  }
}

function isRecord(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
