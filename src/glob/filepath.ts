// Go's path/filepath.Match, used upstream for AppProject resource lists and ApplicationSet git
// generator paths.
import { escapeRe } from './gobwas.js';

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
