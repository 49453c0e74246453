// Go's json.Unmarshal of an autoscaling/v1 HPA's conditions annotation into gitops-engine's
// []hpaCondition, with the error texts Go 1.27 gives (its v1 API over the v2 engine): syntax errors as
// encoding/json words them, type errors with the JSON path (`.0.type`). Field names match
// case-insensitively, as in Go.
type Obj = Record<string, unknown>;

const EOF = 'unexpected end of JSON input';
const FIELDS = ['type', 'reason', 'message', 'status'];

/** The conditions, or Go's error text. */
export function goUnmarshalConditions(text: string): { conditions: Obj[] } | { error: string } {
  const syntax = syntaxError(text);
  if (syntax) return { error: syntax };
  const value = JSON.parse(text) as unknown;
  if (value === null) return { conditions: [] };
  if (!Array.isArray(value)) return { error: `json: cannot unmarshal ${kindOf(value)} into Go value of type []health.hpaCondition` };
  const conditions: Obj[] = [];
  for (const [i, item] of value.entries()) {
    if (item === null) {
      conditions.push({});
      continue;
    }
    if (typeof item !== 'object' || Array.isArray(item)) return { error: `json: cannot unmarshal ${kindOf(item)} into .${i} of type health.hpaCondition` };
    const condition: Obj = {};
    for (const [key, v] of Object.entries(item as Obj)) {
      const field = FIELDS.find((f) => f === key.toLowerCase());
      if (!field || v === null) continue;
      if (typeof v !== 'string') return { error: `json: cannot unmarshal ${kindOf(v)} into Go struct field .${i}.${key} of type string` };
      condition[field] = v;
    }
    conditions.push(condition);
  }
  return { conditions };
}

function kindOf(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'boolean') return 'bool';
  return typeof v; // object, string, number
}

class JsonSyntax extends Error {}

/** encoding/json's checkValid: the first syntax error's text, or undefined for valid JSON. */
function syntaxError(text: string): string | undefined {
  let i = 0;
  const fail = (context: string): never => {
    throw new JsonSyntax(i >= text.length ? EOF : `invalid character ${quoteChar(text[i])} ${context}`);
  };
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const digits = () => {
    const start = i;
    while (i < text.length && text[i] >= '0' && text[i] <= '9') i++;
    return i > start;
  };
  const literal = (word: string) => {
    for (let k = 1; k < word.length; k++) {
      i++;
      if (text[i] !== word[k]) fail(`in literal ${word} (expecting ${quoteChar(word[k])})`);
    }
    i++;
  };
  const string = () => {
    for (i++; ; i++) {
      if (i >= text.length) fail('');
      const c = text[i];
      if (c === '"') break;
      if (c < ' ') fail('in string');
      if (c !== '\\') continue;
      i++;
      if (i >= text.length) fail('');
      if (text[i] === 'u') {
        const hex = text.slice(i + 1, i + 5);
        if (!/^[0-9a-fA-F]{0,4}$/.test(hex)) throw new JsonSyntax(`invalid escape sequence \`\\u${hex}\` in string`);
        i += hex.length;
        if (hex.length < 4) fail('');
      } else if (!'"\\/bfnrt'.includes(text[i])) throw new JsonSyntax(`invalid escape sequence \`\\${text[i]}\` in string`);
    }
    i++;
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (!digits()) fail('in numeric literal');
    if (text[i] === '.') {
      i++;
      if (!digits()) fail('in numeric literal');
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!digits()) fail('in numeric literal');
    }
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        if (text[i] !== '"') fail('looking for beginning of object key string');
        string();
        ws();
        if (text[i] !== ':') fail('after object key');
        i++;
        value();
        ws();
        if (text[i] === '}') return void i++;
        if (text[i] !== ',') fail('after object key:value pair');
        i++;
        ws();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ']') return void i++;
        if (text[i] !== ',') fail('after array element');
        i++;
      }
    }
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    fail('looking for beginning of value');
  };
  try {
    value();
    ws();
    if (i < text.length) fail('after top-level value');
    return undefined;
  } catch (err) {
    if (err instanceof JsonSyntax) return err.message;
    throw err;
  }
}

/** Go's quoteChar: `'x'`, with Go's escapes for quotes and control characters. */
function quoteChar(c: string): string {
  if (c === "'") return "'\\''";
  if (c === '"') return `'"'`;
  const quoted = JSON.stringify(c).slice(1, -1);
  return `'${quoted.startsWith('\\u') ? `\\x${quoted.slice(4)}` : quoted}'`;
}
