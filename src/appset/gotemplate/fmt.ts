// Go's fmt package (go1.27 fmt/print.go; format.go is fmt-format.ts), ported for the values templates handle:
// Sprint/Sprintln/Sprintf with every verb, flag, width, precision and explicit argument index, flags
// applied to each element of slices and maps, `%#v` in Go syntax, and Go's spelling of bad verbs,
// missing, extra and bad-index arguments.
import { clearFlags, Fmt } from './fmt-format.js';
import { timeString } from './gotime.js';
import { GoInt64, GoObject, goTypeName, intValue, isGoTime, isMap, isNilSlice, sortedKeys, type GoValue } from './values.js';

export { quote as goQuote } from './strconv.js';

/** One Sprint/Sprintf call (fmt's pp): which verb formats which value, over Fmt's primitives. */
class Printer extends Fmt {
  private erroring = false;

  private fmtIntegerVerb(v: GoValue, n: bigint, verb: string): void {
    switch (verb) {
      case 'v':
      case 'd':
        return this.fmtInteger(n, true, 10, verb, false);
      case 'b':
        return this.fmtInteger(n, true, 2, verb, false);
      case 'o':
      case 'O':
        return this.fmtInteger(n, true, 8, verb, false);
      case 'x':
        return this.fmtInteger(n, true, 16, verb, false);
      case 'X':
        return this.fmtInteger(n, true, 16, verb, true);
      case 'c':
        return this.fmtC(n);
      case 'q':
        return this.fmtQc(n);
      case 'U':
        return this.fmtUnicode(n);
    }
    this.badVerb(v, verb);
  }

  private fmtFloatVerb(v: number, verb: string): void {
    switch (verb) {
      case 'v':
        return this.fmtFloat(v, 'g', -1);
      case 'b':
      case 'g':
      case 'G':
      case 'x':
      case 'X':
        return this.fmtFloat(v, verb, -1);
      case 'f':
      case 'e':
      case 'E':
        return this.fmtFloat(v, verb, 6);
      case 'F':
        return this.fmtFloat(v, 'f', 6);
    }
    this.badVerb(v, verb);
  }

  private fmtString(v: GoValue, s: string, verb: string): void {
    switch (verb) {
      case 'v':
        return this.f.sharpV ? this.fmtQ(s) : this.fmtS(s);
      case 's':
        return this.fmtS(s);
      case 'x':
        return this.fmtSx(s, false);
      case 'X':
        return this.fmtSx(s, true);
      case 'q':
        return this.fmtQ(s);
    }
    this.badVerb(v, verb);
  }

  private fmtBool(v: boolean, verb: string): void {
    if (verb === 't' || verb === 'v') this.pad(String(v));
    else this.badVerb(v, verb);
  }

  badVerb(v: GoValue, verb: string): void {
    this.erroring = true;
    this.buf += '%!' + verb + '(';
    if (v === undefined || v === null) this.buf += '<nil>';
    else {
      this.buf += goTypeName(v) + '=';
      this.printArg(v, 'v');
    }
    this.buf += ')';
    this.erroring = false;
  }

  /** Stringer handling (time.Time's and semver's String): v, s, x, X and q print the string; nothing else does. */
  private handleMethods(v: GoValue, verb: string): boolean {
    if (this.erroring || !(isGoTime(v) || v instanceof GoObject) || this.f.sharpV) return false;
    if (!['v', 's', 'x', 'X', 'q'].includes(verb)) return false;
    this.fmtString(v, v instanceof GoObject ? v.string() : timeString(v), verb);
    return true;
  }

  printArg(v: GoValue, verb: string): void {
    if (v === undefined || v === null) {
      if (verb === 'T' || verb === 'v') this.pad('<nil>');
      else this.badVerb(v, verb);
      return;
    }
    if (verb === 'T') return this.fmtS(goTypeName(v));
    if (verb === 'p') return this.fmtPointer(v, verb);
    this.printValue(v, verb, 0);
  }

  private fmtPointer(v: GoValue, verb: string): void {
    // Maps and slices are pointers in Go, but their addresses mean nothing here: print Go's text for
    // a non-pointer, and a stable zero address for the rest.
    if (!Array.isArray(v) && !isMap(v)) return this.badVerb(v, verb);
    this.fmtInteger(0n, false, 16, 'v', false);
  }

