// Go's fmt package, for the values templates handle: Sprint/Sprintln/Sprintf with Go's verbs, flags,
// width and precision, and Go's spelling of bad verbs (`%!d(string=x)`), missing and extra arguments.
import { timeString } from './gotime.js';
import { goTypeName, isGoTime, isMap, sortedKeys, type GoValue } from './values.js';

interface Spec {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width?: number;
  prec?: number;
}

const NO_FLAGS: Spec = { minus: false, plus: false, sharp: false, space: false, zero: false };

/** fmt.Sprint: operands joined, with a space between two operands when neither is a string. */
export function sprint(args: GoValue[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatV(a);
  });
  return out;
}

/** fmt.Sprintln: always a space between operands, and a final newline. */
export function sprintln(args: GoValue[]): string {
  return args.map((a) => formatV(a)).join(' ') + '\n';
}

/** `%v` of a value. */
export function formatV(v: GoValue, spec: Spec = NO_FLAGS): string {
  return formatVerb(v, 'v', spec);
}

export function sprintf(format: string, args: GoValue[]): string {
  let out = '';
  let argi = 0;
  let i = 0;
  const n = format.length;
  while (i < n) {
    const c = format[i];
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    i++;
    const spec: Spec = { ...NO_FLAGS };
    flags: while (i < n) {
      switch (format[i]) {
        case '-':
          spec.minus = true;
          spec.zero = false;
          break;
        case '+':
          spec.plus = true;
          break;
        case '#':
          spec.sharp = true;
          break;
        case ' ':
          spec.space = true;
          break;
        case '0':
          spec.zero = !spec.minus;
          break;
        default:
          break flags;
      }
      i++;
    }
    // width
    if (format[i] === '*') {
      i++;
      const w = args[argi++];
      if (typeof w === 'bigint') {
        spec.width = Number(w);
        if (spec.width < 0) {
          spec.minus = true;
          spec.width = -spec.width;
        }
      } else out += '%!(BADWIDTH)';
    } else {
      const m = /^\d+/.exec(format.slice(i));
      if (m) {
        spec.width = Number(m[0]);
        i += m[0].length;
      }
    }
    if (format[i] === '.') {
      i++;
      if (format[i] === '*') {
        i++;
        const p = args[argi++];
        if (typeof p === 'bigint') spec.prec = Number(p);
        else out += '%!(BADPREC)';
      } else {
        const m = /^\d+/.exec(format.slice(i));
        spec.prec = m ? Number(m[0]) : 0;
        if (m) i += m[0].length;
      }
    }
    if (i >= n) {
      out += '%!(NOVERB)';
      break;
    }
    const cp = format.codePointAt(i)!;
    const verb = String.fromCodePoint(cp);
    i += verb.length;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += formatVerb(args[argi++], verb, spec);
  }
  if (argi < args.length) {
    out += '%!(EXTRA ' + args.slice(argi).map((a) => `${goTypeName(a)}=${formatV(a)}`).join(', ') + ')';
  }
  return out;
}

function badVerb(v: GoValue, verb: string): string {
  if (v === null || v === undefined) return `%!${verb}(<nil>)`;
  return `%!${verb}(${goTypeName(v)}=${formatV(v)})`;
}

function pad(s: string, spec: Spec, zeroOk = false): string {
  const w = spec.width ?? 0;
  const len = [...s].length;
  if (len >= w) return s;
  if (spec.minus) return s + ' '.repeat(w - len);
  if (spec.zero && zeroOk) {
    const sign = /^[+\- ]/.test(s) ? s[0] : '';
    return sign + '0'.repeat(w - len) + s.slice(sign.length);
  }
  return ' '.repeat(w - len) + s;
}

