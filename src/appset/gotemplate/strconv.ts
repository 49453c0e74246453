// Go's strconv for what fmt needs: FormatFloat in every format (exact decimal expansion, rounding
// half to even as Go's decimal type does, shortest digits from JavaScript, which finds the same
// shortest round-trip digits), Quote/QuoteRune with their ASCII-only variants, and the integer and
// quoted literals the template parser reads.

/** A float64's sign, binary exponent and 53-bit mantissa (value = mant × 2^exp). */
function decompose(x: number): { neg: boolean; mant: bigint; exp: number; special?: string } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const neg = bits >> 63n === 1n;
  let e = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  if (e === 0x7ff) return { neg, mant, exp: 0, special: mant !== 0n ? 'NaN' : neg ? '-Inf' : '+Inf' };
  if (e === 0) e++;
  else mant |= 1n << 52n;
  return { neg, mant, exp: e - 1023 - 52 };
}

/** Decimal digits (no leading or trailing zeros) and decimal point position: value = 0.d1d2… × 10^dp. */
interface Digits {
  d: string;
  dp: number;
}

function trim(d: string, dp: number): Digits {
  const t = d.replace(/0+$/, '');
  return t === '' ? { d: '', dp: 0 } : { d: t, dp };
}

/** The exact decimal expansion of mant × 2^exp. */
function exactDigits(mant: bigint, exp: number): Digits {
  if (mant === 0n) return { d: '', dp: 0 };
  let s: string;
  let dp: number;
  if (exp >= 0) {
    s = (mant << BigInt(exp)).toString();
    dp = s.length;
  } else {
    s = (mant * 5n ** BigInt(-exp)).toString();
    dp = s.length + exp;
  }
  return trim(s, dp);
}

/** Go's decimal.Round(nd): half to even on an exact tie (the digits are exact). */
function round(x: Digits, nd: number): Digits {
  if (nd < 0 || nd >= x.d.length) return x;
  const up = x.d[nd] === '5' && nd + 1 === x.d.length ? nd > 0 && (x.d.charCodeAt(nd - 1) - 48) % 2 === 1 : x.d[nd] >= '5';
  if (!up) return trim(x.d.slice(0, nd), x.dp);
  for (let i = nd - 1; i >= 0; i--) {
    if (x.d[i] < '9') return { d: x.d.slice(0, i) + String.fromCharCode(x.d.charCodeAt(i) + 1), dp: x.dp };
  }
  return { d: '1', dp: x.dp + 1 };
}

function shortestDigits(x: number): Digits {
  if (x === 0) return { d: '', dp: 0 };
  const [m, e] = Math.abs(x).toExponential().split('e');
  return trim(m.replace('.', ''), Number(e) + 1);
}

function fmtE(neg: boolean, x: Digits, prec: number, ch: string): string {
  let out = neg ? '-' : '';
  out += x.d.length ? x.d[0] : '0';
  if (prec > 0) out += '.' + x.d.slice(1, prec + 1).padEnd(prec, '0');
  let exp = x.d.length === 0 ? 0 : x.dp - 1;
  const sign = exp < 0 ? '-' : '+';
  exp = Math.abs(exp);
  return out + ch + sign + (exp < 10 ? '0' + exp : String(exp));
}

function fmtF(neg: boolean, x: Digits, prec: number): string {
  let out = neg ? '-' : '';
  if (x.dp > 0) out += x.d.slice(0, x.dp).padEnd(x.dp, '0');
  else out += '0';
  if (prec > 0) {
    let frac = '';
    for (let i = 1; i <= prec; i++) {
      const j = x.dp + i - 1;
      frac += j >= 0 && j < x.d.length ? x.d[j] : '0';
    }
    out += '.' + frac;
  }
  return out;
}

function fmtEFG(neg: boolean, x: Digits, precIn: number, fmt: string, shortest: boolean): string {
  let prec = precIn;
  const nd = x.d.length;
  if (fmt === 'g' || fmt === 'G') {
    let eprec = prec;
    if (eprec > nd && nd >= x.dp) eprec = nd;
    if (shortest) eprec = 6;
    const exp = x.dp - 1;
    if (exp < -4 || exp >= eprec) {
      if (prec > nd) prec = nd;
      return fmtE(neg, x, prec - 1, fmt === 'g' ? 'e' : 'E');
    }
    if (prec > x.dp) prec = nd;
    return fmtF(neg, x, Math.max(prec - x.dp, 0));
  }
  if (fmt === 'e' || fmt === 'E') return fmtE(neg, x, prec, fmt);
  if (fmt === 'f') return fmtF(neg, x, prec);
  return '%' + fmt;
}

