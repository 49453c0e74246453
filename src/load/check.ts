// Small typed field checks shared by the spec validators. Each check reports a Problem naming the
// file, the line of the field, the owning app and the dotted field path, and never throws.
import type { Problem } from '../model/errors.js';
import type { FieldPath, LineOf } from './yaml-docs.js';

export interface CheckContext {
  file: string;
  /** Application or ApplicationSet name, once known. */
  app?: string;
  /** Prefix for messages about other kinds, e.g. `AppProject "team-a"`. */
  subject?: string;
  lineOf: LineOf;
  problems: Problem[];
}

export type FieldKind =
  | 'string'
  | 'boolean'
  | 'integer'
  | 'object'
  | 'array'
  | 'strings'
  | 'stringMap'
  | 'objects'
  | 'intOrString';

export type Obj = Record<string, unknown>;

export function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `spec.sources[1].helm.valueFiles[0]` */
export function fieldName(path: FieldPath): string {
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}

export function report(ctx: CheckContext, path: FieldPath, message: string): void {
  ctx.problems.push({
    message: ctx.subject ? `${ctx.subject}: ${message}` : message,
    file: ctx.file,
    line: ctx.lineOf(path),
    ...(ctx.app !== undefined ? { app: ctx.app } : {}),
    ...(path.length ? { field: fieldName(path) } : {}),
  });
}

const EXPECTED: Record<FieldKind, string> = {
  string: 'a string',
  boolean: 'a boolean (true or false)',
  integer: 'an integer',
  object: 'an object',
  array: 'a list',
  strings: 'a list of strings',
  stringMap: 'a map of string values',
  objects: 'a list of objects',
  intOrString: 'an integer or a string',
};

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  return typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v)}`;
}

function matches(v: unknown, kind: FieldKind): boolean {
  switch (kind) {
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'integer':
      return Number.isInteger(v);
    case 'object':
      return isObject(v);
    case 'array':
      return Array.isArray(v);
    case 'intOrString':
      return Number.isInteger(v) || typeof v === 'string';
    case 'strings':
    case 'stringMap':
    case 'objects':
      return false; // element-wise, see checkValue
  }
}

/** Checks one value (already known to be present); reports each bad element of lists and maps. */
export function checkValue(ctx: CheckContext, v: unknown, path: FieldPath, kind: FieldKind): boolean {
  if (kind === 'strings' || kind === 'objects') {
    if (!Array.isArray(v)) return fail(ctx, v, path, kind);
    const want = kind === 'strings' ? 'string' : 'object';
    return v.map((item, i) => checkValue(ctx, item, [...path, i], want)).every(Boolean);
  }
  if (kind === 'stringMap') {
    if (!isObject(v)) return fail(ctx, v, path, kind);
    return Object.entries(v)
      .map(([k, item]) => checkValue(ctx, item, [...path, k], 'string'))
      .every(Boolean);
  }
  return matches(v, kind) || fail(ctx, v, path, kind);
}

function fail(ctx: CheckContext, v: unknown, path: FieldPath, kind: FieldKind): false {
  report(ctx, path, `must be ${EXPECTED[kind]}, got ${describe(v)}`);
  return false;
}

/** Null counts as absent, as when Kubernetes decodes into Go structs. */
export function present(v: unknown): boolean {
  return v !== undefined && v !== null;
}

/** Checks the listed fields of `obj` that are present; `required` ones must be present and non-empty. */
export function checkFields(
  ctx: CheckContext,
  obj: Obj,
  path: FieldPath,
  fields: Record<string, FieldKind>,
  required: readonly string[] = [],
): boolean {
  let ok = true;
  for (const [key, kind] of Object.entries(fields)) {
    const v = obj[key];
    if (!present(v) || v === '') {
      if (required.includes(key)) {
        report(ctx, [...path, key], 'is required');
        ok = false;
      }
      continue;
    }
    ok = checkValue(ctx, v, [...path, key], kind) && ok;
  }
  return ok;
}

/** The object at `obj[key]`, or undefined when absent or (reported) not an object. */
export function objectField(ctx: CheckContext, obj: Obj, key: string, path: FieldPath, required = false): Obj | undefined {
  const v = obj[key];
  if (!present(v)) {
    if (required) report(ctx, [...path, key], 'is required');
    return undefined;
  }
  return checkValue(ctx, v, [...path, key], 'object') ? (v as Obj) : undefined;
}

/** Each object of the list at `obj[key]` with its index (non-objects are reported and skipped). */
export function objectItems(ctx: CheckContext, obj: Obj, key: string, path: FieldPath): [Obj, number][] {
  const v = obj[key];
  if (!present(v)) return [];
  if (!Array.isArray(v)) {
    fail(ctx, v, [...path, key], 'objects');
    return [];
  }
  return v.flatMap((item, i): [Obj, number][] =>
    checkValue(ctx, item, [...path, key, i], 'object') ? [[item as Obj, i]] : [],
  );
}

/** Validates `metadata` and returns the object's name (reported when missing). */
export function checkMetadata(ctx: CheckContext, raw: Obj): string | undefined {
  const meta = objectField(ctx, raw, 'metadata', [], true);
  if (!meta) return undefined;
  checkFields(ctx, meta, ['metadata'], {
    name: 'string',
    namespace: 'string',
    labels: 'stringMap',
    annotations: 'stringMap',
    finalizers: 'strings',
  }, ['name']);
  if (typeof meta.name !== 'string' || meta.name === '') return undefined;
  if (meta.name.length > 253 || !DNS_SUBDOMAIN.test(meta.name)) {
    report(ctx, ['metadata', 'name'], `${JSON.stringify(meta.name)} is not a valid Kubernetes object name (lowercase letters, digits, '-' and '.', at most 253 characters)`);
  }
  return meta.name;
}

/** The one version Argo CD's CRDs serve: the API server refuses any other. */
export const ARGO_API_VERSION = 'argoproj.io/v1alpha1';

export function checkArgoApiVersion(ctx: CheckContext, raw: Obj, kind: string): void {
  if (typeof raw.apiVersion === 'string' && raw.apiVersion !== ARGO_API_VERSION) {
    report(ctx, ['apiVersion'], `unknown apiVersion ${JSON.stringify(raw.apiVersion)} for ${kind}: Argo CD serves only ${ARGO_API_VERSION}`);
  }
}

/** What the API server accepts as the name of a custom resource (RFC 1123 subdomain). */
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Deep copy without null-valued keys (Go decoding treats them as unset), except inside `keep` keys. */
export function withoutNulls<T>(v: T, keep: ReadonlySet<string> = new Set()): T {
  if (Array.isArray(v)) return v.map((item) => withoutNulls(item, keep)) as T;
  if (!isObject(v)) return v;
  const out: Obj = {};
  for (const [k, item] of Object.entries(v)) {
    if (item === null) continue;
    out[k] = keep.has(k) ? structuredClone(item) : withoutNulls(item, keep);
  }
  return out as T;
}
