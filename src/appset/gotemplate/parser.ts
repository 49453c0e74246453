// Go text/template parser: builds the node tree Go's parse package builds (actions, pipelines with
// declarations, if/else if/with/else with/range/else, define/template/block, break/continue), with
// Go's parse-time checks (undefined functions and variables) and Go's error wording.
import { lex, LexError, type Token } from './lexer.js';
import { argString, type Arg, type Command, type Node, type ParsedTemplate, type Pipe } from './nodes.js';
import { parseGoFloat, parseGoInt, unquote } from './strconv.js';

type Marker = { kind: 'end' | 'else'; pos: number };

export class TemplateParseError extends Error {}

/** Parses `text` as template `name`; `hasFunction` answers which function names exist. */
export function parseTemplate(text: string, name: string, hasFunction: (n: string) => boolean): ParsedTemplate {
  let tokens: Token[];
  try {
    tokens = lex(text);
  } catch (e) {
    if (e instanceof LexError) throw new TemplateParseError(`template: ${name}:${e.line}: ${e.message}`);
    throw e;
  }
  return new Parser(tokens, name, hasFunction).parse();
}

class Parser {
  private i = 0;
  private vars: string[] = ['$'];
  private rangeDepth = 0;
  private readonly defines = new Map<string, Node[]>();

  constructor(
    private readonly tokens: Token[],
    private readonly name: string,
    private readonly hasFunction: (n: string) => boolean,
  ) {}

  parse(): ParsedTemplate {
    const root: Node[] = [];
    while (this.peek().type !== 'eof') {
      if (this.peek().type === 'left') {
        const save = this.i;
        this.next();
        const t = this.nextNonSpace();
        if (t.type === 'keyword' && t.val === 'define') {
          this.parseDefinition();
          continue;
        }
        this.i = save;
      }
      const n = this.textOrAction();
      if (n.kind === 'end' || n.kind === 'else') this.errorf(`unexpected {{${n.kind}}}`);
      root.push(n as Node);
    }
    return { root, defines: this.defines };
  }

  private errorf(msg: string): never {
    const tok = this.tokens[Math.max(0, Math.min(this.i - 1, this.tokens.length - 1))];
    throw new TemplateParseError(`template: ${this.name}:${tok.line}: ${msg}`);
  }

  private next(): Token {
    return this.tokens[this.i < this.tokens.length ? this.i++ : this.i];
  }
  private backup(): void {
    this.i--;
  }
  private peek(): Token {
    return this.tokens[this.i];
  }
  private nextNonSpace(): Token {
    let t = this.next();
    while (t.type === 'space') t = this.next();
    return t;
  }
  private peekNonSpace(): Token {
    const t = this.nextNonSpace();
    this.backup();
    return t;
  }
  private expect(type: Token['type'], context: string): Token {
    const t = this.nextNonSpace();
    if (t.type !== type) this.unexpected(t, context);
    return t;
  }
  private unexpected(t: Token, context: string): never {
    if (t.type === 'eof') this.errorf(`unexpected EOF in ${context}`);
    this.errorf(`unexpected ${describe(t)} in ${context}`);
  }

  private parseDefinition(): void {
    const nameTok = this.nextNonSpace();
    if (nameTok.type !== 'string' && nameTok.type !== 'rawstring') this.unexpected(nameTok, 'define clause');
    const name = unquoteToken(nameTok, (m) => this.errorf(m));
    this.expect('right', 'define clause');
    this.defines.set(name, this.definitionBody('define'));
  }

  private definitionBody(context: string): Node[] {
    const saved = this.vars;
    this.vars = ['$'];
    const [list, end] = this.itemList();
    if (end.kind !== 'end') this.errorf(`unexpected {{else}} in ${context}`);
    this.vars = saved;
    return list;
  }

  private textOrAction(): Node | Marker {
    const t = this.nextNonSpace();
    if (t.type === 'text') return { kind: 'text', pos: t.pos, text: t.val };
    if (t.type === 'left') return this.action();
    this.unexpected(t, 'input');
  }

  private itemList(): [Node[], Marker] {
    const list: Node[] = [];
    while (this.peekNonSpace().type !== 'eof') {
      const n = this.textOrAction();
      if (n.kind === 'end' || n.kind === 'else') return [list, n as Marker];
      list.push(n as Node);
    }
    this.errorf('unexpected EOF');
  }

