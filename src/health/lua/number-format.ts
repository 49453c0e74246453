// Numbers become strings (tostring, `..`) the way gopher-lua's LNumber.String does, not as Lua 5.3:
// a whole number within int64 prints as an integer (`3`, never `3.0`), anything else as Go's
// fmt.Sprint(float64): shortest digits, exponent form below 1e-4 and from 1e6 (`1.2345675e+06`),
// `+Inf`, `NaN`. fengari reaches its converter through the lobject module object,
// so replacing it there changes every conversion of this VM.
import { to_luastring } from 'fengari';
import lobject from 'fengari/src/lobject.js';
import lstring from 'fengari/src/lstring.js';

const INT64 = 2 ** 63;

export function goNumberString(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : '-Inf';
  if (Number.isInteger(n) && n >= -INT64 && n < INT64) return BigInt(n).toString();
  // strconv.FormatFloat(n, 'g', -1, 64): %e when the exponent is < -4 or >= 6 (the shortest form's rule).
  const [mantissa, exponent] = n.toExponential().split('e');
  const exp = Number(exponent);
  if (exp < -4 || exp >= 6) return `${mantissa}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return String(n);
}

let installed = false;

/** Makes this thread's fengari print numbers as gopher-lua does. */
export function useGoNumberFormat(): void {
  if (installed) return;
  installed = true;
  const integerToString = lobject.luaO_tostring;
  lobject.luaO_tostring = (L, obj) => {
    if (obj.ttisinteger()) integerToString(L, obj);
    else obj.setsvalue(lstring.luaS_bless(L, to_luastring(goNumberString(obj.value))));
  };
}
