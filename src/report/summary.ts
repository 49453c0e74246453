// The comment's summary: the headline (counts, linking to the first error), the table of touched apps,
// then policy violations, warnings, errors that belong to no listed app, ApplicationSet deletions,
// notes and the sync plan. An app's own errors are shown only in its section (app-section.ts).
import type { AppSetDeletion } from '../appset/deletions.js';
import type { AppDiff } from '../diff/app-diff.js';
import { formatProblem, type Problem } from '../model/errors.js';
import { appAnchor } from './app-section.js';
import { appsText, countPreview } from './counts.js';
import type { CommentInput } from './comment-types.js';
import { anchorLink, anchorName, anchorTag, code, details, escapeHtml, plural } from './markdown.js';
import { summaryTable } from './summary-table.js';

export const TITLE = '### gitops-sync preview';
const LIST_CAP = 50;

/** Whether an anchor is in the posted comments; the full text (job summary) has them all. */
export type Linkable = (anchor: string) => boolean;
const everywhere: Linkable = () => true;

/** Errors split by where they are shown: the section of the listed app they name, or the summary. */
export function placeErrors(input: CommentInput): { byApp: Map<string, Problem[]>; general: Problem[] } {
  const names = new Set(input.apps.map((a) => a.name));
  const byApp = new Map<string, Problem[]>();
  const general: Problem[] = [];
  for (const p of input.errors) {
    if (p.app !== undefined && names.has(p.app)) byApp.set(p.app, [...(byApp.get(p.app) ?? []), p]);
    else general.push(p);
  }
  return { byApp, general };
}

function errorsAnchor(input: CommentInput): string {
  return anchorName(input.marker, 'errors', 'general');
}

/** Where the headline's error count points: the errors in the summary, else the first failing app's section. */
function firstError(input: CommentInput): string | undefined {
  const { byApp, general } = placeErrors(input);
  if (general.length > 0) return errorsAnchor(input);
  const app = input.apps.find((a) => a.problems.length > 0 || byApp.has(a.name));
  return app ? appAnchor(input.marker, app.name) : undefined;
}

/** The counts (counts.ts, still-failing errors left out), the first error linked. */
export function headline(input: CommentInput, linkable: Linkable = everywhere): string {
  const c = countPreview(input);
  const facts = [`**${appsText(c)}**`, `resources **+${c.resources.added} ~${c.resources.modified} -${c.resources.removed}**`];
  if (c.policyViolations > 0) facts.push(`:no_entry: **${plural(c.policyViolations, 'policy violation')}**`);
  const target = firstError(input);
  const errors = `**${plural(c.errors, 'error')}**`;
  if (c.errors > 0) facts.push(`:x: ${target && linkable(target) ? anchorLink(errors, target) : errors}`);
  if (c.appSetDeletions > 0) facts.push(`:warning: **ApplicationSets delete ${plural(c.appSetDeletions, 'app')}**`);
  const live = (diffs: AppDiff[] | undefined) => (diffs ?? []).filter((a) => a.resources.length > 0).length;
  if (input.liveSync) facts.push(`live: a sync would change ${plural(live(input.liveSync), 'app')}`);
  if (live(input.liveDrift) > 0) facts.push(`live drift in ${plural(live(input.liveDrift), 'app')}`);
  return `${TITLE}\n\n${facts.join(' · ')}`;
}

function renderSummary(input: CommentInput, rowLimit: number, listLimit: number, linkable: Linkable): string {
  const { byApp, general } = placeErrors(input);
  const touched = input.apps.filter((a) => a.status !== 'unchanged' || byApp.has(a.name));
  const unchanged = countPreview(input).apps.unchanged;
  const sections = [headline(input, linkable), summaryTable(touched, rowLimit, { ...input, linkable })];
  if (unchanged > 0) sections.push(`${plural(unchanged, 'app')} unchanged.`);
  const policy = input.policy ?? [];
  if (policy.length > 0) sections.push(`**Policy violations**\n\n${capped(policy.map((v) => `- ${code(v.app)}: ${escapeHtml(v.message)}`), listLimit)}`);
  const warnings = input.warnings ?? [];
  if (warnings.length > 0) sections.push(`> [!WARNING]\n${warnings.map((w) => `> ${escapeHtml(w)}`).join('\n>\n')}`);
  if (general.length > 0) {
    sections.push(`${anchorTag(errorsAnchor(input))}**Errors**\n\n${capped(general.map((p) => `- :x: ${escapeHtml(formatProblem(p))}`), listLimit)}`);
  }
  const still = [...(input.stillFailing ?? []).map(formatProblem), ...(input.existingPolicy ?? []).map((v) => `${v.app}: policy: ${v.message}`)];
  if (still.length > 0) {
    const title = `<b>Still failing</b> (${still.length}): these fail on the base too, not this PR's doing`;
    sections.push(details(title, capped(still.map((t) => `- ${escapeHtml(t)}`), listLimit)));
  }
  const deletions = input.appSetDeletions ?? [];
  if (deletions.length > 0) sections.push(`**ApplicationSet deletions**\n\n${capped(deletions.map(deletionLine), listLimit)}`);
  const notes = input.notes ?? [];
  if (notes.length > 0) sections.push(`**Notes**\n\n${capped(notes.map((n) => `- ${escapeHtml(n)}`), listLimit)}`);
  const plan = Object.entries(input.planPreview ?? {}).filter(([, lines]) => lines.length > 0);
  if (plan.length > 0) {
    const legend = input.planLegend ? `_${escapeHtml(input.planLegend)}_` : '';
    const body = plan.map(([app, lines]) => `**${escapeHtml(app)}**\n\n${capped(lines.map((l) => `- ${escapeHtml(l)}`), listLimit)}`);
    sections.push(details('<b>Sync plan preview</b>', [legend, ...body].filter(Boolean).join('\n\n')));
  }
  return sections.filter(Boolean).join('\n\n');
}

function deletionLine(d: AppSetDeletion): string {
  const their = d.removed.length === 1 ? 'its' : 'their';
  // `preserved` also covers apps whose template's own finalizers leave out the resources finalizer.
  const fate = d.preserved
    ? `${their} resources stay in the cluster (preserveResourcesOnDeletion, or no resources finalizer)`
    : `${their} resources are deleted too (no preserveResourcesOnDeletion)`;
  const apps = d.removed.map(code).join(', ');
  return `- :warning: ApplicationSet ${code(d.appSet)} would delete ${plural(d.removed.length, 'Application')}: ${apps} — ${fate}`;
}

function capped(lines: string[], limit: number): string {
  return lines.length > limit ? [...lines.slice(0, limit), `- … and ${lines.length - limit} more`].join('\n') : lines.join('\n');
}

/** The summary, with the table and lists shortened until it fits `budget`. */
export function fitSummary(input: CommentInput, budget: number, linkable: Linkable = everywhere): string {
  let rows = input.apps.length;
  let list = LIST_CAP;
  let text = renderSummary(input, rows, list, linkable);
  while (text.length > budget && (rows > 0 || list > 0)) {
    rows = Math.floor(rows / 2);
    if (rows === 0) list = Math.floor(list / 2);
    text = renderSummary(input, rows, list, linkable);
  }
  return text.length > budget ? headline(input, linkable) : text;
}

export function fullSummary(input: CommentInput): string {
  return renderSummary(input, Infinity, Infinity, everywhere);
}
