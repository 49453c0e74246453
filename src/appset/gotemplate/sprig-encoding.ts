// Sprig encoding, JSON, hashes, regular expressions, paths, URLs and UUIDs.
import { createHash, randomUUID } from 'node:crypto';
import { parseJson } from '../../parse/json.js';
import { fn, FuncError, type FuncMap } from './funcs.js';
import { GoRegexp } from './goregexp.js';
import { formatTime } from './gotime.js';
import { canBackquote, quote } from './strconv.js';
import { fromPlain, GoInt64, GoObject, goTyped, isNilSlice, isGoTime, sortedKeys, type GoMap, type GoValue } from './values.js';

/** encoding/json Marshal (map keys sorted; HTML-escaped unless `raw`). */
export function goJson(v: GoValue, raw: boolean, indent = '', level = 0): string {
  if (v === undefined || v === null || isNilSlice(v)) return 'null';
  if (typeof v === 'string') return jsonString(v, raw);
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof GoInt64) return v.n.toString();
  if (v instanceof GoObject) return jsonString(v.string(), raw);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new FuncError(`json: unsupported value: ${Number.isNaN(v) ? 'NaN' : v > 0 ? '+Inf' : '-Inf'}`);
    return String(v);
  }
  // time.Time's MarshalJSON: RFC 3339 with nanoseconds, in the time's own zone.
  if (isGoTime(v)) return jsonString(formatTime(v, '2006-01-02T15:04:05.999999999Z07:00'), raw);
  const nl = indent ? '\n' + indent.repeat(level + 1) : '';
  const close = indent ? '\n' + indent.repeat(level) : '';
  const sep = indent ? ': ' : ':';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return '[' + v.map((x) => nl + goJson(x, raw, indent, level + 1)).join(',') + close + ']';
  }
  const m = v as GoMap;
  const keys = sortedKeys(m);
  if (keys.length === 0) return '{}';
  return '{' + keys.map((k) => nl + jsonString(k, raw) + sep + goJson(m[k], raw, indent, level + 1)).join(',') + close + '}';
}

function jsonString(s: string, raw: boolean): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || (!raw && (ch === '<' || ch === '>' || ch === '&')) || cp === 0x2028 || cp === 0x2029) {
      out += '\\u' + cp.toString(16).padStart(4, '0');
    } else out += ch;
  }
  return out + '"';
}

function fromJson(s: string): GoValue {
  try {
    return fromPlain(parseJson(s));
  } catch (e) {
    throw new FuncError((e as Error).message);
  }
}

/** regexp.Compile; the error is returned (Sprig's must* functions). */
function compileRegexp(pattern: string): GoRegexp {
  try {
    return new GoRegexp(pattern);
  } catch (e) {
    throw new FuncError((e as Error).message);
  }
}

/** regexp.MustCompile, whose panic text/template reports as the call's error. */
function mustCompile(pattern: string): GoRegexp {
  try {
    return new GoRegexp(pattern);
  } catch (e) {
    const q = canBackquote(pattern) ? `\`${pattern}\`` : quote(pattern);
    throw new FuncError(`regexp: Compile(${q}): ${(e as Error).message}`);
  }
}

