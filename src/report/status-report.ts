// The drift report (issue 15): per app its status as Argo CD would show it, what the run did about it,
// and the drift that was found as masked per-resource diffs (the diff stage masks Secret values).
import { conditionsSummary } from '../status/format.js';
import type { AppStatus } from '../status/types.js';
import { cell, cellCode, details, escapeHtml, fence, table } from './markdown.js';
import type { AppReport } from './sync-report.js';

const SYNC_ICON: Record<string, string> = { Synced: '✅', OutOfSync: '⚠️', Unknown: '❔' };
const HEALTH_ICON: Record<string, string> = { Healthy: '💚', Progressing: '🔄', Suspended: '⏸️', Missing: '👻', Degraded: '💔', Unknown: '❔' };

/** Apps OutOfSync (or Degraded) at the end of the run, by their final status. */
export function appsWith(reports: readonly AppReport[], pick: (s: AppStatus) => boolean): string[] {
  return reports.filter((r) => r.status && pick(r.status)).map((r) => r.app);
}

export function statusSummaryMarkdown(reports: readonly AppReport[], title: string): string {
  const withStatus = reports.filter((r) => r.status);
  if (withStatus.length === 0) return '';
  const rows = withStatus.map((r) => {
    const s = r.status!;
    return [
      cellCode(r.app),
      `${SYNC_ICON[s.sync] ?? ''} ${s.sync}`,
      `${HEALTH_ICON[s.health] ?? ''} ${s.health}`,
      s.syncPolicy,
      cell(conditionsSummary(s.conditions)),
      cell(r.skipped ? r.outcome.message : `${r.outcome.phase}: ${r.outcome.message}`),
    ];
  });
  const overview = table(['App', 'Status', 'Health', 'Sync policy', 'Conditions', 'This run'], rows);
  const drifts = withStatus.filter((r) => driftOf(r).length > 0 || r.status!.conditions.length > 0).map((r) => details(`<code>${escapeHtml(r.app)}</code>: ${escapeHtml(driftTitle(r))}`, driftBody(r)));
  return [`## ${title}`, overview, ...drifts].join('\n\n') + '\n';
}

/** The resources found out of sync: before the run synced them, else now. */
function driftOf(r: AppReport): NonNullable<AppStatus['resources']> {
  const found = r.drift ?? r.status!;
  return found.resources.filter((x) => x.status === 'OutOfSync');
}

function driftTitle(r: AppReport): string {
  const n = driftOf(r).length;
  const healed = r.drift && r.drift.sync === 'OutOfSync' && r.status?.sync === 'Synced';
  return n === 0 ? 'conditions' : `${n} resource(s) out of sync${healed ? ', synced to Git by this run' : ''}`;
}

function driftBody(r: AppReport): string {
  const parts: string[] = [];
  for (const c of r.status!.conditions) parts.push(`> **${escapeHtml(c.type)}**: ${escapeHtml(c.message)}`);
  if (r.status!.healthMessage) parts.push(`Health ${escapeHtml(r.status!.health)}: ${escapeHtml(r.status!.healthMessage)}`);
  for (const x of driftOf(r)) {
    const k = x.key;
    const what = `${k.group ? `${k.group}/` : ''}${k.kind} ${k.namespace ? `${k.namespace}/` : ''}${k.name}`;
    const note = x.requiresPruning ? ' (not in Git: requires pruning)' : x.diff?.status === 'added' ? ' (missing in the cluster)' : '';
    parts.push(`**${escapeHtml(what)}**${note}`);
    if (x.diff?.diff) parts.push(fence('diff', x.diff.diff));
  }
  return parts.join('\n\n');
}

/** The drift issue: drifted and unhealthy apps with their conditions, and a link to the run. */
export function driftIssueMarkdown(reports: readonly AppReport[], runUrl: string): { drifted: boolean; title: string; body: string } {
  const bad = reports.filter((r) => r.status && (r.status.sync !== 'Synced' || r.status.health !== 'Healthy'));
  if (bad.length === 0) {
    return { drifted: false, title: 'gitops-sync: drift', body: `Every app is Synced and Healthy as of [this run](${runUrl}).\n` };
  }
  const rows = bad.map((r) => {
    const s = r.status!;
    return [cellCode(r.app), s.sync, s.health, cell(conditionsSummary(s.conditions)), cell(r.outcome.message)];
  });
  const body = [
    `${bad.length} app(s) not Synced and Healthy, found by [this run](${runUrl}); its job summary has the diffs.`,
    table(['App', 'Status', 'Health', 'Conditions', 'This run'], rows),
    '_Kept up to date by gitops-sync (mode reconcile); closed when every app is Synced and Healthy._',
  ].join('\n\n');
  return { drifted: true, title: `gitops-sync: ${bad.length} app(s) drifted or unhealthy`, body: `${body}\n` };
}
