// The PR comment (issue 5): a summary that always fits in one GitHub comment, then per-app details
// packed greedily into numbered continuation comments, and the same content unabridged for the job
// summary and the diff file.
import type { AppSetDeletion } from '../appset/deletions.js';
import type { AppDiff } from '../diff/app-diff.js';
import type { ResourceDiff } from '../diff/compare.js';
import { formatProblem, type Problem } from '../model/errors.js';
import type { ResourceKey } from '../model/k8s.js';
import { appsText, countPreview } from './counts.js';
import { cell, cellCode, code, details, escapeHtml, fence, partMarker, plural, table } from './markdown.js';

export const GITHUB_COMMENT_LIMIT = 65536;

export interface PolicyViolation {
  app: string;
  message: string;
}

/** One app of the comment: its base↔head diff, plus where it comes from and what the base made of it. */
export interface CommentApp extends AppDiff {
  /** The ApplicationSet that generates it. */
  appSet?: string;
  /** Set when the app failed to load or render on the base and renders on the head: the base's problems. */
  fixed?: Problem[];
}

export interface CommentInput {
  /** Every app compared, except those still failing. */
  apps: CommentApp[];
  /** New policy violations. */
  policy?: PolicyViolation[];
  /** New problems not tied to one rendered app (loading specs, ApplicationSets, ...). */
  errors: Problem[];
  /** Errors that fail on the base too, and violations the base has too: shown collapsed, not in the headline. */
  stillFailing?: Problem[];
  existingPolicy?: PolicyViolation[];
  /** Informational notes, e.g. an ApplicationSet generator that yields nothing here. */
  notes?: string[];
  /** Shown above the errors as a warning block: what the reviewer must know though nothing failed. */
  warnings?: string[];
  /** Generated Applications that a change to their ApplicationSet would delete. */
  appSetDeletions?: AppSetDeletion[];
  /** Live → head per app: what a sync of this PR would change in the cluster. */
  liveSync?: AppDiff[];
  /** Live → base per app: drift already in the cluster, not this PR's doing. */
  liveDrift?: AppDiff[];
  /** Sync plan lines per app name. */
  planPreview?: Record<string, string[]>;
  /** How to read the plan lines, shown under the plan's heading. */
  planLegend?: string;
  footer: { durationMs: number; toolVersions: Record<string, string> };
  /** The comment key: markers are `<!-- gitops-sync:<key>:part-N -->`. */
  marker: string;
}

export interface CommentOptions {
  /** Characters per comment (GitHub's limit by default). */
  maxChars?: number;
  /** Comments at most, summary included; what does not fit is pointed to the job summary. */
  maxParts?: number;
}

export interface BuiltComment {
  /** parts[0] is the summary comment, parts[1..] the continuations; each starts with its marker. */
  parts: string[];
  /** Everything, never truncated, without markers: for the job summary and the diff file. */
  full: string;
}

const TITLE = '### gitops-sync preview';
/** Room kept in each part for its header and the notes pointing onwards. */
const PART_RESERVE = 600;
const LIST_CAP = 50;

export function buildComment(input: CommentInput, opts: CommentOptions = {}): BuiltComment {
  const maxChars = opts.maxChars ?? GITHUB_COMMENT_LIMIT;
  const maxParts = Math.max(1, opts.maxParts ?? 10);
  const footer = renderFooter(input.footer);
  const summary = fitSummary(input, maxChars - PART_RESERVE - footer.length);
  const blockBudget = maxChars - PART_RESERVE;
  const blocks = detailBlocks(input, blockBudget);

  // Greedy packing: part 0 holds the summary and footer, then whatever details fit after it.
  const packed: string[][] = [[]];
  let room = maxChars - PART_RESERVE - summary.length - footer.length;
  let omitted = 0;
  for (const block of blocks) {
    if (block.length + 2 > room) {
      if (packed.length >= maxParts) {
        omitted++;
        continue;
      }
      packed.push([]);
      room = blockBudget;
    }
    packed[packed.length - 1].push(block);
    room -= block.length + 2;
  }
  const total = packed.length;
  const omittedNote = omitted > 0 ? `\n\n> [!WARNING]\n> ${plural(omitted, 'more section')} did not fit in ${plural(maxParts, 'comment')}: the full diff is in the job summary.` : '';
  const parts = packed.map((chunk, i) => {
    const note = i === total - 1 ? omittedNote : '';
    if (i === 0) {
      const more = total > 1 ? `\n\n_Details continue in ${plural(total - 1, 'more comment')} below._` : '';
      return join([partMarker(input.marker, 0), summary, ...chunk]) + more + note + '\n\n' + footer;
    }
    return join([partMarker(input.marker, i), `${TITLE} (part ${i + 1} of ${total})`, ...chunk]) + note;
  });

  const full = join([fullSummary(input), ...detailBlocks(input, Infinity), footer]);
  return { parts, full };
}