function formatVerb(v: GoValue, verb: string, spec: Spec): string {
  if (verb === 'T') return pad(goTypeName(v), spec);
  if (v === undefined || v === null) return verb === 'v' ? pad('<nil>', spec) : badVerb(v, verb);
  if (isGoTime(v)) return verb === 'v' || verb === 's' ? pad(timeString(v), spec) : badVerb(v, verb);
  if (Array.isArray(v)) {
    if (verb === 's' || verb === 'q' || verb === 'x' || verb === 'X' || verb === 'v' || verb === 'd') {
      return '[' + v.map((e) => formatVerb(e, verb, { ...spec, width: undefined })).join(' ') + ']';
    }
    return '[' + v.map((e) => formatVerb(e, verb, spec)).join(' ') + ']';
  }
  if (isMap(v)) {
    return (
      'map[' +
      sortedKeys(v)
        .map((k) => `${formatVerb(k, verb, spec)}:${formatVerb(v[k], verb, spec)}`)
        .join(' ') +
      ']'
    );
  }
  switch (typeof v) {
    case 'string':
      return formatString(v, verb, spec);
    case 'boolean':
      return verb === 'v' || verb === 't' ? pad(String(v), spec) : badVerb(v, verb);
    case 'bigint':
      return formatInt(v, verb, spec);
    case 'number':
      return formatFloat(v, verb, spec);
  }
  return badVerb(v, verb);
}

