// Sprig lists, dicts, defaults and reflection. Non-`must` variants turn errors into Go panics, which
// text/template reports as `error calling <fn>: ...`, so both spellings fail the same way here.
import { fn, FuncError, type FuncMap } from './funcs.js';
import { empty, strval, toInt64 } from './sprig-convert.js';
import { deepCopy, deepEqual, goKindName, goTypeName, goTyped, isMap, sortedKeys, typedCollection, type GoMap, type GoValue } from './values.js';

/** Go's nil pointer panic: Sprig asks reflect for the kind of a nil interface. */
const NIL_DEREF = 'runtime error: invalid memory address or nil pointer dereference';

/** Sprig's list check: errors name the reflect kind (`map`, `int`), not the type. */
function list(v: GoValue, fnName: string, message = (kind: string) => `Cannot ${fnName} on type ${kind}`): GoValue[] {
  if (Array.isArray(v)) return v;
  if (v === null || v === undefined) throw new FuncError(NIL_DEREF);
  throw new FuncError(message(goKindName(v)));
}

function uniq(l: GoValue): GoValue[] {
  const out: GoValue[] = [];
  for (const x of list(l, 'find uniq')) if (!out.some((y) => deepEqual(x, y))) out.push(x);
  return out;
}

function without(l: GoValue, ...omit: GoValue[]): GoValue[] {
  return list(l, 'find without').filter((x) => !omit.some((o) => deepEqual(x, o)));
}

function has(needle: GoValue, haystack: GoValue): boolean {
  if (haystack === null || haystack === undefined) return false;
  return list(haystack, 'find has').some((x) => deepEqual(x, needle));
}

function slice(l: GoValue, ...indices: GoValue[]): GoValue[] | null {
  const a = list(l, 'slice', (kind) => `list should be type of slice or array but ${kind}`);
  if (a.length === 0) return null;
  const start = indices.length > 0 ? Number(toInt64(indices[0])) : 0;
  const end = indices.length > 1 ? Number(toInt64(indices[1])) : a.length;
  if (start < 0 || end > a.length || start > end) throw new FuncError('reflect.Value.Slice: slice index out of bounds');
  // reflect's Slice keeps the slice type: a []string stays a []string.
  const typed = typedCollection(a);
  return typed ? goTyped(typed as '[]string', a.slice(start, end) as string[]) : a.slice(start, end);
}

/** Go's int(float64) on amd64: NaN and out-of-range values become math.MinInt64. */
function goIntOfFloat(f: number): number {
  return Number.isFinite(f) && Math.abs(f) < 2 ** 63 ? Math.trunc(f) : Number.MIN_SAFE_INTEGER;
}

/** Sprig's mustChunk, float arithmetic included: size 0 or a negative size fails as Go's makeslice does. */
function chunk(size: bigint, l: GoValue): GoValue[][] {
  const a = list(l, 'chunk', (kind) => `Cannot chunk type ${kind}`);
  const n = Number(size);
  const count = goIntOfFloat(Math.floor((a.length - 1) / n) + 1);
  if (count < 0) throw new FuncError('runtime error: makeslice: len out of range');
  const out: GoValue[][] = [];
  for (let i = 0; i < count; i++) {
    let len = n;
    if (i === count - 1) len = goIntOfFloat(Math.floor(a.length % n)) || n;
    if (len < 0) throw new FuncError('runtime error: makeslice: len out of range');
    const start = i * n;
    if (start + len > a.length) throw new FuncError(`runtime error: index out of range [${a.length}] with length ${a.length}`);
    out.push(a.slice(start, start + len));
  }
  return out;
}

function dict(...v: GoValue[]): GoMap {
  const out: GoMap = {};
  for (let i = 0; i < v.length; i += 2) out[strval(v[i])] = i + 1 < v.length ? v[i + 1] : '';
  return out;
}

function asMap(v: GoValue): GoMap {
  if (isMap(v)) return v;
  return {};
}

