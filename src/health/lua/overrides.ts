// Custom health scripts from argocd-cm, found the way Argo CD finds them (util/settings GetResourceOverrides,
// util/lua GetHealthScript): the `resource.customizations` YAML map first, overridden by split keys
// `resource.customizations.health.<group_kind>` / `.useOpenLibs.<group_kind>`; lookup by exact
// `group/Kind` (`Kind` for the core group), then by glob keys.
import { parseYaml } from '../../parse/yaml.js';
import type { ArgoCdConfig } from '../../model/argocd.js';
import type { Problem } from '../../model/errors.js';
import { gobwasMatch as globMatch } from '../../glob/gobwas.js';

export interface HealthScript {
  /** The override key that matched, e.g. `cert-manager.io/Certificate` or `*.example.com/*`. */
  key: string;
  script: string;
  useOpenLibs: boolean;
}

interface Override {
  healthLua?: string;
  useOpenLibs?: boolean;
}

export interface HealthOverrides {
  byKey: ReadonlyMap<string, Override>;
  /** Settings Argo CD would refuse; the rest still applies. */
  problems: Problem[];
}

const CUSTOMIZATIONS = 'resource.customizations';
const cache = new WeakMap<ArgoCdConfig, HealthOverrides>();

export function healthOverrides(cm: ArgoCdConfig): HealthOverrides {
  const hit = cache.get(cm);
  if (hit) return hit;
  const byKey = new Map<string, Override>();
  const problems: Problem[] = [];
  const yamlForm = cm[CUSTOMIZATIONS];
  if (yamlForm) readYamlForm(yamlForm, byKey, problems);
  for (const [cmKey, value] of Object.entries(cm)) {
    if (!cmKey.startsWith(`${CUSTOMIZATIONS}.`)) continue;
    const parts = splitN(cmKey, '.', 4);
    if (parts.length < 4 || (parts[2] !== 'health' && parts[2] !== 'useOpenLibs')) continue;
    const field = `data["${cmKey}"]`;
    const key = overrideKey(parts[3]);
    if (key === undefined) {
      problems.push({ field, message: `group kind should be in format \`resource.customizations.<type>.<group_kind>\` or \`resource.customizations.<type>.<kind>\`, got group kind: '${parts[3]}'` });
      continue;
    }
    const entry = { ...byKey.get(key) };
    if (parts[2] === 'health') entry.healthLua = value;
    else {
      const flag = parseGoBool(value);
      if (flag === undefined) {
        problems.push({ field, message: `strconv.ParseBool: parsing ${JSON.stringify(value)}: invalid syntax` });
        continue;
      }
      entry.useOpenLibs = flag;
    }
    byKey.set(key, entry);
  }
  const result = { byKey, problems };
  cache.set(cm, result);
  return result;
}

function readYamlForm(text: string, byKey: Map<string, Override>, problems: Problem[]): void {
  const field = `data["${CUSTOMIZATIONS}"]`;
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (err) {
    problems.push({ field, message: `not valid YAML: ${(err as Error).message}` });
    return;
  }
  if (doc === null || doc === undefined) return;
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    problems.push({ field, message: 'must be a map of `group/Kind` to customizations' });
    return;
  }
  for (const [key, value] of Object.entries(doc as Record<string, unknown>)) {
    const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    const entry: Override = {};
    if (typeof v['health.lua'] === 'string') entry.healthLua = v['health.lua'];
    if (typeof v['health.lua.useOpenLibs'] === 'boolean') entry.useOpenLibs = v['health.lua.useOpenLibs'];
    byKey.set(key, entry);
  }
}

/** Go's strings.SplitN. */
function splitN(s: string, sep: string, n: number): string[] {
  const parts = s.split(sep);
  return parts.length <= n ? parts : [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
}

/** `group_Kind` → `group/Kind`, `Kind` stays, `all` → every kind. */
function overrideKey(groupKind: string): string | undefined {
  const parts = groupKind.split('_');
  if (parts.length === 2) return `${parts[0]}/${parts[1]}`;
  if (parts.length === 1 && groupKind !== '') return groupKind === 'all' ? '*/*' : groupKind;
  return undefined;
}

function parseGoBool(v: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false;
  return undefined;
}

/** The script for a group/kind: an exact key first, then the first glob key (in sorted order) that matches. */
export function findHealthScript(overrides: HealthOverrides, group: string, kind: string): HealthScript | undefined {
  const wanted = group === '' ? kind : `${group}/${kind}`;
  const exact = overrides.byKey.get(wanted);
  if (exact?.healthLua) return { key: wanted, script: exact.healthLua, useOpenLibs: exact.useOpenLibs === true };
  // Upstream takes whichever glob Go's map order yields first; sorting makes the choice stable.
  for (const key of [...overrides.byKey.keys()].sort()) {
    const o = overrides.byKey.get(key)!;
    if (o.healthLua && globMatch(key, wanted)) return { key, script: o.healthLua, useOpenLibs: o.useOpenLibs === true };
  }
  return undefined;
}
