// A Kustomize source, like Argo CD's util/kustomize Build: when the source sets kustomize options,
// `kustomize edit` runs in this order on a temporary copy of the app directory (namePrefix, nameSuffix,
// images, replicas, commonLabels, commonAnnotations, namespace, patches, components), then
// `kustomize build <appDir> [argocd-cm kustomize.buildOptions]` from the repo root. First, every
// resource, base and component must resolve inside the repository (kustomize-paths.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { parseDocument } from 'yaml';
import type { ArgoCdConfig, KustomizeSource } from '../model/argocd.js';
import type { K8sObject } from '../model/k8s.js';
import { environ, envsubst, type AppEnv } from './env-vars.js';
import { normalizeKubeVersion } from './helm.js';
import { parseYaml } from '../parse/yaml.js';
import { checkKustomizeGraph } from './kustomize-paths.js';
import { parseManifests } from './parse.js';
import { exists } from './paths.js';
import { KUSTOMIZATION_NAMES } from './source-type.js';
import { SourceError, toolFailure } from './source-error.js';
import { runTool } from './tools/exec.js';
import { withDirCopy } from './workdir.js';

export interface KustomizeInput {
  appDir: string;
  repoRoot: string;
  kustomize: KustomizeSource | undefined;
  env: AppEnv;
  argocdCm?: ArgoCdConfig;
  kubeVersion?: string;
  apiVersions?: string[];
}

export interface KustomizeRun {
  /** The default kustomize, or how to locate it: not needed when the source names a `kustomize.version`. */
  kustomize: string | (() => Promise<string>);
  timeoutMs: number;
  maxMemoryBytes?: number;
}

/** One `kustomize edit` call and the source field it comes from. */
export interface KustomizeEdit {
  field: string;
  args: string[];
}

export async function renderKustomize(input: KustomizeInput, run: KustomizeRun): Promise<K8sObject[]> {
  const out = await buildKustomize(input, run);
  try {
    return parseManifests(out);
  } catch (err) {
    throw new SourceError(`kustomize build output: ${(err as Error).message}`);
  }
}

/**
 * The raw `kustomize build` output. With edits, they run in a copy of the app directory made beside
 * it (see withDirCopy): the edits only ever write the app's own kustomization file, and every path
 * it names resolves from the copy as from the original, so the output is the same as Argo CD's
 * in-place edits in its own repository copy, without copying the repository.
 */
export async function buildKustomize(input: KustomizeInput, run: KustomizeRun): Promise<string> {
  const { binary, buildOptions } = await kustomizeSettings(input.kustomize, input.argocdCm, run.kustomize);
  const k = input.kustomize;
  await checkKustomizeGraph(input.appDir, input.repoRoot, k?.components ?? []);
  const edits = k ? kustomizeEdits(k, input.env) : [];
  const needsCopy = edits.length > 0 || (k?.patches?.length ?? 0) > 0 || (k?.components?.length ?? 0) > 0;
  const build = async (appDir: string): Promise<string> => {
    // Messages name the app's own directory, repo-relative, never the copy.
    const paths: [string, string][] = [[appDir, input.appDir], [input.repoRoot + '/', '']];
    for (const edit of edits) await runEdit(binary, edit, appDir, paths, run.timeoutMs);
    if (k?.patches?.length) await addPatches(appDir, k.patches);
    if (k?.components?.length) await addComponents(binary, k, appDir, paths, input.env, run.timeoutMs);
    const args = buildArgs(appDir, buildOptions, input);
    try {
      const { stdout } = await runTool(binary, args, { tool: 'kustomize', cwd: input.repoRoot, env: environ(input.env), timeoutMs: run.timeoutMs, maxMemoryBytes: run.maxMemoryBytes });
      return stdout;
    } catch (err) {
      throw new SourceError(toolFailure(err, 'kustomize build', paths));
    }
  };
  return needsCopy ? withDirCopy(input.repoRoot, input.appDir, build) : build(input.appDir);
}

/** The `kustomize edit` calls for the options that are plain edits, in Argo CD's order. */
export function kustomizeEdits(k: KustomizeSource, env: AppEnv): KustomizeEdit[] {
  const edits: KustomizeEdit[] = [];
  if (k.namePrefix) edits.push({ field: 'kustomize.namePrefix', args: ['set', 'nameprefix', '--', k.namePrefix] });
  if (k.nameSuffix) edits.push({ field: 'kustomize.nameSuffix', args: ['set', 'namesuffix', '--', k.nameSuffix] });
  if (k.images?.length) {
    edits.push({ field: 'kustomize.images', args: ['set', 'image', ...k.images.map((i) => envsubst(i, env))] });
  }
  if (k.replicas?.length) {
    const args = ['set', 'replicas'];
    for (const [i, r] of k.replicas.entries()) args.push(`${r.name}=${replicaCount(r.count, `kustomize.replicas[${i}].count`)}`);
    edits.push({ field: 'kustomize.replicas', args });
  }
  if (k.commonLabels && Object.keys(k.commonLabels).length > 0) {
    const flags = [
      ...(k.forceCommonLabels ? ['--force'] : []),
      ...(k.labelWithoutSelector ? ['--without-selector'] : []),
      ...(k.labelIncludeTemplates ? ['--include-templates'] : []),
    ];
    const pairs = Object.entries(k.commonLabels).map(([n, v]) => `${n}:${envsubst(String(v), env)}`);
    edits.push({ field: 'kustomize.commonLabels', args: ['add', 'label', ...flags, ...pairs] });
  }
  if (k.commonAnnotations && Object.keys(k.commonAnnotations).length > 0) {
    const value = (v: string) => (k.commonAnnotationsEnvsubst ? envsubst(v, env) : v);
    const pairs = Object.entries(k.commonAnnotations).map(([n, v]) => `${n}:${value(String(v))}`);
    edits.push({
      field: 'kustomize.commonAnnotations',
      args: ['add', 'annotation', ...(k.forceCommonAnnotations ? ['--force'] : []), ...pairs],
    });
  }
  if (k.namespace) edits.push({ field: 'kustomize.namespace', args: ['set', 'namespace', '--', k.namespace] });
  return edits;
}

