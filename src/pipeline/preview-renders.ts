// The two renders of a pull-request preview: base and head, each rendering only the apps whose
// inputs differ (decided in affected-apps), with the render cache; or everything with render-unchanged.
import { resolve } from 'node:path';
import type { PullRequestInfo } from '../appset/types.js';
import { EXCLUSIONS_KEY, INCLUSIONS_KEY } from '../cluster/resource-filter.js';
import { loadRepo } from '../load/load.js';
import { openRenderCache, type RenderCache } from '../render/cache/render-cache.js';
import { loadPlugins } from '../render/plugin/definitions.js';
import type { RenderedApp } from '../render/types.js';
import type { Settings } from '../settings.js';
import { baseReuse, headUnits, mergeBase, planRenders, type PreviewSide } from './affected-apps.js';
import { previewShard } from './select-apps.js';
import { prepareRepo, renderCacheDir, renderPrepared, runTools, type PreparedRepo, type RepoRender } from './render-repo.js';

export interface PreviewDirs {
  /** The PR head (the checkout). */
  headDir: string;
  /** The PR base (a worktree at the base SHA). */
  baseDir: string;
}

export interface SidesOptions {
  pullRequest?: PullRequestInfo;
  /** A live diff follows, which needs every head app's objects: nothing is skipped on the head. */
  liveDiff: boolean;
}

export interface PreviewRenders {
  head: RepoRender;
  base: RepoRender;
  /** Base apps (roots) rendered, and how many of them reused the head's render (or were skipped) instead. */
  baseRenders: { rendered: number; reused: number };
  /** Head apps (roots) rendered, and how many were skipped because the PR left their inputs unchanged. */
  headRenders: { rendered: number; skipped: number };
}

/**
 * Both renders. With render-unchanged every app renders on both sides; otherwise only apps whose
 * inputs differ (see affected-apps), and renders are served from and stored in the render cache.
 * The sides render one after the other rather than at once: they share the clone and chart cache,
 * where a branch fetched for one side may be replaced while the other reads it.
 */
