// text/template's predefined functions (and, or, not, len, index, slice, print*, urlquery, js, html,
// eq/ne/lt/le/gt/ge) with Go's comparison rules and error messages.
import { sprint, sprintf, sprintln } from './fmt.js';
import { fn, FuncError, type FuncMap } from './funcs.js';
import { isPrint } from './strconv.js';
import { GoInt64, goTypeName, intValue, isMap, isNilSlice, isTrue, typedCollection, type GoValue } from './values.js';

type Kind = 'bool' | 'int' | 'float' | 'string' | 'invalid' | 'other';

function basicKind(v: GoValue): Kind {
  if (v === undefined || v === null) return 'invalid';
  if (v instanceof GoInt64) return 'int';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'string':
      return 'string';
  }
  return 'other';
}

function incompatible(a: GoValue, b: GoValue): FuncError {
  return new FuncError(`incompatible types for comparison: ${goTypeName(a)} and ${goTypeName(b)}`);
}

const isNil = (v: GoValue) => v === undefined || v === null || isNilSlice(v);

/** text/template's eq: basic kinds compare by value; anything else only against nil, or errs. */
function eq(arg1: GoValue, ...rest: GoValue[]): boolean {
  if (rest.length === 0) throw new FuncError('missing argument for comparison');
  const k1 = basicKind(arg1);
  for (const arg of rest) {
    const k2 = basicKind(arg);
    let truth = false;
    const other = (k: Kind) => k === 'invalid' || k === 'other';
    if (other(k1) !== other(k2) || (!other(k1) && k1 !== k2)) {
      if (!isNil(arg1) && !isNil(arg)) throw incompatible(arg1, arg);
    } else if (!other(k1)) {
      truth = (intValue(arg1) ?? arg1) === (intValue(arg) ?? arg);
    } else {
      const sameKind = isNil(arg1) || isNil(arg) || Array.isArray(arg1) === Array.isArray(arg);
      if (!sameKind) {
        throw new FuncError(`non-comparable types ${sprintf('%s', [arg1])}: ${goTypeName(arg1)}, ${goTypeName(arg)}: ${sprint([arg])}`);
      }
      if (isNil(arg1) || isNil(arg)) truth = isNil(arg1) === isNil(arg);
      else throw new FuncError(`non-comparable type ${sprintf('%s', [arg])}: ${goTypeName(arg)}`);
    }
    if (truth) return true;
  }
  return false;
}

function lt(a: GoValue, b: GoValue): boolean {
  const k1 = basicKind(a);
  if (k1 === 'invalid' || k1 === 'other') throw new FuncError('invalid type for comparison');
  const k2 = basicKind(b);
  if (k2 === 'invalid' || k2 === 'other') throw new FuncError('invalid type for comparison');
  if (k1 !== k2) throw incompatible(a, b);
  if (k1 === 'bool') throw new FuncError('invalid type for comparison');
  return (intValue(a) ?? (a as string | number)) < (intValue(b) ?? (b as string | number));
}

function length(item: GoValue): bigint {
  if (item === undefined) throw new FuncError('reflect: call of reflect.Value.Type on zero Value');
  if (item === null) throw new FuncError('len of nil pointer');
  if (typeof item === 'string') return BigInt(Buffer.byteLength(item));
  if (Array.isArray(item)) return BigInt(item.length);
  if (isMap(item)) return BigInt(Object.keys(item).length);
  throw new FuncError(`len of type ${goTypeName(item)}`);
}

function indexArg(ix: GoValue, cap: number): number {
  if (ix === undefined || ix === null) throw new FuncError('cannot index slice/array with nil');
  const i = intValue(ix);
  if (i === undefined) throw new FuncError(`cannot index slice/array with type ${goTypeName(ix)}`);
  if (i < 0n || i > BigInt(cap)) throw new FuncError(`index out of range: ${i}`);
  return Number(i);
}

function index(item: GoValue, ...indexes: GoValue[]): GoValue {
  let cur = item;
  if (cur === undefined || cur === null) throw new FuncError('index of untyped nil');
  for (const ix of indexes) {
    if (cur === null || cur === undefined) throw new FuncError('index of nil pointer');
    if (typeof cur === 'string' || Array.isArray(cur)) {
      const size: number = typeof cur === 'string' ? Buffer.byteLength(cur) : cur.length;
      const x = indexArg(ix, size);
      // indexArg lets the length through; reflect's Index then panics.
      if (x === size) throw new FuncError(`reflect: ${typeof cur === 'string' ? 'string' : 'slice'} index out of range`);
      // Indexing a string gives a byte.
      cur = typeof cur === 'string' ? new GoInt64(BigInt(Buffer.from(cur)[x]), 'uint8') : cur[x];
    } else if (isMap(cur)) {
      if (typeof ix !== 'string') {
        throw new FuncError(ix === undefined || ix === null ? 'value is nil; should be of type string' : `value has type ${goTypeName(ix)}; should be string`);
      }
      // A missing key gives the element type's zero value: "" in a map[string]string.
      cur = Object.prototype.hasOwnProperty.call(cur, ix) ? cur[ix] : typedCollection(cur) === 'map[string]string' ? '' : null;
    } else {
      throw new FuncError(`can't index item of type ${goTypeName(cur)}`);
    }
  }
  return cur;
}

