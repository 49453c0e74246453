// Sprig integer and float math: integer functions return int64 via cast.ToInt64; `*f` functions float64.
import { budgetMessage, MAX_TEMPLATE_STEPS } from './budget.js';
import * as decimal from './decimal.js';
import { fn, FuncError, type FuncMap, type ParamType } from './funcs.js';
import { formatV } from './fmt.js';
import { toFloat64, toInt64 } from './sprig-convert.js';
import { GoInt64, goTyped, type GoValue } from './values.js';

/** Sprig's execDecimalOp: folds the operands through shopspring/decimal. */
function decimalOp(op: (a: decimal.Decimal, b: decimal.Decimal) => decimal.Decimal, first: GoValue, rest: GoValue[]): number {
  return decimal.toFloat(rest.reduce((acc: decimal.Decimal, x) => op(acc, decimal.decimalFromFloat(toFloat64(x))), decimal.decimalFromFloat(toFloat64(first))));
}

function intDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new FuncError('runtime error: integer divide by zero');
  return BigInt.asIntN(64, a / b);
}

function intMod(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new FuncError('runtime error: integer divide by zero');
  return a % b;
}

/** sprig round: half away from zero at precision p. */
/** math.Frexp: x = frac × 2^exp with |frac| in [0.5, 1). */
function frexp(x: number): [number, number] {
  let e = Math.floor(Math.log2(Math.abs(x))) + 1;
  let f = x / 2 ** Math.min(e, 1023) / 2 ** (e - Math.min(e, 1023));
  for (; Math.abs(f) >= 1; e++) f /= 2;
  for (; Math.abs(f) < 0.5; e--) f *= 2;
  return [f, e];
}

/** math.Ldexp, in two steps so an exponent past 1023 does not overflow early. */
const ldexp = (f: number, e: number): number => f * 2 ** Math.trunc(e / 2) * 2 ** (e - Math.trunc(e / 2));

/**
 * math.Pow for an integral exponent: Go multiplies by repeated squaring of Frexp's fraction, which can
 * differ from JavaScript's Math.pow in the last bit (10^42 included), and so Sprig's round.
 */
