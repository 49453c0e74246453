// `argocd app list`'s table (cmd/argocd/commands/app.go printApplicationTable: tabwriter, padding 2)
// and a JSON form of the statuses without live objects (a diff's objects may hold masked Secrets only).
import type { AppCondition, AppStatus } from './types.js';

const HEADERS = ['NAME', 'CLUSTER', 'NAMESPACE', 'PROJECT', 'STATUS', 'HEALTH', 'SYNCPOLICY', 'CONDITIONS'];

export function statusTable(statuses: readonly AppStatus[]): string {
  const rows = [HEADERS, ...statuses.map((s) => [s.name, s.cluster, s.namespace, s.project, s.sync, s.health, s.syncPolicy, conditionsSummary(s.conditions)])];
  const widths = HEADERS.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  // tabwriter pads every cell but the last of a line.
  return rows.map((r) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i] + 2) : c)).join('')).join('\n') + '\n';
}

/** `<none>`, or the condition types sorted, `Type(n)` for a repeated one (formatConditionsSummary). */
export function conditionsSummary(conditions: readonly AppCondition[]): string {
  const counts = new Map<string, number>();
  for (const c of conditions) counts.set(c.type, (counts.get(c.type) ?? 0) + 1);
  const items = [...counts].map(([t, n]) => (n > 1 ? `${t}(${n})` : t)).sort();
  return items.length > 0 ? items.join(',') : '<none>';
}

/** Statuses as plain JSON: per resource its key, sync status, health and whether it needs pruning. */
export function statusJson(statuses: readonly AppStatus[]): string {
  const plain = statuses.map((s) => ({
    ...s,
    resources: s.resources.map((r) => ({ ...r.key, status: r.status, requiresPruning: r.requiresPruning, ...(r.health ? { health: r.health } : {}) })),
  }));
  return JSON.stringify(plain, null, 2) + '\n';
}
