// huandu/xstrings v1.5.0 (Sprig's snakecase, kebabcase and camelcase), ported rune for rune: words are
// runs of upper case, letters, numbers, punctuation, connectors (`-`, `_`, spaces) or anything else, and
// only connectors and upper case are rewritten (`feature/x` keeps its `/`, `HTTPServer` → `http_server`).
import { goLower, goUpper } from './unicode.js';

type WordType = 'invalid' | 'number' | 'upper' | 'alphabet' | 'connector' | 'punct' | 'other';

const isConnector = (r: string) => r === '-' || r === '_' || /\s/u.test(r);
const isUpper = (r: string) => /\p{Lu}/u.test(r);
const isNumber = (r: string) => /\p{N}/u.test(r);
const isPunct = (r: string) => /\p{P}/u.test(r);

/** xstrings' isAlphabet: a letter that is not a CJK ideograph. */
function isAlphabet(r: string): boolean {
  if (!/\p{L}/u.test(r)) return false;
  const c = r.codePointAt(0)!;
  return !((c >= 0x4e00 && c <= 0x9fcc) || (c >= 0x3400 && c <= 0x4d85) || (c >= 0x20000 && c <= 0x2b81d));
}

interface Word {
  wt: WordType;
  word: string[];
  rest: string[];
}

/** nextWord over runes. */
function nextWord(rs: string[]): Word {
  if (rs.length === 0) return { wt: 'invalid', word: [], rest: [] };
  const r = rs[0];
  let n = 1;
  const run = (ok: (x: string) => boolean) => {
    while (n < rs.length && ok(rs[n])) n++;
  };
  let wt: WordType;
  if (isConnector(r)) {
    wt = 'connector';
    run(isConnector);
  } else if (isPunct(r)) {
    wt = 'punct';
    run(isPunct);
  } else if (isUpper(r)) {
    wt = 'upper';
    if (n < rs.length) {
      if (isUpper(rs[n])) {
        run(isUpper);
        // "HTTPStatus" splits into "HTTP" and "Status".
        if (n < rs.length && isAlphabet(rs[n])) n--;
      } else if (isAlphabet(rs[n])) run((x) => isAlphabet(x) && !isUpper(x));
    }
  } else if (isAlphabet(r)) {
    wt = 'alphabet';
    run((x) => isAlphabet(x) && !isUpper(x));
  } else if (isNumber(r)) {
    wt = 'number';
    run(isNumber);
  } else {
    wt = 'other';
    run((x) => !(isConnector(x) || isAlphabet(x) || isNumber(x) || isPunct(x)));
  }
  return { wt, word: rs.slice(0, n), rest: rs.slice(n) };
}

/** toLower: only upper-case and connector words change. */
function toLower(wt: WordType, word: string[], connector: string): string {
  if (wt !== 'upper' && wt !== 'connector') return word.join('');
  return word.map((r) => (isConnector(r) ? connector : isUpper(r) ? goLower(r) : r)).join('');
}

/** camelCaseToLowerCase. */
export function toLowerCase(str: string, connector: string): string {
  if (str === '') return '';
  let out = '';
  let w = nextWord([...str]);
  while (w.rest.length > 0) {
    if (w.wt !== 'connector') out += toLower(w.wt, w.word, connector);
    const prev = w;
    w = nextWord(w.rest);
    if (prev.wt === 'number') {
      while (w.wt === 'alphabet' || w.wt === 'number') {
        out += toLower(w.wt, w.word, connector);
        w = nextWord(w.rest);
      }
      if (w.wt !== 'invalid' && w.wt !== 'punct' && w.wt !== 'connector') out += connector;
    } else if (prev.wt === 'connector') {
      out += toLower(prev.wt, prev.word, connector);
    } else if (prev.wt !== 'punct') {
      if (w.wt !== 'number') {
        if (w.wt !== 'connector' && w.wt !== 'punct') out += connector;
        continue;
      }
      if (w.rest.length === 0) continue;
      const num = w.word;
      w = nextWord(w.rest);
      // A number followed by a non-letter belongs to the previous word ("Bld4Floor" → "bld4_floor").
      if (w.wt !== 'alphabet') {
        out += toLower('number', num, connector);
        if (w.wt !== 'connector' && w.wt !== 'punct') out += connector;
        continue;
      }
      // Lower case after a number: the number starts a word ("HTTP2xx" → "http_2xx").
      out += connector + toLower('number', num, connector);
      while (w.wt === 'alphabet' || w.wt === 'number') {
        out += toLower(w.wt, w.word, connector);
        w = nextWord(w.rest);
      }
      if (w.wt !== 'invalid' && w.wt !== 'connector' && w.wt !== 'punct') out += connector;
    }
  }
  return out + toLower(w.wt, w.word, connector);
}

/**
 * toCamelCase with isBig (ToPascalCase, Sprig's camelcase): connectors are dropped and the rune after
 * them upper-cased; a run of upper case after a word's first upper-case rune is lowered
 * (`HTTP_server` → `HttpServer`); leading and doubled connectors stay.
 */
export function toPascalCase(str: string): string {
  const rs = [...str];
  if (rs.length === 0) return '';
  let out = '';
  let i = 0;
  let r0 = '';
  let firstUpper = false;
  for (; i < rs.length; i++) {
    r0 = rs[i];
    if (!isConnector(r0)) {
      firstUpper = isUpper(r0);
      r0 = goUpper(r0);
      i++;
      break;
    }
    out += r0;
  }
  // Only one rune left (xstrings writes a last connector twice).
  if (i >= rs.length) return out + r0;
  for (; i < rs.length; i++) {
    const r1 = r0;
    r0 = rs[i];
    if (isConnector(r0) && isConnector(r1)) {
      out += r1;
      continue;
    }
    if (isConnector(r1)) {
      firstUpper = isUpper(r0);
      r0 = goUpper(r0);
    } else {
      if (firstUpper) {
        if (isUpper(r0)) r0 = goLower(r0);
        else firstUpper = false;
      }
      out += r1;
    }
  }
  return out + r0;
}