function join(sections: string[]): string {
  return sections.filter((s) => s.length > 0).join('\n\n');
}

// ---- summary ----

function headline(input: CommentInput): string {
  const c = countPreview(input);
  const facts = [`**${appsText(c)}**`, `resources **+${c.resources.added} ~${c.resources.modified} -${c.resources.removed}**`];
  if (c.policyViolations > 0) facts.push(`:no_entry: **${plural(c.policyViolations, 'policy violation')}**`);
  if (c.errors > 0) facts.push(`:x: **${plural(c.errors, 'error')}**`);
  if (c.appSetDeletions > 0) facts.push(`:warning: **ApplicationSets delete ${plural(c.appSetDeletions, 'app')}**`);
  const live = (diffs: AppDiff[] | undefined) => (diffs ?? []).filter((a) => a.resources.length > 0).length;
  if (input.liveSync) facts.push(`live: a sync would change ${plural(live(input.liveSync), 'app')}`);
  if (live(input.liveDrift) > 0) facts.push(`live drift in ${plural(live(input.liveDrift), 'app')}`);
  return `${TITLE}\n\n${facts.join(' · ')}`;
}

const FIXED_STATUS = 'fixed (failed to render on base)';

function summaryRow(a: CommentApp): string[] {
  const status = a.fixed ? FIXED_STATUS : a.status === 'errored' ? ':x: errored' : a.status;
  return [
    cellCode(a.name) + (a.appSet ? ` ← appset ${cellCode(a.appSet)}` : ''),
    cellCode(a.destination),
    status,
    String(a.counts.added),
    String(a.counts.modified),
    String(a.counts.removed),
    keysCell(a.wavesHooks),
    keysCell(a.healthAffecting),
  ];
}

function keysCell(keys: ResourceKey[]): string {
  if (keys.length === 0) return '';
  const shown = keys.slice(0, 3).map((k) => cell(`${k.kind}/${k.name}`));
  return keys.length > 3 ? `${shown.join(', ')} +${keys.length - 3}` : shown.join(', ');
}

const HEADER = ['App', 'Destination', 'Status', '+', '~', '-', 'Waves/hooks', 'Health-affecting'];

function renderSummary(input: CommentInput, rowLimit: number, listLimit: number): string {
  const touched = input.apps.filter((a) => a.status !== 'unchanged');
  const unchanged = input.apps.length - touched.length;
  const rows = touched.slice(0, rowLimit).map(summaryRow);
  if (touched.length > rowLimit) rows.push([`… and ${touched.length - rowLimit} more`, '', '', '', '', '', '', '']);
  const sections = [headline(input)];
  if (rows.length > 0) sections.push(table(HEADER, rows));
  if (unchanged > 0) sections.push(`${plural(unchanged, 'app')} unchanged.`);
  const policy = input.policy ?? [];
  if (policy.length > 0) sections.push(`**Policy violations**\n\n${capped(policy.map((v) => `- ${code(v.app)}: ${escapeHtml(v.message)}`), listLimit)}`);
  const warnings = input.warnings ?? [];
  if (warnings.length > 0) sections.push(`> [!WARNING]\n${warnings.map((w) => `> ${escapeHtml(w)}`).join('\n>\n')}`);
  const errors = [...input.errors, ...input.apps.flatMap((a) => a.problems.map((p) => ({ ...p, app: p.app ?? a.name })))];
  if (errors.length > 0) sections.push(`**Errors**\n\n${capped(errors.map((p) => `- ${escapeHtml(formatProblem(p))}`), listLimit)}`);
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
    sections.push(details('<b>Sync plan preview</b>', join([legend, ...body])));
  }
  return join(sections);
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
function fitSummary(input: CommentInput, budget: number): string {
  let rows = input.apps.length;
  let list = LIST_CAP;
  let text = renderSummary(input, rows, list);
  while (text.length > budget && (rows > 0 || list > 0)) {
    rows = Math.floor(rows / 2);
    if (rows === 0) list = Math.floor(list / 2);
    text = renderSummary(input, rows, list);
  }
  return text.length > budget ? headline(input) : text;
}