/** mergo.Merge: fill keys missing (or empty) in dst from src, recursing into maps; mergo.WithOverride replaces them. */
function mergeInto(dst: GoMap, src: GoMap, overwrite: boolean): GoMap {
  for (const [k, sv] of Object.entries(src)) {
    const dv = dst[k];
    // A nil source element is skipped, unless overwriting.
    if (sv === null || sv === undefined) {
      if (overwrite) dst[k] = null;
    } else if (isMap(dv) && isMap(sv)) mergeInto(dv, sv, overwrite);
    else if (!(k in dst) || empty(dv) || overwrite) dst[k] = deepCopy(sv);
  }
  return dst;
}

/** Go's failed type assertion, as text/template reports the recovered panic. */
function assertionError(v: GoValue, want: string): FuncError {
  return new FuncError(`interface conversion: interface {} is ${v === null || v === undefined ? 'nil' : goTypeName(v)}, not ${want}`);
}

/** A map[string]interface{} (Sprig asserts the type; typed maps fail). */
function untypedMap(v: GoValue): GoMap {
  if (!isMap(v) || typedCollection(v)) throw assertionError(v, 'map[string]interface {}');
  return v;
}

/** Sprig's dig: the dict and each key are type-asserted; a missing key gives the default. */
function dig(...args: GoValue[]): GoValue {
  if (args.length < 3) throw new FuncError('dig needs at least three arguments');
  let cur = untypedMap(args[args.length - 1]);
  const def = args[args.length - 2];
  const keys = args.slice(0, -2).map((k) => {
    if (typeof k !== 'string') throw assertionError(k, 'string');
    return k;
  });
  for (let i = 0; i < keys.length; i++) {
    if (!Object.prototype.hasOwnProperty.call(cur, keys[i])) return def;
    if (i === keys.length - 1) return cur[keys[i]];
    cur = untypedMap(cur[keys[i]]);
  }
  return def;
}

function typeName(v: GoValue): string {
  return goTypeName(v);
}