export async function renderSides(settings: Settings, dirs: PreviewDirs, opts: SidesOptions, log: (message: string) => void): Promise<PreviewRenders> {
  const full = settings.diff.renderUnchanged;
  const cache = full ? undefined : openRenderCache(renderCacheDir(settings.cacheDir));
  // One set of tools for both sides: each is located (and asked its version) once.
  const extras = { pullRequest: opts.pullRequest, cache, tools: runTools(settings, log) };
  // The base's argocd-cm chooses the tools for both sides: a PR must not pick what runs on its own code.
  const baseLoaded = await loadRepo(resolve(dirs.baseDir), { globs: settings.appGlobs });
  // Likewise plugin commands: both sides run the base's definitions (a PR may add the files).
  const pluginsFrom = await loadPlugins(resolve(dirs.baseDir), settings.plugins, { optional: true });
  // Both sides are prepared whole, then sharded together (previewShard).
  const whole = { ...settings, shard: undefined };
  let headRepo = await prepareRepo({ ...whole, repoRoot: dirs.headDir }, log, { ...extras, pluginsFrom, toolSettingsFrom: baseLoaded.argocdCm ?? {} });
  let baseRepo = await prepareRepo({ ...whole, repoRoot: dirs.baseDir }, log, { ...extras, pluginsFrom, loaded: baseLoaded });
  if (settings.shard) {
    const mine = previewShard(baseRepo.apps, headRepo.apps, settings.shard);
    headRepo = { ...headRepo, apps: mine.head };
    baseRepo = { ...baseRepo, apps: mine.base };
  }
  const renderAllOf = async (repo: PreparedRepo) => renderPrepared(repo, repo.apps, settings);
  if (full) {
    log(`rendering head (${dirs.headDir})`);
    const head = await renderAllOf(headRepo);
    log(`rendering base (${dirs.baseDir})`);
    const base = await renderAllOf(baseRepo);
    return { head, base, baseRenders: { rendered: baseRepo.apps.length, reused: 0 }, headRenders: { rendered: headRepo.apps.length, skipped: 0 } };
  }
  const side = (repo: PreparedRepo): PreviewSide => ({
    apps: repo.apps,
    inputs: repo.inputs,
    projects: new Map([...repo.loaded.projects].map(([name, p]) => [name, p.project.spec])),
  });
  // What the controller compares changes with argocd-cm's resource filter, which no render reads.
  const filterChanged = [EXCLUSIONS_KEY, INCLUSIONS_KEY].find((k) => baseRepo.loaded.argocdCm?.[k] !== headRepo.loaded.argocdCm?.[k]);
  const plan = await planRenders(side(baseRepo), side(headRepo), opts.liveDiff, filterChanged && `argocd-cm ${filterChanged} changed`);
  log(`rendering head (${dirs.headDir}): ${headRepo.apps.length - plan.skipped.size} of ${headRepo.apps.length} apps (${plan.skipped.size} unchanged inputs)`);
  let head = await renderHead(headRepo, plan.skipped, settings, cache!);
  if (!head) {
    log('head: a rendered app names an Application whose render was skipped; rendering all apps');
    plan.skipped.clear();
    head = await renderAllOf(headRepo);
  }
  const headRenders = { rendered: headRepo.apps.length - plan.skipped.size, skipped: plan.skipped.size };

  log(`rendering base (${dirs.baseDir})`);
  const units = new Map(headUnits(head.rendered).map((u) => [u.apps[0].name, u.apps]));
  const reasons = new Map(plan.reasons);
  for (const name of plan.headOnly) {
    const reason = await baseReuse(units.get(name) ?? [], baseRepo.inputs, headRepo.inputs);
    if (reason) reasons.set(name, reason);
  }
  const toRender = baseRepo.apps.filter((a) => reasons.has(a.app.metadata.name));
  for (const a of toRender) log(`base: rendering ${a.app.metadata.name}: ${reasons.get(a.app.metadata.name)}`);
  const partial = await renderPrepared(baseRepo, toRender, settings);
  await cache!.prune().catch(() => undefined);
  const reused = baseRepo.apps.length - toRender.length;
  const merged = reused === 0 ? partial.rendered : mergeBase(baseRepo.apps, partial.rendered, head.rendered);
  if (!merged) {
    log('base: an app rendered on the base shares Application names with a reused one; rendering all apps');
    return { head, base: await renderAllOf(baseRepo), baseRenders: { rendered: baseRepo.apps.length, reused: 0 }, headRenders };
  }
  log(`base: rendered ${toRender.length} of ${baseRepo.apps.length} apps (${reused} unchanged inputs)`);
  return { head, base: { ...partial, rendered: merged }, baseRenders: { rendered: toRender.length, reused }, headRenders };
}

/**
 * The head render where skipped apps stand as they are cached (or with no objects: their render is
 * the same on both sides, so they compare unchanged either way). Undefined when a rendered app names
 * a skipped one as its child: a full render would have claimed it differently.
 */
async function renderHead(repo: PreparedRepo, skipped: ReadonlySet<string>, settings: Settings, cache: RenderCache): Promise<RepoRender | undefined> {
  const render = await renderPrepared(repo, repo.apps.filter((a) => !skipped.has(a.app.metadata.name)), settings);
  if (render.rendered.some((a) => a.children.some((c) => skipped.has(c)))) return undefined;
  const units = new Map(headUnits(render.rendered).map((u) => [u.apps[0].name, u.apps]));
  const rendered: RenderedApp[] = [];
  for (const spec of repo.apps) {
    const name = spec.app.metadata.name;
    if (!skipped.has(name)) {
      rendered.push(...(units.get(name) ?? []));
      continue;
    }
    const { hash } = await repo.inputs.inputs(spec);
    const cached = hash ? await cache.get(hash) : undefined;
    rendered.push({ name, spec, objects: cached?.objects ?? [], children: [], problems: [], warnings: cached?.warnings ?? [] });
  }
  return { ...render, rendered };
}
