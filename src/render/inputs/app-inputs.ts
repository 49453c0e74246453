// Each app's input hash: everything its render depends on (the Application, the argocd-cm settings
// rendering reads, the versions of the tools its sources run, cluster capabilities, and the content of every file its sources
// may read), mirroring manifests.ts source by source. Two renders with one hash produce the same
// manifests. Other git repositories count by their checked-out commit, Helm repository charts by
// their exact version; where the reads cannot be known the hash is undefined, with the reason.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { statIf } from '../../fs/local.js';
import { canonical } from '../../model/canonical.js';
import type { AppSpec, ApplicationSource, ArgoCdConfig, HelmSource } from '../../model/argocd.js';
import { manifestFiles } from '../directory.js';
import { appEnv } from '../env-vars.js';
import { resolveValuePath } from '../helm.js';
import { valuesFileSchemes } from '../manifests.js';
import { appPath, resolveInRepo } from '../paths.js';
import { withOverrides } from '../source-overrides.js';
import { hasDiscovery } from '../plugin/definitions.js';
import { staticDiscovery } from '../plugin/select.js';
import { assertNoOutOfBoundsSymlinks } from '../symlinks.js';
import { detectType, explicitType, KUSTOMIZATION_NAMES } from '../source-type.js';
import { runTool } from '../tools/exec.js';
import type { ToolName } from '../tools/versions.js';
import type { AppInputs, InputHasher, RenderContext } from '../types.js';
import { InputReader, InputSet, UnknownInputs } from './input-set.js';
import { jsonnetInputs } from './jsonnet-imports.js';
import { kustomizeInputs } from './kustomize-graph.js';

// Bumped when what goes into the hash changes, so older cache entries are never read.
const HASH_VERSION = 'gitops-sync-inputs-2';
const EXACT_VERSION = /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
const REVISION_VAR = 'ARGOCD_APP_REVISION';

export type InputContext = Pick<RenderContext, 'repoRoot' | 'revision' | 'argocdCm' | 'repos' | 'kubeVersion' | 'apiVersions' | 'plugins'> & {
  /** A tool's version, asked only for the tools an app's sources run (ToolLocator.version). */
  toolVersion: (tool: ToolName) => Promise<string>;
};

/** A hasher for one checkout and run: files, trees and remote commits are read once, however many apps share them. */
export function createInputHasher(ctx: InputContext): InputHasher {
  const reader = new InputReader(resolve(ctx.repoRoot));
  const commits = new Map<string, Promise<string>>();
  const commitOf = (dir: string) => {
    let p = commits.get(dir);
    if (!p) {
      p = runTool('git', ['rev-parse', 'HEAD'], { tool: 'git', cwd: dir, timeoutMs: 30_000 }).then((r) => r.stdout.trim());
      commits.set(dir, p);
    }
    return p;
  };
  // Keyed by the spec object: the preview asks before rendering, and the render asks again.
  const known = new WeakMap<AppSpec, Promise<AppInputs>>();
  const compute = async (spec: AppSpec): Promise<AppInputs> => {
      const set = new InputSet(reader);
      try {
        await appInputs(spec, ctx, set, commitOf);
      } catch (err) {
        const reason = err instanceof UnknownInputs ? err.message : `inputs unreadable: ${(err as Error).message}`;
        return { hash: undefined, reason };
      }
      set.value('hash-version', HASH_VERSION);
      set.value('application', canonical(spec.app));
      set.value('settings', canonical(renderSettings(ctx.argocdCm)));
      set.value('cluster', canonical([ctx.kubeVersion ?? '', ctx.apiVersions ?? []]));
      if (set.mentionsRevision || JSON.stringify(spec.app.spec).includes(REVISION_VAR)) set.value('revision', ctx.revision ?? '');
      return { hash: set.hash(), mayDefineApps: set.mayDefineApps };
  };
  return {
    inputs(spec) {
      let p = known.get(spec);
      if (!p) {
        p = compute(spec);
        known.set(spec, p);
      }
      return p;
    },
  };
}

/** The argocd-cm keys rendering reads (tool binaries and options, value file schemes, tracking). */
export function renderSettings(cm: ArgoCdConfig = {}): Record<string, string> {
  const keys = Object.keys(cm).filter(
    (k) => k.startsWith('kustomize.') || k === 'helm.valuesFileSchemes' || k === 'application.resourceTrackingMethod' || k === 'application.instanceLabelKey' || k === 'installationID',
  );
  return Object.fromEntries(keys.map((k) => [k, cm[k]]));
}

