// Argo CD's toYaml/fromYaml/fromYamlArray are sigs.k8s.io/yaml v1.6.0: Marshal goes through
// encoding/json and then go-yaml v2 (YAML 1.1 resolution, its key order and emitter); Unmarshal reads
// the first document with go-yaml v2's YAML 1.1 rules (`yes` is true, `010` is 8, `1_000` is 1000, the
// last duplicate key wins), turns keys into strings and decodes through JSON, so numbers are float64 and
// `.inf` is refused. The YAML syntax itself is parsed by the yaml library; only the resolution is Go's.
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node } from 'yaml';
import { emitYaml, type YamlNode } from './goyaml-emit.js';
import { goJson } from './sprig-encoding.js';
import { formatFloat, quote } from './strconv.js';
import { GoInt64, GoObject, isGoTime, isNilSlice, type GoValue } from './values.js';

export class YamlError extends Error {}

type Resolved = { tag: 'str' | 'timestamp'; v: string } | { tag: 'bool'; v: boolean } | { tag: 'null'; v: null } | { tag: 'int' | 'float'; v: number; text: string };

const MAP: Record<string, Resolved> = {};
const fill = (words: string, r: Resolved) => words.split(' ').forEach((w) => (MAP[w] = r));
fill('y Y yes Yes YES true True TRUE on On ON', { tag: 'bool', v: true });
fill('n N no No NO false False FALSE off Off OFF', { tag: 'bool', v: false });
fill('~ null Null NULL', { tag: 'null', v: null });
MAP[''] = { tag: 'null', v: null };
fill('.nan .NaN .NAN', { tag: 'float', v: NaN, text: '.nan' });
fill('.inf .Inf .INF +.inf +.Inf +.INF', { tag: 'float', v: Infinity, text: '.inf' });
fill('-.inf -.Inf -.INF', { tag: 'float', v: -Infinity, text: '-.inf' });

const INT64 = 1n << 63n;
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

/** strconv.ParseInt/ParseUint(s, 0, 64) without underscores: a BigInt, or undefined when invalid or out of range. */
function parseGoInt(s: string, unsigned: boolean): bigint | undefined {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m || (unsigned && m[1])) return undefined;
  const body = m[2];
  const digits = /^0[0-7]+$/.test(body) ? '0o' + body.slice(1) : body.toLowerCase();
  const v = (m[1] === '-' ? -1n : 1n) * BigInt(digits);
  if (unsigned ? v >= 1n << 64n : v < -INT64 || v >= INT64) return undefined;
  return v;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** go-yaml's parseTimestamp: the four time.Parse layouts it tries. */
function isTimestamp(s: string): boolean {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:([Tt])| )(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(s);
  if (!m) return false;
  const [year, month, day, hour, min, sec] = [m[1], m[2], m[3], m[5], m[6], m[7]].map((x) => Number(x ?? 0));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && !leap ? 28 : DAYS[month - 1])) return false;
  if (hour > 23 || min > 59 || sec > 59) return false;
  // The T layouts need a zone; the space layout has none.
  return m[5] === undefined || (m[4] !== undefined) === (m[8] !== undefined);
}

/** go-yaml v2's resolve for an untagged plain scalar (`<<` is a merge key only where a key is read). */
function resolve(s: string): Resolved {
  if (MAP[s]) return MAP[s];
  const c = s[0];
  if (c === '.') {
    if (/^\.[0-9]+([eE][-+]?[0-9]+)?$/.test(s)) return { tag: 'float', v: Number(s), text: s };
  } else if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
    if (isTimestamp(s)) return { tag: 'timestamp', v: s };
    const plain = s.replace(/_/g, '');
    const i = parseGoInt(plain, false) ?? parseGoInt(plain, true) ?? binary(plain);
    if (i !== undefined) return { tag: 'int', v: Number(i), text: i.toString() };
    if (YAML_STYLE_FLOAT.test(plain) && Number.isFinite(Number(plain))) return { tag: 'float', v: Number(plain), text: formatFloat(Number(plain), 'g', -1) };
  }
  return { tag: 'str', v: s };
}

function binary(plain: string): bigint | undefined {
  const m = /^(-?)0b([01]+)$/.exec(plain);
  if (!m) return undefined;
  const v = BigInt('0b' + m[2]) * (m[1] ? -1n : 1n);
  return v >= -INT64 && v < 1n << 64n ? v : undefined;
}

/** How go-yaml v2 writes a string: quoted when it would read back as something else. */
function stringNode(s: string): YamlNode {
  const plain = resolve(s).tag === 'str' && !BASE60_FLOAT.test(s);
  return { scalar: s, style: s.includes('\n') ? 'literal' : plain ? 'plain' : 'double' };
}

/** The JSON number text as go-yaml v2 reads it back: an int64 or uint64, else a float printed with 'g'. */
function numberNode(json: string): YamlNode {
  const r = resolve(json);
  return { scalar: r.tag === 'int' || r.tag === 'float' ? r.text : json, style: 'plain' };
}

