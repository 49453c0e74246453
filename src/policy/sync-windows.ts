// AppProject sync windows, decided as Argo CD's controller does (SyncWindows.Matches, Active,
// InactiveAllows, CanSync): an open deny window blocks unless every open deny window has
// manualSync and the sync is manual; otherwise an open allow window permits; otherwise, when the
// app has allow windows and none is open, only a manual sync passes, and only if all of them have
// manualSync. A window whose schedule or duration cannot be parsed blocks (upstream: sync blocked
// with the error).
import type { AppProject, SyncWindow } from '../model/argocd.js';
import { nextActivation, parseCron, type CronSchedule } from './cron.js';
import { argoGlobMatch } from './glob.js';
import { parseGoDuration } from './go-duration.js';
import { isKnownTimeZone, zoneOffsetMs } from './time-zone.js';

/** The parts of an Application that windows select on. */
export interface WindowApp {
  name: string;
  destination: { server?: string; name?: string; namespace?: string };
}

export interface SyncWindowState {
  allowed: boolean;
  /** Why, in one line: Argo CD's `Sync operation blocked by sync window` plus the window(s) at fault. */
  message: string;
  /** Windows that apply to the app and are open at `now`. */
  activeWindows: SyncWindow[];
  /** Windows of the project that apply to the app, open or not. */
  matchingWindows: SyncWindow[];
  /** Non-blocking problems, e.g. an unknown timeZone (Argo CD then uses UTC). */
  warnings: string[];
}

const BLOCKED = 'Sync operation blocked by sync window';

/** Whether `app` may sync at `now` under `project`'s windows; `manual` is a user-triggered sync. */
export function syncWindowState(
  project: AppProject,
  app: WindowApp,
  now: Date,
  opts: { manual: boolean },
): SyncWindowState {
  const matching = matchingWindows(project, app);
  const warnings: string[] = [];
  const result = (allowed: boolean, message: string, activeWindows: SyncWindow[] = []): SyncWindowState => ({
    allowed,
    message,
    activeWindows,
    matchingWindows: matching,
    warnings,
  });
  if (matching.length === 0) return result(true, 'no sync window applies');

  const evaluated: Evaluated[] = [];
  const errors: string[] = [];
  for (const window of matching) {
    try {
      evaluated.push(evaluate(window, now, warnings));
    } catch (err) {
      errors.push(`${describe(window)}: ${(err as Error).message}`);
    }
  }
  if (errors.length > 0) return result(false, `${BLOCKED}: ${errors.join('; ')}`);

  const active = evaluated.filter((e) => e.active);
  const activeWindows = active.map((e) => e.window);
  const activeDeny = active.filter((e) => e.window.kind === 'deny');
  if (activeDeny.length > 0) {
    const manualEnabled = activeDeny.every((e) => e.window.manualSync === true);
    const which = activeDeny.map((e) => `${describe(e.window)} (${openUntil(e)})`).join(', ');
    if (opts.manual && manualEnabled) return result(true, `manual sync allowed during ${which}`, activeWindows);
    const hint = manualEnabled ? '; a manual sync would be allowed (manualSync)' : '';
    return result(false, `${BLOCKED}: ${which}${hint}`, activeWindows);
  }
  const activeAllow = active.find((e) => e.window.kind === 'allow');
  if (activeAllow) return result(true, `inside ${describe(activeAllow.window)}`, activeWindows);

  const inactiveAllows = evaluated.filter((e) => e.window.kind === 'allow');
  if (inactiveAllows.length > 0) {
    const manualEnabled = inactiveAllows.every((e) => e.window.manualSync === true);
    if (opts.manual && manualEnabled) return result(true, 'manual sync allowed outside allow windows (manualSync)', activeWindows);
    const next = inactiveAllows.map((e) => e.nextOpen).filter((d): d is Date => d !== undefined);
    const when = next.length > 0 ? `; the next opens at ${iso(new Date(Math.min(...next.map((d) => d.getTime()))))}` : '';
    const hint = manualEnabled ? '; a manual sync would be allowed (manualSync)' : '';
    return result(false, `${BLOCKED}: no allow window is open${when}${hint}`, activeWindows);
  }
  return result(true, 'no deny window is open', activeWindows);
}

/**
 * SyncWindows.Matches: a window applies when any of its non-empty applications / namespaces /
 * clusters lists matches (globs, no negation); with `andOperator`, every non-empty list must match.
 * Clusters match the destination's name or server.
 */
