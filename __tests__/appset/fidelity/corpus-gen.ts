// A seeded grammar over text/template expressions and pipelines: literals of every kind, fields of
// every generator parameter shape, variables, parenthesised calls and pipelines through Sprig and
// builtin functions, wrapped in actions, conditionals, ranges and printf. Same seed, same cases.
import { ALL_PARAMS } from './params.js';
import type { TemplateCase } from './reference.js';

/** mulberry32: small, fast, seedable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const LITERALS = [
  // No huge counts: `until`/`repeat` of them exhaust memory in Go as here (the hand cases cover overflow).
  '0', '1', '2', '3', '-1', '7', '42', '255', '100', '-42', '0x10', '017', "'a'",
  '0.5', '1.5', '2.5', '-2.5', '0.1', '0.2', '1e3', '1e21', '3.14159', '1.0',
  '""', '"a"', '"abc"', '"Hello World"', '"a,b,c"', '"  pad  "', '"ß"', '"日本"', '"yes"', '"no"', '"1.2.3"', '"v1.2.3"', '"-"', '"2024-01-02"', '"<b>"', '"x\\ny"',
  'true', 'false', 'nil',
];
const FIELDS = [
  '.s', '.u', '.empty', '.nil', '.n', '.f', '.neg', '.zero', '.big', '.b', '.no', '.l', '.nums', '.el', '.m', '.m.x', '.m.y', '.m.k', '.em', '.date', '.ver', '.cluster', '.missing',
  '.c.name', '.c.metadata.labels', '.c.metadata.labels.env', '.c.metadata.annotations', '.c.values', '.c.values.replicas', '.bare.metadata', '.git.path.segments', '.git.path.basename',
  '.git.app.replicas', '.git.app.tags', '.pr.number', '.pr.labels', '.pr.branch', '.pr.head_short_sha',
];
/** name: arity (-n: at least n, variadic). */
const FUNCS: Record<string, number> = {
  upper: 1, lower: 1, title: 1, untitle: 1, trim: 1, trimAll: 2, trimPrefix: 2, trimSuffix: 2, trunc: 2, abbrev: 2, substr: 3, repeat: 2, nospace: 1, initials: 1, swapcase: 1,
  snakecase: 1, camelcase: 1, kebabcase: 1, wrap: 2, contains: 2, hasPrefix: 2, hasSuffix: 2, quote: -1, squote: -1, cat: -1, indent: 2, nindent: 2, replace: 3, plural: 3,
  sha1sum: 1, sha256sum: 1, adler32sum: 1, toString: 1, atoi: 1, int: 1, int64: 1, float64: 1, toDecimal: 1, split: 2, splitList: 2, splitn: 3, toStrings: 1, join: 2, sortAlpha: 1,
  add: -1, add1: 1, sub: 2, mul: -1, div: 2, mod: 2, max: -1, min: -1, maxf: -1, minf: -1, addf: -1, add1f: 1, subf: -1, mulf: -1, divf: -1, floor: 1, ceil: 1, round: 2,
  until: 1, seq: -1, list: -1, first: 1, last: 1, rest: 1, initial: 1, append: 2, prepend: 2, concat: -1, reverse: 1, uniq: 1, without: -2, has: 2, compact: 1, slice: -1, chunk: 2,
  dict: -1, get: 2, hasKey: 2, keys: -1, pick: -2, omit: -2, merge: -1, values: 1, dig: -3, deepCopy: 1, pluck: -2,
  default: 2, empty: 1, coalesce: -1, all: -1, any: -1, ternary: 3, toJson: 1, toRawJson: 1, fromJson: 1, toYaml: 1, fromYaml: 1, fromYamlArray: 1, b64enc: 1, b64dec: 1, b32enc: 1,
  regexMatch: 2, regexFind: 2, regexFindAll: 3, regexReplaceAll: 3, regexSplit: 3, regexQuoteMeta: 1, base: 1, dir: 1, ext: 1, clean: 1,
  semverCompare: 2, toDate: 2, date: 2, duration: 1, typeOf: 1, kindOf: 1, normalize: 1, slugify: -1,
  eq: -2, ne: 2, lt: 2, le: 2, gt: 2, ge: 2, and: -1, or: -1, not: 1, len: 1, index: -1, print: -1, printf: -2, urlquery: -1, html: -1, js: -1,
};
const FUNC_NAMES = Object.keys(FUNCS);
const FORMATS = ['"%v"', '"%d"', '"%s"', '"%q"', '"%x"', '"%5.2f"', '"%-4v|"', '"%T"', '"%+v"', '"%#v"', '"%e"', '"%g"', '"%05d"', '"%t"', '"%[1]v-%[1]T"'];
const REGEXES = ['"[a-z]+"', '"^a"', '"o"', '"\\\\d+"', '"\\\\p{Lu}"', '"(\\\\w)(\\\\w)"', '"[[:alpha:]]+"', '"a|b"', '"."', '"$"', '"(?i)H"'];

export function generatedCases(seed: number, count: number): TemplateCase[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const operand = (depth: number): string => {
    const x = r();
    if (x < 0.3) return pick(LITERALS);
    if (x < 0.6 || depth > 2) return pick(FIELDS);
    if (x < 0.65) return '$';
    return `(${pipeline(depth + 1)})`;
  };
  const call = (depth: number, piped: boolean): string => {
    const name = pick(FUNC_NAMES);
    const arity = FUNCS[name];
    let n = arity >= 0 ? arity : -arity + Math.floor(r() * 3);
    if (piped) n = Math.max(0, n - 1);
    const args: string[] = [];
    for (let i = 0; i < n; i++) {
      if (name.startsWith('regex') && i === 0) args.push(pick(REGEXES));
      else if (name === 'printf' && i === 0) args.push(pick(FORMATS));
      else args.push(operand(depth));
    }
    return [name, ...args].join(' ');
  };
  const pipeline = (depth: number): string => {
    const parts = [r() < 0.5 ? call(depth, false) : operand(depth)];
    const stages = Math.floor(r() * (depth > 1 ? 2 : 3));
    for (let i = 0; i < stages; i++) parts.push(call(depth, true));
    return parts.join(' | ');
  };
  const action = (): string => {
    const p = pipeline(0);
    switch (Math.floor(r() * 8)) {
      case 0:
        return `{{ if ${p} }}T{{ else }}F{{ end }}`;
      case 1:
        return `{{ range $i, $e := ${p} }}{{ $i }}:{{ $e }},{{ else }}none{{ end }}`;
      case 2:
        return `{{ with $v := ${p} }}{{ printf "%v/%T" $v $v }}{{ end }}`;
      case 3:
        return `{{ $x := ${p} }}{{ $x }}|{{ typeOf $x }}`;
      case 4:
        return `{{ ${p} }}-{{ ${pipeline(0)} }}`;
      default:
        return `{{ ${p} }}`;
    }
  };
  const out: TemplateCase[] = [];
  for (let i = 0; i < count; i++) {
    const options = r() < 0.15 ? [pick(['missingkey=error', 'missingkey=zero', 'missingkey=default'])] : undefined;
    out.push(options ? { t: action(), p: ALL_PARAMS, o: options } : { t: action(), p: ALL_PARAMS });
  }
  return out;
}
