// Go's time.ParseDuration, which Argo CD uses for sync window durations: a signed sequence of
// decimal numbers with units ns, us/µs, ms, s, m, h (no days), e.g. `1h30m`, `1.5h`, `90m`.

const UNIT_MS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  'µs': 1e-3, // U+00B5
  'μs': 1e-3, // U+03BC
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Milliseconds; throws an Error with Go's wording on a bad duration. */
export function parseGoDuration(text: string): number {
  const quoted = JSON.stringify(text);
  let s = text;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s.startsWith('-') ? -1 : 1;
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') throw new Error(`time: invalid duration ${quoted}`);
  let total = 0;
  while (s !== '') {
    const num = /^(\d*)(?:\.(\d*))?/.exec(s);
    const digits = num?.[0] ?? '';
    if (!num || (num[1] === '' && (num[2] ?? '') === '')) throw new Error(`time: invalid duration ${quoted}`);
    s = s.slice(digits.length);
    const unit = /^[^\d.]+/.exec(s)?.[0];
    if (!unit) throw new Error(`time: missing unit in duration ${quoted}`);
    const ms = UNIT_MS[unit];
    if (ms === undefined) throw new Error(`time: unknown unit ${JSON.stringify(unit)} in duration ${quoted}`);
    total += Number(`${num[1] || '0'}.${num[2] ?? ''}0`) * ms;
    s = s.slice(unit.length);
  }
  return sign * total;
}
