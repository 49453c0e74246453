// The three kinds of pattern matching AppProject policy uses upstream:
// - Argo CD's util/glob.Match (gobwas/glob): destinations, sync windows, sourceNamespaces with no
//   separator (render's gobwasMatcher), sourceRepos with `/` as separator (compiled here, because
//   with a separator `*` and `?` stop at `/` while `**` crosses it — render's matcher has no such mode);
// - `/regex/` entries in sourceNamespaces (glob.MatchStringInList in REGEXP mode);
// - Go's filepath.Match for resource allow/deny lists (isResourceInList).
import { gobwasMatcher } from '../render/gobwas-glob.js';

const cache = new Map<string, (text: string) => boolean>();

/** util/glob.Match: gobwas syntax; with `separator` set, `*` and `?` do not match it and `**` does. */
export function globMatch(pattern: string, text: string, separator = ''): boolean {
  const key = `${separator}\u0000${pattern}`;
  let matcher = cache.get(key);
  if (!matcher) {
    matcher = separator ? separatorMatcher(pattern, separator) : gobwasMatcher(pattern);
    cache.set(key, matcher);
  }
  return matcher(text);
}

/**
 * Argo CD's `globMatch(pattern, val, allowNegation)` helper: `*` alone matches everything, and with
 * negation a leading `!` inverts the match of the rest.
 */
export function argoGlobMatch(pattern: string, text: string, allowNegation: boolean, separator = ''): boolean {
  if (allowNegation && isDenyPattern(pattern)) return !globMatch(pattern.slice(1), text, separator);
  return pattern === '*' || globMatch(pattern, text, separator);
}

export function isDenyPattern(pattern: string): boolean {
  return pattern.startsWith('!');
}

/**
 * glob.MatchStringInList(list, item, REGEXP): an entry wrapped in `/` is a regular expression
 * (unanchored, as Go's regexp.MatchString), anything else a gobwas glob.
 */
export function matchStringInList(list: readonly string[], item: string): boolean {
  return list.some((entry) => {
    if (entry.length >= 2 && entry.startsWith('/') && entry.endsWith('/') && regexMatch(entry.slice(1, -1), item)) {
      return true;
    }
    return globMatch(entry, item);
  });
}

function regexMatch(source: string, text: string): boolean {
  try {
    return new RegExp(source, 'u').test(text);
  } catch {
    return false;
  }
}

/** Go filepath.Match: `*`/`?` stop at `/`, `[...]`/`[^...]` classes, `\` escapes; a bad pattern matches nothing. */
export function filepathMatch(pattern: string, text: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\') {
      if (i + 1 >= pattern.length) return false;
      re += escapeRe(pattern[++i]);
    } else if (c === '[') {
      const close = classEnd(pattern, i + 1);
      if (close < 0) return false;
      let body = pattern.slice(i + 1, close);
      const negate = body.startsWith('^');
      if (negate) body = body.slice(1);
      if (body === '') return false;
      re += `[${negate ? '^' : ''}${classBody(body)}]`;
      i = close;
    } else re += escapeRe(c);
  }
  try {
    return new RegExp(`^${re}$`, 's').test(text);
  } catch {
    return false; // e.g. a reversed range [z-a]
  }
}

/** A Go class body as a RegExp class body: `\x` is a literal x, `a-z` stays a range. */
function classBody(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') out += escapeRe(body[++i] ?? '\\');
    else if (body[i] === '-') out += '-';
    else out += escapeRe(body[i]);
  }
  return out;
}

/** Index of the `]` closing a class that starts at `from` (escapes skipped), or -1. */
function classEnd(p: string, from: number): number {
  for (let i = from; i < p.length; i++) {
    if (p[i] === '\\') i++;
    else if (p[i] === ']') return i;
  }
  return -1;
}

/** gobwas compiled with separators: `*` → run without separators, `**` → anything, `?` → one non-separator. */
function separatorMatcher(pattern: string, separators: string): (text: string) => boolean {
  const notSep = `[^${[...separators].map(escapeRe).join('')}]`;
  let re: RegExp;
  try {
    const [source, end] = compile(pattern, 0, false, notSep);
    if (end !== pattern.length) throw new Error('unbalanced }');
    re = new RegExp(`^${source}$`, 's');
  } catch {
    // Upstream logs the compile error and matches nothing.
    return () => false;
  }
  return (text) => re.test(text);
}

function compile(p: string, start: number, inBraces: boolean, notSep: string): [string, number] {
  let out = '';
  let i = start;
  while (i < p.length) {
    const c = p[i];
    if (inBraces && (c === ',' || c === '}')) return [out, i];
    if (c === '\\') {
      if (i + 1 >= p.length) throw new Error('dangling escape');
      out += escapeRe(p[i + 1]);
      i += 2;
    } else if (c === '*') {
      const superStar = p[i + 1] === '*';
      out += superStar ? '.*' : `${notSep}*`;
      i += superStar ? 2 : 1;
    } else if (c === '?') {
      out += notSep;
      i++;
    } else if (c === '[') {
      const close = p.indexOf(']', i + 1);
      if (close < 0) throw new Error('unclosed [');
      let body = p.slice(i + 1, close);
      const negate = body.startsWith('!');
      if (negate) body = body.slice(1);
      if (body === '') throw new Error('empty class');
      out += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, (m) => `\\${m}`)}]`;
      i = close + 1;
    } else if (c === '{') {
      const alternatives: string[] = [];
      i++;
      for (;;) {
        const [alt, end] = compile(p, i, true, notSep);
        alternatives.push(alt);
        if (end >= p.length) throw new Error('unclosed {');
        i = end + 1;
        if (p[end] === '}') break;
      }
      out += `(?:${alternatives.join('|')})`;
    } else {
      out += escapeRe(c);
      i++;
    }
  }
  if (inBraces) throw new Error('unclosed {');
  return [out, i];
}

function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/-]/g, (m) => `\\${m}`);
}
