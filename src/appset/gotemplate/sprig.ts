// The function map Argo CD's ApplicationSet controller gives Go templates: Sprig's generic functions
// without env, expandenv and getHostByName, plus normalize, slugify, toYaml, fromYaml, fromYamlArray
// (applicationset/utils/template_functions.go). Sprig's crypto helpers (genPrivateKey, bcrypt,
// encryptAES, derivePassword...) are not provided.
import { fn, FuncError, type FuncMap } from './funcs.js';
import { marshalYaml, unmarshalYaml } from './goyaml.js';
import { DATE_FUNCS } from './sprig-dates.js';
import { ENCODING_FUNCS } from './sprig-encoding.js';
import { LIST_FUNCS } from './sprig-lists.js';
import { MATH_FUNCS } from './sprig-math.js';
import { SEMVER_FUNCS } from './sprig-semver.js';
import { STRING_FUNCS } from './sprig-strings.js';
import { fromPlain, goTypeName, type GoValue } from './values.js';

/** Argo CD's SanitizeName: lowercase, `[^-a-z0-9.]` → `-`, at most 253 bytes, trimmed of `-` and `.`. */
export function sanitizeName(name: string): string {
  let s = name.toLowerCase().replace(/[^-a-z0-9.]/gu, '-');
  if (s.length > 253) s = s.slice(0, 253);
  return s.replace(/^[-.]+|[-.]+$/g, '');
}

/** Argo CD's SlugifyName: SanitizeName, then gosimple/slug with a max length and smart truncation. */
export function slugify(maxSize: number, smartTruncate: boolean, name: string): string {
  let s = sanitizeName(name);
  // gosimple/slug cuts a plain truncation before it collapses dashes, a smart one after.
  if (!smartTruncate && s.length >= maxSize) s = s.slice(0, Math.max(maxSize, 0));
  s = s
    .replace(/[^a-zA-Z0-9_-]/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  if (smartTruncate && maxSize > 0 && s.length > maxSize) {
    const cut = s.lastIndexOf('-', maxSize);
    s = cut >= 0 ? s.slice(0, cut) : s.slice(0, maxSize);
  }
  return s;
}

/** What sigs.k8s.io/yaml gives for JSON that is not the type asked for. */
function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  return typeof v === 'object' ? 'object' : typeof v === 'boolean' ? 'bool' : typeof v;
}

function unmarshal(s: string, want: 'object' | 'array', type: string): GoValue {
  let v: unknown;
  try {
    v = unmarshalYaml(s);
  } catch (e) {
    throw new FuncError((e as Error).message);
  }
  // JSON null leaves the target empty.
  if (v === null) return want === 'object' ? {} : [];
  if (jsonKind(v) !== want) throw new FuncError(`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(v)} into Go value of type ${type}`);
  return fromPlain(v);
}

const ARGO_FUNCS: FuncMap = {
  normalize: fn(['string'], sanitizeName),
  // SlugifyName type-asserts its arguments; a wrong type panics, which text/template reports.
  slugify: fn([], (...args: GoValue[]) => {
    let maxSize = 50;
    let smart = true;
    let name = '';
    const assert = (v: GoValue, want: string, ok: boolean) => {
      if (!ok) throw new FuncError(`interface conversion: interface {} is ${v === null || v === undefined ? 'nil' : goTypeName(v)}, not ${want}`);
    };
    args.forEach((a, i) => {
      if (i === args.length - 1) {
        assert(a, 'string', typeof a === 'string');
        name = a as string;
      } else if (i === 0) {
        assert(a, 'int', typeof a === 'bigint');
        maxSize = Number(a);
      } else if (i === 1) {
        assert(a, 'bool', typeof a === 'boolean');
        smart = a as boolean;
      }
    });
    return slugify(maxSize, smart, name);
  }, 'any'),
  toYaml: fn(['any'], (v: GoValue) => {
    try {
      return marshalYaml(v).replace(/\n$/, '');
    } catch (e) {
      throw new FuncError((e as Error).message);
    }
  }),
  fromYaml: fn(['string'], (s: string) => unmarshal(s, 'object', 'map[string]interface {}')),
  fromYamlArray: fn(['string'], (s: string) => unmarshal(s, 'array', '[]interface {}')),
};

export const ARGOCD_FUNCS: FuncMap = {
  ...STRING_FUNCS,
  ...MATH_FUNCS,
  ...LIST_FUNCS,
  ...ENCODING_FUNCS,
  ...DATE_FUNCS,
  ...SEMVER_FUNCS,
  ...ARGO_FUNCS,
};
