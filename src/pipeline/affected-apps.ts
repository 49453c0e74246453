// Which apps a pull request can have changed: the base side renders only those and reuses the head's
// render for the rest. Skipping is allowed only when the render provably reads identical inputs on
// both sides; anything not proven (remote sources, unknown reads, symlinks, failures) renders both.
import type { AppSpec, ApplicationSource, ArgoCdConfig } from '../model/argocd.js';
import { groupOf } from '../model/k8s.js';
import { runTool } from '../render/tools/exec.js';
import type { RenderedApp } from '../render/types.js';

/** What git says about the two revisions, repo-relative paths with `/` separators. */
export interface TreeFacts {
  /** Paths that differ between base and head commits, plus the head checkout's untracked/ignored/modified paths (a directory ends in `/`). */
  changed: string[];
  /** Head tree paths of files. */
  files: string[];
  /** Head tree entries whose content git does not hold: symlinks (their target may change) and submodules. */
  links: string[];
  /** Head files mentioning ARGOCD_APP_REVISION, which differs between base and head. */
  revisionMentions: string[];
  /**
   * Head files that may make a render fetch from the network, whose content can change between renders:
   * Chart.yaml/requirements.yaml declaring dependencies (`helm dependency build`), kustomizations
   * naming a URL, a git host or a Helm chart repo (remote bases, `helmCharts`).
   */
  remoteFetches: string[];
}

export interface AffectedInput {
  /** The base's apps to render (roots, after loading, expansion and selection). */
  baseApps: readonly AppSpec[];
  /** The head's full render, in renderAll order (each root followed by its descendants). */
  head: readonly RenderedApp[];
  baseArgocdCm?: ArgoCdConfig;
  headArgocdCm?: ArgoCdConfig;
  tree: TreeFacts;
  /** True when a repoURL names this repository. */
  isLocal: (repoURL: string) => boolean;
}

const REVISION_VAR = 'ARGOCD_APP_REVISION';
const WHOLE_REPO = '';

/**
 * Base apps that must be rendered, each with the reason; every other base app renders exactly as its
 * namesake (and that app's app-of-apps descendants) did on the head.
 */
export function affectedApps(input: AffectedInput): Map<string, string> {
  const units = headUnits(input.head);
  const counts = countBy(input.baseApps.map(nameOf));
  const sameCm = canonical(input.baseArgocdCm ?? null) === canonical(input.headArgocdCm ?? null);
  const out = new Map<string, string>();
  for (const base of input.baseApps) {
    const name = nameOf(base);
    const reason = counts.get(name)! > 1 ? 'its name is not unique' : unitReason(base, units, sameCm, input);
    if (reason) out.set(name, reason);
  }
  return out;
}

function unitReason(base: AppSpec, units: readonly Unit[], sameCm: boolean, input: AffectedInput): string | undefined {
  const name = nameOf(base);
  const matching = units.filter((u) => u.apps[0].name === name);
  if (matching.length !== 1) return 'not rendered once on the head';
  const unit = matching[0];
  if (canonical(unit.apps[0].spec) !== canonical(base)) return 'its spec changed';
  if (!sameCm) return 'argocd-cm changed';
  const failed = unit.apps.find((a) => a.problems.length > 0);
  if (failed) return `${failed.name} failed to render on the head`;
  // Units interact only through Application names (which parent claims a child): disjoint names, independent renders.
  const shared = units.find((u) => u !== unit && [...u.names].some((n) => unit.names.has(n)));
  if (shared) return `shares Application names with ${shared.apps[0].name}`;
  for (const app of unit.apps) {
    const reason = appReason(app, input);
    if (reason) return app.name === name ? reason : `${app.name}: ${reason}`;
  }
  return undefined;
}

