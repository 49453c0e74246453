// Go's time layouts ("2006-01-02T15:04:05Z07:00") for Sprig's date functions. Times are shown in UTC
// (the zone Argo CD's controller image runs in), or in a fixed offset when a zone name says so.
import { zoneAbbreviation } from './tzdata.js';
import type { GoTime } from './values.js';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// Longest first, as Go's nextStdChunk effectively prefers them.
const CHUNKS = [
  'January',
  'Monday',
  '2006',
  'Z07:00:00',
  '-07:00:00',
  'Z070000',
  '-070000',
  'Z07:00',
  '-07:00',
  'Z0700',
  '-0700',
  'Jan',
  'Mon',
  'MST',
  '002',
  '__2',
  'Z07',
  '-07',
  '01',
  '02',
  '_2',
  '03',
  '04',
  '05',
  '06',
  '15',
  'PM',
  'pm',
  '1',
  '2',
  '3',
  '4',
  '5',
];

export interface Zone {
  name: string;
  /** Offset east of UTC in seconds. */
  offset: number;
}

export const UTC: Zone = { name: 'UTC', offset: 0 };

export function makeTime(ms: number, nanos?: number): GoTime {
  const d = new Date(ms);
  return { goTime: d, nanos: nanos ?? (((ms % 1000) + 1000) % 1000) * 1e6 };
}

function tokenize(layout: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < layout.length) {
    // Fractional seconds: .000 / .999 / ,000 directly after a seconds field.
    const frac = /^[.,](0+|9+)(?![0-9])/.exec(layout.slice(i));
    if (frac && /05$/.test(layout.slice(0, i))) {
      out.push(frac[0]);
      i += frac[0].length;
      continue;
    }
    const chunk = CHUNKS.find((c) => layout.startsWith(c, i) && !(c === 'Jan' && /^Jan[a-z]/.test(layout.slice(i)) && !layout.startsWith('January', i)) && !(c === 'Mon' && /^Mon[a-z]/.test(layout.slice(i)) && !layout.startsWith('Monday', i)));
    if (chunk) {
      out.push('\0' + chunk);
      i += chunk.length;
    } else {
      out.push(layout[i]);
      i++;
    }
  }
  return out;
}

const p2 = (n: number) => String(n).padStart(2, '0');

function offsetString(off: number, colon: boolean, seconds: boolean, hoursOnly: boolean, z: boolean): string {
  if (z && off === 0) return 'Z';
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  const h = p2(Math.floor(a / 3600));
  const m = p2(Math.floor((a % 3600) / 60));
  const s = p2(a % 60);
  if (hoursOnly) return sign + h;
  return sign + h + (colon ? ':' : '') + m + (seconds ? (colon ? ':' : '') + s : '');
}

/** time.Time.Format. */
export function formatTime(t: GoTime, layout: string, zone: Zone = t.zone ?? UTC): string {
  const d = new Date(t.goTime.getTime() + zone.offset * 1000);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  const day = d.getUTCDate();
  const hour = d.getUTCHours();
  const yday = Math.floor((Date.UTC(year, month, day) - Date.UTC(year, 0, 1)) / 86400000) + 1;
  let out = '';
  for (const tok of tokenize(layout)) {
    if (tok[0] === '.' || tok[0] === ',') {
      const digits = String(t.nanos).padStart(9, '0').slice(0, tok.length - 1);
      out += tok[1] === '9' ? (digits.replace(/0+$/, '') ? tok[0] + digits.replace(/0+$/, '') : '') : tok[0] + digits;
      continue;
    }
    if (tok[0] !== '\0') {
      out += tok;
      continue;
    }
    switch (tok.slice(1)) {
      case 'January':
        out += MONTHS[month];
        break;
      case 'Jan':
        out += MONTHS[month].slice(0, 3);
        break;
      case 'Monday':
        out += DAYS[d.getUTCDay()];
        break;
      case 'Mon':
        out += DAYS[d.getUTCDay()].slice(0, 3);
        break;
      case '2006':
        out += String(year).padStart(4, '0');
        break;
      case '06':
        out += p2(year % 100);
        break;
      case '01':
        out += p2(month + 1);
        break;
      case '1':
        out += String(month + 1);
        break;
      case '02':
        out += p2(day);
        break;
      case '_2':
        out += String(day).padStart(2, ' ');
        break;
      case '2':
        out += String(day);
        break;
      case '002':
        out += String(yday).padStart(3, '0');
        break;
      case '__2':
        out += String(yday).padStart(3, ' ');
        break;
      case '15':
        out += p2(hour);
        break;
      case '03':
        out += p2(hour % 12 === 0 ? 12 : hour % 12);
        break;
      case '3':
        out += String(hour % 12 === 0 ? 12 : hour % 12);
        break;
      case '04':
        out += p2(d.getUTCMinutes());
        break;
      case '4':
        out += String(d.getUTCMinutes());
        break;
      case '05':
        out += p2(d.getUTCSeconds());
        break;
      case '5':
        out += String(d.getUTCSeconds());
        break;
      case 'PM':
        out += hour >= 12 ? 'PM' : 'AM';
        break;
      case 'pm':
        out += hour >= 12 ? 'pm' : 'am';
        break;
      case 'MST':
        // A zone without a name (a parsed numeric offset) prints as -0700.
        out += zone.name || offsetString(zone.offset, false, false, false, false);
        break;
      default: {
        const c = tok.slice(1);
        out += offsetString(zone.offset, c.includes(':'), /(00|:00)$/.test(c) && c.length > 6, /07$/.test(c), c.startsWith('Z'));
      }
    }
  }
  return out;
}

