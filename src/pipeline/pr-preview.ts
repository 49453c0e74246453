// The pull-request preview: render base and head, diff them app by app, plan the sync each changed app
// would run, and build the comment. Data in, data out: posting and outputs belong to the action.
import { appSetDeletions, type AppSetDeletion } from '../appset/deletions.js';
import type { PullRequestInfo } from '../appset/types.js';
import type { LoadedKubeconfig } from '../cluster/kubeconfig.js';
import { diffApps, type AppDiff, type AppDiffOptions } from '../diff/app-diff.js';
import { groupOf, keyString, type K8sObject } from '../model/k8s.js';
import type { RenderedApp } from '../render/types.js';
import { checkApp, type PolicyViolation } from '../policy/project.js';
import type { CommentApp } from '../report/comment.js';
import type { KnownCluster } from '../report/destination.js';
import { plural } from '../report/markdown.js';
import type { DiffSettings, Settings, SyncInputs } from '../settings.js';
import { planSync, taskName, type SyncPlan, type SyncTask } from '../sync/plan.js';
import type { ApplicationSet } from '../model/argocd.js';
import { validateAppSet } from '../load/validate-kinds.js';
import { pluginWarnings } from '../render/plugin/definitions.js';
import { toolSettingsWarnings } from '../render/tool-settings.js';
import type { ClusterPlanState } from '../sync/run/sync-app.js';
import { classifyErrors, countedFailures } from './error-status.js';
import { liveDiff, type LiveDiffResult } from './live-diff.js';
import { presentPreview, type AppRename, type KeptDeletion, type PreviewFindings, type PreviewPresentation } from './preview-present.js';
import { EXCLUDED_WARNING, withoutExcluded } from './excluded.js';
import { keptApps } from './kept-apps.js';
import { renamePairs } from './renames.js';
import { renderSides, type PreviewDirs, type PreviewRenders } from './preview-renders.js';
import type { RepoRender } from './render-repo.js';

export interface PreviewOptions {
  /** Sticky comment key, written into each part's marker. */
  marker: string;
  log?: (message: string) => void;
  /** Milliseconds clock for the footer's duration and generated hook names (tests fix it). */
  now?: () => number;
  /** Destination clusters for the live diff; absent = base↔head only. */
  kubeconfig?: LoadedKubeconfig;
  /** The pull request under review, for ApplicationSet pull-request generators. */
  pullRequest?: PullRequestInfo;
}

/** A preview's findings (see preview-present), what it shows, and the run's own detail. */
export interface PreviewResult extends PreviewFindings, PreviewPresentation {
  /** The findings alone, as a shard's preview file holds them. */
  findings: PreviewFindings;
  /** Sync plan of the head for every added, changed or renamed app. */
  plans: Record<string, SyncPlan>;
  live?: LiveDiffResult;
  baseRenders: PreviewRenders['baseRenders'];
  headRenders: PreviewRenders['headRenders'];
}

