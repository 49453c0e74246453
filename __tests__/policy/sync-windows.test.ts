// Sync windows at fixed instants: which windows apply, when they are open (zones, DST, boundaries),
// and how deny, allow and manualSync combine into CanSync.
import type { AppProject, SyncWindow } from '../../src/model/argocd.js';
import { isWindowActive, matchingWindows, syncWindowState } from '../../src/policy/sync-windows.js';
import type { WindowApp } from '../../src/policy/sync-windows.js';

const web: WindowApp = { name: 'web', destination: { server: 'https://kubernetes.default.svc', namespace: 'prod' } };

function project(...syncWindows: SyncWindow[]): AppProject {
  return { apiVersion: 'argoproj.io/v1alpha1', kind: 'AppProject', metadata: { name: 'p' }, spec: { syncWindows } };
}

function win(kind: 'allow' | 'deny', schedule: string, duration: string, extra: Partial<SyncWindow> = {}): SyncWindow {
  return { kind, schedule, duration, applications: ['*'], ...extra };
}

const state = (p: AppProject, iso: string, manual = false, app = web) => syncWindowState(p, app, new Date(iso), { manual });

describe('when a window is open', () => {
  it.each([
    // UTC business hours 09:00–17:00; the start instant itself is not inside (upstream: Next(t-d) < t)
    ['0 9 * * *', '8h', undefined, '2024-01-15T08:59:59Z', false],
    ['0 9 * * *', '8h', undefined, '2024-01-15T09:00:00Z', false],
    ['0 9 * * *', '8h', undefined, '2024-01-15T09:00:01Z', true],
    ['0 9 * * *', '8h', undefined, '2024-01-15T16:59:59Z', true],
    ['0 9 * * *', '8h', undefined, '2024-01-15T17:00:00Z', false],
    // a window that crosses midnight
    ['0 22 * * *', '4h', undefined, '2024-01-16T01:30:00Z', true],
    ['0 22 * * *', '4h', undefined, '2024-01-16T02:30:00Z', false],
    // New York 22:00–23:00 local: 03:00Z in winter (EST), 02:00Z in summer (EDT)
    ['0 22 * * *', '1h', 'America/New_York', '2024-01-16T03:30:00Z', true],
    ['0 22 * * *', '1h', 'America/New_York', '2024-01-16T02:30:00Z', false],
    ['0 22 * * *', '1h', 'America/New_York', '2024-07-16T02:30:00Z', true],
    ['0 22 * * *', '1h', 'America/New_York', '2024-07-16T03:30:00Z', false],
    // weekdays 09:00 IST (UTC+5:30): Monday 03:45Z is 09:15 local; Sunday is not a weekday
    ['0 9 * * 1-5', '1h', 'Asia/Kolkata', '2024-01-15T03:45:00Z', true],
    ['0 9 * * 1-5', '1h', 'Asia/Kolkata', '2024-01-14T03:45:00Z', false],
    // Sydney in southern summer (UTC+11): 08:00 local on the 15th is 21:00Z on the 14th
    ['0 8 15 * *', '2h', 'Australia/Sydney', '2024-01-14T21:30:00Z', true],
    ['0 8 15 * *', '2h', 'Australia/Sydney', '2024-01-15T08:30:00Z', false],
    // DST in Europe/Paris: 02:30 local is 00:30Z in summer, 01:30Z in winter
    ['30 2 * * *', '30m', 'Europe/Paris', '2024-10-26T00:45:00Z', true],
    ['30 2 * * *', '30m', 'Europe/Paris', '2024-10-28T01:45:00Z', true],
    ['30 2 * * *', '30m', 'Europe/Paris', '2024-10-28T00:45:00Z', false],
    // New York spring-forward day: wall-clock arithmetic at the current offset, as upstream
    // (03:15 EDT is 45 minutes after a naive 02:30, so the 02:30 window reads as open)
    ['30 2 * * *', '1h', 'America/New_York', '2024-03-10T07:15:00Z', true],
    // a schedule prefix zone is honoured too
    ['CRON_TZ=Asia/Tokyo 0 9 * * *', '1h', undefined, '2024-01-15T00:30:00Z', true],
    ['CRON_TZ=Asia/Tokyo 0 9 * * *', '1h', undefined, '2024-01-15T09:30:00Z', false],
    // robfig's zero time for an impossible date is "before now": upstream counts the window open
    ['0 0 30 2 *', '1h', undefined, '2024-06-01T12:00:00Z', true],
  ])('%s for %s in %s at %s → open %s', (schedule, duration, timeZone, iso, open) => {
    const w = win('deny', schedule, duration, timeZone ? { timeZone } : {});
    expect(isWindowActive(w, new Date(iso))).toBe(open);
  });
});

