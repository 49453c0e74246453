// How Go values are modelled in JavaScript, so templates see the same types Argo CD's controller sees:
// parameters come from JSON/YAML decoding into `map[string]interface{}`, so every number there is a
// float64 (a JS number), while template integer constants and integer-returning functions are Go ints
// (a JS bigint). `undefined` is Go's invalid reflect.Value ("no value"); `null` is a nil interface.

export type GoMap = { [key: string]: GoValue };
export type GoValue = undefined | null | string | boolean | number | bigint | GoInt64 | GoObject | GoValue[] | GoMap | GoTime;

/** A method as text/template calls it: Go parameter types (see funcs.ts) and the call, bound to its receiver. */
export interface GoMethod {
  params: ('any' | 'string' | 'int' | 'float64' | 'bool' | 'list' | 'map' | 'reflect' | 'semver')[];
  call: (...args: GoValue[]) => GoValue;
}

/**
 * A value of a named Go type with methods (`*semver.Version`, `semver.Version`): templates call its
 * methods (`.Compare`, `.IncMinor`), fmt prints it through its String method, JSON through MarshalJSON.
 */
export class GoObject {
  constructor(
    readonly goType: string,
    readonly goKind: string,
    readonly methods: Record<string, GoMethod>,
    readonly string: () => string,
  ) {}
}

/**
 * Go's int64 (or, from a method, uint64), which Sprig's integer functions return (add, sub, mul, div, mod, max, min, int64,
 * toDecimal...): it prints and compares like an int but is its own type for `%T`, typeOf, function
 * arguments (an `int` parameter refuses it), reflect.DeepEqual and duration.
 */
export class GoInt64 {
  constructor(
    readonly n: bigint,
    readonly type: 'int64' | 'uint64' | 'uint8' = 'int64',
  ) {}
}

/** The integer inside a Go int or int64. */
export function intValue(v: GoValue): bigint | undefined {
  return typeof v === 'bigint' ? v : v instanceof GoInt64 ? v.n : undefined;
}

/** Go's time.Time (from Sprig's date functions); `nanos` keeps sub-millisecond precision. */
export interface GoTime {
  readonly goTime: Date;
  readonly nanos: number;
  /** The time's location (time.Time keeps one); UTC when absent. */
  readonly zone?: { name: string; offset: number };
}

export function isGoTime(v: unknown): v is GoTime {
  return typeof v === 'object' && v !== null && (v as GoTime).goTime instanceof Date;
}

/**
 * Typed Go collections generators hand to templates (cluster labels and annotations and generator
 * `values` are `map[string]string`, git path segments and pull request labels `[]string`; Sprig's
 * until gives `[]int`). They behave
 * like any map or slice, except where Go's types matter: `%T`, and functions that take
 * `map[string]interface {}` or `[]interface {}`. The mark lives beside the value, so copies drop it.
 */
export type TypedCollection = 'map[string]string' | '[]string' | '[]int' | '[][]interface {}';
const typedCollections = new WeakMap<object, TypedCollection>();

/** Marks `v` as the typed Go collection `type` (see TypedCollection) and returns it. */
export function goTyped<T extends Record<string, string> | string[] | bigint[] | GoValue[][]>(type: TypedCollection, v: T): T {
  typedCollections.set(v, type);
  return v;
}

const nilSlices = new WeakSet<object>();

/** Marks an empty slice as Go's nil slice (what regexp's FindAll gives without a match): JSON null, eq nil. */
export function goNilSlice<T extends GoValue[]>(v: T): T {
  if (v.length === 0) nilSlices.add(v);
  return v;
}

export function isNilSlice(v: unknown): boolean {
  return Array.isArray(v) && nilSlices.has(v);
}

/** The typed collection type of `v`, when a generator made it one. */
export function typedCollection(v: unknown): TypedCollection | undefined {
  return typeof v === 'object' && v !== null ? typedCollections.get(v) : undefined;
}

export function isMap(v: unknown): v is GoMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !isGoTime(v) && !(v instanceof GoInt64) && !(v instanceof GoObject);
}