/** Renders both sides (see renderSides), diffs them, checks policy and plans the changed apps. */
export async function previewPullRequest(settings: Settings, dirs: PreviewDirs, opts: PreviewOptions): Promise<PreviewResult> {
  const now = opts.now ?? Date.now;
  const started = now();
  const log = opts.log ?? (() => undefined);
  const sides = await renderSides(settings, dirs, { pullRequest: opts.pullRequest, liveDiff: opts.kubeconfig !== undefined }, log);
  const { baseRenders, headRenders } = sides;
  // Compared as Argo CD's controller compares: without the kinds argocd-cm leaves alone (excluded).
  const base = withoutExcluded(sides.base);
  const viewed = withoutExcluded(sides.head);
  // What generates an app may fail on the head; Argo CD then leaves the app as it is (kept-apps).
  const stay = keptApps(base, viewed);
  const head = { ...viewed, rendered: [...viewed.rendered, ...stay.apps], notes: [...viewed.notes, ...stay.notes] };
  const diffOpts: AppDiffOptions = {
    argocdCm: head.loaded.argocdCm,
    stripHelmChartLabels: settings.diff.stripHelmChartLabels,
    contextLines: settings.diff.contextLines,
  };
  const compared = await diffWithRenames(base.rendered, head.rendered, diffOpts);
  const { renames } = compared;
  const diffs = compared.diffs.map((d) => annotate(d, base, head));
  // Excluded kinds are named for the apps this PR adds or changes: the rest would repeat on every PR.
  const touched = new Set(diffs.filter((d) => d.status === 'added' || d.status === 'changed').map((d) => d.name));
  const warnings = [
    ...toolSettingsWarnings(head.ignoredToolSettings ?? []),
    ...pluginWarnings(head.ignoredPlugins ?? []),
    ...viewed.rendered.filter((a) => touched.has(a.name)).flatMap((a) => a.warnings.filter((w) => EXCLUDED_WARNING.test(w)).map((w) => `${a.name}: ${w}`)),
  ];
  for (const w of warnings) log(`warning: ${w}`);
  // The base's own problems are not this PR's doing: they only mark the apps it fixes (annotate)
  // and tell the head's errors that are still failing from new ones.
  const problems = head.problems;
  const policy = checkPolicy(head);
  const errorStatus = classifyErrors(base, head, { base: checkPolicy(base), head: policy });
  const { deletions, kept } = deletionsOf(base, head);
  const live = opts.kubeconfig
    ? await liveDiff(base.rendered, head.rendered, {
        kubeconfig: opts.kubeconfig,
        fieldManager: settings.sync.fieldManager,
        inClusterContext: settings.sync.inClusterContext,
        clusterSecrets: head.loaded.clusters,
        argocdCm: head.loaded.argocdCm,
        diff: diffOpts,
        limits: { requestTimeoutMs: settings.sync.requestTimeoutMs, retryMs: settings.sync.apiRetryMs, log },
      })
    : undefined;
  const plans = planChangedApps(diffs, renames, base.rendered, head, settings, started, live?.planStates);
  // Unchanged updates fold relative to what each plan compared with: the live diff, else base↔head.
  const planDiff = (name: string): AppDiff =>
    (live?.planStates.has(name) ? live.syncChanges.find((s) => s.name === name) : undefined) ?? diffs.find((d) => d.name === name)!;

  const findings: PreviewFindings = {
    diffs,
    renames,
    policy,
    errorStatus,
    problems,
    failedApps: head.rendered.filter((a) => a.problems.length > 0).map((a) => a.name),
    appSetDeletions: deletions,
    keptDeletions: kept,
    renderNotes: head.notes,
    warnings,
    ...(live ? { live: { syncChanges: live.syncChanges, drift: live.drift, problems: live.problems, warnings: live.warnings } } : {}),
    planPreview: Object.fromEntries(Object.entries(plans).map(([name, plan]) => [name, planLines(plan, planDiff(name), settings.sync)])),
    plannedFromCluster: Object.keys(plans).filter((name) => live?.planStates.has(name)),
    clusters: knownClusters(head, opts.kubeconfig),
    toolVersions: head.toolVersions,
    baseRevision: base.revision,
    headRevision: head.revision,
    durationMs: now() - started,
  };
  const shown = presentPreview(findings, { marker: opts.marker, sync: settings.sync });
  return { ...findings, ...shown, findings, plans, live, baseRenders, headRenders };
}

/**
 * The generating ApplicationSet, and whether the PR fixes the app: it renders on the head but on
 * the base it failed to render, failed to load, or its ApplicationSet failed to generate anything
 * (so it would otherwise show as added).
 */
function annotate(d: AppDiff, base: RepoRender, head: RepoRender): CommentApp {
  const origin = (head.rendered.find((a) => a.name === d.name) ?? base.rendered.find((a) => a.name === d.name))?.spec.origin;
  const appSet = origin?.appSet;
  const out: CommentApp = { ...d, ...(appSet ? { appSet } : {}), ...(origin ? { origin } : {}) };
  if (d.status !== 'added' && d.status !== 'changed') return out;
  const broken = base.rendered.find((a) => a.name === d.name && a.problems.length > 0);
  const appSetFailed = appSet !== undefined && !base.rendered.some((a) => a.spec.origin.appSet === appSet);
  const baseProblems = broken
    ? broken.problems
    : d.status === 'added'
      ? base.problems.filter((p) => p.app === d.name || (appSetFailed && p.app === appSet))
      : [];
  // The diff stage carries a broken base's problems on the app; they are the base's, so they move to `fixed`.
  return baseProblems.length > 0 ? { ...out, problems: [], fixed: baseProblems.map((p) => ({ ...p, app: p.app ?? d.name })) } : out;
}

/**
 * Generated Applications the head no longer generates, as the ApplicationSet controller decides: an
 * app that is generated but invalid is not deleted, and an `applicationsSync` policy that forbids
 * deletion (create-only, create-update) keeps them all, also when the ApplicationSet itself is
 * deleted. What is kept that way becomes a note. ApplicationSets in apps' output (app-of-apps) count
 * like the repo's. An ApplicationSet failing on the head deletes nothing: its apps are on the head
 * already, kept as on the base (kept-apps), as are those of an app that fails to render there.
 */
