// What a pull-request preview shows (comment parts, job summary text, changed-apps output), built from
// what it found. One function for a single run and for the merge of sharded runs (merge-shards.ts),
// so a sharded preview reads exactly like an unsharded one and layout changes reach both.
import type { AppSetDeletion } from '../appset/deletions.js';
import type { AppDiff } from '../diff/app-diff.js';
import type { Problem } from '../model/errors.js';
import type { PolicyViolation } from '../policy/project.js';
import { buildComment, type CommentApp, type CommentInput } from '../report/comment.js';
import { countPreview, type PreviewCounts } from '../report/counts.js';
import type { KnownCluster } from '../report/destination.js';
import type { SyncInputs } from '../settings.js';
import { isStillFailing, type ErrorStatus } from './error-status.js';
import type { LiveDiffResult } from './live-diff.js';

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

/** Generated Applications an ApplicationSet no longer generates but its applicationsSync policy keeps. */
export interface KeptDeletion {
  appSet: string;
  removed: string[];
  policy: string;
}

/** The live diff's findings without the live objects (a plan's cluster state never leaves the run). */
export type LiveFindings = Pick<LiveDiffResult, 'syncChanges' | 'drift' | 'problems' | 'warnings'>;

/**
 * Everything a preview found, as plain JSON-safe data: what a shard writes to its preview file and
 * what the merge combines. Lists of apps are in name order.
 */
export interface PreviewFindings {
  /**
   * One per app on either side, by name; a renamed app appears once, under its new name. An app
   * the PR fixes carries the base's problems in `fixed` and none in `problems`.
   */
  diffs: CommentApp[];
  renames: AppRename[];
  policy: PolicyViolation[];
  /** The head's errors and violations judged against the base: new, still failing. */
  errorStatus: ErrorStatus;
  /** The head's problems not tied to one app: specs that failed to load, ApplicationSets that failed. */
  problems: Problem[];
  /** Head apps that failed to render. */
  failedApps: string[];
  /** Generated Applications that a change to their ApplicationSet would delete. */
  appSetDeletions: AppSetDeletion[];
  keptDeletions: KeptDeletion[];
  /** Notes of loading and rendering (ApplicationSet generators that yield nothing here, …). */
  renderNotes: string[];
  /** What the reviewer must know though nothing failed: argocd-cm tool settings of the PR that were not used. */
  warnings: string[];
  /** With a kubeconfig: what a sync would change, live drift, and clusters that could not be read. */
  live?: LiveFindings;
  /** Sync plan lines per planned app (by its head name). */
  planPreview: Record<string, string[]>;
  /** Planned apps whose plan compared with the live cluster rather than the base render. */
  plannedFromCluster: string[];
  /** Cluster names by server, for the destinations the comment shows. */
  clusters: KnownCluster[];
  toolVersions: Record<string, string>;
  baseRevision?: string;
  headRevision?: string;
  durationMs: number;
}

export interface PreviewPresentation {
  /** Comment bodies (parts[0] = summary) and the unabridged markdown for the job summary and diff file. */
  parts: string[];
  full: string;
  /** Apps whose render changes (added, changed, removed, fixed; never errored). */
  changedApps: ChangedApp[];
  hasChanges: boolean;
  /** Every count the comment, summary, log and outputs report (counts.ts). */
  counts: PreviewCounts;
  /** Every note: loading and rendering notes, then the deletions ApplicationSet policies keep. */
  notes: string[];
}

/** A preview as it is published: what it found and how it shows. */
export type ShownPreview = PreviewFindings & PreviewPresentation;

export interface PresentOptions {
  /** Sticky comment key, written into each part's marker. */
  marker: string;
  /** The inputs that decide what a sync on merge prunes, for the plan's legend. */
  sync: Pick<SyncInputs, 'prune' | 'confirmPrune'>;
}

export function presentPreview(f: PreviewFindings, opts: PresentOptions): PreviewPresentation {
  const { renames } = f;
  // Sorted and unique: a note must not move with the order apps happened to render in.
  const notes = [...[...new Set(f.renderNotes)].sort(), ...f.keptDeletions.map(keptNote)];
  const planned = f.diffs.map((d) => d.name).filter((name) => f.planPreview[name] !== undefined);
  const status = f.errorStatus;
  const stillFailingApps = new Set(status.stillFailingApps);
  const comment: CommentInput = {
    apps: f.diffs.filter((d) => !stillFailingApps.has(d.name)).map((d) => ({ ...d, name: displayName(d.name, renames) })),
    policy: byName(status.newViolations, (v) => v.app),
    // A cluster that cannot be read is reported but, unlike a broken spec, does not fail the check.
    errors: [...f.problems.filter((p) => !isStillFailing(status, p)), ...byName(f.live?.problems ?? [], (p) => p.app ?? '')],
    stillFailing: status.stillFailing,
    existingPolicy: byName(status.existingViolations, (v) => v.app),
    warnings: f.warnings,
    notes,
    appSetDeletions: f.appSetDeletions,
    liveSync: f.live && byName(f.live.syncChanges, (d) => d.name),
    liveDrift: f.live && byName(f.live.drift, (d) => d.name),
    planPreview: Object.fromEntries(planned.map((name) => [displayName(name, renames), f.planPreview[name]])),
    planLegend: planLegend(opts.sync, planSource(planned, new Set(f.plannedFromCluster))),
    clusters: f.clusters,
    footer: { durationMs: f.durationMs, toolVersions: f.toolVersions },
    marker: opts.marker,
  };
  const built = buildComment(comment);
  // An app that failed to render has an error, not a change (counts.ts).
  const changedApps = f.diffs.filter((d) => d.status !== 'unchanged' && d.status !== 'errored').map((d) => changedApp(d, renames));
  return { parts: built.parts, full: built.full, changedApps, hasChanges: changedApps.length > 0, counts: countPreview(comment), notes };
}

/** Sorted by app (stably), so what a list shows never depends on the order apps rendered in. */
export function byName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0));
}

function keptNote(k: KeptDeletion): string {
  return `ApplicationSet ${k.appSet} no longer generates ${k.removed.join(', ')}, but its applicationsSync policy ${k.policy} does not delete Applications`;
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

/** What the plans compared with: the live cluster, the base render, or the cluster for some apps only. */
export type PlanSource = 'live' | 'base' | 'mixed';

function planSource(planned: readonly string[], fromCluster: ReadonlySet<string>): PlanSource {
  const n = planned.filter((name) => fromCluster.has(name)).length;
  return n === 0 ? 'base' : n === planned.length ? 'live' : 'mixed';
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