describe('when an open deny window closes', () => {
  const blockedBy = (w: SyncWindow, iso: string) => state(project(w), iso).message;

  it.each([
    // activations every 10 minutes keep the window open until 30m after the last one (12:50)
    ['*/10 12 * * *', '30m', undefined, '2024-01-15T12:25:00Z', 'open until 2024-01-15T13:20:00Z'],
    // a gap as long as the duration closes it: the 12:00 window ends at 12:30 as the next opens
    ['0,30 12 * * *', '30m', undefined, '2024-01-15T12:10:00Z', 'open until 2024-01-15T12:30:00Z'],
    // wall-clock chain in the window's zone: 12:50 JST + 30m is 04:20Z
    ['*/10 12 * * *', '30m', 'Asia/Tokyo', '2024-01-15T03:25:00Z', 'open until 2024-01-15T04:20:00Z'],
    // every minute for 1h never closes (issue 15: this printed a time seconds away)
    ['* * * * *', '1h', undefined, '2024-01-15T12:30:48Z', 'open for more than 7 days'],
  ])('%s for %s in %s at %s → %s', (schedule, duration, timeZone, iso, until) => {
    expect(blockedBy(win('deny', schedule, duration, timeZone ? { timeZone } : {}), iso)).toContain(`(${until})`);
  });

  it('names the first instant at which Argo CD counts the window closed', () => {
    const w = win('deny', '*/10 12 * * *', '30m');
    const until = /open until (\S+)\)/.exec(blockedBy(w, '2024-01-15T12:05:00Z'))?.[1];
    expect(until).toBe('2024-01-15T13:20:00Z');
    const end = new Date(until as string).getTime();
    expect(isWindowActive(w, new Date(end - 1000))).toBe(true);
    expect(isWindowActive(w, new Date(end))).toBe(false);
  });
});

describe('which windows apply (Matches)', () => {
  const prodCluster = { name: 'prod-eu', server: 'https://prod-eu.example.com' };
  it.each([
    [{ applications: ['web'] }, true],
    [{ applications: ['w*'] }, true],
    [{ applications: ['api'] }, false],
    [{ applications: ['!web'] }, false], // no negation in windows: ! is literal
    [{ applications: [], namespaces: ['prod'] }, true],
    [{ applications: [], namespaces: ['stage'] }, false],
    [{ applications: [], clusters: ['prod-*'] }, true], // by destination name
    [{ applications: [], clusters: ['https://prod-eu.*'] }, true], // by server
    [{ applications: [], clusters: ['stage-*'] }, false],
    [{ applications: ['api'], namespaces: ['prod'] }, true], // OR by default
    [{ applications: ['api'], namespaces: ['prod'], andOperator: true }, false],
    [{ applications: ['web'], namespaces: ['prod'], clusters: ['prod-*'], andOperator: true }, true],
    [{ applications: ['web'], namespaces: ['prod'], clusters: ['stage-*'], andOperator: true }, false],
    [{ applications: [] }, false], // no selector matches nothing
  ])('%j applies: %s', (selectors, applies) => {
    const app: WindowApp = { name: 'web', destination: { ...prodCluster, namespace: 'prod' } };
    const w = { ...win('deny', '* * * * *', '1h'), ...selectors };
    expect(matchingWindows(project(w), app)).toHaveLength(applies ? 1 : 0);
  });
});

