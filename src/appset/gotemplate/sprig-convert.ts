// Sprig's (and spf13/cast's) loose conversions, shared by every function family.
import { formatV } from './fmt.js';
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
      const s = v.trim().replace(/^([+-]?)0([0-7]+)$/, '$10o$2');
      const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|\d+)$/.exec(s);
      if (!m) return 0n;
      const n = BigInt(m[2].replace(/^0([XOB])/, (_, c: string) => '0' + c.toLowerCase()));
      return m[1] === '-' ? -n : n;
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
      const s = v.trim();
      return /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s) ? Number(s) : 0;
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
