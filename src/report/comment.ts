// The PR comment (issue 5): a summary that always fits in one GitHub comment, then per-app details
// packed greedily into numbered continuation comments, and the same content unabridged for the job
// summary and the diff file.
import type { AppDiff } from '../diff/app-diff.js';
import { appAnchor, appBlocks } from './app-section.js';
import type { CommentInput } from './comment-types.js';
import { anchorTag, escapeHtml, partMarker, plural } from './markdown.js';
import { fitSummary, fullSummary, placeErrors, TITLE } from './summary.js';

export type { CommentApp, CommentInput, PolicyViolation } from './comment-types.js';

export const GITHUB_COMMENT_LIMIT = 65536;

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

/** Room kept in each part for its header and the notes pointing onwards. */
const PART_RESERVE = 600;

export function buildComment(input: CommentInput, opts: CommentOptions = {}): BuiltComment {
  const maxChars = opts.maxChars ?? GITHUB_COMMENT_LIMIT;
  const maxParts = Math.max(1, opts.maxParts ?? 10);
  const footer = renderFooter(input.footer);
  const fitted = fitSummary(input, maxChars - PART_RESERVE - footer.length);
  const blockBudget = maxChars - PART_RESERVE;
  const blocks = detailBlocks(input, blockBudget);

  // Greedy packing: part 0 holds the summary and footer, then whatever details fit after it.
  const packed: string[][] = [[]];
  let room = maxChars - PART_RESERVE - fitted.length - footer.length;
  const omitted: string[] = [];
  for (const block of blocks) {
    if (block.length + 2 > room) {
      if (packed.length >= maxParts) {
        omitted.push(block);
        continue;
      }
      packed.push([]);
      room = blockBudget;
    }
    packed[packed.length - 1].push(block);
    room -= block.length + 2;
  }
  // Sections left out take their anchors along: the summary must not link to them (nor grow).
  const missing = new Set(input.apps.map((a) => appAnchor(input.marker, a.name)).filter((n) => omitted.some((b) => b.includes(anchorTag(n)))));
  const summary = missing.size > 0 ? fitSummary(input, fitted.length, (n) => !missing.has(n)) : fitted;
  const total = packed.length;
  const omittedNote = omitted.length > 0 ? `\n\n> [!WARNING]\n> ${plural(omitted.length, 'more section')} did not fit in ${plural(maxParts, 'comment')}: the full diff is in the job summary.` : '';
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

function renderFooter(f: CommentInput['footer']): string {
  const tools = Object.entries(f.toolVersions)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, v]) => `${escapeHtml(name)} ${escapeHtml(v)}`);
  return `<sub>gitops-sync · ${(f.durationMs / 1000).toFixed(1)} s${tools.length ? ` · ${tools.join(' · ')}` : ''}</sub>`;
}

/** The per-app sections, then the live ones; an app the PR does not touch shows its drift once. */
function detailBlocks(input: CommentInput, budget: number): string[] {
  const { byApp } = placeErrors(input);
  const base = { marker: input.marker, clusters: input.clusters };
  const untouched = new Set(input.apps.filter((a) => a.status === 'unchanged').map((a) => a.name));
  const drifted = new Set((input.liveDrift ?? []).filter((d) => d.resources.length > 0).map((d) => d.name));
  // Live → head equals live → base for an app the PR does not touch: shown once, as drift.
  const driftOnly = (d: AppDiff) => untouched.has(d.name) && drifted.has(d.name);
  const sync = (input.liveSync ?? []).filter((d) => !driftOnly(d));
  const revertOnly = (input.liveSync ?? []).filter((d) => driftOnly(d) && d.resources.length > 0);
  const revertNote =
    revertOnly.length > 0
      ? `_A sync would also revert the drift of ${plural(revertOnly.length, 'app')} this PR does not touch, shown under Live drift: ${revertOnly.map((d) => escapeHtml(d.name)).join(', ')}._`
      : '';
  const notes = new Map(revertOnly.map((d) => [d.name, 'not touched by this PR: a sync would revert it']));
  return [
    ...appBlocks(input.apps, { ...base, anchorKind: 'app', extraProblems: byApp }, budget),
    ...headed(['#### Live: what a sync would change', revertNote], appBlocks(sync, { ...base, prefix: 'sync: ' }, budget), revertNote !== ''),
    ...headed(["#### Live drift (not this PR's doing)"], appBlocks(input.liveDrift ?? [], { ...base, prefix: 'drift: ', headingNotes: notes }, budget)),
  ];
}

/** The heading goes on the section's first block; `always` keeps a heading whose text stands alone. */
function headed(heading: string[], blocks: string[], always = false): string[] {
  const text = heading.filter(Boolean).join('\n\n');
  if (blocks.length === 0) return always ? [text] : [];
  return blocks.map((b, i) => (i === 0 ? `${text}\n\n${b}` : b));
}