type GoKind = 'nil' | 'string' | 'bool' | 'float64' | 'int' | 'int64' | 'slice' | 'map' | 'time';

function goKind(v: GoValue): GoKind {
  if (v === undefined || v === null) return 'nil';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'number':
      return 'float64';
    case 'bigint':
      return 'int';
  }
  if (Array.isArray(v)) return 'slice';
  if (v instanceof GoInt64) return 'int64';
  return isMap(v) ? 'map' : 'time';
}

const TYPE_NAMES: Record<GoKind, string> = {
  nil: '<nil>',
  string: 'string',
  bool: 'bool',
  float64: 'float64',
  int: 'int',
  int64: 'int64',
  slice: '[]interface {}',
  map: 'map[string]interface {}',
  time: 'time.Time',
};
const KIND_NAMES: Record<GoKind, string> = { ...TYPE_NAMES, nil: 'invalid', slice: 'slice', map: 'map', time: 'struct' };

/** Go's type name, as `%T` and error messages print it. */
export function goTypeName(v: GoValue): string {
  if (v instanceof GoObject) return v.goType;
  if (v instanceof GoInt64) return v.type;
  return typedCollection(v) ?? TYPE_NAMES[goKind(v)];
}

/** Go reflect.Kind name, as sprig's kindOf reports it. */
export function goKindName(v: GoValue): string {
  if (v instanceof GoObject) return v.goKind;
  if (v instanceof GoInt64) return v.type;
  return KIND_NAMES[goKind(v)];
}

/** text/template's truth: the value is not the zero of its type. */
export function isTrue(v: GoValue): boolean {
  if (v === undefined || v === null) return false;
  switch (typeof v) {
    case 'string':
      return v.length > 0;
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'bigint':
      return v !== 0n;
  }
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof GoInt64) return v.n !== 0n;
  if (isMap(v)) return Object.keys(v).length > 0;
  return true;
}

/** Go's `sort.Strings` order: byte-wise, which for UTF-16 BMP text matches code-unit order closely enough. */
export function sortedKeys(m: GoMap): string[] {
  return Object.keys(m).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Converts plain JSON-like data (as decoded from YAML/JSON) into Go values: integers stay float64. */
export function fromPlain(v: unknown): GoValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint') return v;
  if (Array.isArray(v)) return keepType(v, v.map(fromPlain));
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    const out: GoMap = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = fromPlain(x);
    return keepType(v, out);
  }
  return String(v);
}

/** Converts Go values back to plain data for YAML/JSON encoding (ints become numbers when safe). */
export function toPlain(v: GoValue): unknown {
  if (v === undefined || v === null) return null;
  if (v instanceof GoInt64) return toPlain(v.n);
  if (v instanceof GoObject) return v.string();
  if (typeof v === 'bigint') return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  if (Array.isArray(v)) return v.map(toPlain);
  if (isMap(v)) {
    const out: Record<string, unknown> = {};
    for (const k of sortedKeys(v)) out[k] = toPlain(v[k]);
    return out;
  }
  return v;
}

/** reflect.DeepEqual: same Go type (a []string never equals a []interface{}) and equal contents. */
export function deepEqual(a: GoValue, b: GoValue): boolean {
  if (a === b) return true;
  if (typedCollection(a) !== typedCollection(b)) return false;
  if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
  if (a instanceof GoInt64 || b instanceof GoInt64) return a instanceof GoInt64 && b instanceof GoInt64 && a.n === b.n;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isMap(a) && isMap(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}

/** A deep copy keeps Go types (copystructure, as Sprig's deepCopy). */
export function deepCopy(v: GoValue): GoValue {
  if (Array.isArray(v)) return keepType(v, v.map(deepCopy));
  if (isMap(v)) {
    const out: GoMap = {};
    for (const [k, x] of Object.entries(v)) out[k] = deepCopy(x);
    return keepType(v, out);
  }
  return v;
}

function keepType<T extends object>(from: object, to: T): T {
  const t = typedCollections.get(from);
  if (t) typedCollections.set(to, t);
  return to;
}