export const LIST_FUNCS: FuncMap = {
  list: fn([], (...v: GoValue[]) => v, 'any'),
  tuple: fn([], (...v: GoValue[]) => v, 'any'),
  first: fn(['any'], (l: GoValue) => list(l, 'find first')[0] ?? null),
  last: fn(['any'], (l: GoValue) => {
    const a = list(l, 'find last');
    return a.length ? a[a.length - 1] : null;
  }),
  // An empty list gives Go's nil []interface{} (printed `[]`), not a nil interface.
  rest: fn(['any'], (l: GoValue) => list(l, 'find rest').slice(1)),
  initial: fn(['any'], (l: GoValue) => list(l, 'find initial').slice(0, -1)),
  append: fn(['any', 'any'], (l: GoValue, v: GoValue) => [...list(l, 'push'), v]),
  push: fn(['any', 'any'], (l: GoValue, v: GoValue) => [...list(l, 'push'), v]),
  prepend: fn(['any', 'any'], (l: GoValue, v: GoValue) => [v, ...list(l, 'prepend')]),
  concat: fn([], (...ls: GoValue[]) => ls.flatMap((l) => list(l, 'concat', (kind) => `Cannot concat type ${kind} as list`)), 'any'),
  reverse: fn(['any'], (l: GoValue) => [...list(l, 'find reverse')].reverse()),
  uniq: fn(['any'], uniq),
  without: fn(['any'], without, 'any'),
  has: fn(['any', 'any'], has),
  slice: fn(['any'], slice, 'any'),
  chunk: fn(['int', 'any'], (size: bigint, l: GoValue) => goTyped('[][]interface {}', chunk(size, l))),
  compact: fn(['any'], (l: GoValue) => list(l, 'compact').filter((x) => !empty(x))),
  sortAlpha: fn(['any'], (l: GoValue) =>
    goTyped('[]string', (Array.isArray(l) ? l.filter((x) => x !== null).map(strval) : [strval(l)]).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))),
  ),
  // dicts
  dict: fn([], dict, 'any'),
  get: fn(['map', 'string'], (d: GoMap | null, k: string) => (d && k in d ? d[k] : '')),
  set: fn(['map', 'string', 'any'], (d: GoMap | null, k: string, v: GoValue) => {
    const m = d ?? {};
    m[k] = v;
    return m;
  }),
  unset: fn(['map', 'string'], (d: GoMap | null, k: string) => {
    const m = d ?? {};
    delete m[k];
    return m;
  }),
  hasKey: fn(['map', 'string'], (d: GoMap | null, k: string) => !!d && k in d),
  pluck: fn(['string'], (k: string, ...ds: GoValue[]) => ds.filter((d) => isMap(d) && k in d).map((d) => (d as GoMap)[k]), 'map'),
  keys: fn([], (...ds: GoValue[]) => goTyped('[]string', ds.flatMap((d) => sortedKeys(asMap(d)))), 'map'),
  values: fn(['map'], (d: GoMap | null) => sortedKeys(d ?? {}).map((k) => (d as GoMap)[k])),
  pick: fn(['map'], (d: GoMap | null, ...ks: GoValue[]) => {
    const out: GoMap = {};
    for (const k of ks) if (d && strval(k) in d) out[strval(k)] = d[strval(k)];
    return out;
  }, 'string'),
  omit: fn(['map'], (d: GoMap | null, ...ks: GoValue[]) => {
    const out: GoMap = {};
    for (const [k, v] of Object.entries(d ?? {})) if (!ks.includes(k)) out[k] = v;
    return out;
  }, 'string'),
  merge: fn(['map'], (dst: GoMap | null, ...srcs: GoValue[]) => srcs.reduce<GoMap>((d, s) => mergeInto(d, asMap(s), false), dst ?? {}), 'map'),
  mergeOverwrite: fn(['map'], (dst: GoMap | null, ...srcs: GoValue[]) => srcs.reduce<GoMap>((d, s) => mergeInto(d, asMap(s), true), dst ?? {}), 'map'),
  deepCopy: fn(['any'], (v: GoValue) => {
    if (v === null || v === undefined) throw new FuncError('reflect: call of reflect.Value.Type on zero Value');
    return deepCopy(v);
  }),
  dig: fn([], dig, 'any'),
  // defaults
  default: fn(['any'], (d: GoValue, ...given: GoValue[]) => (given.length === 0 || empty(given[0]) ? d : given[0]), 'any'),
  empty: fn(['any'], (v: GoValue) => empty(v)),
  coalesce: fn([], (...v: GoValue[]) => v.find((x) => !empty(x)) ?? null, 'any'),
  all: fn([], (...v: GoValue[]) => v.every((x) => !empty(x)), 'any'),
  any: fn([], (...v: GoValue[]) => v.some((x) => !empty(x)), 'any'),
  fail: fn(['string'], (msg: string) => {
    throw new FuncError(msg);
  }),
  // reflection
  typeOf: fn(['any'], typeName),
  typeIs: fn(['string', 'any'], (t: string, v: GoValue) => t === typeName(v)),
  typeIsLike: fn(['string', 'any'], (t: string, v: GoValue) => t === typeName(v) || t === '*' + typeName(v)),
  kindOf: fn(['any'], (v: GoValue) => goKindName(v)),
  kindIs: fn(['string', 'any'], (t: string, v: GoValue) => t === goKindName(v)),
  deepEqual: fn(['any', 'any'], (a: GoValue, b: GoValue) => deepEqual(a, b)),
};

// `must` variants behave the same here: errors are always reported.
for (const name of ['first', 'last', 'rest', 'initial', 'append', 'push', 'prepend', 'reverse', 'uniq', 'without', 'has', 'slice', 'chunk', 'compact', 'merge', 'mergeOverwrite', 'deepCopy']) {
  LIST_FUNCS['must' + name[0].toUpperCase() + name.slice(1)] = LIST_FUNCS[name];
}
