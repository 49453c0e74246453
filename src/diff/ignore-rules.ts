// ignoreDifferences rules from the Application and from argocd-cm, gathered the way Argo CD's settings
// manager and ignore normalizer do (util/settings GetResourceOverrides, util/argo/normalizers).
import { parseYaml as parseSafe } from '../parse/yaml.js';
import type { ArgoCdConfig, ResourceIgnoreDifferences } from '../model/argocd.js';
import { SpecError } from '../model/errors.js';
import { groupOf, type K8sObject } from '../model/k8s.js';
import { gobwasMatch as globMatch } from '../glob/gobwas.js';

export interface IgnoreRule {
  group: string;
  kind: string;
  name?: string;
  namespace?: string;
  jsonPointers: string[];
  jqPathExpressions: string[];
  managedFieldsManagers: string[];
  /** Where the rule was written, for error messages: `spec.ignoreDifferences[1]` or an argocd-cm key. */
  field: string;
  /** Applies only to objects this accepts (unset: every object its group, kind, name and namespace select). */
  when?: (obj: K8sObject) => boolean;
}

const CUSTOMIZATIONS = 'resource.customizations';
const SPLIT_PREFIX = 'resource.customizations.ignoreDifferences.';
const COMPARE_OPTIONS = 'resource.compareoptions';
const CRD = 'apiextensions.k8s.io/CustomResourceDefinition';
const RBAC = 'rbac.authorization.k8s.io';

/** App rules first, then system-level ones; throws SpecError when argocd-cm cannot be read. */
export function ignoreRules(app: readonly ResourceIgnoreDifferences[] | undefined, argocdCm?: ArgoCdConfig): IgnoreRule[] {
  const rules: IgnoreRule[] = (app ?? []).map((r, i) => ({
    group: r.group ?? '',
    kind: r.kind,
    name: r.name || undefined,
    namespace: r.namespace || undefined,
    jsonPointers: r.jsonPointers ?? [],
    jqPathExpressions: r.jqPathExpressions ?? [],
    managedFieldsManagers: r.managedFieldsManagers ?? [],
    field: `spec.ignoreDifferences[${i}]`,
  }));
  for (const [key, o] of systemOverrides(argocdCm ?? {})) {
    const slash = key.indexOf('/');
    rules.push({
      group: slash < 0 ? '' : key.slice(0, slash),
      kind: slash < 0 ? key : key.slice(slash + 1),
      jsonPointers: o.jsonPointers,
      jqPathExpressions: o.jqPathExpressions,
      managedFieldsManagers: o.managedFieldsManagers,
      field: o.field,
    });
  }
  // gitops-engine normalizeRole: an aggregated role's rules are the aggregation controller's to fill.
  if (compareOptions(argocdCm ?? {}).ignoreAggregatedRoles === true) {
    for (const kind of ['Role', 'ClusterRole']) {
      rules.push({ group: RBAC, kind, jsonPointers: ['/rules'], jqPathExpressions: [], managedFieldsManagers: [], field: `argocd-cm ${COMPARE_OPTIONS}`, when: isAggregated });
    }
  }
  return rules;
}

/** A role whose aggregationRule is a map (a malformed one is left alone, as upstream does). */
function isAggregated(obj: K8sObject): boolean {
  const rule = (obj as { aggregationRule?: unknown }).aggregationRule;
  return typeof rule === 'object' && rule !== null && !Array.isArray(rule);
}

/** argocd-cm `resource.compareoptions` (Argo CD's ArgoCDDiffOptions), as a map; {} when unset. */
function compareOptions(cm: ArgoCdConfig): Record<string, unknown> {
  return asRecord(cm[COMPARE_OPTIONS] ? parseYaml(cm[COMPARE_OPTIONS], COMPARE_OPTIONS) : {});
}

/** Rules whose group/kind globs and (when set) exact name/namespace select `obj`. */
export function rulesFor(rules: readonly IgnoreRule[], obj: K8sObject): IgnoreRule[] {
  const group = groupOf(obj.apiVersion ?? '');
  return rules.filter(
    (r) =>
      globMatch(r.group, group) &&
      globMatch(r.kind, obj.kind ?? '') &&
      (!r.name || r.name === obj.metadata?.name) &&
      (!r.namespace || r.namespace === (obj.metadata?.namespace ?? '')) &&
      (!r.when || r.when(obj)),
  );
}

interface Override {
  jsonPointers: string[];
  jqPathExpressions: string[];
  managedFieldsManagers: string[];
  field: string;
}

// `group/Kind` (or `*/*`) → override, as Argo CD builds it: YAML form, then split keys, then status.
function systemOverrides(cm: ArgoCdConfig): Map<string, Override> {
  const out = new Map<string, Override>();
  const yamlForm = cm[CUSTOMIZATIONS];
  if (yamlForm) {
    const parsed = parseYaml(yamlForm, CUSTOMIZATIONS);
    for (const [key, v] of Object.entries(asRecord(parsed))) {
      const text = asRecord(v).ignoreDifferences;
      if (typeof text === 'string') out.set(key, toOverride(parseYaml(text, `${CUSTOMIZATIONS} ${key}`), `argocd-cm ${CUSTOMIZATIONS} ${key}`));
    }
  }
  for (const [cmKey, text] of Object.entries(cm)) {
    if (!cmKey.startsWith(SPLIT_PREFIX)) continue;
    const gk = cmKey.slice(SPLIT_PREFIX.length);
    if (!gk) continue;
    // Argo CD turns `group_Kind` into `group/Kind` at the first `_` and `all` into every kind.
    const key = gk === 'all' ? '*/*' : gk.includes('_') ? gk.replace('_', '/') : gk;
    out.set(key, toOverride(parseYaml(text, cmKey), `argocd-cm ${cmKey}`));
  }
  const statusMode = compareOptions(cm).ignoreResourceStatusField;
  const addPointer = (key: string, pointer: string) => {
    const o = out.get(key) ?? { jsonPointers: [], jqPathExpressions: [], managedFieldsManagers: [], field: `argocd-cm ${COMPARE_OPTIONS}` };
    out.set(key, { ...o, jsonPointers: [...o.jsonPointers, pointer] });
  };
  // The project's default is `all` (semantics §7): rendered manifests never carry status, live ones do.
  const mode = statusMode === undefined || statusMode === '' ? 'all' : String(statusMode);
  if (mode === 'all') addPointer('*/*', '/status');
  else if (mode === 'crd') {
    addPointer(CRD, '/status');
    addPointer(CRD, '/spec/preserveUnknownFields');
  } else if (mode !== 'off' && mode !== 'false') addPointer(CRD, '/status');
  return out;
}

function toOverride(v: unknown, field: string): Override {
  const r = asRecord(v);
  const list = (x: unknown) => (Array.isArray(x) ? x.map(String) : []);
  return {
    jsonPointers: list(r.jsonPointers),
    jqPathExpressions: list(r.jqPathExpressions),
    managedFieldsManagers: list(r.managedFieldsManagers),
    field,
  };
}

function parseYaml(text: string, key: string): unknown {
  try {
    return parseSafe(text);
  } catch (err) {
    throw new SpecError({ file: 'argocd-cm', field: `data.${key}`, message: `invalid YAML: ${(err as Error).message}` });
  }
}

function asRecord(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
