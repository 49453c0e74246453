// The pull-request preview: render base and head, diff them app by app, plan the sync each changed app
// would run, and build the comment. Data in, data out: posting and outputs belong to the action.
import { appSetDeletions, type AppSetDeletion } from '../appset/deletions.js';
import type { PullRequestInfo } from '../appset/types.js';
import type { LoadedKubeconfig } from '../cluster/kubeconfig.js';
import { diffApps, type AppDiff, type AppDiffOptions } from '../diff/app-diff.js';
import type { Problem } from '../model/errors.js';
import { groupOf, keyString, type K8sObject } from '../model/k8s.js';
import type { RenderedApp } from '../render/types.js';
import { checkApp, type PolicyViolation } from '../policy/project.js';
import { buildComment, type CommentApp, type CommentInput } from '../report/comment.js';
import { countPreview, type PreviewCounts } from '../report/counts.js';
import type { KnownCluster } from '../report/destination.js';
import { plural } from '../report/markdown.js';
import type { DiffSettings, Settings, SyncInputs } from '../settings.js';
import { planSync, taskName, type SyncPlan, type SyncTask } from '../sync/plan.js';
import type { ApplicationSet } from '../model/argocd.js';
import { canonical } from '../model/canonical.js';
import { validateAppSet } from '../load/validate-kinds.js';
import { pluginWarnings } from '../render/plugin/definitions.js';
import { toolSettingsWarnings } from '../render/tool-settings.js';
import type { ClusterPlanState } from '../sync/run/sync-app.js';
import { classifyErrors, countedFailures, type ErrorStatus } from './error-status.js';
import { liveDiff, type LiveDiffResult } from './live-diff.js';
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

export interface AppRename {
  from: string;
  to: string;
}

export interface ChangedApp {
  name: string;
  status: AppDiff['status'];
  destination: string;
  renamedFrom?: string;
  /** The ApplicationSet that generates it. */
  appSet?: string;
  /** The app failed to load or render on the base revision; this PR fixes it. */
  fixed?: true;
  added: number;
  modified: number;
  removed: number;
}

export interface PreviewResult {
  /**
   * One per app on either side, by name; a renamed app appears once, under its new name. An app
   * the PR fixes carries the base's problems in `fixed` and none in `problems`.
   */
  diffs: CommentApp[];
  renames: AppRename[];
  policy: PolicyViolation[];
  /** Sync plan of the head for every added, changed or renamed app. */
  plans: Record<string, SyncPlan>;
  /** Comment bodies (parts[0] = summary) and the unabridged markdown for the job summary and diff file. */
  parts: string[];
  full: string;
  /** Apps whose render changes (added, changed, removed, fixed; never errored). */
  changedApps: ChangedApp[];
  hasChanges: boolean;
  /** The head's errors and violations judged against the base: new, still failing. */
  errorStatus: ErrorStatus;
  /** Every count the comment, summary, log and outputs report (counts.ts). */
  counts: PreviewCounts;
  /** The head's problems not tied to one app: specs that failed to load, missing tools. */
  problems: Problem[];
  /** Head apps that failed to render. */
  failedApps: string[];
  /** Generated Applications that a change to their ApplicationSet would delete. */
  appSetDeletions: AppSetDeletion[];
  /** Informational notes: ApplicationSet generators that yield nothing here, generated apps a policy keeps. */
  notes: string[];
  /** What the reviewer must know though nothing failed: argocd-cm tool settings of the PR that were not used. */
  warnings: string[];
  /** With a kubeconfig: what a sync would change, live drift, and clusters that could not be read. */
  live?: LiveDiffResult;
  toolVersions: Record<string, string>;
  baseRevision?: string;
  headRevision?: string;
  baseRenders: PreviewRenders['baseRenders'];
  headRenders: PreviewRenders['headRenders'];
}