function formatString(s: string, verb: string, spec: Spec): string {
  let t = s;
  if (spec.prec !== undefined && (verb === 's' || verb === 'v' || verb === 'q')) t = [...t].slice(0, spec.prec).join('');
  switch (verb) {
    case 'v':
    case 's':
      return pad(t, spec, true);
    case 'q':
      return pad(spec.sharp && !/[`\p{C}]/u.test(t) ? '`' + t + '`' : goQuote(t), spec);
    case 'x':
    case 'X': {
      const bytes = [...Buffer.from(spec.prec !== undefined ? Buffer.from(s).subarray(0, spec.prec) : Buffer.from(s))];
      let hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join(spec.space ? ' ' : '');
      if (verb === 'X') hex = hex.toUpperCase();
      return pad(hex, spec);
    }
  }
  return badVerb(s, verb);
}

/** strconv.Quote: double-quoted, Go escapes, printable Unicode kept. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case '"':
        out += '\\"';
        continue;
      case '\\':
        out += '\\\\';
        continue;
      case '\x07':
        out += '\\a';
        continue;
      case '\b':
        out += '\\b';
        continue;
      case '\f':
        out += '\\f';
        continue;
      case '\n':
        out += '\\n';
        continue;
      case '\r':
        out += '\\r';
        continue;
      case '\t':
        out += '\\t';
        continue;
      case '\v':
        out += '\\v';
        continue;
    }
    if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (/[\p{C}\p{Z}]/u.test(ch) && ch !== ' ') {
      out += cp > 0xffff ? '\\U' + cp.toString(16).padStart(8, '0') : '\\u' + cp.toString(16).padStart(4, '0');
    } else out += ch;
  }
  return out + '"';
}

function withSign(body: string, negative: boolean, spec: Spec): string {
  if (negative) return '-' + body;
  if (spec.plus) return '+' + body;
  if (spec.space) return ' ' + body;
  return body;
}

function formatInt(n: bigint, verb: string, spec: Spec): string {
  const neg = n < 0n;
  const abs = neg ? -n : n;
  let body: string;
  switch (verb) {
    case 'v':
    case 'd':
      body = abs.toString(10);
      break;
    case 'x':
      body = (spec.sharp ? '0x' : '') + abs.toString(16);
      break;
    case 'X':
      body = (spec.sharp ? '0X' : '') + abs.toString(16).toUpperCase();
      break;
    case 'o':
      body = (spec.sharp ? '0' : '') + abs.toString(8);
      break;
    case 'O':
      body = '0o' + abs.toString(8);
      break;
    case 'b':
      body = abs.toString(2);
      break;
    case 'c':
      return pad(String.fromCodePoint(Number(n)), spec);
    case 'q':
      return pad("'" + goQuote(String.fromCodePoint(Number(n))).slice(1, -1).replace(/\\"/g, '"') + "'", spec);
    case 'U':
      return pad('U+' + abs.toString(16).toUpperCase().padStart(4, '0'), spec);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      return badVerb(n, verb);
    default:
      return badVerb(n, verb);
  }
  if (spec.prec !== undefined) {
    if (spec.prec === 0 && abs === 0n) body = '';
    else body = body.padStart(spec.prec, '0');
    return pad(withSign(body, neg, spec), spec);
  }
  return pad(withSign(body, neg, spec), spec, true);
}

/** Shortest decimal digits and decimal exponent of |x| (x finite, non-zero), as strconv finds them. */
function shortestDigits(x: number): { digits: string; exp: number } {
  const [m, e] = Math.abs(x).toExponential().split('e');
  return { digits: m.replace('.', ''), exp: Number(e) };
}

function expString(exp: number): string {
  const a = Math.abs(exp);
  return (exp < 0 ? 'e-' : 'e+') + (a < 10 ? '0' + a : String(a));
}

/** %e body with the given significant digits. */
function eForm(digits: string, exp: number, sharpDot = false): string {
  const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits + (sharpDot ? '.' : '');
  return mant + expString(exp);
}

/** %f body from digits/exponent (digits d1d2... means 0.d1d2... × 10^(exp+1)). */
function fForm(digits: string, exp: number, prec: number | undefined): string {
  const point = exp + 1; // digits before the decimal point
  let intPart: string;
  let frac: string;
  if (point <= 0) {
    intPart = '0';
    frac = '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    intPart = digits + '0'.repeat(point - digits.length);
    frac = '';
  } else {
    intPart = digits.slice(0, point);
    frac = digits.slice(point);
  }
  if (prec !== undefined) frac = frac.padEnd(prec, '0').slice(0, prec);
  return frac ? `${intPart}.${frac}` : intPart;
}

function fixed(abs: number, prec: number): string {
  if (abs < 1e21) {
    // JS rounds an exact tie up, Go rounds it to even: look at the exact expansion past `prec`.
    const exact = abs.toFixed(Math.min(100, prec + 30));
    const dot = exact.indexOf('.');
    if (/^50*$/.test(exact.slice(dot + 1 + prec))) {
      const truncated = exact.slice(0, prec > 0 ? dot + 1 + prec : dot);
      if (Number(truncated[truncated.length - 1]) % 2 === 0) return truncated;
    }
    return abs.toFixed(prec);
  }
  const { digits, exp } = shortestDigits(abs);
  return fForm(digits, exp, prec);
}

/** strconv.FormatFloat(x, 'g', prec, 64) without the sign; prec -1 is shortest. */
export function formatG(abs: number, prec: number, sharp = false): string {
  if (abs === 0) return prec > 0 && sharp ? '0.' + '0'.repeat(prec - 1) : '0';
  let digits: string;
  let exp: number;
  if (prec < 0) ({ digits, exp } = shortestDigits(abs));
  else {
    const p = prec === 0 ? 1 : prec;
    const [m, e] = abs.toExponential(p - 1).split('e');
    digits = m.replace('.', '');
    exp = Number(e);
    if (!sharp) digits = digits.replace(/0+$/, '') || '0';
  }
  let eprec = prec < 0 ? 6 : prec === 0 ? 1 : prec;
  if (prec >= 0 && eprec > digits.length && digits.length >= exp + 1) eprec = digits.length;
  if (exp < -4 || exp >= eprec) return eForm(digits, exp);
  return fForm(digits, exp, undefined);
}

function formatFloat(x: number, verb: string, spec: Spec): string {
  if (Number.isNaN(x)) return pad(spec.plus ? '+NaN' : 'NaN', spec);
  const neg = x < 0 || Object.is(x, -0);
  const abs = Math.abs(x);
  if (!Number.isFinite(x)) return pad(withSign('Inf', neg, spec), spec);
  let body: string;
  switch (verb) {
    case 'v':
    case 'g':
    case 'G':
      body = formatG(abs, spec.prec ?? -1, spec.sharp);
      if (verb === 'G') body = body.toUpperCase();
      break;
    case 'f':
    case 'F':
      body = fixed(abs, spec.prec ?? 6);
      break;
    case 'e':
    case 'E': {
      const [m, e] = abs.toExponential(spec.prec ?? 6).split('e');
      body = m + expString(Number(e));
      if (verb === 'E') body = body.toUpperCase();
      break;
    }
    default:
      return badVerb(x, verb);
  }
  return pad(withSign(body, neg, spec), spec, true);
}
