// Go's regexp package on re2js (a port of RE2: Go's syntax, semantics and parse errors, linear-time
// matching). re2js follows Java's API, so Go's own iteration rules live here: `All` functions skip an
// empty match right after a match and step one character past empty matches, ReplaceAllString expands
// `$name` as regexp.Expand does, Split drops the empty tail as Go does. Positions are UTF-16 indexes.
import { RE2JS, RE2JSException } from 're2js';
import { goNilSlice } from './values.js';

/** One match: [start, end] for the whole match then each group; -1 where a group took no part. */
type Match = number[];

interface Compiled {
  re: RE2JS;
  /** Group names in group order; Go allows a name twice (re2js does not, so repeats are renamed). */
  names: (string | undefined)[];
}

const cache = new Map<string, Compiled>();
const CACHE_LIMIT = 500;

/** Renames the second and later groups of a repeated name, outside classes and escapes. */
function renameDuplicates(pattern: string): { pattern: string; originals: Map<string, string> } {
  const seen = new Set<string>();
  const originals = new Map<string, string>();
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === '[' && pattern[i + 1] === ':') {
        const close = pattern.indexOf(':]', i + 2);
        if (close > 0) {
          out += pattern.slice(i, close + 2);
          i = close + 1;
          continue;
        }
      }
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      // A `]` right after `[` or `[^` is a literal.
      const skip = pattern[i + 1] === '^' ? (pattern[i + 2] === ']' ? 2 : 1) : pattern[i + 1] === ']' ? 1 : 0;
      out += pattern.slice(i, i + 1 + skip);
      i += skip;
      continue;
    }
    const m = /^\(\?P?<(\w+)>/.exec(pattern.slice(i));
    if (m) {
      let name = m[1];
      if (seen.has(name)) {
        const renamed = `gitopsSyncDup${originals.size}_${name}`;
        originals.set(renamed, name);
        name = renamed;
      } else seen.add(name);
      out += `(?P<${name}>`;
      i += m[0].length - 1;
      continue;
    }
    out += c;
  }
  return { pattern: out, originals };
}

/** regexp.Compile: throws Go's message (`error parsing regexp: ...`). */
function compile(pattern: string): Compiled {
  let c = cache.get(pattern);
  if (!c) {
    let re: RE2JS;
    let originals = new Map<string, string>();
    try {
      try {
        re = RE2JS.compile(pattern);
      } catch (e) {
        if (!(e instanceof RE2JSException && /duplicate capture group name/.test(e.message))) throw e;
        const renamed = renameDuplicates(pattern);
        originals = renamed.originals;
        re = RE2JS.compile(renamed.pattern);
      }
    } catch (e) {
      throw new Error(e instanceof RE2JSException ? e.message : `error parsing regexp: ${(e as Error).message}`, { cause: e });
    }
    const names: (string | undefined)[] = [];
    for (const [name, index] of Object.entries(re.namedGroups())) names[index] = originals.get(name) ?? name;
    c = { re, names };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(pattern, c);
  }
  return c;
}

/** Width of the character at `i` in UTF-16 units (0 at the end), as Go steps one rune. */
function runeWidth(s: string, i: number): number {
  if (i >= s.length) return 0;
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
}

export class GoRegexp {
  private readonly re: RE2JS;
  private readonly names: (string | undefined)[];

  constructor(readonly pattern: string) {
    ({ re: this.re, names: this.names } = compile(pattern));
  }

  /** The leftmost match at or after `pos`, searching the whole string (so `^` and `\b` see context). */
  private execAt(s: string, pos: number): Match | undefined {
    const m = this.re.matcher(s);
    if (!m.find(pos)) return undefined;
    const out: Match = [];
    for (let g = 0; g <= m.groupCount(); g++) out.push(m.start(g), m.end(g));
    return out;
  }

  matchString(s: string): boolean {
    return this.execAt(s, 0) !== undefined;
  }

  findString(s: string): string {
    const m = this.execAt(s, 0);
    return m ? s.slice(m[0], m[1]) : '';
  }

