// A Helm source, rendered like Argo CD's helmTemplate (reposerver/repository.go) and util/helm/cmd.go:
//   helm template . --name-template <release> [--namespace] [--kube-version] --set... --set-string...
//     --set-file... --values <valueFiles>... [--values <valuesObject|values>] --api-versions...
//     [--include-crds] [--skip-schema-validation] [--skip-tests]
// run in the chart directory; on a missing-dependency error, `helm dependency build` then again
// (on a copy of the chart directory, so the checkout is never written to).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { parseYaml } from '../parse/yaml.js';
import type { HelmSource } from '../model/argocd.js';
import type { K8sObject } from '../model/k8s.js';
import { envsubst, type AppEnv } from './env-vars.js';
import { parseManifests } from './parse.js';
import { exists, realPathOutside, resolveInRepo } from './paths.js';
import { SourceError, toolFailure } from './source-error.js';
import { runTool } from './tools/exec.js';
import { withDirCopy, withTempDir } from './workdir.js';

export interface HelmInput {
  /** Absolute chart directory (holding Chart.yaml). */
  chartDir: string;
  /** Root that value files must stay inside: the git repo, or the chart itself for a repository chart. */
  repoRoot: string;
  helm: HelmSource | undefined;
  appName: string;
  /** Destination namespace, used unless helm.namespace is set. */
  namespace: string;
  /** `$<ref>` → directory of that ref source's repo. */
  refs: ReadonlyMap<string, string>;
  env: AppEnv;
  /** Cluster defaults, used when the source sets none. */
  kubeVersion?: string;
  apiVersions?: string[];
  /** URL schemes allowed for remote value files (argocd-cm `helm.valuesFileSchemes`). */
  valuesFileSchemes: string[];
}

/** What resolving a value file or set-file path needs. */
export type ValuePathContext = Pick<HelmInput, 'chartDir' | 'repoRoot' | 'refs' | 'env' | 'valuesFileSchemes'>;

export interface HelmRun {
  helm: string;
  timeoutMs: number;
  maxMemoryBytes?: number;
}

export async function renderHelm(input: HelmInput, run: HelmRun): Promise<K8sObject[]> {
  const version = input.helm?.version ?? '';
  if (version !== '' && version !== 'v3') {
    throw new SourceError(`helm chart version '${version}' is not supported`, 'helm.version');
  }
  // Only inline values need a file of their own: most apps render without a temporary directory.
  const inline = inlineValues(input.helm ?? {});
  const render = async (tmp?: string): Promise<K8sObject[]> => {
    const args = await templateArgs(input, inline, tmp);
    let out: string;
    try {
      out = await template(input.chartDir, args, run);
    } catch (err) {
      if (!isMissingDependency(err)) throw templateError(err, input, tmp);
      await checkLocalDependencies(input.chartDir, input.repoRoot);
      out = await withDirCopy(input.repoRoot, input.chartDir, async (chartCopy) => {
        try {
          await runTool(run.helm, ['dependency', 'build'], { tool: 'helm', cwd: chartCopy, timeoutMs: run.timeoutMs, maxMemoryBytes: run.maxMemoryBytes });
        } catch (depErr) {
          throw new SourceError(toolFailure(depErr, 'helm dependency build', [[chartCopy, input.chartDir], [input.repoRoot + '/', '']]));
        }
        return template(chartCopy, args, run).catch((e: unknown) => {
          throw templateError(e, input, tmp, chartCopy);
        });
      });
    }
    try {
      return parseManifests(out, ({ template }) => (template ? { file: templateFile(input, template) } : undefined));
    } catch (err) {
      throw new SourceError(`helm template output: ${(err as Error).message}`);
    }
  };
  return inline === '' ? render() : withTempDir(render);
}

/**
 * A `# Source:` path (`<chart name>/templates/x.yaml`, subcharts under `<chart name>/charts/...`) as
 * a path in the repository: the chart's directory in it replaces the chart name.
 */
function templateFile(input: Pick<HelmInput, 'chartDir' | 'repoRoot'>, template: string): string {
  const inChart = template.split('/').slice(1).join('/');
  const chart = relative(input.repoRoot, input.chartDir);
  return chart ? `${chart}/${inChart}` : inChart;
}

/** Everything after `helm template .`, in Argo CD's order; `inline` values are written into `tmp`. */
async function templateArgs(input: HelmInput, inline: string, tmp: string | undefined): Promise<string[]> {
  const h = input.helm ?? {};
  const args = ['--name-template', h.releaseName || input.appName];
  const namespace = h.namespace || input.namespace;
  if (namespace) args.push('--namespace', namespace);
  const kubeVersion = normalizeKubeVersion(h.kubeVersion || input.kubeVersion || '');
  if (kubeVersion) args.push('--kube-version', kubeVersion);

  // Upstream keeps parameters in maps: a repeated name keeps one entry with the last value.
  const set = new Map<string, string>();
  const setString = new Map<string, string>();
  for (const p of h.parameters ?? []) (p.forceString ? setString : set).set(p.name, envsubst(String(p.value ?? ''), input.env));
  for (const [k, v] of set) args.push('--set', `${k}=${escapeCommas(v)}`);
  for (const [k, v] of setString) args.push('--set-string', `${k}=${escapeCommas(v)}`);
  for (const [i, p] of (h.fileParameters ?? []).entries()) {
    const path = await resolveValuePath(p.path, input, `helm.fileParameters[${i}].path`);
    args.push('--set-file', `${p.name}=${escapeCommas(path.path)}`);
  }

  for (const [i, raw] of (h.valueFiles ?? []).entries()) {
    const field = `helm.valueFiles[${i}]`;
    const file = await resolveValuePath(raw, input, field);
    if (!file.remote && !(await exists(file.path))) {
      if (h.ignoreMissingValueFiles) continue;
      throw new SourceError(`values file ${JSON.stringify(raw)} not found`, field);
    }
    args.push('--values', file.path);
  }
  if (inline !== '' && tmp !== undefined) {
    const path = join(tmp, 'values-from-spec.yaml');
    await writeFile(path, inline);
    args.push('--values', path);
  }

  for (const v of h.apiVersions?.length ? h.apiVersions : (input.apiVersions ?? [])) args.push('--api-versions', v);
  if (!h.skipCrds) args.push('--include-crds');
  if (h.skipSchemaValidation) args.push('--skip-schema-validation');
  if (h.skipTests) args.push('--skip-tests');
  return args;
}

