// Go's regexp (RE2) syntax checked and translated for JavaScript, so a filter accepts exactly what Argo CD
// accepts: lookarounds and backreferences are Go parse errors (a JS RegExp would silently accept them), and
// escapes and POSIX classes JS reads differently are rewritten or refused.
import { goRegex } from '../gotemplate/sprig-encoding.js';

const POSIX: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

/** Escapes Go accepts after `\` that mean the same in a JavaScript RegExp. */
const SAME_ESCAPES = new Set([...'fntrvxdDsSwWbBAz0']);

function perlSyntax(what: string): Error {
  return new Error(`error parsing regexp: invalid or unsupported Perl syntax: \`${what}\``);
}

/** JavaScript source for an RE2 pattern, or Go's parse error for syntax RE2 rejects. */
function translate(pattern: string): string {
  let out = '';
  let inClass = false;
  let classStart = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const e = pattern[i + 1];
      if (e === undefined) throw new Error('error parsing regexp: trailing backslash at end of expression: ``');
      if (e === 'Q') {
        // \Q...\E: a literal run.
        const end = pattern.indexOf('\\E', i + 2);
        const lit = pattern.slice(i + 2, end < 0 ? undefined : end);
        out += lit.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
        i = end < 0 ? pattern.length : end + 1;
        continue;
      }
      if (/[1-9]/.test(e) && !/[0-9]/.test(pattern[i + 2] ?? '')) throw new Error(`error parsing regexp: invalid escape sequence: \`\\${e}\``);
      if (e === 'p' || e === 'P') throw new Error(`Unicode class escapes (\`\\${e}\`) are not supported by gitops-sync`);
      if (e === 'a') out += '\\x07';
      else if (/[A-Za-z]/.test(e) && !SAME_ESCAPES.has(e)) throw new Error(`error parsing regexp: invalid escape sequence: \`\\${e}\``);
      else out += c + e;
      i++;
      continue;
    }
    if (inClass) {
      if (c === '[' && pattern[i + 1] === ':') {
        const m = /^\[:(\^?)([a-z]+):\]/.exec(pattern.slice(i));
        if (m && POSIX[m[2]]) {
          if (m[1]) throw new Error(`negated POSIX classes (\`${m[0]}\`) are not supported by gitops-sync`);
          out += POSIX[m[2]];
          i += m[0].length - 1;
          continue;
        }
      }
      // Go reads `]` first in a class (after `[` or `[^`) as a literal; JavaScript would close an empty class.
      if (c === ']' && i === classStart) {
        out += '\\]';
        continue;
      }
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      classStart = pattern[i + 1] === '^' ? i + 2 : i + 1;
    }
    if (c === '(' && pattern[i + 1] === '?') {
      const look = /^\(\?(<?[=!])/.exec(pattern.slice(i));
      if (look) throw perlSyntax(look[0]);
      if (/^\(\?[imsU-]*U/.test(pattern.slice(i))) throw new Error('the U (ungreedy) flag is not supported by gitops-sync');
    }
    out += c;
  }
  return out;
}

/** Compiles an RE2 pattern (as Go's `regexp.Compile`) to a RegExp with the same matches. */
export function compileRe2(pattern: string): RegExp {
  return goRegex(translate(pattern));
}