export function goPow(x: number, y: number): number {
  if (!Number.isInteger(y) || !Number.isFinite(x) || x === 0 || Math.abs(y) >= 2 ** 53) return Math.pow(x, y);
  if (y === 0) return 1;
  let a1 = 1;
  let ae = 0;
  let [x1, xe] = frexp(x);
  for (let i = Math.abs(y); i !== 0; i = Math.floor(i / 2)) {
    if (xe < -(1 << 12) || 1 << 12 < xe) {
      ae += xe;
      break;
    }
    if (i % 2 === 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe *= 2;
    if (Math.abs(x1) < 0.5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  return ldexp(a1, ae);
}

function round(a: GoValue, p: bigint, rOpt?: GoValue): number {
  const roundOn = rOpt === undefined ? 0.5 : toFloat64(rOpt);
  const val = toFloat64(a);
  const pow = goPow(10, Number(p));
  const digit = pow * val;
  const div = digit - Math.trunc(digit);
  const r = div >= roundOn ? Math.ceil(digit) : Math.floor(digit);
  return r / pow;
}

function until(count: bigint): bigint[] {
  return untilStep(0n, count, count < 0n ? -1n : 1n);
}

function untilStep(start: bigint, stop: bigint, step: bigint): bigint[] {
  const out: bigint[] = [];
  if (step === 0n) return out;
  checkCount((stop - start) / step);
  if (step > 0n) for (let i = start; i < stop; i += step) out.push(i);
  else for (let i = start; i > stop; i += step) out.push(i);
  return out;
}

/** sprig seq: like the Unix seq command. */
function seq(...params: bigint[]): string {
  // Go's int arithmetic wraps: `end + increment` past MaxInt64 is negative.
  const wrap = (n: bigint) => BigInt.asIntN(64, n);
  let start = 1n;
  let end: bigint;
  let step: bigint;
  if (params.length === 1) {
    end = params[0];
    step = end < start ? -1n : 1n;
    return untilStep(start, wrap(end + step), step).join(' ');
  }
  if (params.length === 2) {
    [start, end] = params;
    step = end < start ? -1n : 1n;
    return untilStep(start, wrap(end + step), step).join(' ');
  }
  if (params.length === 3) {
    [start, step, end] = params;
    const increment = end < start ? -1n : 1n;
    if (end < start && step > 0n) return '';
    return untilStep(start, wrap(end + increment), step).join(' ');
  }
  return '';
}

/** A list longer than the step budget could never be ranged over: refuse it before allocating it. */
function checkCount(n: bigint): void {
  if (n > BigInt(MAX_TEMPLATE_STEPS)) throw new FuncError(budgetMessage('steps'));
}

const ints = (a: GoValue[]) => a.map(toInt64);
const floats = (a: GoValue[]) => a.map(toFloat64);

/** Sprig's integer functions return int64. */
const int64Fn = (params: ParamType[], f: (...a: GoValue[]) => bigint, variadic?: ParamType) => fn(params, (...a: GoValue[]) => new GoInt64(f(...a)), variadic);

export const MATH_FUNCS: FuncMap = {
  add: int64Fn([], (...a) => ints(a).reduce((x, y) => BigInt.asIntN(64, x + y), 0n), 'any'),
  add1: int64Fn(['any'], (a) => BigInt.asIntN(64, toInt64(a) + 1n)),
  sub: int64Fn(['any', 'any'], (a, b) => BigInt.asIntN(64, toInt64(a) - toInt64(b))),
  div: int64Fn(['any', 'any'], (a, b) => intDiv(toInt64(a), toInt64(b))),
  mod: int64Fn(['any', 'any'], (a, b) => intMod(toInt64(a), toInt64(b))),
  mul: int64Fn(['any'], (a, ...v) => ints(v).reduce((x, y) => BigInt.asIntN(64, x * y), toInt64(a)), 'any'),
  max: int64Fn(['any'], (a, ...v) => ints(v).reduce((x, y) => (y > x ? y : x), toInt64(a)), 'any'),
  biggest: int64Fn(['any'], (a, ...v) => ints(v).reduce((x, y) => (y > x ? y : x), toInt64(a)), 'any'),
  min: int64Fn(['any'], (a, ...v) => ints(v).reduce((x, y) => (y < x ? y : x), toInt64(a)), 'any'),
  addf: fn([], (...a: GoValue[]) => decimalOp(decimal.add, 0, a), 'any'),
  add1f: fn(['any'], (a: GoValue) => decimalOp(decimal.add, a, [1])),
  subf: fn(['any'], (a: GoValue, ...v: GoValue[]) => decimalOp(decimal.sub, a, v), 'any'),
  divf: fn(['any'], (a: GoValue, ...v: GoValue[]) => decimalOp(decimal.div, a, v), 'any'),
  mulf: fn(['any'], (a: GoValue, ...v: GoValue[]) => decimalOp(decimal.mul, a, v), 'any'),
  maxf: fn(['any'], (a: GoValue, ...v: GoValue[]) => Math.max(toFloat64(a), ...floats(v)), 'any'),
  minf: fn(['any'], (a: GoValue, ...v: GoValue[]) => Math.min(toFloat64(a), ...floats(v)), 'any'),
  floor: fn(['any'], (a: GoValue) => Math.floor(toFloat64(a))),
  ceil: fn(['any'], (a: GoValue) => Math.ceil(toFloat64(a))),
  round: fn(['any', 'int'], round, 'any'),
  int: fn(['any'], (a: GoValue) => toInt64(a)),
  int64: int64Fn(['any'], (a) => toInt64(a)),
  float64: fn(['any'], (a: GoValue) => toFloat64(a)),
  atoi: fn(['string'], (s: string) => (/^[+-]?\d+$/.test(s) ? BigInt(s) : 0n)),
  // strconv.ParseInt(fmt.Sprint(v), 8, 64): a sign is allowed, an out-of-range value gives 0.
  toDecimal: int64Fn(['any'], (a) => {
    const m = /^([+-]?)([0-7]+)$/.exec(formatV(a ?? null));
    if (!m) return 0n;
    const n = m[1] === '-' ? -BigInt('0o' + m[2]) : BigInt('0o' + m[2]);
    return n === BigInt.asIntN(64, n) ? n : 0n;
  }),
  until: fn(['int'], (n: bigint) => goTyped('[]int', until(n))),
  untilStep: fn(['int', 'int', 'int'], (a: bigint, b: bigint, c: bigint) => goTyped('[]int', untilStep(a, b, c))),
  seq: fn([], seq, 'int'),
};
