// The pieces sync windows are built from: robfig/cron 5-field schedules, Go durations, zone offsets,
// and the glob flavours policy matching uses.
import { nextActivation, parseCron } from '../../src/policy/cron.js';
import { filepathMatch } from '../../src/glob/filepath.js';
import { argoGlobMatch, globMatch } from '../../src/policy/glob.js';
import { parseGoDuration } from '../../src/policy/go-duration.js';
import { isKnownTimeZone, zoneOffsetMs } from '../../src/policy/time-zone.js';

const at = (iso: string) => new Date(iso);
const next = (spec: string, after: string) => nextActivation(parseCron(spec), at(after))?.toISOString();

describe('cron schedules (robfig, Minute|Hour|Dom|Month|Dow)', () => {
  it.each([
    ['0 9 * * *', '2024-01-15T08:59:59.500Z', '2024-01-15T09:00:00.000Z'],
    ['0 9 * * *', '2024-01-15T09:00:00.000Z', '2024-01-16T09:00:00.000Z'], // strictly after
    ['*/15 9-17 * * MON-FRI', '2024-01-13T10:00:00Z', '2024-01-15T09:00:00.000Z'], // Sat → Mon
    ['*/15 9-17 * * mon-fri', '2024-01-15T17:50:00Z', '2024-01-16T09:00:00.000Z'],
    ['5/20 * * * *', '2024-01-15T10:06:00Z', '2024-01-15T10:25:00.000Z'], // N/step runs to the max
    ['0,30 * * * *', '2024-01-15T10:10:00Z', '2024-01-15T10:30:00.000Z'],
    ['0 0 1 JAN,jul *', '2024-02-01T00:00:00Z', '2024-07-01T00:00:00.000Z'],
    ['0 0 29 2 *', '2024-03-01T00:00:00Z', '2028-02-29T00:00:00.000Z'],
    ['0 0 13 * 5', '2024-09-01T00:00:00Z', '2024-09-06T00:00:00.000Z'], // both day fields restricted: OR
    ['0 0 13 * *', '2024-09-01T00:00:00Z', '2024-09-13T00:00:00.000Z'], // dow is *: AND
    ['0 0 ? * 0', '2024-09-02T00:00:00Z', '2024-09-08T00:00:00.000Z'], // ? is a star
    ['0 0 */2 * 1', '2024-09-03T00:00:00Z', '2024-09-05T00:00:00.000Z'], // a real step drops the star: OR
    ['0 0 */1 * 1', '2024-09-03T00:00:00Z', '2024-09-09T00:00:00.000Z'], // step 1 keeps it: AND
    ['59 23 31 12 *', '2024-12-31T23:59:00Z', '2025-12-31T23:59:00.000Z'],
  ])('%s after %s → %s', (spec, after, expected) => {
    expect(next(spec, after)).toBe(expected);
  });

  it('finds nothing within five years for an impossible date (robfig returns the zero time)', () => {
    expect(next('0 0 30 2 *', '2024-01-01T00:00:00Z')).toBeUndefined();
  });

  it('reads a TZ= / CRON_TZ= prefix', () => {
    expect(parseCron('CRON_TZ=Asia/Tokyo 0 9 * * *').timeZone).toBe('Asia/Tokyo');
    expect(parseCron('TZ=UTC 0 9 * * *').minute).toEqual(new Set([0]));
  });

  it.each([
    ['@daily', 'parser does not accept descriptors: @daily'],
    ['0 9 * *', 'expected exactly 5 fields, found 4: [0 9 * *]'],
    ['0 0 9 * * *', 'expected exactly 5 fields, found 6: [0 0 9 * * *]'],
    ['60 * * * *', 'end of range (60) above maximum (59): 60'],
    ['0 0 0 * *', 'beginning of range (0) below minimum (1): 0'],
    ['0 0 * * 7', 'end of range (7) above maximum (6): 7'],
    ['0 5-3 * * *', 'beginning of range (5) beyond end of range (3): 5-3'],
    ['*/0 * * * *', 'step of range should be a positive number: */0'],
    ['0 0 * FOO *', 'failed to parse int from FOO'],
    ['1-2-3 * * * *', 'too many hyphens: 1-2-3'],
    ['', 'empty spec string'],
  ])('rejects %j: %s', (spec, message) => {
    expect(() => parseCron(spec)).toThrow(message);
  });
});

