// go-yaml v2's block emitter (emitterc.go, as sigs.k8s.io/yaml v1.6.0 uses it through go.yaml.in/yaml/v2):
// the scalar analysis that picks plain, single-quoted, double-quoted or literal style, folding at 80
// columns, indentless sequences under mapping keys, `?` complex keys and `[]`/`{}` for empty collections.
// Only what Marshal of JSON-shaped data produces is modelled: no anchors, tags or flow styles.

export type ScalarStyle = 'plain' | 'double' | 'literal';
export type YamlNode = { scalar: string; style: ScalarStyle } | { seq: YamlNode[] } | { map: [YamlNode, YamlNode][] };

const BEST_INDENT = 2;
const BEST_WIDTH = 80;

const isBreak = (c: string | undefined): boolean => c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029';

/** libyaml's is_printable, on code points: it rejects tab, C1 controls and everything past the BMP. */
function isPrintable(c: string): boolean {
  const cp = c.codePointAt(0)!;
  return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff);
}

interface Analysis {
  multiline: boolean;
  flowPlain: boolean;
  blockPlain: boolean;
  singleQuoted: boolean;
  block: boolean;
}

/** yaml_emitter_analyze_scalar. */
function analyze(value: string): Analysis {
  if (value === '') return { multiline: false, flowPlain: false, blockPlain: true, singleQuoted: true, block: false };
  const cs = [...value];
  let blockInd = value.startsWith('---') || value.startsWith('...');
  let flowInd = blockInd;
  let lineBreaks = false;
  let special = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let precededByWs = true;
  let prevSpace = false;
  let prevBreak = false;
  cs.forEach((c, i) => {
    const followedByWs = i + 1 >= cs.length || cs[i + 1] === ' ' || cs[i + 1] === '\t';
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) flowInd = blockInd = true;
      else if (c === '?' || c === ':') {
        flowInd = true;
        if (followedByWs) blockInd = true;
      } else if (c === '-' && followedByWs) flowInd = blockInd = true;
    } else if (',?[]{}'.includes(c)) flowInd = true;
    else if (c === ':') {
      flowInd = true;
      if (followedByWs) blockInd = true;
    } else if (c === '#' && precededByWs) flowInd = blockInd = true;
    if (!isPrintable(c)) special = true;
    const last = i + 1 === cs.length;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (last) trailingSpace = true;
      if (prevBreak) breakSpace = true;
      prevSpace = true;
      prevBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (last) trailingBreak = true;
      if (prevSpace) spaceBreak = true;
      prevSpace = false;
      prevBreak = true;
    } else prevSpace = prevBreak = false;
    precededByWs = c === ' ' || c === '\t' || isBreak(c);
  });
  const a: Analysis = { multiline: lineBreaks, flowPlain: true, blockPlain: true, singleQuoted: true, block: true };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak || lineBreaks) a.flowPlain = a.blockPlain = false;
  if (trailingSpace) a.block = false;
  if (breakSpace) a.flowPlain = a.blockPlain = a.singleQuoted = false;
  if (spaceBreak || special) a.flowPlain = a.blockPlain = a.singleQuoted = a.block = false;
  if (flowInd) a.flowPlain = false;
  if (blockInd) a.blockPlain = false;
  return a;
}

const ESCAPES: Record<number, string> = {
  0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e', 0x22: '"', 0x5c: '\\',
  0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
};

function escape(c: string): string {
  const cp = c.codePointAt(0)!;
  if (ESCAPES[cp] !== undefined) return '\\' + ESCAPES[cp];
  const [letter, width] = cp <= 0xff ? ['x', 2] : cp <= 0xffff ? ['u', 4] : ['U', 8];
  return '\\' + letter + cp.toString(16).toUpperCase().padStart(width, '0');
}

interface Context {
  mapping?: boolean;
  simpleKey?: boolean;
}

/** The emitter's state between writes (column, indentation and whitespace flags as libyaml keeps them). */
class Emitter {
  out = '';
  column = 0;
  indent = -1;
  indents: number[] = [];
  whitespace = true;
  indention = true;

  put(s: string): void {
    this.out += s;
    this.column += [...s].length;
  }

  putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }

  /** write_break: a `\n` is written as the configured break; other break characters are copied. */
  writeBreak(c: string): void {
    if (c === '\n') this.putBreak();
    else {
      this.out += c;
      this.column = 0;
    }
  }

  increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  popIndent(): void {
    this.indent = this.indents.pop()!;
  }

  writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = this.indention = true;
  }

  indicator(s: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(s);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  node(n: YamlNode, ctx: Context): void {
    if ('scalar' in n) this.scalar(n.scalar, n.style, ctx);
    else if ('seq' in n) {
      if (n.seq.length === 0) return this.emptyFlow('[', ']');
      this.increaseIndent(false, !!ctx.mapping && !this.indention);
      for (const item of n.seq) {
        this.writeIndent();
        this.indicator('-', true, false, true);
        this.node(item, {});
      }
      this.popIndent();
    } else {
      if (n.map.length === 0) return this.emptyFlow('{', '}');
      this.increaseIndent(false, false);
      for (const [k, v] of n.map) {
        this.writeIndent();
        if (isSimpleKey(k)) {
          this.node(k, { mapping: true, simpleKey: true });
          this.indicator(':', false, false, false);
        } else {
          this.indicator('?', true, false, true);
          this.node(k, { mapping: true });
          this.writeIndent();
          this.indicator(':', true, false, true);
        }
        this.node(v, { mapping: true });
      }
      this.popIndent();
    }
  }

  emptyFlow(open: string, close: string): void {
    this.indicator(open, true, true, false);
    this.increaseIndent(true, false);
    this.popIndent();
    this.indicator(close, false, false, false);
  }

  scalar(value: string, requested: ScalarStyle, ctx: Context): void {
    const a = analyze(value);
    let style: ScalarStyle | 'single' = requested;
    if (ctx.simpleKey && a.multiline) style = 'double';
    if (style === 'plain' && (!a.blockPlain || (value === '' && ctx.simpleKey))) style = 'single';
    if (style === 'single' && !a.singleQuoted) style = 'double';
    if (style === 'literal' && (!a.block || ctx.simpleKey)) style = 'double';
    this.increaseIndent(true, false);
    const breaks = !ctx.simpleKey;
    if (style === 'plain') this.plain(value, breaks);
    else if (style === 'single') this.singleQuoted(value, breaks);
    else if (style === 'double') this.doubleQuoted(value, breaks);
    else this.literal(value);
    this.popIndent();
  }

  plain(value: string, allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    let spaces = false;
    const cs = [...value];
    cs.forEach((c, i) => {
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && cs[i + 1] !== ' ') this.writeIndent();
        else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        this.indention = false;
        spaces = false;
      }
    });
    this.whitespace = this.indention = false;
  }

  singleQuoted(value: string, allowBreaks: boolean): void {
    this.indicator("'", true, false, false);
    let spaces = false;
    let breaks = false;
    const cs = [...value];
    cs.forEach((c, i) => {
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < cs.length - 1 && cs[i + 1] !== ' ') this.writeIndent();
        else this.put(c);
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c === '\n') this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(c === "'" ? "''" : c);
        this.indention = spaces = breaks = false;
      }
    });
    this.indicator("'", false, false, false);
    this.whitespace = this.indention = false;
  }

  doubleQuoted(value: string, allowBreaks: boolean): void {
    this.indicator('"', true, false, false);
    let spaces = false;
    const bom = value.startsWith('\ufeff');
    const cs = [...value];
    cs.forEach((c, i) => {
      if (!isPrintable(c) || bom || isBreak(c) || c === '"' || c === '\\') {
        this.put(escape(c));
        spaces = false;
      } else if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < cs.length - 1) {
          this.writeIndent();
          if (cs[i + 1] === ' ') this.put('\\');
        } else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        spaces = false;
      }
    });
    this.indicator('"', false, false, false);
    this.whitespace = this.indention = false;
  }

  literal(value: string): void {
    this.indicator('|', true, false, false);
    const cs = [...value];
    if (cs[0] === ' ' || isBreak(cs[0])) this.indicator(String(BEST_INDENT), false, false, false);
    const last = cs.length - 1;
    let chomp = '';
    if (!isBreak(cs[last])) chomp = '-';
    else if (last === 0 || isBreak(cs[last - 1])) chomp = '+';
    if (chomp) this.indicator(chomp, false, false, false);
    this.putBreak();
    this.indention = this.whitespace = true;
    let breaks = true;
    for (const c of cs) {
      if (isBreak(c)) {
        this.writeBreak(c);
        this.indention = breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(c);
        this.indention = breaks = false;
      }
    }
  }
}

/** yaml_emitter_check_simple_key: a single-line scalar of at most 128 bytes, or an empty collection. */
function isSimpleKey(k: YamlNode): boolean {
  if ('scalar' in k) return !analyze(k.scalar).multiline && Buffer.byteLength(k.scalar) <= 128;
  return 'seq' in k ? k.seq.length === 0 : k.map.length === 0;
}

/** One implicit document, as yaml.Marshal writes it (its finish() drops the open-ended `...`). */
export function emitYaml(root: YamlNode): string {
  const e = new Emitter();
  e.node(root, {});
  e.writeIndent();
  return e.out;
}
