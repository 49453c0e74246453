// Sprig date functions over Go time.Time, formatted with Go layouts in UTC (the controller's zone).
import { fn, FuncError, type FuncMap } from './funcs.js';
import { formatTime, loadZone, makeTime, parseTime, UTC } from './gotime.js';
import { toInt64 } from './sprig-convert.js';
import { GoInt64, intValue, isGoTime, type GoTime, type GoValue } from './values.js';

const now = (): GoTime => makeTime(Date.now());

/** sprig's date argument: a time, or unix seconds as an int; anything else means now. */
function toTime(v: GoValue): GoTime {
  if (isGoTime(v)) return v;
  const n = intValue(v);
  if (n !== undefined) return makeTime(Number(n) * 1000, 0);
  return now();
}

const UNITS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** time.ParseDuration, in nanoseconds. */
export function parseDuration(s: string): number {
  const m = /^([+-]?)((?:\d*\.?\d*(?:ns|us|µs|μs|ms|s|m|h))+)$/.exec(s);
  if (!m || s === '' || /^[+-]?$/.test(s)) {
    if (s === '0') return 0;
    throw new Error(`time: invalid duration ${JSON.stringify(s)}`);
  }
  let total = 0;
  for (const part of m[2].matchAll(/(\d*\.?\d*)(ns|us|µs|μs|ms|s|m|h)/g)) {
    if (part[1] === '' || part[1] === '.') throw new Error(`time: invalid duration ${JSON.stringify(s)}`);
    total += Number(part[1]) * UNITS[part[2]];
  }
  return m[1] === '-' ? -total : total;
}

function fracString(v: number, digits: number): string {
  const s = v.toFixed(digits).replace(/\.?0+$/, '');
  return s;
}

/** time.Duration.String, from nanoseconds. */
export function durationString(ns: number): string {
  if (ns === 0) return '0s';
  const neg = ns < 0;
  const a = Math.abs(ns);
  let out: string;
  if (a < 1e3) out = `${a}ns`;
  else if (a < 1e6) out = `${fracString(a / 1e3, 3)}µs`;
  else if (a < 1e9) out = `${fracString(a / 1e6, 6)}ms`;
  else {
    const h = Math.floor(a / 3600e9);
    const m = Math.floor((a % 3600e9) / 60e9);
    const sec = (a % 60e9) / 1e9;
    out = (h ? `${h}h` : '') + (h || m ? `${m}m` : '') + `${fracString(sec, 9)}s`;
  }
  return neg ? '-' + out : out;
}

/** sprig durationRound: the largest unit only. */
function durationRound(v: GoValue): string {
  let ns: number;
  if (typeof v === 'string') {
    try {
      ns = parseDuration(v);
    } catch {
      ns = 0;
    }
  } else if (isGoTime(v)) ns = (Date.now() - v.goTime.getTime()) * 1e6;
  else ns = Number(toInt64(v));
  const u = Math.abs(ns);
  const year = 365 * 24 * 3600e9;
  const month = 30 * 24 * 3600e9;
  const day = 24 * 3600e9;
  if (u > year) return `${Math.floor(u / year)}y`;
  if (u > month) return `${Math.floor(u / month)}mo`;
  if (u > day) return `${Math.floor(u / day)}d`;
  if (u > 3600e9) return `${Math.floor(u / 3600e9)}h`;
  if (u > 60e9) return `${Math.floor(u / 60e9)}m`;
  if (u > 1e9) return `${Math.floor(u / 1e9)}s`;
  return '0s';
}

function dateModify(fmt: string, date: GoTime): GoTime {
  const ns = parseDuration(fmt);
  return makeTime(date.goTime.getTime() + Math.trunc(ns / 1e6), (((date.nanos + ns) % 1e9) + 1e9) % 1e9);
}

function date(layout: string, d: GoValue): string {
  return formatTime(toTime(d), layout, UTC);
}

function dateInZone(layout: string, d: GoValue, zone: string): string {
  const t = toTime(d);
  let z;
  try {
    z = loadZone(zone, t.goTime);
  } catch {
    z = UTC;
  }
  return formatTime(t, layout, z);
}

export const DATE_FUNCS: FuncMap = {
  now: fn([], now),
  date: fn(['string', 'any'], date),
  date_in_zone: fn(['string', 'any', 'string'], dateInZone),
  dateInZone: fn(['string', 'any', 'string'], dateInZone),
  htmlDate: fn(['any'], (d: GoValue) => date('2006-01-02', d)),
  htmlDateInZone: fn(['any', 'string'], (d: GoValue, z: string) => dateInZone('2006-01-02', d, z)),
  dateModify: fn(['string', 'any'], (f: string, d: GoValue) => {
    try {
      return dateModify(f, toTime(d));
    } catch {
      return toTime(d);
    }
  }),
  date_modify: fn(['string', 'any'], (f: string, d: GoValue) => {
    try {
      return dateModify(f, toTime(d));
    } catch {
      return toTime(d);
    }
  }),
  mustDateModify: fn(['string', 'any'], (f: string, d: GoValue) => {
    try {
      return dateModify(f, toTime(d));
    } catch (e) {
      throw new FuncError((e as Error).message);
    }
  }),
  ago: fn(['any'], (d: GoValue) => durationRound(toTime(d))),
  toDate: fn(['string', 'string'], (layout: string, s: string) => {
    try {
      return parseTime(layout, s);
    } catch {
      // Go's zero time.Time, 0001-01-01 00:00:00 UTC (Date.UTC would read year 1 as 1901).
      return makeTime(-62135596800000, 0);
    }
  }),
  mustToDate: fn(['string', 'string'], (layout: string, s: string) => {
    try {
      return parseTime(layout, s);
    } catch (e) {
      throw new FuncError((e as Error).message);
    }
  }),
  unixEpoch: fn(['any'], (d: GoValue) => String(Math.floor(toTime(d).goTime.getTime() / 1000))),
  // Sprig's duration takes only an int64 (seconds) or a string; an int or a float gives 0s.
  duration: fn(['any'], (v: GoValue) => durationString(v instanceof GoInt64 || typeof v === 'string' ? Number(toInt64(v)) * 1e9 : 0)),
  durationRound: fn(['any'], durationRound),
};
