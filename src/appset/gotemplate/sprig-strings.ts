// Sprig string functions (Masterminds/sprig v3 strings.go and its xstrings/goutils helpers).
import { randomBytes, randomInt } from 'node:crypto';
import { goQuote } from './fmt.js';
import { budgetMessage, MAX_TEMPLATE_OUTPUT } from './budget.js';
import { fn, FuncError, type FuncMap } from './funcs.js';
import { strslice, strval } from './sprig-convert.js';
import { goBytesString } from './strconv.js';
import { goLower, goUpper } from './unicode.js';
import { toLowerCase, toPascalCase } from './xstrings.js';
import { goTyped, type GoValue } from './values.js';

const bytes = (s: string) => Buffer.from(s);
const byteSlice = (s: string, a: number, b?: number) => goBytesString(bytes(s).subarray(a, b));

/** Sprig's substring over bytes, with Go's slice-bounds panics. */
function substr(start: bigint, end: bigint, s: string): string {
  const len = bytes(s).length;
  const a = Number(start);
  const b = Number(end);
  const bounds = (what: string) => new FuncError(`runtime error: slice bounds out of range ${what}`);
  if (a < 0) {
    if (b < 0) throw bounds(`[:${b}]`);
    if (b > len) throw bounds(`[:${b}] with length ${len}`);
    return byteSlice(s, 0, b);
  }
  if (b < 0 || b > len) {
    if (a > len) throw bounds(`[${a}:${len}]`);
    return byteSlice(s, a);
  }
  if (a > b) throw bounds(`[${a}:${b}]`);
  return byteSlice(s, a, b);
}

function trunc(c: bigint, s: string): string {
  const n = Number(c);
  const len = bytes(s).length;
  if (n < 0 && len + n > 0) return byteSlice(s, len + n);
  if (n >= 0 && len > n) return byteSlice(s, 0, n);
  return s;
}

/** strings.Title: upper-case the first letter of each word (words split by non-letter/digit/_ runes). */
function title(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    out += /[\p{L}\p{N}_']/u.test(prev) ? ch : goUpper(ch);
    prev = ch;
  }
  return out;
}

function untitle(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    out += /\s/u.test(prev) ? ch.toLowerCase() : ch;
    prev = ch;
  }
  return out;
}

function swapcase(s: string): string {
  return [...s].map((c) => (c === goUpper(c) ? goLower(c) : goUpper(c))).join('');
}

/** goutils.Abbreviate, over bytes. */
function abbrev(width: bigint, s: string): string {
  const w = Number(width);
  if (w < 4) return s;
  return bytes(s).length > w ? byteSlice(s, 0, w - 3) + '...' : s;
}

/** goutils.AbbreviateFull, over bytes. */
function abbrevboth(left: bigint, right: bigint, s: string): string {
  const l = Number(left);
  const r = Number(right);
  if (r < 4 || (l > 0 && r < 7)) return s;
  const len = bytes(s).length;
  let off = l;
  if (len <= r) return s;
  if (off > len) off = len;
  if (len - off < r - 3) off = len - (r - 3);
  if (off <= 4) return byteSlice(s, 0, r - 3) + '...';
  if (off + r - 3 < len) return '...' + abbrev(BigInt(r - 3), byteSlice(s, off));
  return '...' + byteSlice(s, len - (r - 3));
}

/**
 * goutils.DeleteWhiteSpace reads bytes as runes: when it removes anything, multi-byte text becomes
 * Latin-1 (`ß` → `Ã\x9f`); when it removes nothing it returns the string as it was.
 */
function nospace(s: string): string {
  const runes = [...bytes(s)].map((b) => String.fromCharCode(b));
  const kept = runes.filter((c) => !/[\t\n\v\f\r \x85\xa0]/.test(c));
  return kept.length === runes.length ? s : kept.join('');
}

/** goutils.Initials: the first byte of each word, as a rune (so `é` gives `Ã`). */
function initials(s: string): string {
  return s
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => String.fromCharCode(bytes(w)[0]))
    .join('');
}

/** goutils.WrapCustom: wrap at `width` columns on spaces. */
function wrapWith(width: bigint, sep: string, s: string): string {
  const w = Number(width) < 1 ? 1 : Number(width);
  return s
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let cur = '';
      for (const word of line.split(' ')) {
        if (cur === '') cur = word;
        else if (cur.length + 1 + word.length <= w) cur += ' ' + word;
        else {
          out.push(cur);
          cur = word;
        }
      }
      out.push(cur);
      return out.join(sep);
    })
    .join(sep);
}

/** Sprig's split/splitn: a map[string]string with keys `_0`, `_1`, ... */
function splitMap(parts: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  parts.forEach((p, i) => (out[`_${i}`] = p));
  return goTyped('map[string]string', out);
}

/** strings.SplitN. */
export function goSplitN(s: string, sep: string, n: number): string[] {
  if (n === 0) return [];
  const all = sep === '' ? [...s] : s.split(sep);
  if (n < 0 || all.length <= n) return all;
  return [...all.slice(0, n - 1), all.slice(n - 1).join(sep)];
}

function randString(chars: string, count: bigint): string {
  let out = '';
  for (let i = 0; i < Number(count); i++) out += chars[randomInt(chars.length)];
  return out;
}

