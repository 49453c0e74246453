// The sync's report: per app, a table of tasks and a timeline of waves for the job summary, and the
// same data as JSON for the `result` output.
import { keyString } from '../model/k8s.js';
import type { AppStatus } from '../status/types.js';
import type { AppSyncResult } from '../sync/run/sync-app.js';
import type { TaskResult, WaveTiming } from '../sync/run/result.js';
import { stoppedSummary } from '../sync/run/result.js';
import { cell, cellCode, details, escapeHtml, table } from './markdown.js';

export interface AppReport extends AppSyncResult {
  /** Kubeconfig context and namespace the app deployed to. */
  destination?: { context: string; server: string; namespace: string };
  revision?: string;
  /** Not synced on purpose (an app no RollingSync step selects): reported, but not a failure. */
  skipped?: boolean;
  /** The app's status at the end of the run (sync-policy argocd on push, reconcile). */
  status?: AppStatus;
  /** Its status before the run synced it, when that was not Synced: the drift that was found. */
  drift?: AppStatus;
  /** Set when a rollback ran after the failure: its own result. */
  rollback?: AppSyncResult & { revision: string };
}

const ICON: Record<string, string> = { Succeeded: '✅', Failed: '❌', Error: '❌', Running: '⏳', Terminating: '⏳' };

export function syncSummaryMarkdown(reports: readonly AppReport[], opts: { dryRun?: boolean } = {}): string {
  const ok = reports.filter((r) => r.outcome.phase === 'Succeeded' && !r.skipped).length;
  const skipped = reports.filter((r) => r.skipped).length;
  const title = `## gitops-sync${opts.dryRun ? ' (dry run)' : ''}: ${ok} of ${reports.length} app(s) synced${skipped ? `, ${skipped} left alone` : ''}`;
  const overview = table(
    ['App', 'Result', 'Destination', 'Revision', 'Message'],
    reports.map((r) => [
      cellCode(r.app),
      r.skipped ? '⏭️ Skipped' : `${ICON[r.outcome.phase] ?? ''} ${r.outcome.phase}${r.retries > 0 ? ` (${r.retries} retries)` : ''}`,
      r.destination ? cell(`${r.destination.context}/${r.destination.namespace}`) : '',
      r.revision ? cellCode(r.revision.slice(0, 7)) : '',
      cell(r.outcome.message),
    ]),
  );
  const sections = reports.map((r) => {
    const state = r.skipped ? '⏭️' : (ICON[r.outcome.phase] ?? '');
    return details(`${state} <code>${escapeHtml(r.app)}</code>: ${r.skipped ? 'Skipped' : escapeHtml(r.outcome.phase)}`, appBody(r), r.outcome.phase !== 'Succeeded' && !r.skipped);
  });
  return [title, overview, ...sections].join('\n\n') + '\n';
}

function appBody(r: AppReport): string {
  const parts = [r.outcome.tasks.length > 0 ? taskTable(r.outcome.tasks) : '_No tasks ran._'];
  const stopped = stoppedSummary(r.outcome);
  if (stopped) parts.unshift(`**${escapeHtml(stopped.charAt(0).toUpperCase() + stopped.slice(1))}.**`);
  if (r.outcome.waves.length > 0) parts.push(`**Timeline**\n\n${timeline(r.outcome.waves)}`);
  for (const w of r.warnings) parts.push(`> ⚠️ ${escapeHtml(w)}`);
  if (r.rollback) parts.push(`**Rollback to ${escapeHtml(r.rollback.revision.slice(0, 7))}**: ${escapeHtml(r.rollback.outcome.phase)}: ${cell(r.rollback.outcome.message)}`);
  return parts.join('\n\n');
}

export function taskTable(tasks: readonly TaskResult[]): string {
  return table(
    ['Phase', 'Wave', 'Kind', 'Namespace/Name', 'Action', 'Health', 'Message'],
    tasks.map((t) => [
      t.phase,
      String(t.wave),
      cell(t.key.group ? `${t.key.group}/${t.key.kind}` : t.key.kind),
      cellCode(t.key.namespace ? `${t.key.namespace}/${t.key.name}` : t.key.name),
      t.state === 'Pending' ? 'not run' : t.action,
      t.health ? cell(t.health.status) : '',
      cell(t.message),
    ]),
  );
}

export function timeline(waves: readonly WaveTiming[]): string {
  return table(
    ['Step', 'Started', 'Duration'],
    waves.map((w) => [Number.isNaN(w.wave) ? 'health wait' : `${w.phase} wave ${w.wave}`, w.startedAt, formatDuration(w.durationMs)]),
  );
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const s = ms / 1000;
  return s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} m ${Math.round(s % 60)} s`;
}

/** The `result` output: every app's outcome, tasks and timeline. */
function statusBrief(s: AppStatus): Omit<AppStatus, 'resources'> & { outOfSync: string[] } {
  const { resources, ...rest } = s;
  const outOfSync = resources.filter((x) => x.status === 'OutOfSync').map((x) => keyString(x.key));
  return { ...rest, outOfSync };
}

export function syncResultJson(reports: readonly AppReport[]): string {
  return JSON.stringify(
    reports.map((r) => ({
      ...r,
      outcome: { ...r.outcome, waves: r.outcome.waves.map((w) => ({ ...w, wave: Number.isNaN(w.wave) ? 'health' : w.wave })) },
      // Statuses without their diffs: the output stays small and carries no live object.
      ...(r.status ? { status: statusBrief(r.status) } : {}),
      ...(r.drift ? { drift: statusBrief(r.drift) } : {}),
    })),
  );
}
