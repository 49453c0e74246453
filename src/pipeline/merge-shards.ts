// The merge of a sharded pull-request preview: the preview files of every `shard: i/n` job become
// the findings one unsharded run would have had, so presentPreview lays out the same comment. Files
// of another pull request, commit, format version or shard count, and missing shards, are refused.
import type { AppSetDeletion } from '../appset/deletions.js';
import { canonical } from '../model/canonical.js';
import type { ErrorStatus } from './error-status.js';
import type { PreviewFile } from './preview-file.js';
import { byName, type KeptDeletion, type PresentOptions, type PreviewFindings } from './preview-present.js';

export interface NamedPreviewFile {
  path: string;
  file: PreviewFile;
}

export interface MergedPreview {
  findings: PreviewFindings;
  pullRequest?: PreviewFile['pullRequest'];
  sync: PresentOptions['sync'];
}

export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeError';
  }
}

export function mergePreviews(files: readonly NamedPreviewFile[]): MergedPreview {
  if (files.length === 0) throw new MergeError('no preview files to merge');
  checkSameRun(files);
  const ordered = [...files].sort((a, b) => a.file.shard.index - b.file.shard.index);
  const all = ordered.map((f) => f.file.findings);
  const lives = all.flatMap((f) => (f.live ? [f.live] : []));
  const findings: PreviewFindings = {
    diffs: byName(all.flatMap((f) => f.diffs), (d) => d.name),
    renames: all.flatMap((f) => f.renames),
    policy: all.flatMap((f) => f.policy),
    errorStatus: mergeErrorStatus(all.map((f) => f.errorStatus)),
    // Problems of loading and expanding come before the shards split the apps: every shard has them.
    problems: unique(all.flatMap((f) => f.problems)),
    failedApps: all.flatMap((f) => f.failedApps).sort(),
    appSetDeletions: mergeBySet(all.flatMap((f) => f.appSetDeletions), (a, b) => ({ ...a, removed: [...a.removed, ...b.removed].sort(), preserved: a.preserved && b.preserved })),
    keptDeletions: mergeBySet(all.flatMap((f) => f.keptDeletions), (a: KeptDeletion, b) => ({ ...a, removed: [...a.removed, ...b.removed].sort() })),
    renderNotes: unique(all.flatMap((f) => f.renderNotes)),
    warnings: unique(all.flatMap((f) => f.warnings)),
    ...(lives.length > 0
      ? {
          live: {
            syncChanges: lives.flatMap((l) => l.syncChanges),
            drift: lives.flatMap((l) => l.drift),
            problems: unique(lives.flatMap((l) => l.problems)),
            warnings: unique(lives.flatMap((l) => l.warnings)),
          },
        }
      : {}),
    planPreview: Object.assign({}, ...all.map((f) => f.planPreview)) as PreviewFindings['planPreview'],
    plannedFromCluster: all.flatMap((f) => f.plannedFromCluster),
    clusters: unique(all.flatMap((f) => f.clusters)),
    toolVersions: Object.assign({}, ...all.map((f) => f.toolVersions)) as PreviewFindings['toolVersions'],
    baseRevision: all[0].baseRevision,
    headRevision: all[0].headRevision,
    // The shards ran side by side: the preview took as long as the slowest.
    durationMs: Math.max(...all.map((f) => f.durationMs)),
  };
  return { findings, pullRequest: ordered[0].file.pullRequest, sync: ordered[0].file.sync };
}

/** Every file from one run of one matrix: same pull request, commits, inputs and shard count, each shard once. */
function checkSameRun(files: readonly NamedPreviewFile[]): void {
  const [first] = files;
  const facts = (f: PreviewFile) => ({
    'pull request': f.pullRequest ? `${f.pullRequest.repository}#${f.pullRequest.number}` : 'none (CLI)',
    'base revision': f.findings.baseRevision ?? 'unknown',
    'head revision': f.findings.headRevision ?? 'unknown',
    'prune inputs': `prune ${f.sync.prune}, confirm-prune ${f.sync.confirmPrune}`,
    'shard count': String(f.shard.count),
  });
  const expected = facts(first.file);
  for (const other of files.slice(1)) {
    const got = facts(other.file);
    for (const [what, value] of Object.entries(got) as [keyof typeof got, string][]) {
      if (value !== expected[what]) {
        throw new MergeError(`preview files of different runs: ${other.path} has ${what} ${value}, ${first.path} has ${expected[what]}`);
      }
    }
  }
  const count = first.file.shard.count;
  const seen = new Map<number, string>();
  for (const f of files) {
    const twice = seen.get(f.file.shard.index);
    if (twice) throw new MergeError(`shard ${f.file.shard.index}/${count} twice: ${twice} and ${f.path}`);
    seen.set(f.file.shard.index, f.path);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) {
    throw new MergeError(
      `missing shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} (got ${files.length} of ${count} preview files): ` +
        'did every matrix job upload its preview-file?',
    );
  }
}

/** Each shard judged its own apps; problems of no app (loading, expanding) every shard has. */
function mergeErrorStatus(all: readonly ErrorStatus[]): ErrorStatus {
  const apps = (pick: (s: ErrorStatus) => string[]) => all.flatMap(pick).sort();
  return {
    newErrors: unique(all.flatMap((s) => s.newErrors)),
    stillFailing: unique(all.flatMap((s) => s.stillFailing)),
    newFailedApps: apps((s) => s.newFailedApps),
    stillFailingApps: apps((s) => s.stillFailingApps),
    newViolations: all.flatMap((s) => s.newViolations),
    existingViolations: all.flatMap((s) => s.existingViolations),
  };
}

function unique<T>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = canonical(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One entry per ApplicationSet (each shard saw only its own apps of it), in ApplicationSet order. */
function mergeBySet<T extends Pick<AppSetDeletion, 'appSet'>>(items: readonly T[], combine: (a: T, b: T) => T): T[] {
  const bySet = new Map<string, T>();
  for (const item of items) {
    const prev = bySet.get(item.appSet);
    bySet.set(item.appSet, prev ? combine(prev, item) : item);
  }
  return byName([...bySet.values()], (d) => d.appSet);
}
