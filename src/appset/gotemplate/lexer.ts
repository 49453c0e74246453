// Go text/template lexer: text and actions, trim markers `{{- ` / ` -}}`, comments, and the tokens
// inside actions. Positions are byte offsets into the template, as Go's error messages use them.

export type TokenType =
  | 'text'
  | 'left'
  | 'right'
  | 'space'
  | 'ident'
  | 'field'
  | 'var'
  | 'string'
  | 'rawstring'
  | 'char'
  | 'number'
  | 'bool'
  | 'nil'
  | 'dot'
  | 'pipe'
  | 'lparen'
  | 'rparen'
  | 'declare'
  | 'assign'
  | 'comma'
  | 'keyword'
  | 'eof';

export interface Token {
  type: TokenType;
  val: string;
  pos: number;
  line: number;
}

export class LexError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const KEYWORDS = new Set(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'range', 'template', 'with']);
const LEFT = '{{';
const RIGHT = '}}';

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n';
}

function isAlnum(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{Nd}_]/u.test(c);
}

/** Tokenizes a whole template. Throws LexError with Go's messages. */
export function lex(input: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  let line = 1;
  const emit = (type: TokenType, start: number, val: string, startLine: number) =>
    tokens.push({ type, val, pos: start, line: startLine });
  const countLines = (s: string) => (s.match(/\n/g) ?? []).length;

  while (pos <= input.length) {
    // Text up to the next left delimiter.
    const next = input.indexOf(LEFT, pos);
    if (next < 0) {
      if (pos < input.length) emit('text', pos, input.slice(pos), line);
      line += countLines(input.slice(pos));
      break;
    }
    let text = input.slice(pos, next);
    const trimLeft = input[next + 2] === '-' && isSpace(input[next + 3]);
    if (trimLeft) text = text.replace(/[ \t\r\n]+$/, '');
    if (text.length > 0) emit('text', pos, text, line);
    line += countLines(input.slice(pos, next));
    pos = next + 2;
    if (trimLeft) pos += 2;
    // Comment: must fill the whole action.
    const afterSpace = pos;
    if (input.startsWith('/*', afterSpace)) {
      const end = input.indexOf('*/', afterSpace + 2);
      if (end < 0) throw new LexError('unclosed comment', line);
      line += countLines(input.slice(afterSpace, end));
      let p = end + 2;
      let trimRight = false;
      if (isSpace(input[p]) && input[p + 1] === '-' && input.startsWith(RIGHT, p + 2)) {
        trimRight = true;
        p += 2;
      }
      if (!input.startsWith(RIGHT, p)) throw new LexError('comment ends before closing delimiter', line);
      pos = p + 2;
      if (trimRight) pos = skipSpace(input, pos, (n) => (line += n));
      continue;
    }
    emit('left', next, LEFT, line);
    // Inside the action.
    let parenDepth = 0;
    for (;;) {
      if (pos >= input.length) throw new LexError('unclosed action', line);
      // Right delimiter, possibly with trim marker.
      if (isSpace(input[pos]) && input[pos + 1] === '-' && input.startsWith(RIGHT, pos + 2)) {
        emit('space', pos, input[pos], line);
        emit('right', pos + 2, RIGHT, line);
        if (parenDepth > 0) throw new LexError('unclosed left paren', line);
        pos = skipSpace(input, pos + 4, (n) => (line += n));
        break;
      }
      if (input.startsWith(RIGHT, pos)) {
        if (parenDepth > 0) throw new LexError('unclosed left paren', line);
        emit('right', pos, RIGHT, line);
        pos += 2;
        break;
      }
      const c = input[pos];
      const start = pos;
      if (isSpace(c)) {
        let p = pos;
        // Stop before a ` -}}` trim marker so the check above sees it.
        while (p < input.length && isSpace(input[p]) && !(input[p + 1] === '-' && input.startsWith(RIGHT, p + 2))) {
          if (input[p] === '\n') line++;
          p++;
        }
        emit('space', start, input.slice(start, p), line);
        pos = p;
        continue;
      }
      if (c === '=') {
        emit('assign', start, '=', line);
        pos++;
        continue;
      }
      if (c === ':') {
        if (input[pos + 1] !== '=') throw new LexError('expected :=', line);
        emit('declare', start, ':=', line);
        pos += 2;
        continue;
      }
      if (c === '|') {
        emit('pipe', start, '|', line);
        pos++;
        continue;
      }
      if (c === ',') {
        emit('comma', start, ',', line);
        pos++;
        continue;
      }
      if (c === '(') {
        parenDepth++;
        emit('lparen', start, '(', line);
        pos++;
        continue;
      }
      if (c === ')') {
        parenDepth--;
        if (parenDepth < 0) throw new LexError(`unexpected right paren`, line);
        emit('rparen', start, ')', line);
        pos++;
        continue;
      }
      if (c === '"' || c === "'") {
        const end = quotedEnd(input, pos, line);
        emit(c === '"' ? 'string' : 'char', start, input.slice(start, end + 1), line);
        pos = end + 1;
        continue;
      }
      if (c === '`') {
        const end = input.indexOf('`', pos + 1);
        if (end < 0) throw new LexError('unterminated raw quoted string', line);
        const val = input.slice(start, end + 1);
        emit('rawstring', start, val, line);
        line += countLines(val);
        pos = end + 1;
        continue;
      }
      if (c === '$') {
        let p = pos + 1;
        while (isAlnum(input[p])) p++;
        emit('var', start, input.slice(start, p), line);
        pos = p;
        continue;
      }
      if (c === '.') {
        if (/[0-9]/.test(input[pos + 1] ?? '')) {
          pos = lexNumber(input, pos, tokens, line);
          continue;
        }
        let p = pos + 1;
        while (isAlnum(input[p])) p++;
        if (p === pos + 1) emit('dot', start, '.', line);
        else emit('field', start, input.slice(start, p), line);
        pos = p;
        continue;
      }
      if (c === '+' || c === '-' || /[0-9]/.test(c)) {
        pos = lexNumber(input, pos, tokens, line);
        continue;
      }
      if (isAlnum(c)) {
        let p = pos;
        while (isAlnum(input[p])) p++;
        const word = input.slice(start, p);
        if (KEYWORDS.has(word)) emit('keyword', start, word, line);
        else if (word === 'true' || word === 'false') emit('bool', start, word, line);
        else if (word === 'nil') emit('nil', start, word, line);
        else emit('ident', start, word, line);
        pos = p;
        continue;
      }
      throw new LexError(`unrecognized character in action: ${JSON.stringify(c)}`, line);
    }
  }
  tokens.push({ type: 'eof', val: '', pos: input.length, line });
  return tokens;
}