  /** printValue: `depth` > 0 is an element of a slice or map (an interface{} element when untyped). */
  printValue(v: GoValue, verb: string, depth: number): void {
    if (this.handleMethods(v, verb)) return;
    if (v === undefined || v === null) {
      // A nil interface{} element: printed without flags, whatever the verb.
      this.buf += this.f.sharpV ? 'interface {}(nil)' : '<nil>';
      return;
    }
    if (Array.isArray(v)) {
      if (this.f.sharpV && isNilSlice(v)) {
        this.buf += goTypeName(v) + '(nil)';
        return;
      }
      if (this.f.sharpV) {
        this.buf += goTypeName(v) + '{';
        v.forEach((e, i) => {
          if (i > 0) this.buf += ', ';
          this.printValue(e, verb, depth + 1);
        });
        this.buf += '}';
      } else {
        this.buf += '[';
        v.forEach((e, i) => {
          if (i > 0) this.buf += ' ';
          this.printValue(e, verb, depth + 1);
        });
        this.buf += ']';
      }
      return;
    }
    if (isGoTime(v)) {
      this.fmtS(timeString(v));
      return;
    }
    if (isMap(v)) {
      this.buf += this.f.sharpV ? goTypeName(v) + '{' : 'map[';
      sortedKeys(v).forEach((k, i) => {
        if (i > 0) this.buf += this.f.sharpV ? ', ' : ' ';
        this.printValue(k, verb, depth + 1);
        this.buf += ':';
        this.printValue(v[k], verb, depth + 1);
      });
      this.buf += this.f.sharpV ? '}' : ']';
      return;
    }
    switch (typeof v) {
      case 'string':
        return this.fmtString(v, v, verb);
      case 'boolean':
        return this.fmtBool(v, verb);
      case 'bigint':
        return this.fmtIntegerVerb(v, v, verb);
      case 'object':
        if (v instanceof GoInt64) return this.fmtIntegerVerb(v, v.n, verb);
        break;
      case 'number':
        return this.fmtFloatVerb(v, verb);
    }
  }

  doPrintf(format: string, args: GoValue[]): void {
    const end = format.length;
    let argNum = 0;
    let afterIndex: boolean;
    let reordered = false;
    let goodArgNum: boolean;
    const argNumber = (i: number): { i: number; found: boolean } => {
      if (i >= end || format[i] !== '[') return { i, found: false };
      reordered = true;
      const { index, wid, ok } = parseArgNumber(format.slice(i));
      if (ok && index >= 0 && index < args.length) {
        argNum = index;
        return { i: i + wid, found: true };
      }
      goodArgNum = false;
      return { i: i + wid, found: ok };
    };
    const intFromArg = (): { num: number; isInt: boolean } => {
      let num = 0;
      let isInt = false;
      if (argNum < args.length) {
        const a = args[argNum];
        const n = intValue(a);
        if (n !== undefined) {
          num = Number(n);
          isInt = true;
        }
        argNum++;
        if (num > 1e6 || num < -1e6) {
          num = 0;
          isInt = false;
        }
      }
      return { num, isInt };
    };
    let i = 0;
    formatLoop: while (i < end) {
      goodArgNum = true;
      const lasti = i;
      while (i < end && format[i] !== '%') i++;
      if (i > lasti) this.buf += format.slice(lasti, i);
      if (i >= end) break;
      i++;
      this.f = clearFlags();
      simple: for (; i < end; i++) {
        const c = format[i];
        switch (c) {
          case '#':
            this.f.sharp = true;
            break;
          case '0':
            this.f.zero = true;
            break;
          case '+':
            this.f.plus = true;
            break;
          case '-':
            this.f.minus = true;
            break;
          case ' ':
            this.f.space = true;
            break;
          default:
            if (c >= 'a' && c <= 'z' && argNum < args.length) {
              if (c === 'v') this.verbV();
              this.printArg(args[argNum], c);
              argNum++;
              i++;
              continue formatLoop;
            }
            break simple;
        }
      }
      ({ i, found: afterIndex } = argNumber(i));
      if (i < end && format[i] === '*') {
        i++;
        const { num, isInt } = intFromArg();
        this.f.wid = num;
        this.f.widPresent = isInt;
        if (!isInt) this.buf += '%!(BADWIDTH)';
        if (this.f.wid < 0) {
          this.f.wid = -this.f.wid;
          this.f.minus = true;
          this.f.zero = false;
        }
        afterIndex = false;
      } else {
        const r = parseNum(format, i, end);
        this.f.wid = r.num;
        this.f.widPresent = r.isnum;
        i = r.newi;
        if (afterIndex && this.f.widPresent) goodArgNum = false;
      }
      if (i + 1 < end && format[i] === '.') {
        i++;
        if (afterIndex) goodArgNum = false;
        ({ i, found: afterIndex } = argNumber(i));
        if (i < end && format[i] === '*') {
          i++;
          const { num, isInt } = intFromArg();
          this.f.prec = num;
          this.f.precPresent = isInt;
          if (this.f.prec < 0) {
            this.f.prec = 0;
            this.f.precPresent = false;
          }
          if (!this.f.precPresent) this.buf += '%!(BADPREC)';
          afterIndex = false;
        } else {
          const r = parseNum(format, i, end);
          this.f.prec = r.num;
          this.f.precPresent = r.isnum;
          i = r.newi;
          if (!this.f.precPresent) {
            this.f.prec = 0;
            this.f.precPresent = true;
          }
        }
      }
      if (!afterIndex) i = argNumber(i).i;
      if (i >= end) {
        this.buf += '%!(NOVERB)';
        break;
      }
      const verb = String.fromCodePoint(format.codePointAt(i) as number);
      i += verb.length;
      if (verb === '%') this.buf += '%';
      else if (!goodArgNum) this.buf += `%!${verb}(BADINDEX)`;
      else if (argNum >= args.length) this.buf += `%!${verb}(MISSING)`;
      else {
        if (verb === 'v') this.verbV();
        this.printArg(args[argNum], verb);
        argNum++;
      }
    }
    if (!reordered && argNum < args.length) {
      this.f = clearFlags();
      this.buf += '%!(EXTRA ';
      args.slice(argNum).forEach((a, k) => {
        if (k > 0) this.buf += ', ';
        if (a === undefined || a === null) this.buf += '<nil>';
        else {
          this.buf += goTypeName(a) + '=';
          this.printArg(a, 'v');
        }
      });
      this.buf += ')';
    }
  }