/** `kustomize build` arguments: build options split on whitespace, helm capabilities with --enable-helm. */
export function buildArgs(appDir: string, buildOptions: string, input: Pick<KustomizeInput, 'kustomize' | 'kubeVersion' | 'apiVersions'>): string[] {
  if (buildOptions === '') return ['build', appDir];
  const args = ['build', appDir, ...buildOptions.split(/\s+/).filter(Boolean)];
  if (buildOptions.includes('--enable-helm')) {
    const kubeVersion = normalizeKubeVersion(input.kustomize?.kubeVersion || input.kubeVersion || '');
    if (kubeVersion) args.push('--helm-kube-version', kubeVersion);
    const apiVersions = input.kustomize?.apiVersions?.length ? input.kustomize.apiVersions : (input.apiVersions ?? []);
    for (const v of apiVersions) args.push('--helm-api-versions', v);
  }
  return args;
}

/**
 * Binary and build options from argocd-cm: `kustomize.buildOptions`; with `kustomize.version` set on
 * the source, the binary registered as `kustomize.path.<v>` (or `kustomize.version.<v>`) and
 * `kustomize.buildOptions.<v>`.
 */
async function kustomizeSettings(k: KustomizeSource | undefined, cm: ArgoCdConfig = {}, defaultBinary: KustomizeRun['kustomize']) {
  const version = k?.version;
  if (!version) return { binary: typeof defaultBinary === 'string' ? defaultBinary : await defaultBinary(), buildOptions: cm['kustomize.buildOptions'] ?? '' };
  const binary = cm[`kustomize.path.${version}`] ?? cm[`kustomize.version.${version}`];
  if (!binary) throw new SourceError(`kustomize version ${version} is not registered in argocd-cm`, 'kustomize.version');
  return { binary, buildOptions: cm[`kustomize.buildOptions.${version}`] ?? '' };
}

function replicaCount(count: number | string, field: string): number {
  const n = typeof count === 'number' ? count : /^[+-]?\d+$/.test(count.trim()) ? Number(count) : NaN;
  if (!Number.isInteger(n)) throw new SourceError(`expected integer value for count. Received: ${count}`, field);
  return n;
}

async function runEdit(binary: string, edit: KustomizeEdit, appDir: string, paths: [string, string][], timeoutMs: number, env?: Record<string, string>) {
  try {
    await runTool(binary, ['edit', ...edit.args], { tool: 'kustomize', cwd: appDir, env, timeoutMs });
  } catch (err) {
    throw new SourceError(toolFailure(err, `kustomize edit ${edit.args.slice(0, 2).join(' ')}`, paths), edit.field);
  }
}

/** Appends the source's patches to the kustomization's `patches` (there is no `kustomize edit` for it). */
async function addPatches(appDir: string, patches: Record<string, unknown>[]): Promise<void> {
  let file: string | undefined;
  for (const name of KUSTOMIZATION_NAMES) if (!file && (await exists(join(appDir, name)))) file = join(appDir, name);
  if (!file) throw new SourceError('kustomization file not found in the path', 'kustomize.patches');
  const text = await readFile(file, 'utf8');
  let kustomization: unknown;
  try {
    kustomization = parseYaml(text);
  } catch (err) {
    throw new SourceError(`${file.slice(appDir.length + 1)}: ${(err as Error).message}`, 'kustomize.patches');
  }
  const doc = parseDocument(text);
  if (typeof kustomization !== 'object' || kustomization === null || Array.isArray(kustomization)) {
    throw new SourceError(`expected ${file.slice(appDir.length + 1)} to be a map`, 'kustomize.patches');
  }
  const existing = (kustomization as Record<string, unknown>).patches;
  if (existing !== undefined && existing !== null && !Array.isArray(existing)) {
    throw new SourceError("expected 'patches' field in the kustomization to be a list", 'kustomize.patches');
  }
  doc.set('patches', [...((existing as unknown[] | null | undefined) ?? []), ...patches]);
  await writeFile(file, doc.toString());
}

async function addComponents(binary: string, k: KustomizeSource, appDir: string, paths: [string, string][], env: AppEnv, timeoutMs: number) {
  let components = k.components ?? [];
  if (k.ignoreMissingComponents) {
    const found: string[] = [];
    for (const c of components) {
      // securejoin semantics: `..` cannot climb above the app directory
      if (await exists(join(appDir, posix.normalize(`/${c}`)))) found.push(c);
    }
    components = found;
  }
  const edit = { field: 'kustomize.components', args: ['add', 'component', ...components] };
  await runEdit(binary, edit, appDir, paths, timeoutMs, environ(env));
}