function skipSpace(input: string, pos: number, onLines: (n: number) => void): number {
  let p = pos;
  let n = 0;
  while (p < input.length && isSpace(input[p])) {
    if (input[p] === '\n') n++;
    p++;
  }
  onLines(n);
  return p;
}

function lexNumber(input: string, pos: number, tokens: Token[], line: number): number {
  const m = /^[+-]?(0[xX][0-9a-fA-F_]*\.?[0-9a-fA-F_]*([pP][+-]?[0-9_]+)?|0[bB][01_]+|0[oO][0-7_]+|[0-9_]*\.?[0-9_]*([eE][+-]?[0-9_]+)?)i?/.exec(
    input.slice(pos),
  );
  const text = m && m[0] ? m[0] : input[pos];
  const end = pos + text.length;
  if (isAlnum(input[end])) throw new LexError(`bad number syntax: ${JSON.stringify(input.slice(pos, end + 1))}`, line);
  tokens.push({ type: 'number', val: text, pos, line });
  return end;
}

/** Index of the quote closing the string or character constant that opens at `pos` (escapes skipped). */
function quotedEnd(input: string, pos: number, line: number): number {
  const quote = input[pos];
  for (let p = pos + 1; ; p++) {
    const d = input[p];
    if (d === '\\') p++;
    else if (d === undefined || d === '\n') {
      throw new LexError(quote === '"' ? 'unterminated quoted string' : 'unterminated character constant', line);
    } else if (d === quote) return p;
  }
}
