// Argo CD matches directory include/exclude with github.com/gobwas/glob compiled WITHOUT separators,
// so `*` and `?` also match `/` and `**/*.yaml` needs a `/`. No npm glob library has those semantics
// (picomatch/minimatch treat `/` specially), hence this small compiler to a RegExp.

/** A matcher for a gobwas glob; an invalid pattern matches nothing (upstream logs and returns false). */
export function gobwasMatcher(pattern: string): (text: string) => boolean {
  let re: RegExp;
  try {
    const [source, end] = compile(pattern, 0, false);
    if (end !== pattern.length) throw new Error('unbalanced }');
    re = new RegExp(`^${source}$`, 's');
  } catch {
    return () => false;
  }
  return (text) => re.test(text);
}

/** Compiles from `i` until end of pattern (or, inside braces, until `,` or `}`); returns [regex, index]. */
function compile(p: string, start: number, inBraces: boolean): [string, number] {
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
      out += '.*';
      while (p[i] === '*') i++;
    } else if (c === '?') {
      out += '.';
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
        const [alt, end] = compile(p, i, true);
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
