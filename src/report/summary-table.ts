// The summary table, narrow enough for GitHub's ~900 px comment column: app (linked to its section),
// destination as cluster/namespace, a short status word, and `+/~/-` with markers for the changes
// that the app's section details (health checks, sync waves and hooks).
import { appAnchor, changeCounts, HEALTH_MARK, ORDER_MARK, statusWord } from './app-section.js';
import type { CommentApp } from './comment-types.js';
import { destinationLabel, type KnownCluster } from './destination.js';
import { anchorLink, cellCode, table } from './markdown.js';

const NBSP = '&nbsp;';
const HEADER = ['App', 'Destination', 'Status', 'Changes'];

export interface TableContext {
  marker: string;
  clusters?: readonly KnownCluster[];
  /** Whether an anchor is in the posted comments (a section left out for lack of room is not). */
  linkable: (anchor: string) => boolean;
}

function row(a: CommentApp, ctx: TableContext): string[] {
  const marks = [a.healthAffecting.length > 0 ? HEALTH_MARK : '', a.wavesHooks.length > 0 ? ORDER_MARK : ''].filter(Boolean);
  const anchor = appAnchor(ctx.marker, a.name);
  return [
    // Every app in the table has a section (it changes, or has an error).
    ctx.linkable(anchor) ? anchorLink(cellCode(a.name), anchor) : cellCode(a.name),
    cellCode(destinationLabel(a.destination, ctx.clusters)),
    // Non-breaking: these short cells stay on one line however narrow the column gets.
    statusWord(a).replace(/ /g, NBSP),
    [changeCounts(a) || '—', ...marks].join(' ').replace(/ /g, NBSP),
  ];
}

/** The apps the PR touches (each has a section), at most `rowLimit` rows, and the markers' legend when any is shown. */
export function summaryTable(touched: readonly CommentApp[], rowLimit: number, ctx: TableContext): string {
  if (touched.length === 0) return '';
  const shown = touched.slice(0, rowLimit);
  const rows = shown.map((a) => row(a, ctx));
  if (touched.length > rowLimit) rows.push([`… and ${touched.length - rowLimit} more`, '', '', '']);
  const legend = [
    shown.some((a) => a.healthAffecting.length > 0) ? `${HEALTH_MARK} changes resources with a health check` : '',
    shown.some((a) => a.wavesHooks.length > 0) ? `${ORDER_MARK} changes sync waves or hooks` : '',
  ].filter(Boolean);
  const note = legend.length > 0 ? `\n\n<sub>${legend.join(' · ')} (listed in the app's section)</sub>` : '';
  return table(HEADER, rows) + note;
}