function slice(item: GoValue, ...indexes: GoValue[]): GoValue {
  if (item === undefined || item === null) throw new FuncError('slice of untyped nil');
  if (indexes.length > 3) throw new FuncError(`too many slice indexes: ${indexes.length}`);
  let len: number;
  if (typeof item === 'string') {
    if (indexes.length === 3) throw new FuncError('cannot 3-index slice a string');
    len = Buffer.byteLength(item);
  } else if (Array.isArray(item)) len = item.length;
  else throw new FuncError(`can't slice item of type ${goTypeName(item)}`);
  const idx = [0, len];
  indexes.forEach((x, i) => (idx[i] = indexArg(x, len)));
  if (idx[0] > idx[1]) throw new FuncError(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (typeof item === 'string') return Buffer.from(item).subarray(idx[0], idx[1]).toString();
  return item.slice(idx[0], idx[1]);
}

/** Go's evalArgs for html/js/urlquery: one string as is, otherwise fmt.Sprint of all. */
function evalArgs(args: GoValue[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  // printableValue: a missing value prints as the string "<no value>".
  return sprint(args.map((a) => a ?? '<no value>'));
}

export function htmlEscape(s: string): string {
  return s.replace(/[\0"'&<>]/g, (c) =>
    c === '\0' ? '\uFFFD' : ({ '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;' } as Record<string, string>)[c],
  );
}

export function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case '\\':
        out += '\\\\';
        continue;
      case "'":
        out += "\\'";
        continue;
      case '"':
        out += '\\"';
        continue;
      case '<':
        out += '\\u003C';
        continue;
      case '>':
        out += '\\u003E';
        continue;
      case '&':
        out += '\\u0026';
        continue;
      case '=':
        out += '\\u003D';
        continue;
    }
    // unicode.IsPrint: U+2028 and other separators are escaped too.
    if (!isPrint(cp)) out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
    else out += ch;
  }
  return out;
}

/** url.QueryEscape. */
export function queryEscape(s: string): string {
  let out = '';
  for (const b of Buffer.from(s)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === ' ') out += '+';
    else out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

const nilable = (args: GoValue[]) => args.map((a) => (a === undefined ? null : a));

export const BUILTINS: FuncMap = {
  and: fn(['reflect'], () => undefined, 'reflect'),
  or: fn(['reflect'], () => undefined, 'reflect'),
  not: fn(['reflect'], (v: GoValue) => !isTrue(v)),
  len: fn(['reflect'], length),
  index: fn(['reflect'], index, 'reflect'),
  slice: fn(['reflect'], slice, 'reflect'),
  print: fn([], (...a: GoValue[]) => sprint(nilable(a)), 'any'),
  printf: fn(['string'], (f: string, ...a: GoValue[]) => sprintf(f, nilable(a)), 'any'),
  println: fn([], (...a: GoValue[]) => sprintln(nilable(a)), 'any'),
  urlquery: fn([], (...a: GoValue[]) => queryEscape(evalArgs(a)), 'any'),
  js: fn([], (...a: GoValue[]) => jsEscape(evalArgs(a)), 'any'),
  html: fn([], (...a: GoValue[]) => htmlEscape(evalArgs(a)), 'any'),
  eq: fn(['reflect'], eq, 'reflect'),
  ne: fn(['reflect', 'reflect'], (a: GoValue, b: GoValue) => !eq(a, b)),
  lt: fn(['reflect', 'reflect'], lt),
  le: fn(['reflect', 'reflect'], (a: GoValue, b: GoValue) => lt(a, b) || eq(a, b)),
  gt: fn(['reflect', 'reflect'], (a: GoValue, b: GoValue) => !(lt(a, b) || eq(a, b))),
  ge: fn(['reflect', 'reflect'], (a: GoValue, b: GoValue) => !lt(a, b)),
  // Evaluation names the callee in call's error (exec.ts): no template value is a function.
  call: fn(['reflect'], () => undefined, 'reflect'),
};