function fullSummary(input: CommentInput): string {
  return renderSummary(input, Infinity, Infinity);
}

function renderFooter(f: CommentInput['footer']): string {
  const tools = Object.entries(f.toolVersions)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, v]) => `${escapeHtml(name)} ${escapeHtml(v)}`);
  return `<sub>gitops-sync · ${(f.durationMs / 1000).toFixed(1)} s${tools.length ? ` · ${tools.join(' · ')}` : ''}</sub>`;
}

// ---- details ----

/** `apps/Deployment prod/api`; the core group shows the kind alone, cluster-scoped objects the name alone. */
export function resourceTitle(k: ResourceKey): string {
  return `${k.group ? `${k.group}/` : ''}${k.kind} ${k.namespace ? `${k.namespace}/` : ''}${k.name}`;
}

function resourceText(r: ResourceDiff, budget: number): string {
  const text = `@@ ${resourceTitle(r.key)} @@\n${r.diff}`;
  if (text.length <= budget) return text;
  const lines = text.split('\n');
  let kept = '';
  let n = 0;
  while (n < lines.length && kept.length + lines[n].length + 1 < budget - 120) kept += (n ? '\n' : '') + lines[n++];
  return `${kept}\n… ${plural(lines.length - n, 'more line')} of this resource: see the job summary`;
}

/** The per-app diffs, then the live sections, each section's heading on its first block. */
function detailBlocks(input: CommentInput, budget: number): string[] {
  return [
    ...appBlocks(input.apps, '', budget),
    ...headed('#### Live: what a sync would change', appBlocks(input.liveSync ?? [], 'sync: ', budget)),
    ...headed("#### Live drift (not this PR's doing)", appBlocks(input.liveDrift ?? [], 'drift: ', budget)),
  ];
}

function headed(heading: string, blocks: string[]): string[] {
  return blocks.map((b, i) => (i === 0 ? `${heading}\n\n${b}` : b));
}

/** One collapsible section per app; an app too large for `budget` is split across several. */
function appBlocks(apps: CommentApp[], prefix: string, budget: number): string[] {
  const out: string[] = [];
  for (const a of apps) {
    if (a.resources.length === 0 && a.problems.length === 0) continue;
    const status = a.fixed ? FIXED_STATUS : a.status;
    const head = `${prefix}<b>${escapeHtml(a.name)}</b> — ${status} · +${a.counts.added} ~${a.counts.modified} -${a.counts.removed} · <code>${escapeHtml(a.destination)}</code>`;
    const quoted = [
      ...a.problems.map((p) => `> :x: ${escapeHtml(formatProblem(p))}`),
      ...(a.fixed ?? []).map((p) => `> :white_check_mark: on base: ${escapeHtml(formatProblem(p))}`),
    ];
    const problems = quoted.join('\n>\n');
    // Room for the <details> wrapper, the heading and the fence around the diff text.
    const room = budget - head.length - problems.length - 200;
    const chunks: string[][] = [[]];
    let used = 0;
    for (const r of a.resources) {
      const text = resourceText(r, room);
      if (used + text.length + 1 > room && chunks[chunks.length - 1].length > 0) {
        chunks.push([]);
        used = 0;
      }
      chunks[chunks.length - 1].push(text);
      used += text.length + 1;
    }
    chunks.forEach((c, i) => {
      const title = chunks.length > 1 ? `${head} (${i + 1}/${chunks.length})` : head;
      const body = join([i === 0 ? problems : '', c.length ? fence('diff', c.join('\n')) : '']);
      out.push(details(title, body));
    });
  }
  return out;
}