/** strconv's fmtX: hexadecimal mantissa and binary exponent. */
function fmtX(neg: boolean, mantIn: bigint, expIn: number, prec: number, fmt: string): string {
  let mant = mantIn;
  let exp = mant === 0n ? 0 : expIn + 52;
  const MASK60 = (1n << 60n) - 1n;
  mant <<= 60n - 52n;
  while (mant !== 0n && (mant & (1n << 60n)) === 0n) {
    mant <<= 1n;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    const shift = BigInt(prec * 4);
    const extra = (mant << shift) & MASK60;
    mant >>= 60n - shift;
    if ((extra | (mant & 1n)) > 1n << 59n) mant++;
    mant <<= 60n - shift;
    if ((mant & (1n << 61n)) !== 0n) {
      mant >>= 1n;
      exp++;
    }
  }
  const hex = (n: bigint) => (fmt === 'X' ? n.toString(16).toUpperCase() : n.toString(16));
  let out = (neg ? '-' : '') + '0' + fmt + String((mant >> 60n) & 1n);
  mant = (mant << 4n) & ((1n << 64n) - 1n);
  if (prec < 0 && mant !== 0n) {
    out += '.';
    while (mant !== 0n) {
      out += hex((mant >> 60n) & 15n);
      mant = (mant << 4n) & ((1n << 64n) - 1n);
    }
  } else if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) {
      out += hex((mant >> 60n) & 15n);
      mant = (mant << 4n) & ((1n << 64n) - 1n);
    }
  }
  out += fmt === 'X' ? 'P' : 'p';
  out += exp < 0 ? '-' : '+';
  const a = Math.abs(exp);
  return out + (a < 10 ? '0' + a : String(a));
}

/** strconv.FormatFloat(x, fmt, prec, 64). */
export function formatFloat(x: number, fmt: string, precIn: number): string {
  const { neg, mant, exp, special } = decompose(x);
  if (special) return special;
  if (fmt === 'b') return (neg ? '-' : '') + mant.toString() + 'p' + (exp >= 0 ? '+' : '') + exp;
  if (fmt === 'x' || fmt === 'X') return fmtX(neg, mant, exp, precIn, fmt);
  let prec = precIn;
  if (prec < 0) {
    const digits = shortestDigits(x);
    if (fmt === 'e' || fmt === 'E') prec = Math.max(digits.d.length - 1, 0);
    else if (fmt === 'f') prec = Math.max(digits.d.length - digits.dp, 0);
    else prec = digits.d.length;
    return fmtEFG(neg, digits, prec, fmt, true);
  }
  let digits = exactDigits(mant, exp);
  if (fmt === 'e' || fmt === 'E') digits = round(digits, prec + 1);
  else if (fmt === 'f') digits = round(digits, digits.dp + prec);
  else if (fmt === 'g' || fmt === 'G') {
    if (prec === 0) prec = 1;
    digits = round(digits, prec);
  }
  return fmtEFG(neg, digits, prec, fmt, false);
}

/** strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isPrint(c: number): boolean {
  return c === 0x20 || /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(String.fromCodePoint(c));
}

const ESCAPES: Record<number, string> = { 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v' };

function escapeRune(c: number, quoteChar: number, asciiOnly: boolean): string {
  if (c === quoteChar || c === 0x5c) return '\\' + String.fromCharCode(c);
  if (asciiOnly ? c < 0x80 && isPrint(c) : isPrint(c)) return String.fromCodePoint(c);
  if (ESCAPES[c]) return ESCAPES[c];
  if (c < 0x20 || c === 0x7f) return '\\x' + c.toString(16).padStart(2, '0');
  if (c < 0x10000) return '\\u' + c.toString(16).padStart(4, '0');
  return '\\U' + c.toString(16).padStart(8, '0');
}

/** strconv.Quote (or QuoteToASCII). Lone surrogates stand for invalid UTF-8: Go prints `\ufffd` for those. */
export function quote(s: string, asciiOnly = false): string {
  let out = '"';
  for (const ch of s) {
    let c = ch.codePointAt(0) as number;
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    out += escapeRune(c, 0x22, asciiOnly);
  }
  return out + '"';
}

