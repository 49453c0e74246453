// Diff normalization (semantics §7): what Argo CD leaves out of a comparison, applied to one object
// (normalizeObject) or to a target/live pair (normalizePair, which also honours managedFieldsManagers).
import type { ArgoCdConfig, ResourceIgnoreDifferences } from '../model/argocd.js';
import { SpecError } from '../model/errors.js';
import type { K8sObject } from '../model/k8s.js';
import { ignoreRules, rulesFor, type IgnoreRule } from './ignore-rules.js';
import { jqCompileError, jqDelete } from './jq.js';
import { normalizeManagedFields } from './managed-fields.js';

export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';
const SERVER_SET_METADATA = ['creationTimestamp', 'managedFields', 'resourceVersion', 'uid', 'generation', 'selfLink'];
/** Labels Helm charts stamp with the chart version (`helm.sh/chart: app-1.2.3`, legacy `chart: app-1.2.3`). */
const HELM_CHART_LABELS = ['helm.sh/chart', 'chart'];

export interface NormalizeOptions {
  /** The Application's `spec.ignoreDifferences`. */
  ignoreDifferences?: readonly ResourceIgnoreDifferences[];
  argocdCm?: ArgoCdConfig;
  stripHelmChartLabels?: boolean;
  /** App name, for error messages. */
  app?: string;
}

/**
 * Ignore rules for one app, with every jq expression compiled once up front: a broken expression is
 * the app's error (Argo CD fails the comparison too), reported with the field that holds it.
 */
export async function prepareRules(opts: NormalizeOptions): Promise<IgnoreRule[]> {
  let rules: IgnoreRule[];
  try {
    rules = ignoreRules(opts.ignoreDifferences, opts.argocdCm);
  } catch (err) {
    if (err instanceof SpecError) throw new SpecError({ ...err.problem, app: opts.app });
    throw err;
  }
  for (const rule of rules) {
    for (const [i, expr] of rule.jqPathExpressions.entries()) {
      const error = await jqCompileError(expr);
      if (error) {
        throw new SpecError({ app: opts.app, field: `${rule.field}.jqPathExpressions[${i}]`, message: `invalid jq path expression ${JSON.stringify(expr)}: ${error}` });
      }
    }
  }
  return rules;
}

/** A normalized copy of `obj`. Pass `rules` from prepareRules to avoid re-checking them per object. */
export async function normalizeObject(obj: K8sObject, opts: NormalizeOptions, rules?: IgnoreRule[]): Promise<K8sObject> {
  const out = structuredClone(obj);
  stripServerMetadata(out);
  if (opts.stripHelmChartLabels) stripChartLabels(out);
  const matched = rulesFor(rules ?? (await prepareRules(opts)), out);
  if (matched.length === 0) return out;
  let doc: unknown = out;
  for (const rule of matched) {
    for (const pointer of rule.jsonPointers) removePointer(doc, pointer);
    for (const expr of rule.jqPathExpressions) doc = (await jqDelete(doc, expr)).doc;
  }
  removeEmptyObjects(doc as Record<string, unknown>);
  return doc as K8sObject;
}

/** Normalized copies of a target and its live object; either may be absent (added or pruned). */
export async function normalizePair(
  target: K8sObject | undefined,
  live: K8sObject | undefined,
  opts: NormalizeOptions,
  rules?: IgnoreRule[],
): Promise<[K8sObject | undefined, K8sObject | undefined]> {
  const all = rules ?? (await prepareRules(opts));
  if (target && live) {
    const managers = rulesFor(all, live).flatMap((r) => r.managedFieldsManagers);
    if (managers.length > 0) [live, target] = normalizeManagedFields(live, target, managers);
  }
  return [target && (await normalizeObject(target, opts, all)), live && (await normalizeObject(live, opts, all))];
}

function stripServerMetadata(obj: K8sObject): void {
  const meta = obj.metadata;
  if (!meta || typeof meta !== 'object') return;
  for (const f of SERVER_SET_METADATA) delete meta[f];
  if (meta.annotations) {
    delete meta.annotations[LAST_APPLIED_ANNOTATION];
    if (Object.keys(meta.annotations).length === 0) delete meta.annotations;
  }
}

/** Removes chart-version labels from the object and from every embedded template's metadata. */
function stripChartLabels(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(stripChartLabels);
  if (typeof node !== 'object' || node === null) return;
  const rec = node as Record<string, unknown>;
  const meta = rec.metadata as { labels?: Record<string, string> } | undefined;
  if (meta && typeof meta === 'object' && meta.labels && typeof meta.labels === 'object') {
    for (const label of HELM_CHART_LABELS) {
      if (typeof meta.labels[label] === 'string' && /-v?\d+\.\d+/.test(meta.labels[label])) delete meta.labels[label];
    }
    if (Object.keys(meta.labels).length === 0) delete meta.labels;
  }
  for (const [k, v] of Object.entries(rec)) if (k !== 'metadata') stripChartLabels(v);
}

/** RFC 6901 remove; a missing path is ignored, as Argo CD does. */
export function removePointer(doc: unknown, pointer: string): void {
  if (pointer === '' || !pointer.startsWith('/')) return;
  const steps = pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = doc;
  for (const [i, step] of steps.entries()) {
    const last = i === steps.length - 1;
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(step) || Number(step) >= node.length) return;
      if (last) node.splice(Number(step), 1);
      else node = node[Number(step)];
    } else if (typeof node === 'object' && node !== null) {
      const rec = node as Record<string, unknown>;
      if (!Object.prototype.hasOwnProperty.call(rec, step)) return;
      if (last) delete rec[step];
      else node = rec[step];
    } else return;
  }
}

/** Argo CD's removeEmptyObjects: after ignore rules, drop maps and lists left empty (recursively). */
function removeEmptyObjects(obj: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(obj)) {
    if (Array.isArray(value)) {
      const kept = value.filter((item) => {
        if (typeof item !== 'object' || item === null || Array.isArray(item)) return true;
        removeEmptyObjects(item as Record<string, unknown>);
        return Object.keys(item).length > 0;
      });
      if (kept.length === 0) delete obj[key];
      else obj[key] = kept;
    } else if (typeof value === 'object' && value !== null) {
      removeEmptyObjects(value as Record<string, unknown>);
      if (Object.keys(value).length === 0) delete obj[key];
    }
  }
}
