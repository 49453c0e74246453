// Go's fmt/format.go: padding, width and precision, and the formatting of one string, integer, rune or
// float under the current flags. fmt.ts (print.go) decides what to format with which verb.
import { canBackquote, formatFloat as strconvFloat, isPrint, quote, quoteRune } from './strconv.js';

const MAX_RUNE = 0x10ffff;

/** fmt's per-verb state (fmtFlags plus width and precision). */
export interface Flags {
  widPresent: boolean;
  precPresent: boolean;
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  plusV: boolean;
  sharpV: boolean;
  wid: number;
  prec: number;
}

export function clearFlags(): Flags {
  return { widPresent: false, precPresent: false, minus: false, plus: false, sharp: false, space: false, zero: false, plusV: false, sharpV: false, wid: 0, prec: 0 };
}

function runeCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** One Sprint/Sprintf call: an output buffer and the current flags, as fmt's pp. */
/** The output buffer and the current flags, with fmt's formatting primitives (fmt.fmt in Go). */
export class Fmt {
  buf = '';
  f: Flags = clearFlags();

  protected padding(n: number): string {
    if (n <= 0) return '';
    return (this.f.zero && !this.f.minus ? '0' : ' ').repeat(n);
  }

  pad(s: string): void {
    if (!this.f.widPresent || this.f.wid === 0) {
      this.buf += s;
      return;
    }
    const width = this.f.wid - runeCount(s);
    this.buf += this.f.minus ? s + this.padding(width) : this.padding(width) + s;
  }

  /** pad with zero padding switched off (fmt's oldZero dance). */
  protected padNoZero(s: string): void {
    const z = this.f.zero;
    this.f.zero = false;
    this.pad(s);
    this.f.zero = z;
  }

  protected truncate(s: string): string {
    if (!this.f.precPresent) return s;
    return [...s].slice(0, this.f.prec).join('');
  }

  fmtS(s: string): void {
    this.pad(this.truncate(s));
  }

  protected fmtSx(s: string, upper: boolean): void {
    const bytes = Buffer.from(s, 'utf8');
    let length = bytes.length;
    if (this.f.precPresent && this.f.prec < length) length = this.f.prec;
    let width = 2 * length;
    if (width > 0) {
      if (this.f.space) {
        if (this.f.sharp) width *= 2;
        width += length - 1;
      } else if (this.f.sharp) width += 2;
    } else {
      if (this.f.widPresent) this.buf += this.padding(this.f.wid);
      return;
    }
    if (this.f.widPresent && this.f.wid > width && !this.f.minus) this.buf += this.padding(this.f.wid - width);
    const prefix = upper ? '0X' : '0x';
    let out = this.f.sharp ? prefix : '';
    for (let i = 0; i < length; i++) {
      if (this.f.space && i > 0) out += this.f.sharp ? ' ' + prefix : ' ';
      const h = bytes[i].toString(16).padStart(2, '0');
      out += upper ? h.toUpperCase() : h;
    }
    this.buf += out;
    if (this.f.widPresent && this.f.wid > width && this.f.minus) this.buf += this.padding(this.f.wid - width);
  }

  protected fmtQ(s: string): void {
    const t = this.truncate(s);
    if (this.f.sharp && canBackquote(t)) this.pad('`' + t + '`');
    else this.pad(quote(t, this.f.plus));
  }