const ALPHA = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/** strings.Repeat, with its panics. */
function goRepeat(s: string, count: bigint): string {
  if (count < 0n) throw new FuncError('strings: negative Repeat count');
  if (count * BigInt(Buffer.byteLength(s)) >= 2n ** 63n) throw new FuncError('strings: Repeat output length overflow');
  // Refused before allocating: the result could never be output (budget.ts).
  if (count * BigInt(Buffer.byteLength(s)) > BigInt(MAX_TEMPLATE_OUTPUT)) throw new FuncError(budgetMessage('output'));
  return s.repeat(Number(count));
}

function indent(spaces: bigint, v: string): string {
  const pad = goRepeat(' ', spaces);
  return pad + v.split('\n').join('\n' + pad);
}

export const STRING_FUNCS: FuncMap = {
  upper: fn(['string'], goUpper),
  lower: fn(['string'], goLower),
  title: fn(['string'], title),
  untitle: fn(['string'], untitle),
  substr: fn(['int', 'int', 'string'], substr),
  repeat: fn(['int', 'string'], (c: bigint, s: string) => goRepeat(s, c)),
  trim: fn(['string'], (s: string) => s.trim()),
  trimAll: fn(['string', 'string'], (cut: string, s: string) => trimCutset(s, cut)),
  trimall: fn(['string', 'string'], (cut: string, s: string) => trimCutset(s, cut)),
  hello: fn([], () => 'Hello!'),
  trimPrefix: fn(['string', 'string'], (p: string, s: string) => (s.startsWith(p) ? s.slice(p.length) : s)),
  trimSuffix: fn(['string', 'string'], (x: string, s: string) => (x && s.endsWith(x) ? s.slice(0, -x.length) : s)),
  nospace: fn(['string'], nospace),
  trunc: fn(['int', 'string'], trunc),
  abbrev: fn(['int', 'string'], abbrev),
  abbrevboth: fn(['int', 'int', 'string'], abbrevboth),
  initials: fn(['string'], initials),
  randAlphaNum: fn(['int'], (n: bigint) => randString(ALPHA + DIGITS, n)),
  randAlpha: fn(['int'], (n: bigint) => randString(ALPHA, n)),
  randNumeric: fn(['int'], (n: bigint) => randString(DIGITS, n)),
  randInt: fn(['int', 'int'], (min: bigint, max: bigint) => {
    if (max <= min) throw new FuncError('invalid argument to Intn');
    return min + BigInt(randomInt(Number(max - min)));
  }),
  randBytes: fn(['int'], (n: bigint) => randomBytes(Number(n)).toString('base64')),
  randAscii: fn(['int'], (n: bigint) => randString(ASCII, n)),
  wrap: fn(['int', 'string'], (w: bigint, s: string) => wrapWith(w, '\n', s)),
  wrapWith: fn(['int', 'string', 'string'], wrapWith),
  contains: fn(['string', 'string'], (sub: string, s: string) => s.includes(sub)),
  hasPrefix: fn(['string', 'string'], (p: string, s: string) => s.startsWith(p)),
  hasSuffix: fn(['string', 'string'], (p: string, s: string) => s.endsWith(p)),
  quote: fn([], (...a: GoValue[]) => a.filter((x) => x !== null).map((x) => goQuote(strval(x))).join(' '), 'any'),
  squote: fn([], (...a: GoValue[]) => a.filter((x) => x !== null).map((x) => `'${strval(x)}'`).join(' '), 'any'),
  cat: fn([], (...a: GoValue[]) => a.filter((x) => x !== null).map(strval).join(' '), 'any'),
  indent: fn(['int', 'string'], indent),
  nindent: fn(['int', 'string'], (n: bigint, v: string) => '\n' + indent(n, v)),
  // strings.Replace with an empty old string inserts `n` before every rune and at the end.
  replace: fn(['string', 'string', 'string'], (o: string, n: string, s: string) => (o === '' ? n + [...s].join(n) + (s ? n : '') : s.split(o).join(n))),
  plural: fn(['string', 'string', 'int'], (one: string, many: string, c: bigint) => (c === 1n ? one : many)),
  snakecase: fn(['string'], (s: string) => toLowerCase(s, '_')),
  camelcase: fn(['string'], toPascalCase),
  kebabcase: fn(['string'], (s: string) => toLowerCase(s, '-')),
  swapcase: fn(['string'], swapcase),
  shuffle: fn(['string'], (s: string) => {
    const a = [...s];
    for (let i = a.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a.join('');
  }),
  toString: fn(['any'], (v: GoValue) => strval(v)),
  toStrings: fn(['any'], (v: GoValue) => goTyped('[]string', strslice(v))),
  join: fn(['string', 'any'], (sep: string, v: GoValue) => strslice(v).join(sep)),
  split: fn(['string', 'string'], (sep: string, s: string) => splitMap(goSplitN(s, sep, -1))),
  splitList: fn(['string', 'string'], (sep: string, s: string) => goTyped('[]string', sep === '' ? [...s] : s.split(sep))),
  splitn: fn(['string', 'int', 'string'], (sep: string, n: bigint, s: string) => splitMap(goSplitN(s, sep, Number(n)))),
  ternary: fn(['any', 'any', 'bool'], (a: GoValue, b: GoValue, c: boolean) => (c ? a : b)),
};

/** strings.Trim with a cutset. */
export function trimCutset(s: string, cut: string): string {
  const set = new Set([...cut]);
  const a = [...s];
  let i = 0;
  let j = a.length;
  while (i < j && set.has(a[i])) i++;
  while (j > i && set.has(a[j - 1])) j--;
  return a.slice(i, j).join('');
}