  private action(): Node | Marker {
    const t = this.nextNonSpace();
    if (t.type === 'keyword') {
      switch (t.val) {
        case 'block':
          return this.blockControl();
        case 'break':
        case 'continue': {
          const r = this.nextNonSpace();
          if (r.type !== 'right') this.unexpected(r, `{{${t.val}}}`);
          if (this.rangeDepth === 0) this.errorf(`{{${t.val}}} outside {{range}}`);
          return { kind: t.val, pos: t.pos };
        }
        case 'else': {
          const p = this.peekNonSpace();
          if (p.type === 'keyword' && (p.val === 'if' || p.val === 'with')) return { kind: 'else', pos: p.pos };
          this.expect('right', 'else');
          return { kind: 'else', pos: t.pos };
        }
        case 'end':
          this.expect('right', 'end');
          return { kind: 'end', pos: t.pos };
        case 'if':
        case 'range':
        case 'with':
          return this.control(t.val, t.pos);
        case 'template':
          return this.templateControl();
      }
    }
    this.backup();
    return { kind: 'action', pos: t.pos, pipe: this.pipeline('command', 'right') };
  }

  private control(context: 'if' | 'range' | 'with', pos: number): Node {
    const mark = this.vars.length;
    const pipe = this.pipeline(context, 'right');
    if (context === 'range') this.rangeDepth++;
    const [list, next] = this.itemList();
    if (context === 'range') this.rangeDepth--;
    let elseList: Node[] | undefined;
    if (next.kind === 'else') {
      const p = this.peek();
      if (context !== 'range' && p.type === 'keyword' && p.val === context) {
        this.next();
        elseList = [this.control(context, p.pos)];
      } else {
        let end: Marker;
        [elseList, end] = this.itemList();
        if (end.kind !== 'end') this.errorf('expected end; found {{else}}');
      }
    }
    this.vars.length = mark;
    return { kind: context, pos, pipe, list, elseList };
  }

  private templateControl(): Node {
    const nameTok = this.nextNonSpace();
    if (nameTok.type !== 'string' && nameTok.type !== 'rawstring') this.unexpected(nameTok, 'template clause');
    const name = unquoteToken(nameTok, (m) => this.errorf(m));
    let pipe: Pipe | undefined;
    if (this.nextNonSpace().type !== 'right') {
      this.backup();
      pipe = this.pipeline('template clause', 'right');
    }
    return { kind: 'template', pos: nameTok.pos, name, pipe };
  }

  private blockControl(): Node {
    const nameTok = this.nextNonSpace();
    if (nameTok.type !== 'string' && nameTok.type !== 'rawstring') this.unexpected(nameTok, 'block clause');
    const name = unquoteToken(nameTok, (m) => this.errorf(m));
    const pipe = this.pipeline('block clause', 'right');
    this.defines.set(name, this.definitionBody('block clause'));
    return { kind: 'template', pos: nameTok.pos, name, pipe };
  }

  private pipeline(context: string, end: 'right' | 'rparen'): Pipe {
    const pipe: Pipe = { pos: this.peekNonSpace().pos, isAssign: false, decl: [], cmds: [] };
    // Declarations: `$x :=`, `$x =`, and in range `$i, $v :=`.
    for (;;) {
      const v = this.peekNonSpace();
      if (v.type !== 'var') break;
      this.next();
      const nx = this.peekNonSpace();
      if (nx.type === 'declare' || nx.type === 'assign') {
        pipe.isAssign = nx.type === 'assign';
        this.nextNonSpace();
        pipe.decl.push(v.val);
        this.vars.push(v.val);
        break;
      }
      if (nx.type === 'comma') {
        this.nextNonSpace();
        pipe.decl.push(v.val);
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = this.peekNonSpace();
          if (p.type === 'var' || p.type === 'right' || p.type === 'rparen') continue;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      }
      // Not a declaration: put the variable (and a following space) back.
      this.i = this.tokens.indexOf(v);
      break;
    }
    for (;;) {
      const t = this.nextNonSpace();
      if (t.type === end) {
        this.checkPipeline(pipe, context);
        return pipe;
      }
      switch (t.type) {
        case 'bool':
        case 'char':
        case 'dot':
        case 'field':
        case 'ident':
        case 'number':
        case 'nil':
        case 'rawstring':
        case 'string':
        case 'var':
        case 'lparen':
          this.backup();
          pipe.cmds.push(this.command());
          break;
        default:
          this.unexpected(t, context);
      }
    }
  }