/** go-yaml's key order (sorter.go): letters before other characters, digit runs compared as numbers. */
export function yamlKeyLess(a: string, b: string): boolean {
  const ar = [...a];
  const br = [...b];
  const isLetter = (c: string) => /\p{L}/u.test(c);
  const isDigit = (c: string | undefined) => c !== undefined && /\p{Nd}/u.test(c);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) return ar[i].codePointAt(0)! < br[i].codePointAt(0)!;
    if (al || bl) return bl;
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = bn = 1;
          break;
        }
      }
    }
    let ai = i;
    let bi = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + (ar[ai].codePointAt(0)! - 48);
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + (br[bi].codePointAt(0)! - 48);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i].codePointAt(0)! < br[i].codePointAt(0)!;
  }
  return ar.length < br.length;
}

/**
 * json.Marshal leaves U+0085 (NEL) unescaped, and go-yaml reads it inside the JSON string as a line
 * break, folded like any other: one break becomes a space, n breaks n-1 newlines, blanks around them go.
 */
function foldNel(s: string): string {
  return s.includes('\u0085') ? s.replace(/[ \t]*\u0085(?:[ \t]*\u0085)*[ \t]*/g, (run) => {
    const breaks = run.split('\u0085').length - 1;
    return breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
  }) : s;
}

/** The value as json.Marshal and go-yaml's re-read of that JSON see it. */
function toNode(v: GoValue): YamlNode {
  if (v === undefined || v === null || isNilSlice(v)) return { scalar: 'null', style: 'plain' };
  if (typeof v === 'string') return stringNode(foldNel(v));
  if (typeof v === 'boolean') return { scalar: String(v), style: 'plain' };
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof GoInt64) return numberNode(goJson(v, true));
  if (isGoTime(v) || v instanceof GoObject) return stringNode(JSON.parse(goJson(v, true)) as string);
  if (Array.isArray(v)) return { seq: v.map(toNode) };
  const m = v as Record<string, GoValue>;
  const keys = Object.keys(m).sort((a, b) => (yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0));
  return { map: keys.map((k) => [stringNode(foldNel(k)), toNode(m[k])]) };
}

/** Characters go-yaml's reader refuses in the JSON text it re-reads (json.Marshal escapes the C0 controls). */
const CONTROL = /[\x7f-\x84\x86-\x9f\ufffe\uffff]/;

/** sigs.k8s.io/yaml Marshal. */
export function marshalYaml(v: GoValue): string {
  let json: string;
  try {
    json = goJson(v, true);
  } catch (e) {
    throw new YamlError(`error marshaling into JSON: ${(e as Error).message}`);
  }
  if (CONTROL.test(json)) throw new YamlError('yaml: control characters are not allowed');
  return emitYaml(toNode(v));
}

const MAX_DECODED_NODES = 100_000;

type Plain = null | boolean | number | string | Plain[] | { [k: string]: Plain };

/** Decodes one node as go-yaml v2 into interface{}, then as the JSON round trip turns it into plain data. */
function decode(n: Node | null, doc: Document, budget = { nodes: 0 }): Plain {
  if (n === null) return null;
  // go-yaml refuses excessive aliasing too; this bounds an alias bomb's expansion.
  if (++budget.nodes > MAX_DECODED_NODES) throw new YamlError('yaml: document contains excessive aliasing');
  // go-yaml's scanner takes only [0-9A-Za-z_-] in anchor and alias names; the yaml library takes more.
  const name = isAlias(n) ? n.source : (n as { anchor?: string }).anchor;
  if (name !== undefined && !/^[0-9A-Za-z_-]+$/.test(name)) throw new YamlError('yaml: did not find expected alphabetic or numeric character');
  if (isAlias(n)) return decode(n.resolve(doc) ?? null, doc, budget);
  if (isSeq(n)) return n.items.map((x) => decode(x as Node, doc, budget));
  if (isMap(n)) {
    const out: Record<string, Plain> = {};
    for (const pair of n.items) {
      const key = pair.key as Node | null;
      if (isScalar(key) && key.type === 'PLAIN' && !key.tag && key.source === '<<') merge(pair.value as Node | null, doc, out, budget);
      else {
        const v = decode(pair.value as Node | null, doc, budget);
        out[keyString(key, v, doc)] = v;
      }
    }
    return out;
  }
  if (!isScalar(n)) return null;
  const r = scalar(n);
  if (r.tag === 'float' && !Number.isFinite(r.v)) throw new YamlError(`json: unsupported value: ${Number.isNaN(r.v) ? 'NaN' : r.v > 0 ? '+Inf' : '-Inf'}`);
  return r.v;
}