  private verbV(): void {
    this.f.sharpV = this.f.sharp;
    this.f.sharp = false;
    this.f.plusV = this.f.plus;
    this.f.plus = false;
  }
}

function parseNum(s: string, start: number, end: number): { num: number; isnum: boolean; newi: number } {
  let num = 0;
  let isnum = false;
  let i = start;
  for (; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
    if (num > 1e6) return { num: 0, isnum: false, newi: end };
    num = num * 10 + (s.charCodeAt(i) - 48);
    isnum = true;
  }
  return { num, isnum, newi: i };
}

function parseArgNumber(format: string): { index: number; wid: number; ok: boolean } {
  if (format.length < 3) return { index: 0, wid: 1, ok: false };
  for (let i = 1; i < format.length; i++) {
    if (format[i] === ']') {
      const r = parseNum(format, 1, i);
      if (!r.isnum || r.newi !== i) return { index: 0, wid: i + 1, ok: false };
      return { index: r.num - 1, wid: i + 1, ok: true };
    }
  }
  return { index: 0, wid: 1, ok: false };
}

/** fmt.Sprint: a space between operands when neither is a string. */
export function sprint(args: GoValue[]): string {
  const p = new Printer();
  let prevString = false;
  args.forEach((a, i) => {
    const isString = typeof a === 'string';
    if (i > 0 && !isString && !prevString) p.buf += ' ';
    p.printArg(a, 'v');
    prevString = isString;
  });
  return p.buf;
}

/** fmt.Sprintln: always a space between operands, and a final newline. */
export function sprintln(args: GoValue[]): string {
  const p = new Printer();
  args.forEach((a, i) => {
    if (i > 0) p.buf += ' ';
    p.printArg(a, 'v');
  });
  return p.buf + '\n';
}

/** `%v` of a value (fmt.Sprint of one operand). */
export function formatV(v: GoValue): string {
  const p = new Printer();
  p.printArg(v, 'v');
  return p.buf;
}

export function sprintf(format: string, args: GoValue[]): string {
  const p = new Printer();
  p.doPrintf(format, args);
  return p.buf;
}