/** time.Time.String(): `2006-01-02 15:04:05.999999999 -0700 MST`. */
export function timeString(t: GoTime): string {
  return formatTime(t, '2006-01-02 15:04:05.999999999 -0700 MST');
}

/** time.Parse for the numeric layouts templates use; throws Go-style errors. */
export function parseTime(layout: string, value: string, zone: Zone = UTC): GoTime {
  // Elements the layout omits are zero (the year too) or, for month and day, one.
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let min = 0;
  let sec = 0;
  let nanos = 0;
  let offset: number | undefined;
  let zoneName: string | undefined;
  let pm: boolean | undefined;
  let rest = value;
  // Go names the layout element that failed to match.
  let elem = layout;
  const fail = (): never => {
    throw new Error(`parsing time ${JSON.stringify(value)} as ${JSON.stringify(layout)}: cannot parse ${JSON.stringify(rest)} as ${JSON.stringify(elem)}`);
  };
  const num = (min: number, max: number): number => {
    const m = new RegExp(`^\\d{${min},${max}}`).exec(rest);
    if (!m) fail();
    rest = rest.slice(m![0].length);
    return Number(m![0]);
  };
  for (const tok of tokenize(layout)) {
    elem = tok[0] === '\0' ? tok.slice(1) : tok;
    if (tok[0] === '.' || tok[0] === ',') {
      const m = /^[.,](\d+)/.exec(rest);
      if (m) {
        nanos = Number(m[1].padEnd(9, '0').slice(0, 9));
        rest = rest.slice(m[0].length);
      } else if (tok[1] === '0') fail();
      continue;
    }
    if (tok[0] !== '\0') {
      if (!rest.startsWith(tok)) fail();
      rest = rest.slice(tok.length);
      continue;
    }
    const c = tok.slice(1);
    switch (c) {
      case '2006':
        year = num(4, 4);
        break;
      case '06':
        year = num(2, 2);
        year += year >= 69 ? 1900 : 2000;
        break;
      case '01':
        month = num(2, 2);
        break;
      case '1':
        month = num(1, 2);
        break;
      case 'Jan':
      case 'January': {
        const i = MONTHS.findIndex((m) => rest.startsWith(c === 'Jan' ? m.slice(0, 3) : m));
        if (i < 0) fail();
        rest = rest.slice(c === 'Jan' ? 3 : MONTHS[i].length);
        month = i + 1;
        break;
      }
      case 'Mon':
      case 'Monday': {
        const i = DAYS.findIndex((m) => rest.startsWith(c === 'Mon' ? m.slice(0, 3) : m));
        if (i < 0) fail();
        rest = rest.slice(c === 'Mon' ? 3 : DAYS[i].length);
        break;
      }
      case '02':
        day = num(2, 2);
        break;
      case '_2':
        rest = rest.replace(/^ /, '');
        day = num(1, 2);
        break;
      case '2':
        day = num(1, 2);
        break;
      case '15':
        hour = num(1, 2);
        break;
      case '03':
      case '3':
        hour = num(c === '03' ? 2 : 1, 2);
        break;
      case '04':
      case '4':
        min = num(c === '04' ? 2 : 1, 2);
        break;
      case '05':
      case '5':
        sec = num(c === '05' ? 2 : 1, 2);
        break;
      case 'PM':
      case 'pm': {
        const m = /^(AM|PM|am|pm)/.exec(rest);
        if (!m) fail();
        pm = m![0].toLowerCase() === 'pm';
        rest = rest.slice(2);
        break;
      }
      case 'MST': {
        const m = /^(?:GMT[+-]\d{1,2}|[A-Z][A-Za-z]{2,4})/.exec(rest);
        if (!m) fail();
        zoneName = m![0];
        rest = rest.slice(m![0].length);
        break;
      }
      default: {
        if (c.startsWith('Z') && rest.startsWith('Z')) {
          rest = rest.slice(1);
          offset = 0;
          break;
        }
        const m = /^([+-])(\d{2}):?(\d{2})?(?::?(\d{2}))?/.exec(rest);
        if (!m) fail();
        rest = rest.slice(m![0].length);
        offset = (m![1] === '-' ? -1 : 1) * (Number(m![2]) * 3600 + Number(m![3] ?? 0) * 60 + Number(m![4] ?? 0));
      }
    }
  }
  if (rest.length > 0) throw new Error(`parsing time ${JSON.stringify(value)}: extra text: ${JSON.stringify(rest)}`);
  if (pm !== undefined) {
    if (pm && hour < 12) hour += 12;
    if (!pm && hour === 12) hour = 0;
  }
  if (month < 1 || month > 12) throw new Error(`parsing time ${JSON.stringify(value)}: month out of range`);
  if (day < 1 || day > 31) throw new Error(`parsing time ${JSON.stringify(value)}: day out of range`);
  // Date.UTC reads years 0-99 as 1900-1999: shift by one 400-year Gregorian cycle (146097 days) and back.
  const wall = Date.UTC(year + 400, month - 1, day, hour, min, sec) - 146097 * 86400000 + Math.floor(nanos / 1e6);
  // Go's Parse: an offset of 0 (or the name UTC) is UTC; another offset or an unknown abbreviation gets a
  // fabricated zone (an abbreviation alone has offset 0, but GMT+h its hours) at the same wall clock.
  let at: Zone = zone;
  if (offset !== undefined) at = offset === 0 && (zoneName ?? 'UTC') === 'UTC' ? UTC : { name: zoneName ?? '', offset };
  else if (zoneName !== undefined) at = zoneName === 'UTC' ? UTC : { name: zoneName, offset: 0 };
  const t = makeTime(wall - (offset ?? zone.offset) * 1000, nanos);
  const gmt = /^GMT([+-]\d+)$/.exec(zoneName ?? '');
  if (offset === undefined && gmt) at = { name: zoneName!, offset: Number(gmt[1]) * 3600 };
  return at === UTC ? t : { ...t, zone: at };
}

/** time.LoadLocation for "UTC", "Local" and fixed offsets like "+02:00"; other IANA names via Intl. */
export function loadZone(name: string, at: Date): Zone {
  if (name === '' || name === 'UTC' || name === 'Local') return UTC;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(name);
  if (m) return { name, offset: (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3]) * 60) };
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'shortOffset' }).formatToParts(at);
  } catch {
    throw new Error(`unknown time zone ${name}`);
  }
  const tz = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const o = /GMT([+-])(\d+)(?::(\d+))?/.exec(tz);
  const offset = o ? (o[1] === '-' ? -1 : 1) * (Number(o[2]) * 3600 + Number(o[3] ?? 0) * 60) : 0;
  const abbrev = new Intl.DateTimeFormat('en-US', { timeZone: name, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const tzName = zoneAbbreviation(name, offset) ?? (abbrev && !abbrev.startsWith('GMT') ? abbrev : undefined);
  return { name: tzName ?? offsetString(offset, false, false, offset % 3600 === 0, false), offset };
}
