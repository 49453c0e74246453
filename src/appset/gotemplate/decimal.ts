// The slice of shopspring/decimal that Sprig's float functions use (addf, subf, mulf, divf, add1f):
// each float64 becomes its shortest decimal, the arithmetic is exact (division keeps 16 places,
// rounded half away from zero), and the result goes back to the nearest float64.
import { FuncError } from './funcs.js';

/** value = c × 10^e */
export interface Decimal {
  c: bigint;
  e: number;
}

const DIVISION_PRECISION = 16;

/** decimal.NewFromFloat: the shortest decimal that reads back as `f`. */
export function decimalFromFloat(f: number): Decimal {
  if (!Number.isFinite(f)) throw new FuncError(`Cannot create a Decimal from ${Number.isNaN(f) ? 'NaN' : f > 0 ? '+Inf' : '-Inf'}`);
  if (f === 0) return { c: 0n, e: 0 };
  const [m, ex] = Math.abs(f).toExponential().split('e');
  const frac = m.split('.')[1] ?? '';
  const c = BigInt(m.replace('.', ''));
  return { c: f < 0 ? -c : c, e: Number(ex) - frac.length };
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const e = Math.min(a.e, b.e);
  return [a.c * 10n ** BigInt(a.e - e), b.c * 10n ** BigInt(b.e - e), e];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, e] = aligned(a, b);
  return { c: x + y, e };
}

export function sub(a: Decimal, b: Decimal): Decimal {
  const [x, y, e] = aligned(a, b);
  return { c: x - y, e };
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return { c: a.c * b.c, e: a.e + b.e };
}

/** Decimal.Div: DivRound to 16 places; an exact half rounds away from zero. */
export function div(a: Decimal, b: Decimal): Decimal {
  if (b.c === 0n) throw new FuncError('decimal division by 0');
  const k = a.e - b.e + DIVISION_PRECISION;
  const num = k >= 0 ? a.c * 10n ** BigInt(k) : a.c;
  const den = k >= 0 ? b.c : b.c * 10n ** BigInt(-k);
  let q = num / den;
  const r = num - q * den;
  const abs = (n: bigint) => (n < 0n ? -n : n);
  if (2n * abs(r) >= abs(den)) q += (num < 0n) !== (den < 0n) ? -1n : 1n;
  return { c: q, e: -DIVISION_PRECISION };
}

/** Decimal.Float64: the nearest float64 (JavaScript's number parsing rounds correctly). */
export function toFloat(d: Decimal): number {
  return Number(`${d.c}e${d.e}`);
}