export function matchingWindows(project: AppProject, app: WindowApp): SyncWindow[] {
  return (project.spec.syncWindows ?? []).filter((w) => {
    const dest = app.destination;
    const checks: boolean[] = [];
    if (w.applications?.length) checks.push(w.applications.some((p) => argoGlobMatch(p, app.name, false)));
    if (w.clusters?.length) {
      checks.push(
        w.clusters.some(
          (p) => (!!dest.name && argoGlobMatch(p, dest.name, false)) || (!!dest.server && argoGlobMatch(p, dest.server, false)),
        ),
      );
    }
    if (w.namespaces?.length) checks.push(w.namespaces.some((p) => argoGlobMatch(p, dest.namespace ?? '', false)));
    if (checks.length === 0) return false;
    return w.andOperator ? checks.every(Boolean) : checks.some(Boolean);
  });
}

/** Whether one window is open at `now`; throws on an unparsable schedule or duration. */
export function isWindowActive(window: SyncWindow, now: Date): boolean {
  return evaluate(window, now, []).active;
}

interface Evaluated {
  window: SyncWindow;
  active: boolean;
  /** When the open window closes (active only); undefined when it stays open past the horizon. */
  end?: Date;
  /** When the window next opens (set when inactive). */
  nextOpen?: Date;
}

/**
 * SyncWindow.active: the wall clock is `now` shifted by the window zone's UTC offset (upstream takes
 * the offset at the current time, which is `now` here); the window is open when the first schedule
 * activation after `wall - duration` lies before `wall`. robfig returns the zero time when nothing
 * fires within five years, and upstream then counts the window as open: kept.
 */
function evaluate(window: SyncWindow, now: Date, warnings: string[]): Evaluated {
  let schedule;
  try {
    schedule = parseCron(window.schedule);
  } catch (err) {
    throw new Error(`cannot parse schedule '${window.schedule}': ${(err as Error).message}`, { cause: err });
  }
  let duration: number;
  try {
    duration = parseGoDuration(window.duration);
  } catch (err) {
    throw new Error(`cannot parse duration '${window.duration}': ${(err as Error).message}`, { cause: err });
  }
  if (schedule.timeZone !== undefined && !isKnownTimeZone(schedule.timeZone)) {
    throw new Error(`cannot parse schedule '${window.schedule}': provided bad location ${schedule.timeZone}`);
  }
  let zone = window.timeZone ?? '';
  if (!isKnownTimeZone(zone)) {
    warnings.push(`Invalid time zone ${zone} specified. Using UTC as default time zone`);
    zone = 'UTC';
  }
  const shifted = new Date(now.getTime() + zoneOffsetMs(zone, now));
  const wall =
    schedule.timeZone !== undefined ? new Date(shifted.getTime() + zoneOffsetMs(schedule.timeZone, shifted)) : shifted;
  // Wall-clock times map back to instants by the same shift.
  const toInstant = (d: Date): Date => new Date(d.getTime() - wall.getTime() + now.getTime());
  const start = nextActivation(schedule, new Date(wall.getTime() - duration));
  if (start === undefined) return { window, active: true };
  if (start.getTime() < wall.getTime()) {
    const end = closesAt(schedule, start, duration, wall.getTime() + CLOSE_HORIZON_MS);
    return { window, active: true, ...(end ? { end: toInstant(end) } : {}) };
  }
  // Not open: the activation found is at or after the wall clock, i.e. the next opening.
  return { window, active: false, nextOpen: toInstant(start) };
}

/** How far ahead the close of an open window is looked for (`* * * * *` for 1h never closes). */
const CLOSE_HORIZON_MS = 7 * 24 * 3600_000;

/**
 * When an open window closes, on the wall clock. Argo CD computes no end; by its rule (open while an
 * activation lies in (t - duration, t)) each activation keeps the window open for `duration`, so the
 * window closes `duration` after the first activation whose successor is at least `duration` later.
 * Starting from the oldest open activation walks through the latest one. Undefined past `horizon`.
 */
function closesAt(schedule: CronSchedule, start: Date, duration: number, horizon: number): Date | undefined {
  let last = start;
  while (last.getTime() <= horizon) {
    const next = nextActivation(schedule, last);
    if (next === undefined || next.getTime() >= last.getTime() + duration) return new Date(last.getTime() + duration);
    last = next;
  }
  return undefined;
}

function openUntil(e: Evaluated): string {
  return e.end ? `open until ${iso(e.end)}` : `open for more than ${CLOSE_HORIZON_MS / (24 * 3600_000)} days`;
}

function describe(w: SyncWindow): string {
  const zone = w.timeZone ? ` ${w.timeZone}` : '';
  return `${w.kind} window '${w.schedule}' ${w.duration}${zone}`;
}

function iso(d: Date): string {
  return d.toISOString().replace('.000Z', 'Z');
}