function scalar(n: Node): Resolved {
  const value = String((n as { value: unknown }).value ?? '');
  const tag = n.tag?.replace(/^tag:yaml\.org,2002:/, '!!');
  if (tag === '!!str' || tag === '!!binary') return { tag: 'str', v: value };
  const plain = isScalar(n) && n.type === 'PLAIN';
  if (!tag && !plain) return { tag: 'str', v: value };
  const r = resolve(value);
  if (!tag || tag === '!' || tag === `!!${r.tag}`) return r.tag === 'timestamp' ? { tag: 'str', v: value } : r;
  if (tag === '!!float' && r.tag === 'int') return { tag: 'float', v: r.v, text: r.text };
  if (['!!int', '!!float', '!!bool', '!!null', '!!timestamp'].includes(tag)) {
    throw new YamlError(`yaml: cannot decode ${r.tag === 'str' ? '!!str' : `!!${r.tag}`} \`${value}\` as a ${tag}`);
  }
  return { tag: 'str', v: value };
}

/** `%+#v` of a decoded scalar value, for the error on a null key. */
function goSyntax(v: Plain): string {
  if (v === null) return '<nil>';
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number') return formatFloat(v, 'g', -1);
  return typeof v === 'boolean' ? String(v) : '...';
}

/** sigs.k8s.io/yaml's key conversion: ints in decimal, floats as 32-bit 'g', booleans as words. */
function keyString(key: Node | null, value: Plain, doc: Document): string {
  const target = isAlias(key) ? (key.resolve(doc) ?? null) : key;
  if (target === null) throw new YamlError(`unsupported map key of type: %!s(<nil>), key: <nil>, value: ${goSyntax(value)}`);
  if (!isScalar(target)) throw new YamlError('yaml: invalid map key');
  const r = scalar(target);
  if (r.tag === 'null') throw new YamlError(`unsupported map key of type: %!s(<nil>), key: <nil>, value: ${goSyntax(value)}`);
  if (r.tag === 'float') return Number.isFinite(r.v) ? formatFloat32(r.v) : r.text;
  if (r.tag === 'int') return r.text;
  return String(r.v);
}

/** strconv.FormatFloat(x, 'g', -1, 32): the shortest digits that read back as the same float32. */
function formatFloat32(x: number): string {
  const f = Math.fround(x);
  for (let p = 1; p < 9; p++) {
    const d = Number(f.toPrecision(p));
    if (Math.fround(d) === f) return formatFloat(d, 'g', -1);
  }
  return formatFloat(Number(f.toPrecision(9)), 'g', -1);
}

/** go-yaml v2 merge keys: a map, an alias of one, or a sequence of them (earlier ones win). */
function merge(n: Node | null, doc: Document, out: Record<string, Plain>, budget: { nodes: number }): void {
  const target = isAlias(n) ? (n.resolve(doc) ?? null) : n;
  const fail = () => {
    throw new YamlError('yaml: map merge requires map or sequence of maps as the value');
  };
  if (isMap(target)) Object.assign(out, decode(target, doc, budget));
  else if (isSeq(target)) {
    for (const item of [...target.items].reverse()) {
      const m = isAlias(item) ? item.resolve(doc) : item;
      if (!isMap(m)) fail();
      Object.assign(out, decode(m as Node, doc, budget));
    }
  } else fail();
}

/** go-yaml's directives: only %YAML 1.1 and %TAG before the first document (the yaml library takes more). */
function checkDirectives(text: string): void {
  for (const line of text.split('\n')) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    if (!line.startsWith('%')) return;
    const m = /^%([0-9A-Za-z_-]*)(.?)(?:[ \t]*(\S+))?/.exec(line)!;
    const fail = (what: string) => new YamlError(`error converting YAML to JSON: yaml: ${what}`);
    if (m[1] === '') throw fail('could not find expected directive name');
    if (m[2] !== '' && !/[ \t\r]/.test(m[2])) throw fail('found unexpected non-alphabetical character');
    if (m[1] === 'YAML' && m[3] !== '1.1') throw fail('found incompatible YAML document');
    if (m[1] !== 'YAML' && m[1] !== 'TAG') throw fail('found unknown directive name');
  }
}

/** sigs.k8s.io/yaml Unmarshal into interface{}: the first document only, as plain JSON-like data. */
export function unmarshalYaml(text: string): unknown {
  checkDirectives(text);
  const [doc] = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false });
  if (!doc || !('contents' in doc)) return null;
  // go-yaml reads the first document's root node and stops: anything after it is never parsed.
  const end = (doc.contents as Node | null)?.range?.[1];
  const err = doc.errors.find((e) => !(e.code === 'UNEXPECTED_TOKEN' && end !== undefined && e.pos[0] >= end));
  if (err) {
    const line = text.slice(0, err.pos[0]).split('\n').length;
    throw new YamlError(`error converting YAML to JSON: yaml: line ${line}: ${err.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '')}`);
  }
  try {
    return decode(doc.contents as Node | null, doc);
  } catch (e) {
    throw new YamlError(`error converting YAML to JSON: ${(e as Error).message}`);
  }
}
