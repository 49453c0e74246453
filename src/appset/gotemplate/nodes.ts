// The node tree of Go's text/template/parse package, and how its nodes print themselves
// (Node.String()), which Go's error messages quote.

export interface Pipe {
  pos: number;
  isAssign: boolean;
  decl: string[];
  cmds: Command[];
}

export interface Command {
  pos: number;
  args: Arg[];
}

export type Arg =
  | { kind: 'field'; pos: number; idents: string[] }
  | { kind: 'variable'; pos: number; idents: string[] }
  | { kind: 'dot'; pos: number }
  | { kind: 'nil'; pos: number }
  | { kind: 'bool'; pos: number; value: boolean }
  | { kind: 'number'; pos: number; text: string; isInt: boolean; isFloat: boolean; int: bigint; float: number }
  | { kind: 'string'; pos: number; text: string; value: string }
  | { kind: 'identifier'; pos: number; name: string }
  | { kind: 'pipe'; pos: number; pipe: Pipe }
  | { kind: 'chain'; pos: number; node: Arg; fields: string[] };

export type Node =
  | { kind: 'text'; pos: number; text: string }
  | { kind: 'action'; pos: number; pipe: Pipe }
  | ControlNode
  | { kind: 'template'; pos: number; name: string; pipe?: Pipe }
  | { kind: 'break' | 'continue'; pos: number };

export interface ControlNode {
  kind: 'if' | 'with' | 'range';
  pos: number;
  pipe: Pipe;
  list: Node[];
  elseList?: Node[];
}

export interface ParsedTemplate {
  root: Node[];
  defines: Map<string, Node[]>;
}

/** The node's source form, as Go's Node.String() prints it in error contexts. */
export function argString(a: Arg): string {
  switch (a.kind) {
    case 'field':
      return a.idents.map((x) => '.' + x).join('');
    case 'variable':
      return a.idents[0] + a.idents.slice(1).map((x) => '.' + x).join('');
    case 'dot':
      return '.';
    case 'nil':
      return 'nil';
    case 'bool':
      return String(a.value);
    case 'number':
      return a.text;
    case 'string':
      return a.text;
    case 'identifier':
      return a.name;
    case 'pipe':
      return '(' + pipeString(a.pipe) + ')';
    case 'chain':
      return argString(a.node) + a.fields.map((x) => '.' + x).join('');
  }
}

export function commandString(c: Command): string {
  return c.args.map(argString).join(' ');
}

export function pipeString(p: Pipe): string {
  const decl = p.decl.length ? p.decl.join(', ') + (p.isAssign ? ' = ' : ' := ') : '';
  return decl + p.cmds.map(commandString).join(' | ');
}