describe('CanSync', () => {
  const businessHours = win('allow', '0 9 * * 1-5', '8h');
  const lunchFreeze = win('deny', '0 12 * * *', '1h');
  const monday = (time: string) => `2024-01-15T${time}Z`;

  it('allows everything when no window applies', () => {
    const s = state(project(win('deny', '* * * * *', '1h', { applications: ['api'] })), monday('12:30:00'));
    expect(s).toMatchObject({ allowed: true, activeWindows: [], matchingWindows: [] });
  });

  it.each([
    ['10:00:00', false, true, 'inside allow window'],
    ['12:30:00', false, false, "Sync operation blocked by sync window: deny window '0 12 * * *' 1h (open until 2024-01-15T13:00:00Z)"],
    ['13:30:00', false, true, 'inside allow window'],
    ['18:00:00', false, false, 'Sync operation blocked by sync window: no allow window is open; the next opens at 2024-01-16T09:00:00Z'],
    ['12:30:00', true, false, 'Sync operation blocked by sync window'], // manual, but no manualSync
  ])('deny beats allow: Monday %s manual=%s → allowed %s', (time, manual, allowed, message) => {
    const s = state(project(businessHours, lunchFreeze), monday(time), manual);
    expect(s.allowed).toBe(allowed);
    expect(s.message).toContain(message);
  });

  it('reports the open windows', () => {
    const s = state(project(businessHours, lunchFreeze), monday('12:30:00'));
    expect(s.activeWindows).toEqual([businessHours, lunchFreeze]);
    expect(s.matchingWindows).toEqual([businessHours, lunchFreeze]);
  });

  it('lets a manual sync through an open deny window only when every open deny has manualSync', () => {
    const soft = win('deny', '0 12 * * *', '1h', { manualSync: true });
    const hard = win('deny', '0 11 * * *', '2h');
    expect(state(project(soft), monday('12:30:00'), true).allowed).toBe(true);
    const auto = state(project(soft), monday('12:30:00'), false);
    expect(auto.allowed).toBe(false);
    expect(auto.message).toContain('a manual sync would be allowed (manualSync)');
    expect(state(project(soft, hard), monday('12:30:00'), true).allowed).toBe(false);
    // a closed deny window without manualSync does not count
    expect(state(project(soft, hard), monday('13:30:00'), true).allowed).toBe(true);
  });

  it('lets a manual sync through closed allow windows only when all of them have manualSync', () => {
    const a = win('allow', '0 9 * * *', '1h', { manualSync: true });
    const b = win('allow', '0 14 * * *', '1h', { manualSync: true });
    const c = win('allow', '0 16 * * *', '1h');
    expect(state(project(a, b), monday('12:00:00'), true).allowed).toBe(true);
    expect(state(project(a, b), monday('12:00:00'), false).allowed).toBe(false);
    const strict = state(project(a, b, c), monday('12:00:00'), true);
    expect(strict.allowed).toBe(false);
    expect(strict.message).toContain('the next opens at 2024-01-15T14:00:00Z');
  });

  it('evaluates allow windows in their own zone', () => {
    const tokyo = win('allow', '0 9 * * *', '8h', { timeZone: 'Asia/Tokyo' }); // 00:00Z–08:00Z
    expect(state(project(tokyo), monday('07:00:00')).allowed).toBe(true);
    const closed = state(project(tokyo), monday('09:00:00'));
    expect(closed.allowed).toBe(false);
    expect(closed.message).toContain('next opens at 2024-01-16T00:00:00Z');
  });

  it('matches only windows selecting the app (andOperator)', () => {
    const freeze = win('deny', '0 0 * * *', '24h', { applications: ['web'], namespaces: ['stage'], andOperator: true });
    expect(state(project(freeze), monday('12:00:00')).allowed).toBe(true);
    expect(state(project({ ...freeze, andOperator: false }), monday('12:00:00')).allowed).toBe(false);
  });

  it('blocks with the parse error when a window cannot be evaluated', () => {
    const bad = state(project(win('deny', '@daily', '1h'), win('allow', '0 9 * * *', '1d')), monday('10:00:00'));
    expect(bad.allowed).toBe(false);
    expect(bad.message).toBe(
      "Sync operation blocked by sync window: deny window '@daily' 1h: cannot parse schedule '@daily': parser does not accept descriptors: @daily; " +
        "allow window '0 9 * * *' 1d: cannot parse duration '1d': time: unknown unit \"d\" in duration \"1d\"",
    );
  });

  it('falls back to UTC for an unknown time zone, with a warning', () => {
    const w = win('deny', '0 12 * * *', '1h', { timeZone: 'Mars/Olympus' });
    const s = state(project(w), monday('12:30:00'));
    expect(s.allowed).toBe(false);
    expect(s.warnings).toEqual(['Invalid time zone Mars/Olympus specified. Using UTC as default time zone']);
  });
});
