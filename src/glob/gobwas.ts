// Argo CD matches globs with github.com/gobwas/glob (its util/glob): directory include/exclude,
// ignoreDifferences and health-customization group/kind, project destinations and sync windows are
// compiled WITHOUT separators, so `*` and `?` also match `/` and `.`; sourceRepos uses `/` as the
// separator, where `*` and `?` stop at it and `**` crosses it. No npm glob library has those
// semantics (picomatch/minimatch treat `/` specially), hence this small compiler to a RegExp.

/**
 * A matcher for a gobwas glob, optionally with separator characters; an invalid pattern matches
 * nothing (upstream logs and returns false).
 */
export function gobwasMatcher(pattern: string, separators = ''): (text: string) => boolean {
  const anyRun = separators ? `[^${[...separators].map(escapeRe).join('')}]` : '.';
  let re: RegExp;
  try {
    const [source, end] = compile(pattern, 0, false, anyRun, separators !== '');
    if (end !== pattern.length) throw new Error('unbalanced }');
    re = new RegExp(`^${source}$`, 's');
  } catch {
    return () => false;
  }
  return (text) => re.test(text);
}

const cache = new Map<string, (text: string) => boolean>();

/** gobwasMatcher with the compiled pattern kept for the next call. */
export function gobwasMatch(pattern: string, text: string, separators = ''): boolean {
  const key = `${separators}\u0000${pattern}`;
  let matcher = cache.get(key);
  if (!matcher) {
    matcher = gobwasMatcher(pattern, separators);
    cache.set(key, matcher);
  }
  return matcher(text);
}

/**
 * Compiles from `i` until end of pattern (or, inside braces, until `,` or `}`); returns [regex, index].
 * `one` is the RegExp for a single non-separator character; with separators, `**` crosses them.
 */
function compile(p: string, start: number, inBraces: boolean, one: string, superStar: boolean): [string, number] {
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
      let n = 0;
      while (p[i + n] === '*') n++;
      out += superStar && n > 1 ? '.*' : `${one}*`;
      i += n;
    } else if (c === '?') {
      out += one;
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
        const [alt, end] = compile(p, i, true, one, superStar);
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

export function escapeRe(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/-]/g, (m) => `\\${m}`);
}