function appReason(app: RenderedApp, input: AffectedInput): string | undefined {
  const spec = app.spec.app.spec;
  if (JSON.stringify(spec).includes(REVISION_VAR)) return `its spec uses $${REVISION_VAR}`;
  const sources = spec.sources && spec.sources.length > 0 ? spec.sources : spec.source ? [spec.source] : [];
  const refs = new Map(sources.filter((s) => s.ref).map((s) => [`$${s.ref}`, s]));
  for (const source of sources) {
    if (!input.isLocal(source.repoURL)) return `source ${source.repoURL} is not this repository`;
    if (source.chart) return `chart ${source.chart} comes from a Helm repository`;
    const dirs = readDirs(source, app.name, refs, input.tree);
    if (typeof dirs === 'string') return dirs;
    const hit = (paths: readonly string[]) => paths.find((p) => dirs.some((d) => overlaps(p, d)));
    const changed = hit(input.tree.changed);
    if (changed) return `${changed} changed`;
    const link = hit(input.tree.links);
    if (link) return `${link} is a symlink or submodule`;
    const mention = hit(input.tree.revisionMentions);
    if (mention) return `${mention} mentions $${REVISION_VAR}`;
    const fetches = hit(input.tree.remoteFetches);
    if (fetches) return `${fetches} may fetch remote content`;
  }
  return undefined;
}

/**
 * Directories (repo-relative, '' = whole repo) a source's render may read, or why that is unknown.
 * Kustomize (`../` anywhere), Jsonnet (imports anything relative) and parameter override files (they can
 * point anywhere) mean the whole repo.
 */
function readDirs(source: ApplicationSource, appName: string, refs: ReadonlyMap<string, ApplicationSource>, tree: TreeFacts): string[] | string {
  if (source.ref && !source.path) return []; // a `$ref` file source: its files are read through the apps naming it
  const dir = repoPath(source.path ?? '');
  if (dir === undefined) return `path ${source.path} leaves the repository`;
  const inside = tree.files.filter((f) => overlaps(f, dir));
  const base = (f: string) => f.slice(f.lastIndexOf('/') + 1);
  const wholeRepo =
    source.kustomize != null ||
    (source.directory?.jsonnet?.libs?.length ?? 0) > 0 ||
    inside.some((f) => /^(kustomization\.ya?ml|Kustomization)$/.test(base(f)) || /\.(jsonnet|libsonnet)$/.test(f)) ||
    inside.some((f) => base(f) === '.argocd-source.yaml' || base(f) === `.argocd-source-${appName}.yaml`);
  if (wholeRepo) return [WHOLE_REPO];
  const dirs = [dir];
  const h = source.helm;
  for (const raw of [...(h?.valueFiles ?? []), ...(h?.fileParameters ?? []).map((p) => p.path)]) {
    const ref = raw.startsWith('$') ? refs.get(raw.split('/')[0]) : undefined;
    if (ref) {
      const p = repoPath(raw.split('/').slice(1).join('/'));
      if (p === undefined) return `${raw} leaves the repository`;
      dirs.push(p);
      continue;
    }
    if (raw.includes('$')) return `value file ${raw} uses a variable`;
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(raw)) return `value file ${raw} is remote`;
    const p = repoPath(raw.startsWith('/') ? raw : `${dir}/${raw}`);
    if (p === undefined) return `value file ${raw} leaves the repository`;
    dirs.push(p);
  }
  return dirs;
}

/** A normalised repo-relative path ('' = root), or undefined when it climbs out of the repo. */
function repoPath(path: string): string | undefined {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.pop() === undefined) return undefined;
  }
  return parts.join('/');
}

/** Whether `path` lies inside `dir` or `dir` inside `path` (a changed directory holding the app). */
function overlaps(path: string, dir: string): boolean {
  const p = path.replace(/\/+$/, '');
  const inside = (a: string, b: string) => b === '' || a === b || a.startsWith(`${b}/`);
  return inside(p, dir) || inside(dir, p);
}

interface Unit {
  /** The root first, then its app-of-apps descendants. */
  apps: RenderedApp[];
  /** Every Application name the unit claims or names: its apps, their children, Applications in their output. */
  names: Set<string>;
}

/** The head render cut into roots with their descendants (renderAll lists each root followed by them). */
export function headUnits(rendered: readonly RenderedApp[]): Unit[] {
  const units: Unit[] = [];
  for (const app of rendered) {
    if (app.spec.origin.parentApp === undefined || units.length === 0) units.push({ apps: [], names: new Set() });
    const unit = units[units.length - 1];
    unit.apps.push(app);
    unit.names.add(app.name);
    for (const child of app.children) unit.names.add(child);
    for (const obj of app.objects) {
      if (obj.kind === 'Application' && groupOf(obj.apiVersion) === 'argoproj.io' && obj.metadata?.name) unit.names.add(obj.metadata.name);
    }
  }
  return units;
}