type CommitOf = (dir: string) => Promise<string>;

async function appInputs(spec: AppSpec, ctx: InputContext, set: InputSet, commitOf: CommitOf): Promise<void> {
  const appSpec = spec.app.spec;
  const sources = appSpec.sources?.length ? appSpec.sources : appSpec.source ? [appSpec.source] : [];
  const refs = new Map<string, string>();
  for (const source of sources) {
    if (!source.ref) continue;
    const dir = await gitDir(source, ctx, set, commitOf);
    refs.set(`$${source.ref}`, dir);
  }
  for (const source of sources) {
    if (source.ref && !source.path && !source.chart) continue;
    await sourceInputs(spec, source, refs, ctx, set, commitOf);
  }
}

/** The source's checkout; another repository counts by its commit, and its files are not read. */
async function gitDir(source: ApplicationSource, ctx: InputContext, set: InputSet, commitOf: CommitOf): Promise<string> {
  const dir = await ctx.repos.gitDir(source.repoURL, source.targetRevision, source.tagPrefix);
  if (resolve(dir) !== set.reader.root) {
    set.value(`git ${source.repoURL} ${source.targetRevision ?? ''}`, await commitOf(dir));
    set.mayDefineApps = true;
  }
  return dir;
}

async function sourceInputs(spec: AppSpec, source: ApplicationSource, refs: ReadonlyMap<string, string>, ctx: InputContext, set: InputSet, commitOf: CommitOf): Promise<void> {
  const usesTool = async (tool: ToolName) => set.value(`tool ${tool}`, await ctx.toolVersion(tool));
  if (source.chart) {
    if (source.plugin != null) throw new UnknownInputs('config management plugin on a repository chart');
    await usesTool('helm');
    set.value(`chart ${source.repoURL} ${source.chart}`, await chartVersion(source, ctx));
    set.mayDefineApps = true; // its templates are not read here
    return;
  }
  const root = await gitDir(source, ctx, set, commitOf);
  if (resolve(root) !== set.reader.root) return;
  // As the render does first: a link out of the checkout (to /dev/zero, say) is never read.
  await assertNoOutOfBoundsSymlinks(root, 'repository', set.reader).catch((err: Error) => {
    throw new UnknownInputs(err.message);
  });
  const dir = await appPath(root, source.path);
  const name = spec.app.metadata.name;
  await set.file(join(dir, '.argocd-source.yaml'));
  await set.file(join(dir, `.argocd-source-${name}.yaml`));
  const merged = await withOverrides(source, dir, name);
  set.value(`source ${source.path ?? ''}`, canonical(merged));
  // Which tool renders it follows from these file names directly in the directory (detectType).
  const typeFiles = readdirSync(dir, { withFileTypes: true }).filter((e) => !e.isDirectory() && (e.name.endsWith('Chart.yaml') || KUSTOMIZATION_NAMES.includes(e.name)));
  set.value(`type files ${source.path ?? ''}`, typeFiles.map((e) => e.name).sort().join('\n'));
  const explicit = explicitType(merged);
  if (explicit === undefined && (ctx.plugins ?? []).some(hasDiscovery)) {
    // Which plugin fileName/glob discovery picks is an input; a find.command rule can only be run,
    // so then the plugin's inputs count as well as those of the type detected otherwise.
    const found = await staticDiscovery(ctx.plugins ?? [], { repoRoot: root, appDir: dir });
    set.value(`plugin discovery ${source.path ?? ''}`, typeof found === 'object' ? found.name : (found ?? 'by command'));
    if (typeof found === 'object') return pluginInputs(root, ctx, set);
    if (found === undefined) await pluginInputs(root, ctx, set);
  }
  if (explicit === 'Plugin') return pluginInputs(root, ctx, set);
  const type = explicit ?? (await detectType(dir));
  const env = appEnv(spec, merged, ctx.revision ?? '');
  switch (type) {
    case 'Helm':
      await usesTool('helm');
      return helmInputs(dir, root, merged.helm, { refs, env, valuesFileSchemes: valuesFileSchemes(ctx) }, set);
    case 'Kustomize': {
      const buildOptions = Object.entries(renderSettings(ctx.argocdCm)).filter(([k]) => k.startsWith('kustomize.buildOptions')).map(([, v]) => v).join(' ');
      if (/alpha-plugins|enable-exec/.test(buildOptions)) throw new UnknownInputs('kustomize plugins are enabled');
      // A source's kustomize.version runs the binary argocd-cm registers (counted with the settings).
      if (!merged.kustomize?.version) await usesTool('kustomize');
      // kustomize inflates helmCharts with the helm on PATH.
      if (buildOptions.includes('--enable-helm')) await usesTool('helm');
      await kustomizeInputs(dir, set, { buildOptions });
      for (const c of merged.kustomize?.components ?? []) await kustomizeInputs(join(dir, c), set, { buildOptions });
      return;
    }
    default: {
      const jsonnet = merged.directory?.jsonnet;
      const files = await manifestFiles(dir, root, merged.directory ?? {});
      if (files.some((f) => f.endsWith('.jsonnet'))) await usesTool('jsonnet');
      const jpaths = [dir];
      for (const lib of jsonnet?.libs ?? []) jpaths.push(await resolveInRepo(root, root, lib, true));
      for (const f of files) {
        if (f.endsWith('.jsonnet')) await jsonnetInputs(f, jpaths, set);
        else await set.file(f);
      }
    }
  }
}