  private checkPipeline(pipe: Pipe, context: string): void {
    if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      const k = c.args[0].kind;
      if (k === 'bool' || k === 'dot' || k === 'nil' || k === 'number' || k === 'string') {
        this.errorf(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  }

  private command(): Command {
    const cmd: Command = { pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.peekNonSpace();
      const op = this.operand();
      if (op) cmd.args.push(op);
      const t = this.next();
      if (t.type === 'space') continue;
      if (t.type === 'right' || t.type === 'rparen') this.backup();
      else if (t.type !== 'pipe') this.unexpected(t, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  private operand(): Arg | undefined {
    const node = this.term();
    if (!node) return undefined;
    if (this.peek().type !== 'field') return node;
    // Go's chain (and the field or variable node it becomes) sits at the first field after the term.
    const pos = this.peek().pos;
    const fields: string[] = [];
    while (this.peek().type === 'field') fields.push(this.next().val.slice(1));
    switch (node.kind) {
      case 'field':
        return { ...node, pos, idents: [...node.idents, ...fields] };
      case 'variable':
        return { ...node, pos, idents: [...node.idents, ...fields] };
      case 'bool':
      case 'string':
      case 'number':
      case 'nil':
      case 'dot':
        this.errorf(`unexpected . after term ${JSON.stringify(argString(node))}`);
    }
    return { kind: 'chain', pos, node, fields };
  }

  private term(): Arg | undefined {
    const t = this.nextNonSpace();
    switch (t.type) {
      case 'ident':
        if (!this.hasFunction(t.val)) this.errorf(`function ${JSON.stringify(t.val)} not defined`);
        return { kind: 'identifier', pos: t.pos, name: t.val };
      case 'dot':
        return { kind: 'dot', pos: t.pos };
      case 'nil':
        return { kind: 'nil', pos: t.pos };
      case 'var':
        this.useVar(t.val);
        return { kind: 'variable', pos: t.pos, idents: [t.val] };
      case 'field':
        return { kind: 'field', pos: t.pos, idents: [t.val.slice(1)] };
      case 'bool':
        return { kind: 'bool', pos: t.pos, value: t.val === 'true' };
      case 'char':
      case 'number':
        return this.number(t);
      case 'lparen':
        return { kind: 'pipe', pos: t.pos, pipe: this.pipeline('parenthesized pipeline', 'rparen') };
      case 'string':
      case 'rawstring':
        return { kind: 'string', pos: t.pos, text: t.val, value: unquoteToken(t, (m) => this.errorf(m)) };
    }
    this.backup();
    return undefined;
  }

  private useVar(name: string): void {
    if (!this.vars.includes(name)) this.errorf(`undefined variable ${JSON.stringify(name)}`);
  }

  private number(t: Token): Arg {
    const base = { kind: 'number' as const, pos: t.pos, text: t.val };
    if (t.type === 'char') {
      const s = unquote(t.val, (m) => this.errorf(m));
      if ([...s].length !== 1) this.errorf(`malformed character constant: ${t.val}`);
      const cp = BigInt(s.codePointAt(0) ?? 0);
      return { ...base, isInt: true, isFloat: true, int: cp, float: Number(cp) };
    }
    if (t.val.endsWith('i')) this.errorf(`complex numbers are not supported: ${JSON.stringify(t.val)}`);
    const text = t.val.replace(/_/g, '');
    const int = parseGoInt(text);
    // An integer past int64 is still a float constant (Go's ParseInt fails, ParseFloat does not).
    if (int !== undefined && int === BigInt.asIntN(64, int)) return { ...base, isInt: true, isFloat: true, int, float: Number(int) };
    // Past uint64 an integer is an error, not a float.
    if (int !== undefined && (int < 0n || int >= 1n << 64n)) this.errorf(`integer overflow: ${JSON.stringify(t.val)}`);
    const f = int !== undefined ? Number(int) : (parseGoFloat(text) ?? NaN);
    // ParseFloat refuses what overflows float64.
    if (Number.isNaN(f) || !Number.isFinite(f)) this.errorf(`illegal number syntax: ${JSON.stringify(t.val)}`);
    const isInt = Number.isInteger(f) && Math.abs(f) <= Number.MAX_SAFE_INTEGER;
    return { ...base, isInt, isFloat: true, int: isInt ? BigInt(f) : 0n, float: f };
  }
}

function describe(t: Token): string {
  switch (t.type) {
    case 'right':
      return `"}}"`;
    case 'left':
      return `"{{"`;
    case 'rparen':
      return `")"`;
    case 'lparen':
      return `"("`;
    case 'keyword':
      return `<${t.val}>`;
    case 'text':
      return JSON.stringify(t.val.length > 10 ? t.val.slice(0, 10) + '...' : t.val);
    default:
      return JSON.stringify(t.val);
  }
}

function unquoteToken(t: Token, fail: (m: string) => never): string {
  return t.type === 'rawstring' ? t.val.slice(1, -1) : unquote(t.val, fail);
}
