// load → (expand) → render for one checkout: the stages every mode starts with.
import { homedir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { expandAppSet, type ExpandContext } from '../appset/expand.js';
import type { PullRequestInfo } from '../appset/types.js';
import { loadRepo } from '../load/load.js';
import { locateProblem } from '../load/locate.js';
import type { LoadedRepo } from '../load/types.js';
import type { AppSpec, ArgoCdConfig } from '../model/argocd.js';
import type { Problem } from '../model/errors.js';
import { renderAll } from '../render/render-all.js';
import { selectApps } from './select-apps.js';
import { createRepoResolver } from '../render/repos/resolver.js';
import { changedPlugins, loadPlugins, type LoadedPlugins } from '../render/plugin/definitions.js';
import { changedToolSettings, withToolSettingsOf } from '../render/tool-settings.js';
import { runTool } from '../render/tools/exec.js';
import { createToolLocator, type ToolLocator } from '../render/tools/locator.js';
import type { InputHasher, RenderContext, RenderedApp } from '../render/types.js';
import type { RenderCache } from '../render/cache/render-cache.js';
import { createInputHasher } from '../render/inputs/app-inputs.js';
import type { Settings } from '../settings.js';
import { debug, timed } from '../log/debug.js';

export interface RepoRender {
  loaded: LoadedRepo;
  rendered: RenderedApp[];
  /** Problems that belong to no rendered app (bad specs, missing tools). */
  problems: Problem[];
  toolVersions: Record<string, string>;
  revision?: string;
  /** Informational notes, e.g. an ApplicationSet generator that yields nothing outside a PR. */
  notes: string[];
  /** With `toolSettingsFrom`: the checkout's own argocd-cm tool settings that differ and were not used. */
  ignoredToolSettings?: string[];
  /** With `pluginsFrom`: plugins this checkout defines differently (added, removed, changed); not used. */
  ignoredPlugins?: string[];
}

export interface RenderRepoExtras {
  /** The pull request under test, for ApplicationSet pull-request generators. */
  pullRequest?: PullRequestInfo;
  /** Clusters of the kubeconfig input, for ApplicationSet cluster generators. */
  kubeconfigClusters?: { name: string; server: string }[];
  /** This checkout's specs, already loaded (the preview loads the base first for its argocd-cm). */
  loaded?: LoadedRepo;
  /**
   * Render with these argocd-cm tool settings (tool-settings.ts) instead of the checkout's own: the
   * preview renders a PR's head with the base's. `{}` = none.
   */
  toolSettingsFrom?: ArgoCdConfig;
  /**
   * Render with these ConfigManagementPlugin definitions instead of the checkout's own: the preview
   * runs the base's on both sides, never commands a PR wrote.
   */
  pluginsFrom?: LoadedPlugins;
  /** Serve unchanged renders from this cache and store new ones (not used for syncs). */
  cache?: RenderCache;
  /** The run's tools, when several checkouts share them (a preview's two sides); default this checkout's own. */
  tools?: ToolLocator;
}

/** A checkout loaded and expanded, with its tools located: everything but the renders. */
export interface PreparedRepo {
  repoRoot: string;
  loaded: LoadedRepo;
  /** The selected apps (roots): the repo's Applications and the ApplicationSets' ones. */
  apps: AppSpec[];
  problems: Problem[];
  notes: string[];
  revision?: string;
  /** The input hash of each app (see render/inputs), for this checkout. */
  inputs: InputHasher;
  render: RenderContext;
  /** With `toolSettingsFrom`: the checkout's own argocd-cm tool settings that differ and were not used. */
  ignoredToolSettings?: string[];
  ignoredPlugins?: string[];
}

export function defaultCacheDir(): string {
  return process.env.GITOPS_SYNC_CACHE || join(homedir(), '.cache', 'gitops-sync');
}

/** The render cache inside the cache directory. */
export function renderCacheDir(cacheDir: string): string {
  return join(cacheDir, 'renders');
}

export async function renderRepo(
  settings: Settings,
  log: (message: string) => void = () => undefined,
  extras: RenderRepoExtras = {},
): Promise<RepoRender> {
  const repo = await prepareRepo(settings, log, extras);
  return renderPrepared(repo, repo.apps, settings);
}

/** Loads, expands and selects the apps of one checkout; nothing is rendered yet. */
export async function prepareRepo(
  settings: Settings,
  log: (message: string) => void = () => undefined,
  extras: RenderRepoExtras = {},
): Promise<PreparedRepo> {
  const repoRoot = resolve(settings.repoRoot);
  // The revision is another process's work: it runs while the specs load.
  const revisionRun = runTool('git', ['rev-parse', 'HEAD'], { tool: 'git', cwd: repoRoot, timeoutMs: settings.toolTimeoutMs })
    .then((r) => r.stdout.trim())
    .catch(() => undefined); // not a git checkout: $ARGOCD_APP_REVISION stays empty
  const own = extras.loaded ?? (await timed(`load specs in ${repoRoot}`, () => loadRepo(repoRoot, { globs: settings.appGlobs, requireMatches: true })));
  const loaded = extras.toolSettingsFrom ? { ...own, argocdCm: withToolSettingsOf(own.argocdCm, extras.toolSettingsFrom) } : own;
  debug(() => `found ${loaded.apps.length} Application(s): ${loaded.apps.map((a) => a.app.metadata.name).join(', ') || '-'}; ${loaded.appSets.length} ApplicationSet(s); ${loaded.problems.length} problem(s)`);
  const problems = [...loaded.problems];
  const tools = extras.tools ?? runTools(settings, log);
  const ownPlugins = await loadPlugins(repoRoot, settings.plugins, { optional: extras.pluginsFrom !== undefined });
  const plugins = extras.pluginsFrom ?? ownPlugins;
  problems.push(...plugins.problems);
  const revision = await revisionRun;
  const repos = await createRepoResolver({
    checkoutDir: repoRoot,
    cacheDir: settings.cacheDir,
    repoUrl: settings.repoUrls[0],
    aliases: settings.repoUrls.slice(1),
    token: settings.repoToken,
    timeoutMs: settings.toolTimeoutMs,
    helm: () => tools.path('helm'),
    helmCredentials: settings.helmRepoCredentials,
  });
  // One expansion context for the repo's ApplicationSets and those found in rendered output.
  const expandCtx: ExpandContext = {
    repoRoot,
    clusters: loaded.clusters,
    kubeconfigClusters: extras.kubeconfigClusters,
    pullRequest: extras.pullRequest,
    allowProjectParams: settings.allowProjectParams,
    gitDir: repos.gitDir,
    githubToken: settings.diff.githubToken,
    githubApiUrl: process.env.GITHUB_API_URL,
  };
  const expanded = await expandAppSets(loaded, expandCtx);
  problems.push(...expanded.problems);
  const apps = selectApps([...loaded.apps, ...expanded.apps], settings.appNames, settings.shard);
  const inputs = createInputHasher({ repoRoot, revision, argocdCm: loaded.argocdCm, repos, toolVersion: tools.version, plugins: plugins.plugins });
  const render: RenderContext = {
    repoRoot,
    revision,
    argocdCm: loaded.argocdCm,
    tools,
    repos,
    timeoutMs: settings.toolTimeoutMs,
    maxMemoryBytes: settings.toolMemoryBytes,
    plugins: plugins.plugins,
    // An ApplicationSet the repo's specs also hold is one object: its expansion above stands, reported once.
    expandAppSet: async (appSet, origin) => {
      const known = expanded.bySet.get(appSet.metadata.name);
      return known ? { apps: known, problems: [], notes: [] } : expandAppSet(appSet, origin, expandCtx);
    },
    ...(extras.cache ? { inputs, cache: extras.cache } : {}),
  };
  const ignoredToolSettings = extras.toolSettingsFrom ? changedToolSettings(extras.toolSettingsFrom, own.argocdCm) : undefined;
  const ignoredPlugins = extras.pluginsFrom ? changedPlugins(extras.pluginsFrom.plugins, ownPlugins.plugins) : undefined;
  return { repoRoot, loaded, apps, problems, notes: expanded.notes, revision, inputs, render, ignoredToolSettings, ignoredPlugins };
}

/** Renders `apps` (some or all of the prepared ones) with their app-of-apps descendants. */
export async function renderPrepared(repo: PreparedRepo, apps: readonly AppSpec[], settings: Pick<Settings, 'concurrency'>): Promise<RepoRender> {
  debug(() => `rendering ${apps.length} app(s) (${repo.apps.length} selected, ${repo.apps.filter((a) => a.origin.appSet).length} from ApplicationSets)`);
  const rendered = await timed(`render ${apps.length} app(s)`, () => renderAll(apps, repo.render, { concurrency: settings.concurrency }));
  for (const a of rendered) debug(() => `${a.name}: ${a.objects.length} object(s), ${a.problems.length} problem(s)`);
  const notes = [...new Set([...repo.notes, ...rendered.flatMap((a) => a.notes ?? [])])];
  const locate = (p: Problem): Problem => locateProblem(p, repo.loaded);
  for (const app of rendered) app.problems = app.problems.map(locate);
  // Errors of ApplicationSets and unfollowable children in apps' output are theirs, not their parent's.
  const outputProblems = rendered.flatMap((a) => a.outputProblems ?? []);
  return {
    loaded: repo.loaded,
    rendered,
    problems: [...repo.problems, ...outputProblems].map(locate),
    // The tools this run needed so far: a repository of plain YAML lists none.
    toolVersions: await repo.render.tools.versions(),
    revision: repo.revision,
    notes,
    ignoredToolSettings: repo.ignoredToolSettings,
    ignoredPlugins: repo.ignoredPlugins,
  };
}

/**
 * Every ApplicationSet's generated Applications, also by ApplicationSet name; a name already taken by
 * another app is a problem.
 */
async function expandAppSets(
  loaded: LoadedRepo,
  ctx: ExpandContext,
): Promise<{ apps: AppSpec[]; bySet: Map<string, AppSpec[]>; problems: Problem[]; notes: string[] }> {
  const results = await Promise.all(loaded.appSets.map(({ appSet, origin }) => expandAppSet(appSet, origin, ctx)));
  const taken = new Map(loaded.apps.map((a) => [a.app.metadata.name, a.origin]));
  const apps: AppSpec[] = [];
  const bySet = new Map(loaded.appSets.map(({ appSet }) => [appSet.metadata.name, [] as AppSpec[]]));
  const problems = results.flatMap((r) => r.problems);
  for (const spec of results.flatMap((r) => r.apps)) {
    const name = spec.app.metadata.name;
    const first = taken.get(name);
    if (first) {
      const by = first.appSet ? `ApplicationSet ${first.appSet}` : `${first.file}:${first.line}`;
      problems.push({ ...spec.origin, app: name, message: `Application name already generated or defined by ${by}` });
      continue;
    }
    taken.set(name, spec.origin);
    apps.push(spec);
    bySet.get(spec.origin.appSet!)?.push(spec);
  }
  return { apps, bySet, problems, notes: results.flatMap((r) => r.notes) };
}

/**
 * The run's tools, located when an app first needs one: a missing tool fails only the apps that
 * need it (with how to get it), and a repository that needs none renders without any.
 */
export function runTools(settings: Settings, log: (m: string) => void): ToolLocator {
  // After PATH, the pinned tools that scripts/tools/install.sh puts in the cache.
  const searchPath = [process.env.PATH ?? '', join(settings.cacheDir, 'tools', 'bin')].join(delimiter);
  return createToolLocator({ paths: settings.toolPaths, download: settings.installMissingTools, searchPath, log });
}