function b64dec(s: string, url = false): string {
  const ok = url ? /^[A-Za-z0-9_-]*={0,2}$/.test(s) : /^[A-Za-z0-9+/]*={0,2}$/.test(s);
  if (!ok || s.length % 4 !== 0) {
    const bad = s.search(url ? /[^A-Za-z0-9_=-]/ : /[^A-Za-z0-9+/=]/);
    return `illegal base64 data at input byte ${bad >= 0 ? bad : Math.floor(s.length / 4) * 4}`;
  }
  return Buffer.from(s, 'base64').toString();
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function b32enc(s: string): string {
  const bytes = Buffer.from(s);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += B32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(value << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += '=';
  return out;
}

function b32dec(s: string): string {
  const clean = s.replace(/=+$/, '');
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (let i = 0; i < clean.length; i++) {
    const idx = B32.indexOf(clean[i]);
    if (idx < 0) return `illegal base32 data at input byte ${i}`;
    value = (value << 5) | idx;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(bytes).toString();
}

function adler32(s: string): string {
  let a = 1;
  let b = 0;
  for (const byte of Buffer.from(s)) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return String(((b << 16) | a) >>> 0);
}

const hash = (alg: string) => (s: string) => createHash(alg).update(s).digest('hex');

/** path.Clean. */
export function pathClean(p: string): string {
  if (p === '') return '.';
  const rooted = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return rooted ? '/' + joined : joined || '.';
}

/** path.Base. */
export function pathBase(p: string): string {
  if (p === '') return '.';
  const t = p.replace(/\/+$/, '');
  if (t === '') return '/';
  return t.slice(t.lastIndexOf('/') + 1);
}

/** path.Dir. */
export function pathDir(p: string): string {
  return pathClean(p.slice(0, p.lastIndexOf('/') + 1));
}

function pathExt(p: string): string {
  for (let i = p.length - 1; i >= 0 && p[i] !== '/'; i--) if (p[i] === '.') return p.slice(i);
  return '';
}

function urlParse(v: string): GoMap {
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new FuncError(`unable to parse url: parse ${JSON.stringify(v)}: invalid URL`);
  }
  return {
    scheme: u.protocol.replace(/:$/, ''),
    host: u.host,
    hostname: u.hostname,
    path: decodeURIComponent(u.pathname),
    query: u.search.replace(/^\?/, ''),
    opaque: '',
    fragment: u.hash.replace(/^#/, ''),
    userinfo: u.username ? (u.password ? `${u.username}:${u.password}` : u.username) : '',
  };
}

function urlJoin(d: GoMap | null): string {
  const m = d ?? {};
  const g = (k: string) => (typeof m[k] === 'string' ? (m[k] as string) : '');
  let out = g('scheme') ? g('scheme') + ':' : '';
  if (g('host') || g('userinfo')) out += '//' + (g('userinfo') ? g('userinfo') + '@' : '') + g('host');
  out += g('path');
  if (g('query')) out += '?' + g('query');
  if (g('fragment')) out += '#' + g('fragment');
  return out;
}

export const ENCODING_FUNCS: FuncMap = {
  b64enc: fn(['string'], (s: string) => Buffer.from(s).toString('base64')),
  b64dec: fn(['string'], (s: string) => b64dec(s)),
  b32enc: fn(['string'], b32enc),
  b32dec: fn(['string'], b32dec),
  sha1sum: fn(['string'], hash('sha1')),
  sha256sum: fn(['string'], hash('sha256')),
  sha512sum: fn(['string'], hash('sha512')),
  adler32sum: fn(['string'], adler32),
  toJson: fn(['any'], (v: GoValue) => goJson(v, false)),
  mustToJson: fn(['any'], (v: GoValue) => goJson(v, false)),
  toPrettyJson: fn(['any'], (v: GoValue) => goJson(v, false, '  ')),
  mustToPrettyJson: fn(['any'], (v: GoValue) => goJson(v, false, '  ')),
  toRawJson: fn(['any'], (v: GoValue) => goJson(v, true)),
  mustToRawJson: fn(['any'], (v: GoValue) => goJson(v, true)),
  fromJson: fn(['string'], (s: string) => {
    try {
      return fromJson(s);
    } catch {
      return null;
    }
  }),
  mustFromJson: fn(['string'], fromJson),
  regexMatch: fn(['string', 'string'], (re: string, s: string) => {
    try {
      return new GoRegexp(re).matchString(s);
    } catch {
      return false;
    }
  }),
  mustRegexMatch: fn(['string', 'string'], (re: string, s: string) => compileRegexp(re).matchString(s)),
  regexFind: fn(['string', 'string'], (re: string, s: string) => mustCompile(re).findString(s)),
  mustRegexFind: fn(['string', 'string'], (re: string, s: string) => compileRegexp(re).findString(s)),
  regexFindAll: fn(['string', 'string', 'int'], (re: string, s: string, n: bigint) => goTyped('[]string', mustCompile(re).findAllString(s, Number(n)))),
  mustRegexFindAll: fn(['string', 'string', 'int'], (re: string, s: string, n: bigint) => goTyped('[]string', compileRegexp(re).findAllString(s, Number(n)))),
  regexReplaceAll: fn(['string', 'string', 'string'], (re: string, s: string, r: string) => mustCompile(re).replaceAllString(s, r)),
  mustRegexReplaceAll: fn(['string', 'string', 'string'], (re: string, s: string, r: string) => compileRegexp(re).replaceAllString(s, r)),
  regexReplaceAllLiteral: fn(['string', 'string', 'string'], (re: string, s: string, r: string) => mustCompile(re).replaceAllLiteralString(s, r)),
  mustRegexReplaceAllLiteral: fn(['string', 'string', 'string'], (re: string, s: string, r: string) => compileRegexp(re).replaceAllLiteralString(s, r)),
  regexSplit: fn(['string', 'string', 'int'], (re: string, s: string, n: bigint) => goTyped('[]string', mustCompile(re).split(s, Number(n)))),
  mustRegexSplit: fn(['string', 'string', 'int'], (re: string, s: string, n: bigint) => goTyped('[]string', compileRegexp(re).split(s, Number(n)))),
  regexQuoteMeta: fn(['string'], (s: string) => s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&')),
  base: fn(['string'], pathBase),
  dir: fn(['string'], pathDir),
  clean: fn(['string'], pathClean),
  ext: fn(['string'], pathExt),
  isAbs: fn(['string'], (p: string) => p.startsWith('/')),
  osBase: fn(['string'], pathBase),
  osDir: fn(['string'], pathDir),
  osClean: fn(['string'], pathClean),
  osExt: fn(['string'], pathExt),
  osIsAbs: fn(['string'], (p: string) => p.startsWith('/')),
  urlParse: fn(['string'], urlParse),
  urlJoin: fn(['map'], urlJoin),
  uuidv4: fn([], () => randomUUID()),
};