/**
 * A plugin gets the whole repository, its definitions and Argo CD's variables (the revision among
 * them): all of it counts. The programs its commands run, and what they fetch, cannot be known.
 */
async function pluginInputs(root: string, ctx: InputContext, set: InputSet): Promise<void> {
  await set.tree(root);
  set.value('plugins', canonical(ctx.plugins ?? []));
  set.mentionsRevision = true;
  set.mayDefineApps = true;
}

/** A repository chart's version: exact as given, else as resolved by pulling it (the render pulls it too). */
async function chartVersion(source: ApplicationSource, ctx: InputContext): Promise<string> {
  const wanted = source.targetRevision ?? '';
  if (EXACT_VERSION.test(wanted)) return wanted;
  const dir = await ctx.repos.helmChart(source.repoURL, source.chart!, wanted, { passCredentials: source.helm?.passCredentials });
  const version = (parse(readFileSync(join(dir, 'Chart.yaml'), 'utf8')) as { version?: unknown } | null)?.version;
  if (typeof version !== 'string' || !EXACT_VERSION.test(version)) throw new UnknownInputs(`chart ${source.chart} ${JSON.stringify(wanted)} resolved to no exact version`);
  return version;
}

/**
 * A local chart: its whole directory (templates, `.Files`, vendored charts/), `file://` dependencies,
 * value files and file parameters; a remote dependency counts by its exact version.
 */
async function helmInputs(
  chartDir: string,
  repoRoot: string,
  helm: HelmSource | undefined,
  values: { refs: ReadonlyMap<string, string>; env: ReturnType<typeof appEnv>; valuesFileSchemes: string[] },
  set: InputSet,
): Promise<void> {
  await set.tree(chartDir);
  for (const name of ['Chart.yaml', 'requirements.yaml']) {
    // Parsed once per run: a chart is shared by many apps.
    const path = join(chartDir, name);
    const doc = statIf(path)?.isFile() ? await set.reader.yaml(path) : undefined;
    const deps = (((doc as { dependencies?: unknown } | null | undefined)?.dependencies ?? []) as { name?: string; version?: string; repository?: string }[]);
    for (const dep of Array.isArray(deps) ? deps : []) {
      const repo = dep.repository ?? '';
      if (repo.startsWith('file://')) await set.tree(resolve(chartDir, repo.slice('file://'.length)));
      else if (repo !== '') {
        if (!EXACT_VERSION.test(dep.version ?? '')) throw new UnknownInputs(`chart dependency ${dep.name} version ${JSON.stringify(dep.version ?? '')} is not exact`);
        set.value(`dependency ${repo} ${dep.name}`, dep.version!);
      }
    }
  }
  const paths = [...(helm?.valueFiles ?? []), ...(helm?.fileParameters ?? []).map((p) => p.path)];
  for (const raw of paths) {
    const file = await resolveValuePath(raw, { chartDir, repoRoot, ...values }, '');
    if (file.remote) throw new UnknownInputs(`value file ${raw} is remote`);
    // A `$ref` file in another repository is covered by that repository's commit.
    const inRemoteRef = [...values.refs.values()].some((d) => resolve(d) !== set.reader.root && file.path.startsWith(resolve(d)));
    if (!inRemoteRef) await set.file(file.path);
  }
}
