// New error, still failing, or fixed: each error of the head is judged against the base, so a pull
// request is held to what it broke, not to what was broken before it. An app (or ApplicationSet, or
// spec file) that fails on the head and also failed on the base is still failing, whatever the
// message; one that rendered on the base, or was absent there, has a new error. Only apps rendered
// on both sides are compared: the incremental preview renders an app whose inputs are unchanged on
// neither side, so it has no errors to classify (render-unchanged renders them all).
import { canonical } from '../model/canonical.js';
import { formatProblem, type Problem } from '../model/errors.js';
import { keyString } from '../model/k8s.js';
import type { PolicyViolation } from '../policy/project.js';
import type { FailOn } from '../settings.js';
import type { RepoRender } from './render-repo.js';

export interface ErrorStatus {
  /** Head errors this pull request introduced: apps' render errors, then problems of no rendered app. */
  newErrors: Problem[];
  /** Head errors whose app, ApplicationSet or file failed on the base too: not this PR's doing. */
  stillFailing: Problem[];
  /** Head apps that failed to render, new and still failing. */
  newFailedApps: string[];
  stillFailingApps: string[];
  /** Head policy violations the base does not have, and those it has too. */
  newViolations: PolicyViolation[];
  existingViolations: PolicyViolation[];
}

/** Compares the head's errors and violations with the base's. */
export function classifyErrors(
  base: RepoRender,
  head: RepoRender,
  policy: { base: readonly PolicyViolation[]; head: readonly PolicyViolation[] },
): ErrorStatus {
  const failedOnBase = new Set([...base.problems, ...base.rendered.flatMap((a) => a.problems)].map(ownerOf));
  const stillFails = (p: Problem) => failedOnBase.has(ownerOf(p));
  const status: ErrorStatus = { newErrors: [], stillFailing: [], newFailedApps: [], stillFailingApps: [], newViolations: [], existingViolations: [] };
  for (const app of head.rendered.filter((a) => a.problems.length > 0)) {
    const problems = app.problems.map((p) => ({ ...p, app: p.app ?? app.name }));
    if (failedOnBase.has(app.name)) {
      status.stillFailingApps.push(app.name);
      status.stillFailing.push(...problems);
    } else {
      status.newFailedApps.push(app.name);
      status.newErrors.push(...problems);
    }
  }
  for (const p of head.problems) (stillFails(p) ? status.stillFailing : status.newErrors).push(p);
  const onBase = new Set(policy.base.map(violationKey));
  for (const v of policy.head) (onBase.has(violationKey(v)) ? status.existingViolations : status.newViolations).push(v);
  return status;
}

/** What fails: the app or ApplicationSet named, else the file, else the message itself (a missing tool). */
function ownerOf(p: Problem): string {
  return p.app ?? (p.file ? `file:${p.file}` : `message:${formatProblem(p)}`);
}

function violationKey(v: PolicyViolation): string {
  return JSON.stringify([v.app, v.rule, v.message, v.resource ? keyString(v.resource) : '']);
}

/** The errors and violations that `failOn` holds against the pull request. */
export function countedFailures(s: ErrorStatus, failOn: FailOn): { failedApps: string[]; problems: Problem[]; violations: PolicyViolation[] } {
  if (failOn === 'never') return { failedApps: [], problems: [], violations: [] };
  const all = failOn === 'errors';
  const failedApps = all ? [...s.newFailedApps, ...s.stillFailingApps].sort() : s.newFailedApps;
  const failed = new Set(failedApps);
  const problems = (all ? [...s.newErrors, ...s.stillFailing] : s.newErrors).filter((p) => !failed.has(p.app ?? ''));
  return { failedApps, problems, violations: all ? [...s.newViolations, ...s.existingViolations] : s.newViolations };
}

/**
 * The preview's errors to report as such (log, stderr): problems of no app, then each app's problems
 * from the diff stage, except those still failing.
 */
export function newErrorsOf(r: { problems: readonly Problem[]; diffs: readonly { name: string; problems: readonly Problem[] }[]; errorStatus: ErrorStatus }): Problem[] {
  const stillApps = new Set(r.errorStatus.stillFailingApps);
  return [
    ...r.problems.filter((p) => !isStillFailing(r.errorStatus, p)),
    ...r.diffs.filter((d) => !stillApps.has(d.name)).flatMap((d) => d.problems.map((p) => ({ ...p, app: p.app ?? d.name }))),
  ];
}

/** Whether a head problem is one of the still-failing ones; by content, as merged shards' files hold copies. */
export function isStillFailing(s: ErrorStatus, p: Problem): boolean {
  const key = canonical(p);
  return s.stillFailing.some((q) => canonical(q) === key);
}
