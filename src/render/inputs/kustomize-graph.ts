// The files a `kustomize build` reads, from the kustomization graph: every kustomization reached
// through resources, bases and components, and the files its fields name (patches, generators' files
// and envs, helmCharts values and chart home, crds, replacements, openapi, configurations,
// transformers/generators/validators). A field we do not know, or a remote reference, makes the set
// unknown rather than incomplete.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { statIf } from '../../fs/local.js';
import { KUSTOMIZATION_NAMES } from '../source-type.js';
import { UnknownInputs, type InputSet } from './input-set.js';

/** Fields that name no file (values only). */
const VALUE_FIELDS = new Set([
  'apiVersion', 'kind', 'metadata', 'namespace', 'namePrefix', 'nameSuffix', 'commonLabels', 'labels',
  'commonAnnotations', 'images', 'replicas', 'vars', 'generatorOptions', 'sortOptions', 'buildMetadata', 'helmGlobals',
]);

// kustomize's remote targets: URLs, scp-like git addresses, go-getter style hosts and `?ref=`.
const REMOTE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/|^git@|\?ref=|^(github\.com|gitlab\.com|bitbucket\.org)\//;

export interface KustomizeGraphOptions {
  /** argocd-cm build options: plugin configs may read outside their root with LoadRestrictionsNone. */
  buildOptions: string;
}

/** Adds the kustomization in `dir` and everything it reaches to `set`; `seen` stops cycles and repeats. */
export async function kustomizeInputs(dir: string, set: InputSet, opts: KustomizeGraphOptions, seen = new Set<string>()): Promise<void> {
  const root = resolve(dir);
  if (seen.has(root)) return;
  seen.add(root);
  let file: string | undefined;
  for (const name of KUSTOMIZATION_NAMES) {
    const facts = await set.file(join(root, name));
    if (!file && facts.digest !== 'absent') file = join(root, name);
  }
  if (!file) return; // kustomize fails here; the absent names are the inputs
  let k: unknown;
  try {
    k = await set.reader.yaml(file);
  } catch (err) {
    throw new UnknownInputs(`${file} does not parse: ${(err as Error).message.split('\n')[0]}`);
  }
  if (k == null) return; // an empty kustomization reads nothing more
  if (!isMap(k)) throw new UnknownInputs(`${file} is not a map`);
  const at = (p: string) => join(root, p);
  const pathOrDir = async (p: string, field: string) => {
    if (REMOTE.test(p)) throw new UnknownInputs(`${field} ${p} is remote`);
    const info = statIf(at(p));
    if (info?.isDirectory()) await kustomizeInputs(at(p), set, opts, seen);
    else await set.file(at(p));
  };
  for (const [field, value] of Object.entries(k)) {
    if (value == null || VALUE_FIELDS.has(field)) continue;
    switch (field) {
      case 'resources':
      case 'bases':
      case 'components':
        for (const p of strings(value)) await pathOrDir(p, field);
        break;
      case 'crds':
      case 'configurations':
        for (const p of strings(value)) await set.file(at(p));
        break;
      case 'patchesStrategicMerge':
        // An entry is a file path, or an inline patch (YAML holding a newline or a colon-space).
        for (const p of strings(value)) if (!/\n|: /.test(p)) await set.file(at(p));
        break;
      case 'patches':
      case 'patchesJson6902':
      case 'replacements':
        for (const item of maps(value)) if (typeof item.path === 'string') await set.file(at(item.path));
        break;
      case 'openapi':
        if (isMap(value) && typeof value.path === 'string') await set.file(at(value.path));
        break;
      case 'configMapGenerator':
      case 'secretGenerator':
        for (const gen of maps(value)) {
          // `files` entries are `path` or `key=path`.
          for (const f of strings(gen.files)) await set.tree(at(f.includes('=') ? f.slice(f.indexOf('=') + 1) : f));
          for (const e of [...strings(gen.envs), ...strings(gen.env)]) await set.file(at(e));
        }
        break;
      case 'helmCharts':
        await helmChartInputs(value, k.helmGlobals, root, set);
        break;
      case 'transformers':
      case 'generators':
      case 'validators':
        await pluginInputs(strings(value), field, root, set, opts, seen);
        break;
      default:
        throw new UnknownInputs(`kustomization field ${field} in ${file} is not understood`);
    }
  }
}

async function helmChartInputs(charts: unknown, globals: unknown, root: string, set: InputSet): Promise<void> {
  const chartHome = isMap(globals) && typeof globals.chartHome === 'string' ? globals.chartHome : 'charts';
  await set.tree(join(root, chartHome));
  for (const chart of maps(charts)) {
    if (typeof chart.valuesFile === 'string') await set.file(join(root, chart.valuesFile));
    for (const f of strings(chart.additionalValuesFiles)) await set.file(join(root, f));
    if (typeof chart.repo === 'string' && chart.repo !== '') {
      // Pulled into the chart home when not there: the same chart as long as the version is fixed.
      if (typeof chart.version !== 'string' || chart.version === '') throw new UnknownInputs(`helmCharts ${String(chart.name)} has no version`);
      set.value(`helmChart ${chart.repo} ${String(chart.name)}`, chart.version);
    }
  }
}

/**
 * Plugin configs: a directory is a kustomization; a file's config may name more files (a
 * PatchTransformer's `path`), which the load restrictor keeps inside this kustomization's directory,
 * so that whole directory counts. Inline configs are part of the kustomization already.
 */
async function pluginInputs(entries: string[], field: string, root: string, set: InputSet, opts: KustomizeGraphOptions, seen: Set<string>): Promise<void> {
  for (const p of entries) {
    if (p.includes('\n')) {
      if (/function/.test(p)) throw new UnknownInputs(`${field} runs a KRM function`);
      continue;
    }
    if (REMOTE.test(p)) throw new UnknownInputs(`${field} ${p} is remote`);
    const info = statIf(join(root, p));
    if (info?.isDirectory()) {
      await kustomizeInputs(join(root, p), set, opts, seen);
      continue;
    }
    if (opts.buildOptions.includes('LoadRestrictionsNone')) throw new UnknownInputs(`${field} ${p} may read outside its kustomization`);
    const facts = await set.file(join(root, p));
    if (facts.digest !== 'absent' && /function/.test(readFileSync(join(root, p), 'utf8'))) throw new UnknownInputs(`${field} ${p} runs a KRM function`);
    await set.tree(root);
  }
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
}

function maps(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v) ? v.filter(isMap) : [];
}