function deletionsOf(base: RepoRender, head: RepoRender): { deletions: AppSetDeletion[]; kept: KeptDeletion[] } {
  const headSets = appSetsOf(head);
  // Also an invalid one in an app's output: applying it fails, so the live one stays.
  const outputNames = (apps: RenderedApp[]) => apps.flatMap((a) => outputAppSetObjects(a).map((o) => o.metadata.name));
  const headNames = new Set([...headSets.map((s) => s.metadata.name), ...outputNames(head.rendered)]);
  const appSets = [...headSets, ...appSetsOf(base).filter((s) => !headNames.has(s.metadata.name))];
  const named = new Set([...head.problems, ...head.rendered.flatMap((a) => a.problems)].map((p) => p.app));
  const specs = (r: RepoRender) => r.rendered.map((a) => a.spec);
  const deletions: AppSetDeletion[] = [];
  const kept: KeptDeletion[] = [];
  for (const d of appSetDeletions(specs(base), specs(head), appSets)) {
    const removed = d.removed.filter((name) => !named.has(name));
    if (removed.length === 0) continue;
    const policy = appSets.find((s) => s.metadata.name === d.appSet)?.spec.syncPolicy?.applicationsSync;
    if (policy === 'create-only' || policy === 'create-update') {
      kept.push({ appSet: d.appSet, removed, policy });
      continue;
    }
    deletions.push({ ...d, removed });
  }
  return { deletions, kept };
}

/** The repo's ApplicationSets, then the valid ones in apps' output. */
function appSetsOf(r: RepoRender): ApplicationSet[] {
  return [...r.loaded.appSets.map((s) => s.appSet), ...r.rendered.flatMap(outputAppSets)];
}

function outputAppSets(a: RenderedApp): ApplicationSet[] {
  return outputAppSetObjects(a).flatMap((o) => validateAppSet(o, a.spec.origin).appSet ?? []);
}

function outputAppSetObjects(a: RenderedApp): K8sObject[] {
  return a.objects.filter((o) => o.kind === 'ApplicationSet' && groupOf(o.apiVersion) === 'argoproj.io');
}

/** Cluster names by server for the comment's destinations: the repo's cluster Secrets first, then the kubeconfig's clusters. */
function knownClusters(head: RepoRender, kubeconfig: LoadedKubeconfig | undefined): KnownCluster[] {
  const fromKubeconfig = kubeconfig?.kc.getClusters().map((c) => ({ name: c.name, server: c.server })) ?? [];
  return [...head.loaded.clusters.map((c) => ({ name: c.name, server: c.server })), ...fromKubeconfig];
}

/**
 * Every Application of one side (app-of-apps children and generated ones included) against its
 * AppProject from the repo; a child whose spec is invalid is not reconciled, so not checked.
 */
function checkPolicy(side: RepoRender): PolicyViolation[] {
  const clusters = new Map(side.loaded.clusters.map((c) => [c.name, c.server]));
  return side.rendered.filter((a) => !a.invalidSpec).flatMap((a) => checkApp({ spec: a.spec, objects: a.objects }, side.loaded.projects, { clusters }));
}

/**
 * Renamed apps (see renames.ts) are diffed against their old selves, so the reviewer sees what actually moves (tracking included).
 */
async function diffWithRenames(
  base: readonly RenderedApp[],
  head: readonly RenderedApp[],
  opts: AppDiffOptions,
): Promise<{ diffs: AppDiff[]; renames: AppRename[] }> {
  const diffs = await diffApps(base, head, opts);
  const removed = base.filter((b) => diffs.some((d) => d.name === b.name && d.status === 'removed'));
  const added = head.filter((h) => diffs.some((d) => d.name === h.name && d.status === 'added'));
  const renames: AppRename[] = renamePairs(removed, added).map(([from, to]) => ({ from: from.name, to: to.name }));
  if (renames.length === 0) return { diffs, renames };

  const moved = new Set(renames.flatMap((r) => [r.from, r.to]));
  const out = diffs.filter((d) => !moved.has(d.name));
  for (const r of renames) {
    const old = base.find((b) => b.name === r.from)!;
    const [d] = await diffApps([{ ...old, name: r.to }], head.filter((h) => h.name === r.to), opts);
    out.push(d.status === 'unchanged' ? { ...d, status: 'changed' } : d);
  }
  return { diffs: out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)), renames };
}

/**
 * An app whose cluster was read is planned as the sync would plan it. Otherwise nothing says what the
 * cluster holds, so the base render stands in for the live state a previous sync left behind:
 * creates, updates and prunes are relative to it. Removed apps get no plan (deleting an Application
 * is not a sync).
 */