/** strconv.QuoteRune (or QuoteRuneToASCII). */
export function quoteRune(r: number, asciiOnly = false): string {
  return "'" + escapeRune(r, 0x27, asciiOnly) + "'";
}

/** strconv.CanBackquote. */
export function canBackquote(s: string): boolean {
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c === 0xfeff || c === 0x60) return false;
    if (c < 0x20 ? c !== 0x09 : c === 0x7f) return false;
  }
  return true;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Go bytes (a byte-wise slice of a string) as text: each byte of an invalid UTF-8 sequence becomes
 * U+FFFD, as encoding/json (and so Argo CD's Application) shows them.
 */
export function goBytesString(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; ) {
    const n = b[i] < 0x80 ? 1 : b[i] >= 0xf0 ? 4 : b[i] >= 0xe0 ? 3 : 2;
    try {
      out += fatalUtf8.decode(b.subarray(i, i + n));
      if (i + n > b.length) throw new Error('truncated');
      i += n;
    } catch {
      out += '\ufffd';
      i++;
    }
  }
  return out;
}

/** strconv's underscoreOK: `_` only between digits, or after a base prefix. */
export function underscoreOK(text: string): boolean {
  let s = text.replace(/^[+-]/, '');
  let saw = '^';
  let hex = false;
  if (/^0[bBoOxX]/.test(s)) {
    saw = '0';
    hex = /^0[xX]/.test(s);
    s = s.slice(2);
  }
  for (const c of s) {
    if (/[0-9]/.test(c) || (hex && /[a-fA-F]/.test(c))) saw = '0';
    else if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
    } else {
      if (saw === '_') return false;
      saw = '!';
    }
  }
  return saw !== '_';
}

/**
 * strconv.ParseFloat(s, 64): decimal or hexadecimal (`0x1p-2`) with Go's underscores, `inf`/`infinity`
 * (signed) and `nan` in any case; undefined for a syntax error, ±Infinity when out of range.
 */
export function parseGoFloat(s: string): number | undefined {
  const special = /^([+-]?)(inf|infinity)$/i.exec(s);
  if (special) return special[1] === '-' ? -Infinity : Infinity;
  if (/^nan$/i.test(s)) return NaN;
  if (s.includes('_') && !underscoreOK(s)) return undefined;
  const t = s.replace(/_/g, '');
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
  const h = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?\d+)$/.exec(t);
  if (!h || h[2] + (h[3] ?? '') === '') return undefined;
  const frac = h[3] ?? '';
  return (h[1] === '-' ? -1 : 1) * parseInt(h[2] + frac || '0', 16) * 2 ** (Number(h[4]) - 4 * frac.length);
}

/** A Go integer literal (decimal, 0x, 0b, 0o or leading-0 octal, with a sign), or undefined. */
export function parseGoInt(text: string): bigint | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
  if (!m) return undefined;
  let digits = m[2];
  if (/^0[0-7]+$/.test(digits)) digits = '0o' + digits.slice(1);
  const v = BigInt(digits.replace(/^0([XBO])/, (_, c: string) => '0' + c.toLowerCase()));
  return m[1] === '-' ? -v : v;
}

/** strconv.Unquote for "..." and '...' literals. */
export function unquote(lit: string, fail: (m: string) => never): string {
  const body = lit.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i];
    const simple: Record<string, string> = {
      a: '\x07',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
      v: '\v',
      '\\': '\\',
    };
    // A quote may be escaped only inside its own kind of literal.
    if (e === lit[0]) simple[e] = e;
    if (e in simple) {
      out += simple[e];
      continue;
    }
    const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hexLen) {
      const hex = body.slice(i + 1, i + 1 + hexLen);
      const n = parseInt(hex, 16);
      if (!new RegExp(`^[0-9a-fA-F]{${hexLen}}$`).test(hex) || (e !== 'x' && (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)))) fail('invalid syntax');
      out += e === 'x' ? String.fromCharCode(n) : String.fromCodePoint(n);
      i += hexLen;
      continue;
    }
    if (/[0-7]/.test(e)) {
      const oct = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 0o377) fail('invalid syntax');
      out += String.fromCharCode(parseInt(oct, 8));
      i += 2;
      continue;
    }
    fail('invalid syntax');
  }
  return out;
}