/** Renders both sides (see renderSides), diffs them, checks policy and plans the changed apps. */
export async function previewPullRequest(settings: Settings, dirs: PreviewDirs, opts: PreviewOptions): Promise<PreviewResult> {
  const now = opts.now ?? Date.now;
  const started = now();
  const log = opts.log ?? (() => undefined);
  const { head, base, baseRenders, headRenders } = await renderSides(settings, dirs, { pullRequest: opts.pullRequest, liveDiff: opts.kubeconfig !== undefined }, log);
  const warnings = [...toolSettingsWarnings(head.ignoredToolSettings ?? []), ...pluginWarnings(head.ignoredPlugins ?? [])];
  for (const w of warnings) log(`warning: ${w}`);

  const diffOpts: AppDiffOptions = {
    argocdCm: head.loaded.argocdCm,
    stripHelmChartLabels: settings.diff.stripHelmChartLabels,
    contextLines: settings.diff.contextLines,
  };
  const compared = await diffWithRenames(base.rendered, head.rendered, diffOpts);
  const { renames } = compared;
  const diffs = compared.diffs.map((d) => annotate(d, base, head));
  // The base's own problems are not this PR's doing: they only mark the apps it fixes (annotate)
  // and tell the head's errors that are still failing from new ones.
  const problems = head.problems;
  const policy = checkPolicy(head);
  const errorStatus = classifyErrors(base, head, { base: checkPolicy(base), head: policy });
  const stillFailingApps = new Set(errorStatus.stillFailingApps);
  const stillFailing = new Set(errorStatus.stillFailing);
  const { deletions, notes: keptNotes } = deletionsOf(base, head);
  const notes = [...head.notes, ...keptNotes];
  const live = opts.kubeconfig
    ? await liveDiff(base.rendered, head.rendered, {
        kubeconfig: opts.kubeconfig,
        fieldManager: settings.sync.fieldManager,
        inClusterContext: settings.sync.inClusterContext,
        argocdCm: head.loaded.argocdCm,
        diff: diffOpts,
        limits: { requestTimeoutMs: settings.sync.requestTimeoutMs, retryMs: settings.sync.apiRetryMs, log },
      })
    : undefined;
  const plans = planChangedApps(diffs, renames, base.rendered, head, settings, started, live?.planStates);
  // Unchanged updates fold relative to what each plan compared with: the live diff, else base↔head.
  const planDiff = (name: string): AppDiff =>
    (live?.planStates.has(name) ? live.syncChanges.find((s) => s.name === name) : undefined) ?? diffs.find((d) => d.name === name)!;

  const comment: CommentInput = {
    apps: diffs.filter((d) => !stillFailingApps.has(d.name)).map((d) => ({ ...d, name: displayName(d.name, renames) })),
    policy: errorStatus.newViolations,
    // A cluster that cannot be read is reported but, unlike a broken spec, does not fail the check.
    errors: [...problems.filter((p) => !stillFailing.has(p)), ...(live?.problems ?? [])],
    stillFailing: errorStatus.stillFailing,
    existingPolicy: errorStatus.existingViolations,
    warnings,
    notes,
    appSetDeletions: deletions,
    liveSync: live?.syncChanges,
    liveDrift: live?.drift,
    planPreview: Object.fromEntries(Object.entries(plans).map(([name, plan]) => [displayName(name, renames), planLines(plan, planDiff(name), settings.sync)])),
    planLegend: planLegend(settings.sync, planSource(Object.keys(plans), live?.planStates)),
    clusters: knownClusters(head, opts.kubeconfig),
    footer: { durationMs: now() - started, toolVersions: head.toolVersions },
    marker: opts.marker,
  };
  const built = buildComment(comment);
  // An app that failed to render has an error, not a change (counts.ts).
  const changedApps = diffs.filter((d) => d.status !== 'unchanged' && d.status !== 'errored').map((d) => changedApp(d, renames));
  return {
    diffs,
    renames,
    policy,
    errorStatus,
    counts: countPreview(comment),
    plans,
    parts: built.parts,
    full: built.full,
    changedApps,
    hasChanges: changedApps.length > 0,
    problems,
    failedApps: head.rendered.filter((a) => a.problems.length > 0).map((a) => a.name),
    appSetDeletions: deletions,
    notes,
    warnings,
    ...(live ? { live } : {}),
    toolVersions: head.toolVersions,
    baseRevision: base.revision,
    headRevision: head.revision,
    baseRenders,
    headRenders,
  };
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
 * Generated Applications the head no longer generates, as the ApplicationSet controller decides:
 * an ApplicationSet that fails to generate on the head deletes nothing (it stops at the error,
 * reported instead), an app that is generated but invalid is not deleted, and an `applicationsSync`
 * policy that forbids deletion (create-only, create-update) keeps them all, also when the
 * ApplicationSet itself is deleted. What is kept that way becomes a note. ApplicationSets in apps'
 * output (app-of-apps) count like the repo's; those of an app that fails to render on the head
 * stay as they were, so they delete nothing.
 */
function deletionsOf(base: RepoRender, head: RepoRender): { deletions: AppSetDeletion[]; notes: string[] } {
  const headSets = appSetsOf(head);
  // Also an invalid one in an app's output: applying it fails, so the live one stays.
  const outputNames = (apps: RenderedApp[]) => apps.flatMap((a) => outputAppSetObjects(a).map((o) => o.metadata.name));
  const headNames = new Set([...headSets.map((s) => s.metadata.name), ...outputNames(head.rendered)]);
  const appSets = [...headSets, ...appSetsOf(base).filter((s) => !headNames.has(s.metadata.name))];
  const generating = new Set(head.rendered.map((a) => a.spec.origin.appSet));
  const named = new Set([...head.problems, ...head.rendered.flatMap((a) => a.problems)].map((p) => p.app));
  const unrendered = new Set(head.rendered.filter((a) => a.problems.length > 0 && a.objects.length === 0).map((a) => a.name));
  const frozen = new Set(outputNames(base.rendered.filter((a) => unrendered.has(a.name))));
  const specs = (r: RepoRender) => r.rendered.map((a) => a.spec);
  const deletions: AppSetDeletion[] = [];
  const notes: string[] = [];
  for (const d of appSetDeletions(specs(base), specs(head), appSets)) {
    if (frozen.has(d.appSet)) continue;
    if (headNames.has(d.appSet) && named.has(d.appSet) && !generating.has(d.appSet)) continue;
    const removed = d.removed.filter((name) => !named.has(name));
    if (removed.length === 0) continue;
    const policy = appSets.find((s) => s.metadata.name === d.appSet)?.spec.syncPolicy?.applicationsSync;
    if (policy === 'create-only' || policy === 'create-update') {
      notes.push(`ApplicationSet ${d.appSet} no longer generates ${removed.join(', ')}, but its applicationsSync policy ${policy} does not delete Applications`);
      continue;
    }
    deletions.push({ ...d, removed });
  }
  return { deletions, notes };
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
 * A renamed app: removed under one name and added under another with the same project, destination
 * and sources. Only one-to-one matches count, so two identical apps never get paired by guesswork.
 * It is diffed against its old self, so the reviewer sees what actually moves (tracking included).
 */
async function diffWithRenames(
  base: readonly RenderedApp[],
  head: readonly RenderedApp[],
  opts: AppDiffOptions,
): Promise<{ diffs: AppDiff[]; renames: AppRename[] }> {
  const diffs = await diffApps(base, head, opts);
  const removed = base.filter((b) => diffs.some((d) => d.name === b.name && d.status === 'removed'));
  const added = head.filter((h) => diffs.some((d) => d.name === h.name && d.status === 'added'));
  const renames: AppRename[] = [];
  for (const old of removed) {
    const matches = added.filter((a) => identity(a) === identity(old));
    const back = removed.filter((r) => identity(r) === identity(old));
    if (matches.length === 1 && back.length === 1) renames.push({ from: old.name, to: matches[0].name });
  }
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

function identity(app: RenderedApp): string {
  const { project, destination, source, sources } = app.spec.app.spec;
  return canonical({ project, destination, sources: sources && sources.length > 0 ? sources : [source] });
}

function displayName(name: string, renames: readonly AppRename[]): string {
  const r = renames.find((x) => x.to === name);
  return r ? `${name} (renamed from ${r.from})` : name;
}

function changedApp(d: CommentApp, renames: readonly AppRename[]): ChangedApp {
  const from = renames.find((r) => r.to === d.name)?.from;
  return {
    name: d.name,
    status: d.status,
    destination: d.destination,
    ...(from ? { renamedFrom: from } : {}),
    ...(d.appSet ? { appSet: d.appSet } : {}),
    ...(d.fixed ? { fixed: true as const } : {}),
    ...d.counts,
  };
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

/** What the plans compared with: the live cluster, the base render, or the cluster for some apps only. */
export type PlanSource = 'live' | 'base' | 'mixed';

function planSource(planned: readonly string[], clusterStates: ReadonlyMap<string, unknown> | undefined): PlanSource {
  const fromCluster = planned.filter((name) => clusterStates?.has(name)).length;
  return fromCluster === 0 ? 'base' : fromCluster === planned.length ? 'live' : 'mixed';
}

const SOURCE_TEXT: Readonly<Record<PlanSource, string>> = {
  live: "Plans use the live cluster: create, update and prune are relative to what the app's destination holds now",
  base: "No cluster access: plans treat the base revision's render as what the last sync left live, so create, update and prune are relative to it",
  mixed:
    "Plans use the live cluster where it could be read (create, update and prune are relative to what it holds now); for the other apps the base revision's render stands in for what is live",
};

/** How to read the plan lines: what they compare with, and whose rule decides prunes on merge. */
export function planLegend(inputs: Pick<SyncInputs, 'prune' | 'confirmPrune'>, source: PlanSource): string {
  const prunes = inputs.prune
    ? 'prunes happen because the prune input is set'
    : "prunes are skipped unless the app's automated sync prunes (or the prune input is set)";
  const confirm = inputs.confirmPrune ? '; Prune=confirm objects are pruned because the confirm-prune input is set' : '';
  return `The order a sync of this PR would follow: [phase wave] action resource. ${SOURCE_TEXT[source]}; ${prunes}${confirm}.`;
}

/**
 * Why the preview should fail the check (the action's step, the CLI's exit code); empty = it passes.
 * `failOn` decides which errors count (error-status.ts); policy violations count unless `failOnPolicy` is off.
 */
export function previewFailures(r: PreviewResult, opts: Pick<DiffSettings, 'failOn' | 'failOnPolicy'>): string[] {
  const { failedApps, problems, violations } = countedFailures(r.errorStatus, opts.failOn);
  const fresh = opts.failOn === 'new-errors' ? 'new ' : '';
  const reasons: string[] = [];
  if (failedApps.length > 0) reasons.push(`${plural(failedApps.length, 'app')} failed to render (${failedApps.join(', ')})`);
  if (problems.length > 0) reasons.push(`${plural(problems.length, `${fresh}problem`)} loading specs or tools`);
  if (violations.length > 0 && opts.failOnPolicy) reasons.push(plural(violations.length, `${fresh}policy violation`));
  return reasons;
}