/**
 * The base's full render from its partial one: base apps in order, each followed by its descendants,
 * from the partial render when it was rendered, else the head's unit. Undefined when a rendered unit
 * shares an Application name with a reused one: then the partial render may differ from the full one.
 */
export function mergeBase(baseApps: readonly AppSpec[], partial: readonly RenderedApp[], head: readonly RenderedApp[]): RenderedApp[] | undefined {
  const rendered = new Map(headUnits(partial).map((u) => [u.apps[0].name, u]));
  const reused = new Map(headUnits(head).map((u) => [u.apps[0].name, u]));
  const out: RenderedApp[] = [];
  const renderedNames = new Set([...rendered.values()].flatMap((u) => [...u.names]));
  for (const spec of baseApps) {
    const name = nameOf(spec);
    const own = rendered.get(name);
    if (own) {
      out.push(...own.apps);
      continue;
    }
    const unit = reused.get(name);
    if (!unit || [...unit.names].some((n) => renderedNames.has(n))) return undefined;
    out.push(...unit.apps);
  }
  return out;
}

/**
 * The tree facts for the base checkout `baseDir` against the head checkout `headDir` (the base commit
 * must be in the head's object store, as with a worktree). Read before the head renders, so its
 * working-tree changes are the user's. Undefined when git cannot tell, e.g. not a git checkout: then
 * everything renders.
 */
export async function readTreeFacts(headDir: string, baseDir: string, timeoutMs: number): Promise<TreeFacts | undefined> {
  const run = (cwd: string, args: string[]) => runTool('git', args, { tool: 'git', cwd, timeoutMs }).then((r) => r.stdout);
  const git = (args: string[]) => run(headDir, args);
  // `git grep` exits 1 when nothing matches.
  const grep = (args: string[]) => git(['grep', '-l', '-z', '-F', ...args]).catch((err: { exitCode?: number }) => (err.exitCode === 1 ? '' : Promise.reject(err)));
  const z = (out: string) => out.split('\0').filter(Boolean);
  try {
    const headSha = (await git(['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
    const baseSha = (await run(baseDir, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
    const [diff, status, tree, mentions, deps, remoteBases] = await Promise.all([
      git(['diff', '--name-only', '--no-renames', '-z', baseSha, headSha, '--']),
      git(['status', '--porcelain=v1', '-z', '--ignored=matching', '--untracked-files=normal', '--no-renames']),
      git(['ls-tree', '-r', '-z', '--full-tree', headSha]),
      grep(['-e', REVISION_VAR, headSha, '--']),
      grep(['-e', 'dependencies', headSha, '--', '*Chart.yaml', '*requirements.yaml']),
      grep(['-e', '://', '-e', '?ref=', '-e', 'git@', '-e', 'github.com', '-e', 'gitlab.com', '-e', 'repo:', headSha, '--', '*kustomization.yaml', '*kustomization.yml', '*Kustomization']),
    ]);
    const entries = z(tree).map((line) => {
      const tab = line.indexOf('\t');
      return { mode: line.slice(0, 6), path: line.slice(tab + 1) };
    });
    const stripSha = (p: string) => p.slice(headSha.length + 1); // `git grep <tree>` prints `<sha>:<path>`
    return {
      changed: [...z(diff), ...z(status).map((entry) => entry.slice(3))],
      files: entries.map((e) => e.path),
      links: entries.filter((e) => e.mode === '120000' || e.mode === '160000').map((e) => e.path),
      revisionMentions: z(mentions).map(stripSha),
      remoteFetches: [...z(deps), ...z(remoteBases)].map(stripSha),
    };
  } catch {
    return undefined;
  }
}

function nameOf(spec: AppSpec): string {
  return spec.app.metadata.name;
}

function countBy(names: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  return counts;
}

/** JSON with object keys sorted, so key order does not count as a difference. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
