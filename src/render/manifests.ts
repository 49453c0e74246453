// An app's target objects before post-processing: every source rendered by its type, in source order
// (Argo CD's repo server GenerateManifests per source, plus multi-source `ref` handling).
import type { AppSpec, ApplicationSource } from '../model/argocd.js';
import { SpecError } from '../model/errors.js';
import type { K8sObject } from '../model/k8s.js';
import { renderDirectory } from './directory.js';
import { appEnv } from './env-vars.js';
import { renderHelm } from './helm.js';
import { renderKustomize } from './kustomize.js';
import { discoversPlugin, renderPlugin } from './plugin/render.js';
import { flattenLists } from './parse.js';
import { appPath } from './paths.js';
import { SourceError, toolFailure } from './source-error.js';
import { withOverrides } from './source-overrides.js';
import { assertNoOutOfBoundsSymlinks, type TreeKind } from './symlinks.js';
import { detectType, explicitType } from './source-type.js';
import type { RenderContext } from './types.js';

const DEFAULT_VALUES_FILE_SCHEMES = ['https', 'http'];

/** Renders all sources of an app; a failure throws SpecError naming the origin file, app and field. */
export async function renderAppManifests(spec: AppSpec, ctx: RenderContext): Promise<K8sObject[]> {
  const appSpec = spec.app.spec;
  const multi = (appSpec.sources?.length ?? 0) > 0;
  const sources = multi ? appSpec.sources! : appSpec.source ? [appSpec.source] : [];
  const fieldOf = (i: number) => (multi ? `spec.sources[${i}]` : 'spec.source');
  const fail = (i: number | undefined, message: string, field?: string): never => {
    throw new SpecError({
      file: spec.origin.file,
      line: spec.origin.line,
      app: spec.app.metadata.name,
      field: i === undefined ? 'spec.source' : field ? `${fieldOf(i)}.${field}` : fieldOf(i),
      message,
    });
  };
  if (sources.length === 0) fail(undefined, 'the application has no source');

  const refs = new Map<string, string>();
  for (const [i, source] of sources.entries()) {
    if (!source.ref) continue;
    try {
      const root = await ctx.repos.gitDir(source.repoURL, source.targetRevision, source.tagPrefix);
      await assertNoOutOfBoundsSymlinks(root, 'repository', ctx);
      refs.set(`$${source.ref}`, root);
    } catch (err) {
      fail(i, toolFailure(err, `fetching ${source.repoURL}`), 'repoURL');
    }
  }

  const objects: K8sObject[] = [];
  for (const [i, source] of sources.entries()) {
    if (source.ref && !source.path && !source.chart) continue; // a file source for `$ref/...` only
    try {
      objects.push(...flattenLists(await renderSource(spec, source, refs, ctx)));
    } catch (err) {
      if (err instanceof SpecError) throw err;
      const field = err instanceof SourceError ? err.field : undefined;
      fail(i, toolFailure(err, 'rendering'), field ?? (source.chart ? 'chart' : 'path'));
    }
  }
  return objects;
}

