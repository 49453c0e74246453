// The variables Argo CD's repo server hands a config management plugin (reposerver/repository
// getPluginEnvs, getPluginParamEnvs; v1alpha1 ApplicationSourcePluginParameters.Environ): the app's
// ARGOCD_APP_* entries, KUBE_VERSION and KUBE_API_VERSIONS, then each `plugin.env` entry as
// ARGOCD_ENV_<name> with `$VAR` expanded against the former, then ARGOCD_APP_PARAMETERS (the
// parameters as JSON) and a PARAM_<NAME>[_<KEY>|_<INDEX>] variable per value. Later entries win.
import type { ApplicationSourcePlugin } from '../../model/argocd.js';
import { canonical } from '../../model/canonical.js';
import { envsubst, type AppEnv } from '../env-vars.js';
import { normalizeKubeVersion } from '../helm.js';

export type PluginEnv = [name: string, value: string][];
type Parameter = NonNullable<ApplicationSourcePlugin['parameters']>[number];

/** The entries in Argo CD's order; `plugin` undefined for an app found by discovery alone. */
export function pluginEnv(app: AppEnv, cluster: { kubeVersion?: string; apiVersions?: readonly string[] }, plugin: ApplicationSourcePlugin | undefined): PluginEnv {
  // Env.Environ skips only entries with neither name nor value.
  const env: PluginEnv = app.filter(([n, v]) => n !== '' || v !== '').map(([n, v]) => [n, v]);
  env.push(['KUBE_VERSION', normalizeKubeVersion(cluster.kubeVersion ?? '')]);
  env.push(['KUBE_API_VERSIONS', (cluster.apiVersions ?? []).join(',')]);
  if (!plugin) return env;
  const parsed: AppEnv = [...env];
  for (const entry of plugin.env ?? []) env.push([`ARGOCD_ENV_${entry.name}`, envsubst(entry.value, parsed)]);
  env.push(...parameterEnv(plugin.parameters ?? []));
  return env;
}

/**
 * ARGOCD_APP_PARAMETERS and the PARAM_* variables (ApplicationSourcePluginParameters.Environ). No
 * parameters marshal as `null`: the repo server gets the source over protobuf, where an empty list is nil.
 */
export function parameterEnv(params: Parameter[]): PluginEnv {
  const env: PluginEnv = [['ARGOCD_APP_PARAMETERS', params.length === 0 ? 'null' : goJson(params.map(paramJson))]];
  for (const p of params) {
    const base = `PARAM_${escaped(p.name ?? '')}`;
    if (p.string !== undefined) env.push([base, p.string]);
    for (const [k, v] of Object.entries(p.map ?? {})) env.push([`${base}_${escaped(k)}`, v]);
    (p.array ?? []).forEach((v, i) => env.push([`${base}_${i}`, v]));
  }
  return env;
}

/** The parameter's custom MarshalJSON: name always, the rest when set (an empty map/array as {} / []). */
function paramJson(p: Parameter): Record<string, unknown> {
  const out: Record<string, unknown> = { name: p.name ?? '' };
  if (p.string !== undefined) out.string = p.string;
  if (p.map !== undefined) out.map = p.map;
  if (p.array !== undefined) out.array = p.array;
  return out;
}

/** Upper case, anything but A-Z, 0-9 and _ replaced by _ (v1alpha1 `escaped`). */
function escaped(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}

/** JSON as Go's encoding/json writes these values: map keys sorted; <, >, &, U+2028 and U+2029 escaped. */
export function goJson(value: unknown): string {
  return canonical(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