describe('Go durations', () => {
  it.each([
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['1.5h', 5_400_000],
    ['90m', 5_400_000],
    ['.5s', 500],
    ['1h0m10s', 3_610_000],
    ['300ms', 300],
    ['-2m', -120_000],
    ['+2m', 120_000],
    ['0', 0],
  ])('%s = %d ms', (text, ms) => {
    expect(parseGoDuration(text)).toBeCloseTo(ms, 6);
  });

  it.each([
    ['', 'time: invalid duration ""'],
    ['1d', 'time: unknown unit "d" in duration "1d"'],
    ['10', 'time: missing unit in duration "10"'],
    ['h', 'time: invalid duration "h"'],
    ['1h ', 'time: unknown unit "h " in duration "1h "'],
  ])('rejects %j', (text, message) => {
    expect(() => parseGoDuration(text)).toThrow(message);
  });
});

describe('time zone offsets (Intl)', () => {
  it.each([
    ['UTC', '2024-07-01T12:00:00Z', 0],
    ['', '2024-07-01T12:00:00Z', 0],
    ['America/New_York', '2024-01-15T12:00:00Z', -5],
    ['America/New_York', '2024-07-15T12:00:00Z', -4],
    ['America/New_York', '2024-03-10T06:59:59Z', -5], // one second before the spring-forward
    ['America/New_York', '2024-03-10T07:00:00Z', -4],
    ['Europe/Paris', '2024-10-27T00:59:59Z', 2],
    ['Europe/Paris', '2024-10-27T01:00:00Z', 1],
    ['Australia/Sydney', '2024-01-15T00:00:00Z', 11], // southern summer
    ['Asia/Kolkata', '2024-01-15T00:00:00Z', 5.5],
  ])('%s at %s is UTC%+d', (zone, iso, hours) => {
    expect(zoneOffsetMs(zone, at(iso))).toBe(hours * 3_600_000);
  });

  it('tells known zones from unknown ones', () => {
    expect(isKnownTimeZone('Europe/Berlin')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('glob flavours', () => {
  it.each([
    // gobwas without separators (destinations, windows): * crosses everything
    ['https://*', 'https://a/b', '', true],
    ['team-?', 'team-a', '', true],
    ['{a,b}-*', 'b-x', '', true],
    // gobwas with / as separator (sourceRepos)
    ['https://h/*', 'https://h/a/b', '/', false],
    ['https://h/**', 'https://h/a/b', '/', true],
    ['https://h/?', 'https://h//', '/', false],
    ['https://h/[!x]', 'https://h/y', '/', true],
    ['https://h/{a,b/*}', 'https://h/b/c', '/', true],
    ['https://h/{a', 'https://h/{a', '/', false], // invalid pattern matches nothing
  ])('gobwas %j vs %j (separator %j) → %s', (pattern, text, sep, expected) => {
    expect(globMatch(pattern, text, sep)).toBe(expected);
  });

  it('applies Argo CD negation and the bare * shortcut', () => {
    expect(argoGlobMatch('!prod-*', 'prod-eu', true)).toBe(false);
    expect(argoGlobMatch('!prod-*', 'stage', true)).toBe(true);
    expect(argoGlobMatch('!prod-*', '!prod-x', false)).toBe(true); // without negation ! is literal
    expect(argoGlobMatch('*', '', false)).toBe(true);
  });

  it.each([
    ['Deploy*', 'Deployment', true],
    ['*', '', true],
    ['a?c', 'abc', true],
    ['[a-c]x', 'bx', true],
    ['[^a-c]x', 'bx', false],
    ['[!a]x', '!x', true], // Go classes negate with ^ only
    ['\\*', '*', true],
    ['{a,b}', 'a', false], // no braces in filepath.Match
    ['[]a]', ']', false], // bad pattern
    ['ab\\', 'ab', false],
  ])('filepath.Match %j vs %j → %s', (pattern, text, expected) => {
    expect(filepathMatch(pattern, text)).toBe(expected);
  });
});