async function renderSource(
  spec: AppSpec,
  original: ApplicationSource,
  refs: ReadonlyMap<string, string>,
  ctx: RenderContext,
): Promise<K8sObject[]> {
  const { repoRoot, dir, revision } = await locate(original, ctx);
  const source = await withOverrides(original, dir, spec.app.metadata.name);
  const env = appEnv(spec, source, revision);
  const limits = { timeoutMs: ctx.timeoutMs, maxMemoryBytes: ctx.maxMemoryBytes };
  const plugin = { repoRoot, appDir: dir, appEnv: env, kubeVersion: ctx.kubeVersion, apiVersions: ctx.apiVersions, plugins: ctx.plugins ?? [] };
  // As Argo CD, plugin discovery comes before telling Helm and Kustomize apart.
  const type = explicitType(source) ?? ((await discoversPlugin(plugin, limits)) ? 'Plugin' : await detectType(dir));
  switch (type) {
    case 'Plugin':
      return renderPlugin({ ...plugin, source: source.plugin }, limits);
    case 'Helm':
      return renderHelm(
        {
          chartDir: dir,
          repoRoot,
          helm: source.helm,
          appName: spec.app.metadata.name,
          namespace: spec.app.spec.destination?.namespace ?? '',
          refs,
          env,
          kubeVersion: ctx.kubeVersion,
          apiVersions: ctx.apiVersions,
          valuesFileSchemes: valuesFileSchemes(ctx),
        },
        { helm: await toolPath(ctx, 'helm'), ...limits },
      );
    case 'Kustomize':
      return renderKustomize(
        { appDir: dir, repoRoot, kustomize: source.kustomize, env, argocdCm: ctx.argocdCm, kubeVersion: ctx.kubeVersion, apiVersions: ctx.apiVersions },
        { kustomize: () => toolPath(ctx, 'kustomize'), ...limits },
      );
    default:
      // Only a directory with .jsonnet files needs jsonnet.
      return renderDirectory(dir, repoRoot, source.directory, env, async () => ({ jsonnet: await toolPath(ctx, 'jsonnet'), jsonnetDeps: await toolPath(ctx, 'jsonnet-deps'), ...limits }));
  }
}

/** A tool the source needs; one that cannot be had fails this source alone. */
async function toolPath(ctx: RenderContext, tool: Parameters<RenderContext['tools']['path']>[0]): Promise<string> {
  try {
    return await ctx.tools.path(tool);
  } catch (err) {
    throw new SourceError((err as Error).message, '');
  }
}

/** The source's files: a pulled chart (its own root), or the app path inside a git checkout. */
async function locate(source: ApplicationSource, ctx: RenderContext): Promise<{ repoRoot: string; dir: string; revision: string }> {
  if (source.chart) {
    let chartDir: string;
    try {
      chartDir = await ctx.repos.helmChart(source.repoURL, source.chart, source.targetRevision, { passCredentials: source.helm?.passCredentials });
    } catch (err) {
      throw new SourceError(toolFailure(err, `pulling chart ${source.chart}`), 'chart');
    }
    await guard(chartDir, 'chart', 'chart', ctx);
    return { repoRoot: chartDir, dir: chartDir, revision: source.targetRevision ?? '' };
  }
  let repoRoot: string;
  try {
    repoRoot = await ctx.repos.gitDir(source.repoURL, source.targetRevision, source.tagPrefix);
  } catch (err) {
    throw new SourceError(toolFailure(err, `fetching ${source.repoURL}`), 'repoURL');
  }
  await guard(repoRoot, 'repository', 'repoURL', ctx);
  const dir = await appPath(repoRoot, source.path).catch((err: Error) => {
    throw new SourceError(err.message, 'path');
  });
  // The checkout's own commit is known; for another repo the resolver gives no SHA, so the target
  // revision stands in for $ARGOCD_APP_REVISION.
  const revision = repoRoot === ctx.repoRoot ? (ctx.revision ?? '') : (source.targetRevision ?? '');
  return { repoRoot, dir, revision };
}

/** Refuses a tree with out-of-bounds symlinks before any tool reads it (see symlinks.ts). */
async function guard(root: string, kind: TreeKind, field: string, ctx: RenderContext): Promise<void> {
  await assertNoOutOfBoundsSymlinks(root, kind, ctx).catch((err: Error) => {
    throw new SourceError(err.message, field);
  });
}

export function valuesFileSchemes(ctx: Pick<RenderContext, 'argocdCm'>): string[] {
  const configured = ctx.argocdCm?.['helm.valuesFileSchemes'];
  if (configured === undefined) return DEFAULT_VALUES_FILE_SCHEMES;
  return configured.split(',').map((s) => s.trim()).filter(Boolean);
}