  protected fmtInteger(n: bigint, isSigned: boolean, base: number, verb: string, upper: boolean): void {
    const negative = isSigned && n < 0n;
    let u = negative ? -n : n;
    if (!isSigned) u = BigInt.asUintN(64, n);
    let prec = 0;
    if (this.f.precPresent) {
      prec = this.f.prec;
      if (prec === 0 && u === 0n) {
        const z = this.f.zero;
        this.f.zero = false;
        this.buf += this.padding(this.f.wid);
        this.f.zero = z;
        return;
      }
    } else if (this.f.zero && !this.f.minus && this.f.widPresent) {
      prec = this.f.wid;
      if (negative || this.f.plus || this.f.space) prec--;
    }
    let digits = u.toString(base);
    if (upper) digits = digits.toUpperCase();
    if (digits.length < prec) digits = '0'.repeat(prec - digits.length) + digits;
    if (this.f.sharp) {
      if (base === 2) digits = '0b' + digits;
      else if (base === 8 && digits[0] !== '0') digits = '0' + digits;
      else if (base === 16) digits = (upper ? '0X' : '0x') + digits;
    }
    if (verb === 'O') digits = '0o' + digits;
    if (negative) digits = '-' + digits;
    else if (this.f.plus) digits = '+' + digits;
    else if (this.f.space) digits = ' ' + digits;
    this.padNoZero(digits);
  }

  protected fmtUnicode(n: bigint): void {
    const u = BigInt.asUintN(64, n);
    let hex = u.toString(16).toUpperCase();
    const prec = this.f.precPresent && this.f.prec > 4 ? this.f.prec : 4;
    if (hex.length < prec) hex = '0'.repeat(prec - hex.length) + hex;
    let s = 'U+' + hex;
    if (this.f.sharp && u <= BigInt(MAX_RUNE) && isPrint(Number(u))) s += " '" + String.fromCodePoint(Number(u)) + "'";
    this.padNoZero(s);
  }

  protected rune(n: bigint): number {
    const u = BigInt.asUintN(64, n);
    const r = u > BigInt(MAX_RUNE) ? 0xfffd : Number(u);
    return r >= 0xd800 && r <= 0xdfff ? 0xfffd : r;
  }

  /** %c: the rune (out-of-range values print U+FFFD). */
  protected fmtC(n: bigint): void {
    this.pad(String.fromCodePoint(this.rune(n)));
  }

  /** %q of an integer: the quoted rune. */
  protected fmtQc(n: bigint): void {
    this.pad(quoteRune(this.rune(n), this.f.plus));
  }


  protected fmtFloat(v: number, verb: string, prec: number): void {
    const p = this.f.precPresent ? this.f.prec : prec;
    let num = strconvFloat(v, verb, p);
    if (num[0] === '-' || num[0] === '+') {
      // keep the sign
    } else num = '+' + num;
    if (this.f.space && num[0] === '+' && !this.f.plus) num = ' ' + num.slice(1);
    if (num[1] === 'I' || num[1] === 'N') {
      if (num[1] === 'N' && !this.f.space && !this.f.plus) num = num.slice(1);
      this.padNoZero(num);
      return;
    }
    if (this.f.sharp && verb !== 'b') {
      let digits = 0;
      if (verb === 'v' || verb === 'g' || verb === 'G' || verb === 'x') digits = p === -1 ? 6 : p;
      let tail = '';
      let body = num;
      let hasPoint = false;
      let sawNonzero = false;
      for (let i = 1; i < body.length; i++) {
        const c = body[i];
        if (c === '.') hasPoint = true;
        else if (c === 'p' || c === 'P' || ((c === 'e' || c === 'E') && verb !== 'x' && verb !== 'X')) {
          tail = body.slice(i);
          body = body.slice(0, i);
          break;
        } else {
          if (c !== '0') sawNonzero = true;
          if (sawNonzero) digits--;
        }
      }
      if (!hasPoint) {
        if (body.length === 2 && body[1] === '0') digits--;
        body += '.';
      }
      if (digits > 0) body += '0'.repeat(digits);
      num = body + tail;
    }
    if (this.f.plus || num[0] !== '+') {
      if (this.f.zero && !this.f.minus && this.f.widPresent && this.f.wid > num.length) {
        this.buf += num[0] + this.padding(this.f.wid - num.length) + num.slice(1);
        return;
      }
      this.pad(num);
      return;
    }
    this.pad(num.slice(1));
  }
}
