// Time zone abbreviations (`JST`, `CET`, `CEST`) as Go's time package gets them: from the system's
// zoneinfo files (TZif), which JavaScript's Intl does not expose. The offset itself comes from Intl;
// the abbreviation is the one the zone's rules give that offset: the POSIX TZ footer for current
// rules, else the latest local time type of the file with that offset.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ZONEINFO = process.env.ZONEINFO || '/usr/share/zoneinfo';

interface ZoneNames {
  /** Offset (seconds east of UTC) → abbreviation. */
  footer: Map<number, string>;
  types: Map<number, string>;
}

const cache = new Map<string, ZoneNames | null>();

/** `JST-9`, `CET-1CEST,M3.5.0,...`, `<-03>3`: std (and dst) names with their offsets. */
function parseFooter(tz: string): Map<number, string> {
  const out = new Map<number, string>();
  const m = /^(<[^>]+>|[A-Za-z]{3,})([+-]?\d{1,2}(?::\d{2}){0,2})(?:(<[^>]+>|[A-Za-z]{3,})([+-]?\d{1,2}(?::\d{2}){0,2})?)?/.exec(tz);
  if (!m) return out;
  const name = (s: string) => s.replace(/^<|>$/g, '');
  // POSIX offsets are west of UTC.
  const secs = (s: string) => {
    const [h, mm = '0', ss = '0'] = s.replace(/^[+-]/, '').split(':');
    return (s.startsWith('-') ? 1 : -1) * (Number(h) * 3600 + Number(mm) * 60 + Number(ss));
  };
  const std = secs(m[2]);
  out.set(std, name(m[1]));
  if (m[3]) out.set(m[4] ? secs(m[4]) : std + 3600, name(m[3]));
  return out;
}

/** The local time types of a TZif file (its 64-bit block when there is one), later ones winning. */
function parseTypes(data: Buffer): Map<number, string> {
  const out = new Map<number, string>();
  const header = (at: number) => ({
    version: data[at + 4],
    counts: [0, 1, 2, 3, 4, 5].map((i) => data.readUInt32BE(at + 20 + 4 * i)),
  });
  let at = 0;
  let { counts } = header(0);
  let timeSize = 4;
  if (header(0).version >= 0x32) {
    const [isut, isstd, leap, time, type, char] = counts;
    at = 44 + time * 4 + time + type * 6 + char + leap * 8 + isstd + isut;
    ({ counts } = header(at));
    timeSize = 8;
  }
  const [, , , timecnt, typecnt, charcnt] = counts;
  const types = at + 44 + timecnt * timeSize + timecnt;
  const chars = types + typecnt * 6;
  const indexes = [...data.subarray(at + 44 + timecnt * timeSize, types)];
  const abbrev = (i: number) => {
    const start = chars + data[types + i * 6 + 5];
    const end = data.indexOf(0, start);
    return data.subarray(start, end < 0 || end > chars + charcnt ? chars + charcnt : end).toString('latin1');
  };
  // Types in the order transitions use them, so the latest use of an offset names it.
  for (const i of [...Array(typecnt).keys(), ...indexes]) out.set(data.readInt32BE(types + i * 6), abbrev(i));
  return out;
}

function load(name: string): ZoneNames | null {
  if (!/^[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)*$/.test(name)) return null;
  try {
    const data = readFileSync(path.join(ZONEINFO, name));
    if (data.subarray(0, 4).toString('latin1') !== 'TZif') return null;
    const lines = data.toString('latin1').split('\n');
    return { footer: parseFooter(lines[lines.length - 2] ?? ''), types: parseTypes(data) };
  } catch {
    return null;
  }
}

/** The abbreviation zone `name` uses at `offset`, when the system's zoneinfo knows the zone. */
export function zoneAbbreviation(name: string, offset: number): string | undefined {
  if (!cache.has(name)) cache.set(name, load(name));
  const z = cache.get(name);
  return z?.footer.get(offset) ?? z?.types.get(offset);
}