  /** regexp.allMatches: at most `n` matches (all when n < 0). */
  allMatches(s: string, n: number): Match[] {
    const out: Match[] = [];
    let prevMatchEnd = -1;
    for (let pos = 0; (n < 0 || out.length < n) && pos <= s.length; ) {
      const m = this.execAt(s, pos);
      if (!m) break;
      let accept = true;
      if (m[1] === pos) {
        // An empty match right after a match is ignored; either way step one character.
        if (m[0] === prevMatchEnd) accept = false;
        const w = runeWidth(s, pos);
        pos = w > 0 ? pos + w : s.length + 1;
      } else pos = m[1];
      prevMatchEnd = m[1];
      if (accept) out.push(m);
    }
    return out;
  }

  /** A nil slice (as Go gives) when nothing matches. */
  findAllString(s: string, n: number): string[] {
    return goNilSlice(this.allMatches(s, n).map((m) => s.slice(m[0], m[1])));
  }

  /** regexp.replaceAll with `repl` building each replacement. */
  private replaceAll(s: string, repl: (m: Match) => string): string {
    let out = '';
    let lastMatchEnd = 0;
    let searchPos = 0;
    while (searchPos <= s.length) {
      const m = this.execAt(s, searchPos);
      if (!m) break;
      out += s.slice(lastMatchEnd, m[0]);
      // No replacement for an empty match right after another match.
      if (m[1] > lastMatchEnd || m[0] === 0) out += repl(m);
      lastMatchEnd = m[1];
      const w = runeWidth(s, searchPos);
      if (searchPos + w > m[1]) searchPos += w;
      else if (searchPos + 1 > m[1]) searchPos++;
      else searchPos = m[1];
    }
    return out + s.slice(lastMatchEnd);
  }

  replaceAllString(s: string, template: string): string {
    return this.replaceAll(s, (m) => expand(template, s, m, this.names));
  }

  replaceAllLiteralString(s: string, repl: string): string {
    return this.replaceAll(s, () => repl);
  }

  split(s: string, n: number): string[] {
    if (n === 0) return goNilSlice([]);
    if (this.pattern.length > 0 && s.length === 0) return [''];
    const out: string[] = [];
    let beg = 0;
    let end = 0;
    for (const m of this.allMatches(s, n)) {
      if (n > 0 && out.length === n - 1) break;
      end = m[0];
      if (m[1] !== 0) out.push(s.slice(beg, end));
      beg = m[1];
    }
    if (end !== s.length) out.push(s.slice(beg));
    return out;
  }
}

/** regexp's extract: a `$` reference's name (letters, digits, `_`, optionally braced) and number. */
function extract(str: string): { name: string; num: number; rest: string } | undefined {
  let s = str;
  const brace = s.startsWith('{');
  if (brace) s = s.slice(1);
  const name = /^[\p{L}\p{Nd}_]*/u.exec(s)![0];
  if (name === '') return undefined;
  let i = name.length;
  if (brace) {
    if (s[i] !== '}') return undefined;
    i++;
  }
  let num = /^[0-9]+$/.test(name) && !(name[0] === '0' && name.length > 1) ? Number(name) : -1;
  if (num >= 1e8) num = -1;
  return { name, num, rest: s.slice(i) };
}

/** regexp.Expand: `$1`, `${1}`, `$name`, `${name}`, `$$`; a malformed `$` stays as text. */
function expand(template: string, src: string, m: Match, names: (string | undefined)[]): string {
  let out = '';
  let t = template;
  for (;;) {
    const at = t.indexOf('$');
    if (at < 0) break;
    out += t.slice(0, at);
    t = t.slice(at + 1);
    if (t.startsWith('$')) {
      out += '$';
      t = t.slice(1);
      continue;
    }
    const ref = extract(t);
    if (!ref) {
      out += '$';
      continue;
    }
    t = ref.rest;
    // A name repeated in the pattern gives the first of its groups that took part.
    const g = ref.num >= 0 ? ref.num : names.findIndex((n, i) => n === ref.name && m[2 * i] >= 0);
    if (g >= 0 && 2 * g + 1 < m.length && m[2 * g] >= 0) out += src.slice(m[2 * g], m[2 * g + 1]);
  }
  return out + t;
}
