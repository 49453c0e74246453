// The one definition of every count a preview reports: the comment's headline, the job summary, the
// log line and the action's outputs all read these, so they cannot disagree.
import type { AppStatus } from '../diff/app-diff.js';
import type { Problem } from '../model/errors.js';
import { plural } from './markdown.js';

/** What the counts are taken from: the apps and errors the comment shows. */
export interface CountInput {
  /** Every app compared, except those still failing (they are in `stillFailing`). */
  apps: readonly { name: string; status: AppStatus; fixed?: unknown; counts: { added: number; modified: number; removed: number }; problems: readonly Problem[] }[];
  /** New errors of no app (loading specs, ApplicationSets, tools; clusters that cannot be read). */
  errors: readonly Problem[];
  /** Errors that fail on the base too. */
  stillFailing?: readonly Problem[];
  /** New policy violations, and those the base has too. */
  policy?: readonly unknown[];
  existingPolicy?: readonly unknown[];
  appSetDeletions?: readonly { removed: readonly string[] }[];
}

export interface PreviewCounts {
  /**
   * Apps whose objects change, not counting those the PR fixes (`fixed`: they render again on the head);
   * `unchanged` leaves out an app an error names (it is listed with its error).
   */
  apps: { changed: number; added: number; removed: number; fixed: number; unchanged: number };
  /** Apps whose render changes anything: changed + added + removed + fixed (the `changed-apps` output). */
  appsWithChanges: number;
  resources: { added: number; modified: number; removed: number };
  /** New errors (problems, not apps): apps' render errors and problems of no app. */
  errors: number;
  stillFailing: number;
  policyViolations: number;
  existingPolicyViolations: number;
  /** Applications that ApplicationSet changes delete. */
  appSetDeletions: number;
}

export function countPreview(input: CountInput): PreviewCounts {
  const apps = input.apps;
  const count = (s: AppStatus) => apps.filter((a) => a.status === s && !a.fixed).length;
  const fixed = apps.filter((a) => a.fixed).length;
  const sum = (k: 'added' | 'modified' | 'removed') => apps.reduce((n, a) => n + a.counts[k], 0);
  const changed = count('changed');
  const added = count('added');
  const removed = count('removed');
  const named = new Set(input.errors.map((p) => p.app));
  return {
    apps: { changed, added, removed, fixed, unchanged: apps.filter((a) => a.status === 'unchanged' && !named.has(a.name)).length },
    appsWithChanges: changed + added + removed + fixed,
    resources: { added: sum('added'), modified: sum('modified'), removed: sum('removed') },
    errors: input.errors.length + apps.reduce((n, a) => n + a.problems.length, 0),
    stillFailing: input.stillFailing?.length ?? 0,
    policyViolations: input.policy?.length ?? 0,
    existingPolicyViolations: input.existingPolicy?.length ?? 0,
    appSetDeletions: (input.appSetDeletions ?? []).reduce((n, d) => n + d.removed.length, 0),
  };
}

/** `2 apps changed, 1 added, 0 removed, 1 fixed`: the headline's first fact, also the log's. */
export function appsText(c: PreviewCounts): string {
  return `${plural(c.apps.changed, 'app')} changed, ${c.apps.added} added, ${c.apps.removed} removed${c.apps.fixed > 0 ? `, ${c.apps.fixed} fixed` : ''}`;
}

/** The counts as one plain line, for stderr and the action log. */
export function countsText(c: PreviewCounts): string {
  const facts = [appsText(c), `resources +${c.resources.added} ~${c.resources.modified} -${c.resources.removed}`];
  if (c.policyViolations > 0) facts.push(plural(c.policyViolations, 'policy violation'));
  if (c.errors > 0) facts.push(plural(c.errors, 'error'));
  if (c.stillFailing + c.existingPolicyViolations > 0) facts.push(`${c.stillFailing + c.existingPolicyViolations} still failing (also on the base)`);
  return facts.join(' · ');
}
