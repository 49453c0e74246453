// Sprig's (and spf13/cast's) loose conversions, shared by every function family.
import { formatV } from './fmt.js';
import { parseGoFloat, underscoreOK } from './strconv.js';
import { GoInt64, isGoTime, isMap, type GoValue } from './values.js';

/** sprig strval: strings as is, everything else fmt's `%v`. */
export function strval(v: GoValue): string {
  if (typeof v === 'string') return v;
  return formatV(v ?? null);
}

/** cast.ToInt64: numbers truncated, strings parsed with base prefixes (bad → 0), bools 1/0, else 0. */
export function toInt64(v: GoValue): bigint {
  if (v instanceof GoInt64) return v.n;
  switch (typeof v) {
    case 'bigint':
      return v;
    case 'number':
      // Go's int64(f) on amd64: NaN, infinities and out-of-range values become math.MinInt64.
      return Number.isFinite(v) && Math.abs(v) < 2 ** 63 ? BigInt(Math.trunc(v)) : -(2n ** 63n);
    case 'boolean':
      return v ? 1n : 0n;
    case 'string': {
      // cast.ToInt64E: strconv.ParseInt(trimZeroDecimal(s), 0, 64), so `1.0` is 1 and ` 7` is 0.
      const s = v.replace(/^(.*\d)\.0+$/, '$1');
      if (s.includes('_') && !underscoreOK(s)) return 0n;
      const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9]\d*)$/.exec(s.replace(/_/g, ''));
      if (!m) return 0n;
      const body = /^0[0-7]+$/.test(m[2]) ? '0o' + m[2].slice(1) : m[2].replace(/^0([XOB])/, (_, c: string) => '0' + c.toLowerCase());
      const n = (m[1] === '-' ? -1n : 1n) * BigInt(body);
      return n === BigInt.asIntN(64, n) ? n : 0n;
    }
  }
  return 0n;
}

/** cast.ToFloat64. */
export function toFloat64(v: GoValue): number {
  if (v instanceof GoInt64) return Number(v.n);
  switch (typeof v) {
    case 'number':
      return v;
    case 'bigint':
      return Number(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'string': {
      // cast.ToFloat64E: strconv.ParseFloat, 0 on a syntax or range error.
      const f = parseGoFloat(v);
      return f === undefined || f === Infinity || f === -Infinity ? (/^[+-]?inf/i.test(v) ? (f as number) : 0) : f;
    }
  }
  return 0;
}

/** sprig strslice: a list's non-nil elements as strings; nil → []; a scalar → [strval]. */
export function strslice(v: GoValue): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.filter((x) => x !== null && x !== undefined).map(strval);
  return [strval(v)];
}

/** sprig empty: the zero value of its type. */
export function empty(v: GoValue): boolean {
  if (v === undefined || v === null) return true;
  switch (typeof v) {
    case 'string':
      return v.length === 0;
    case 'boolean':
      return !v;
    case 'number':
      return v === 0;
    case 'bigint':
      return v === 0n;
  }
  if (Array.isArray(v)) return v.length === 0;
  if (v instanceof GoInt64) return v.n === 0n;
  if (isMap(v)) return Object.keys(v).length === 0;
  if (isGoTime(v)) return false;
  return false;
}

export function asList(v: GoValue, fnName: string): GoValue[] {
  if (Array.isArray(v)) return v;
  throw new Error(`Cannot find ${fnName} on type ${v === null || v === undefined ? 'nil' : typeof v === 'string' ? 'string' : 'non-list'}`);
}
