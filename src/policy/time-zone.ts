// UTC offsets of IANA time zones from Node's built-in ICU data (Intl), no dependency needed.

const formatters = new Map<string, Intl.DateTimeFormat>();

/** True when `zone` names a time zone this runtime knows; `''` and `UTC` always do. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at instant `at`, in milliseconds (e.g. +2h for Europe/Paris in summer). */
export function zoneOffsetMs(zone: string, at: Date): number {
  const parts = Object.fromEntries(formatter(zone).formatToParts(at).map((p) => [p.type, p.value]));
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour) % 24, // some ICU versions print midnight as 24
    Number(parts.minute),
    Number(parts.second),
  );
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

function formatter(zone: string): Intl.DateTimeFormat {
  const key = zone || 'UTC';
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: key,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(key, f);
  }
  return f;
}