/**
 * `valuesObject` (preferred) or `values`, the text of Argo CD's temp values file. The object is
 * written as JSON (valid YAML) so strings like `yes` stay strings for helm's YAML 1.1 reader.
 */
function inlineValues(h: HelmSource): string {
  if (h.valuesObject != null) return `${JSON.stringify(h.valuesObject)}\n`;
  return h.values ?? '';
}

/**
 * A value file or set-file path: `$<ref>/...` from that ref source's repo, a URL with an allowed
 * scheme as is, anything else relative to the chart (absolute = from the repo root), inside the repo.
 */
export async function resolveValuePath(raw: string, input: ValuePathContext, field: string): Promise<{ path: string; remote: boolean }> {
  try {
    const refDir = raw.startsWith('$') ? input.refs.get(raw.split('/')[0]) : undefined;
    if (refDir !== undefined) {
      const rest = ['', ...raw.split('/').slice(1)].join('/');
      return { path: await resolveInRepo(refDir, refDir, envsubst(rest, input.env)), remote: false };
    }
    const value = envsubst(raw, input.env);
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(value)?.[1];
    if (scheme !== undefined) {
      if (!input.valuesFileSchemes.some((s) => s.toLowerCase() === scheme.toLowerCase())) {
        throw new Error(`the URL scheme '${scheme}' is not allowed`);
      }
      return { path: value, remote: true };
    }
    return { path: await resolveInRepo(input.chartDir, input.repoRoot, value), remote: false };
  } catch (err) {
    if (err instanceof SourceError) throw err;
    throw new SourceError((err as Error).message, field);
  }
}

async function template(chartDir: string, args: string[], run: HelmRun): Promise<string> {
  // `helm template` may leave a Chart.lock behind (helm/helm#6870); remove it unless it was there.
  const lock = join(chartDir, 'Chart.lock');
  const hadLock = await exists(lock);
  try {
    const { stdout } = await runTool(run.helm, ['template', '.', ...args], { tool: 'helm', cwd: chartDir, timeoutMs: run.timeoutMs, maxMemoryBytes: run.maxMemoryBytes });
    return stdout;
  } finally {
    if (!hadLock && (await exists(lock))) await rm(lock, { force: true });
  }
}

/**
 * `helm dependency build` packages a `file://` dependency from wherever it points, so each must be
 * inside the repository like every other path an app names (Argo CD does not check these).
 */
async function checkLocalDependencies(chartDir: string, repoRoot: string): Promise<void> {
  for (const name of ['Chart.yaml', 'requirements.yaml']) {
    const text = await readFile(join(chartDir, name), 'utf8').catch(() => '');
    let doc: unknown;
    try {
      doc = parseYaml(text);
    } catch {
      continue; // helm reports a broken file itself
    }
    const deps = (doc as { dependencies?: unknown } | null)?.dependencies;
    for (const [i, dep] of (Array.isArray(deps) ? deps : []).entries()) {
      const repo = (dep as { repository?: unknown } | null)?.repository;
      if (typeof repo !== 'string' || !repo.startsWith('file://')) continue;
      const path = repo.slice('file://'.length);
      if (realPathOutside(isAbsolute(path) ? path : join(chartDir, path), repoRoot)) {
        throw new SourceError(`${name} dependencies[${i}]: repository ${JSON.stringify(repo)} is outside the repository`, 'path');
      }
    }
  }
}

function isMissingDependency(err: unknown): boolean {
  const text = err instanceof Error ? `${err.message}` : String(err);
  return /found in (requirements\.yaml|Chart\.yaml), but missing in charts\/ directory/.test(text);
}

function templateError(err: unknown, input: HelmInput, tmp: string | undefined, chartCopy?: string): SourceError {
  const replacements: [string, string][] = tmp ? [[join(tmp, 'values-from-spec.yaml'), '<values from helm.values/valuesObject>']] : [];
  if (chartCopy) replacements.push([chartCopy, input.chartDir]);
  replacements.push([input.repoRoot + '/', '']);
  return new SourceError(toolFailure(err, 'helm template', replacements));
}

/** Argo CD's cleanSetParameters: commas escaped (unless already) except in `{a,b}` list syntax. */
export function escapeCommas(value: string): string {
  if (value.startsWith('{') && value.endsWith('}')) return value;
  let out = '';
  let prev = '';
  for (const c of value) {
    out += c === ',' && prev !== '\\' ? '\\,' : c;
    prev = c;
  }
  return out;
}

/** Argo CD's parseKubeVersion (k8s ParseGeneric): `v1.30.2-gke.1` → `1.30.2`. */
export function normalizeKubeVersion(version: string): string {
  if (version === '') return '';
  const m = /^\s*v?([0-9]+(?:\.[0-9]+)+)/.exec(version);
  if (!m) throw new SourceError(`could not parse kubernetes version ${version}`, 'helm.kubeVersion');
  return m[1];
}
