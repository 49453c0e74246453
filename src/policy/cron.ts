// Cron schedules as Argo CD parses sync window schedules: robfig/cron v3 with
// NewParser(Minute | Hour | Dom | Month | Dow) — five fields, no seconds, no `@daily`-style
// descriptors (that parser rejects them), optional `TZ=`/`CRON_TZ=` prefix. Times are evaluated
// on a wall clock held in a Date's UTC fields, so the caller decides which zone the wall clock is in.
// (cron-parser from npm has a different field grammar and errors, hence this small port.)

export interface CronSchedule {
  minute: ReadonlySet<number>;
  hour: ReadonlySet<number>;
  dom: ReadonlySet<number>;
  month: ReadonlySet<number>;
  dow: ReadonlySet<number>;
  /** robfig's star bit: a `*`/`?` day field does not OR with the other day field. */
  domStar: boolean;
  dowStar: boolean;
  /** IANA zone from a `TZ=`/`CRON_TZ=` prefix. */
  timeZone?: string;
}

interface Bounds {
  min: number;
  max: number;
  names?: Readonly<Record<string, number>>;
}

const MONTHS: Bounds = {
  min: 1,
  max: 12,
  names: { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 },
};
const DOWS: Bounds = { min: 0, max: 6, names: { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } };
const FIELDS: readonly Bounds[] = [{ min: 0, max: 59 }, { min: 0, max: 23 }, { min: 1, max: 31 }, MONTHS, DOWS];

/** Parses a schedule; throws an Error worded like robfig's on a bad one. */
export function parseCron(spec: string): CronSchedule {
  let rest = spec.trim();
  let timeZone: string | undefined;
  const tz = /^(?:CRON_)?TZ=(\S*)\s*/.exec(rest);
  if (tz) {
    timeZone = tz[1];
    rest = rest.slice(tz[0].length);
  }
  if (rest === '') throw new Error('empty spec string');
  if (rest.startsWith('@')) throw new Error(`parser does not accept descriptors: ${rest}`);
  const fields = rest.split(/\s+/);
  if (fields.length !== 5) {
    throw new Error(`expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`);
  }
  const parsed = fields.map((f, i) => parseField(f, FIELDS[i]));
  return {
    minute: parsed[0].values,
    hour: parsed[1].values,
    dom: parsed[2].values,
    month: parsed[3].values,
    dow: parsed[4].values,
    domStar: parsed[2].star,
    dowStar: parsed[4].star,
    ...(timeZone !== undefined ? { timeZone } : {}),
  };
}

function parseField(field: string, b: Bounds): { values: Set<number>; star: boolean } {
  const values = new Set<number>();
  let star = false;
  for (const expr of field.split(',')) {
    const r = parseRange(expr, b);
    star ||= r.star;
    for (let v = r.start; v <= r.end; v += r.step) values.add(v);
  }
  return { values, star };
}

function parseRange(expr: string, b: Bounds): { start: number; end: number; step: number; star: boolean } {
  const [rangePart, stepPart, ...extraStep] = expr.split('/');
  const bounds = rangePart.split('-');
  if (extraStep.length > 0) throw new Error(`too many slashes: ${expr}`);
  if (bounds.length > 2 && bounds[0] !== '*' && bounds[0] !== '?') throw new Error(`too many hyphens: ${expr}`);
  let start: number;
  let end: number;
  let star = false;
  if (bounds[0] === '*' || bounds[0] === '?') {
    // robfig ignores anything after `*-`.
    [start, end, star] = [b.min, b.max, true];
  } else {
    start = parseValue(bounds[0], b);
    end = bounds.length === 2 ? parseValue(bounds[1], b) : start;
  }
  let step = 1;
  if (stepPart !== undefined) {
    step = parseNumber(stepPart);
    // `N/step` runs to the field's maximum; a real step clears the star bit.
    if (bounds.length === 1) end = b.max;
    if (step > 1) star = false;
  }
  if (start < b.min) throw new Error(`beginning of range (${start}) below minimum (${b.min}): ${expr}`);
  if (end > b.max) throw new Error(`end of range (${end}) above maximum (${b.max}): ${expr}`);
  if (start > end) throw new Error(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  if (step === 0) throw new Error(`step of range should be a positive number: ${expr}`);
  return { start, end, step, star };
}

function parseValue(s: string, b: Bounds): number {
  const named = b.names?.[s.toLowerCase()];
  return named ?? parseNumber(s);
}

function parseNumber(s: string): number {
  if (!/^\d+$/.test(s)) throw new Error(`failed to parse int from ${s}`);
  return Number(s);
}

const MINUTE = 60_000;

/**
 * robfig's Schedule.Next on a wall clock: the first activation strictly after `after` (whole minutes,
 * seconds zero). `undefined` when none comes within five years (robfig returns the zero time).
 */
export function nextActivation(s: CronSchedule, after: Date): Date | undefined {
  // Next second, then whole minutes: a 5-field schedule fires at second 0.
  let t = new Date(Math.floor(after.getTime() / 1000) * 1000 + 1000);
  if (t.getUTCSeconds() !== 0) t = new Date(Math.floor(t.getTime() / MINUTE) * MINUTE + MINUTE);
  const yearLimit = t.getUTCFullYear() + 5;
  for (;;) {
    if (t.getUTCFullYear() > yearLimit) return undefined;
    if (!s.month.has(t.getUTCMonth() + 1)) {
      t = utc(t.getUTCFullYear(), t.getUTCMonth() + 1, 1, 0, 0);
      continue;
    }
    if (!dayMatches(s, t)) {
      t = utc(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate() + 1, 0, 0);
      continue;
    }
    if (!s.hour.has(t.getUTCHours())) {
      t = utc(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours() + 1, 0);
      continue;
    }
    if (!s.minute.has(t.getUTCMinutes())) {
      t = new Date(t.getTime() + MINUTE);
      continue;
    }
    return t;
  }
}

function dayMatches(s: CronSchedule, t: Date): boolean {
  const dom = s.dom.has(t.getUTCDate());
  const dow = s.dow.has(t.getUTCDay());
  return s.domStar || s.dowStar ? dom && dow : dom || dow;
}

function utc(year: number, month: number, day: number, hour: number, minute: number): Date {
  return new Date(Date.UTC(year, month, day, hour, minute));
}