function planChangedApps(
  diffs: readonly AppDiff[],
  renames: readonly AppRename[],
  base: readonly RenderedApp[],
  head: RepoRender,
  settings: Settings,
  startedMs: number,
  clusterStates: ReadonlyMap<string, ClusterPlanState> = new Map(),
): Record<string, SyncPlan> {
  const plans: Record<string, SyncPlan> = {};
  for (const d of diffs) {
    if (d.status !== 'added' && d.status !== 'changed') continue;
    const target = head.rendered.find((a) => a.name === d.name);
    if (!target) continue;
    const oldName = renames.find((r) => r.to === d.name)?.from ?? d.name;
    const previous = base.find((a) => a.name === oldName && a.problems.length === 0);
    const spec = target.spec.app.spec;
    const destNamespace = spec.destination.namespace ?? '';
    const standIn = {
      live: previous?.objects ?? [],
      // A previous sync to the same namespace would have created it.
      namespaceExists: previous !== undefined && (previous.spec.app.spec.destination.namespace ?? '') === destNamespace,
    };
    plans[d.name] = planSync({
      targets: target.objects,
      ...(clusterStates.get(d.name) ?? standIn),
      destNamespace,
      syncOptions: spec.syncPolicy?.syncOptions ?? [],
      // As the sync on merge decides: the prune input, else the app's automated policy.
      prune: settings.sync.prune || spec.syncPolicy?.automated?.prune === true,
      managedNamespaceMetadata: spec.syncPolicy?.managedNamespaceMetadata,
      revision: head.revision,
      startedAt: new Date(startedMs),
    });
  }
  return plans;
}

/**
 * One line per task in sync order; runs of updates that change nothing fold into one line, so the
 * moves that matter (hooks, waves, creations, prunes) stand out while the order stays visible.
 */
export function planLines(plan: SyncPlan, diff: AppDiff, inputs: Pick<SyncInputs, 'confirmPrune'> = { confirmPrune: false }): string[] {
  const changed = new Set(diff.resources.map((r) => keyString(r.key)));
  const lines: string[] = [];
  let folded = 0;
  let foldedAt = '';
  const flush = (): void => {
    if (folded > 0) lines.push(`${foldedAt} ${folded} unchanged`);
    folded = 0;
    foldedAt = '';
  };
  for (const t of plan.tasks) {
    const at = `[${t.phase} wave ${t.wave}]`;
    const unchanged = t.action === 'update' && !changed.has(keyString(t.key));
    if (unchanged) {
      if (foldedAt !== at) flush();
      foldedAt = at;
      folded++;
      continue;
    }
    flush();
    const [verb, why] = taskAction(t, inputs.confirmPrune);
    lines.push(`${at} ${verb} ${taskTitle(t)}${why}`);
  }
  flush();
  return lines;
}

/** Verb before the resource, and Argo CD's reason after it for a prune that will not happen. */
function taskAction(t: SyncTask, confirmed: boolean): [string, string] {
  if (t.pruneSkipped) return ['skip', `: ${t.pruneSkipped}`];
  if (t.pruneRequiresConfirmation && !confirmed) return ['prune', ' (needs confirmation)'];
  return [t.action, ''];
}

function taskTitle(t: SyncTask): string {
  const gk = t.key.group ? `${t.key.group}/${t.key.kind}` : t.key.kind;
  return `${gk} ${taskName(t)}${t.hookTypes.length > 0 ? ` (${t.hookTypes.join(', ')} hook)` : ''}`;
}

/**
 * Why the preview should fail the check (the action's step, the CLI's exit code); empty = it passes.
 * `failOn` decides which errors count (error-status.ts); policy violations count unless `failOnPolicy` is off.
 */
export function previewFailures(r: Pick<PreviewFindings, 'errorStatus'>, opts: Pick<DiffSettings, 'failOn' | 'failOnPolicy'>): string[] {
  const { failedApps, problems, violations } = countedFailures(r.errorStatus, opts.failOn);
  const fresh = opts.failOn === 'new-errors' ? 'new ' : '';
  const reasons: string[] = [];
  if (failedApps.length > 0) reasons.push(`${plural(failedApps.length, 'app')} failed to render (${failedApps.join(', ')})`);
  if (problems.length > 0) reasons.push(`${plural(problems.length, `${fresh}problem`)} loading specs or tools`);
  if (violations.length > 0 && opts.failOnPolicy) reasons.push(plural(violations.length, `${fresh}policy violation`));
  return reasons;
}
