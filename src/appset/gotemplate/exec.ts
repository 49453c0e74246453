// Go text/template execution over Go-modelled values: variables and scoping, pipelines, field
// chains on maps, missingkey options, function calls with Go's argument typing, range/break/continue,
// template invocation, and Go's error text `template: <name>:<line>:<col>: executing "<tmpl>" at <node>: ...`.
import { budgetMessage, MAX_TEMPLATE_OUTPUT, MAX_TEMPLATE_STEPS } from './budget.js';
import { formatV } from './fmt.js';
import { FuncError, GO_TYPE_NAMES, type FuncMap, type GoFunction, type ParamType } from './funcs.js';
import { argString, commandString, pipeString, type Arg, type Command, type ControlNode, type Node, type Pipe } from './nodes.js';
import { timeMethods } from './time-methods.js';
import { GoInt64, GoObject, goTypeName, intValue, isGoTime, isMap, isTrue, sortedKeys, typedCollection, type GoValue } from './values.js';
import { errorMessage } from '../../model/errors.js';

export type MissingKey = 'default' | 'zero' | 'error';

export class TemplateExecError extends Error {}

const MISSING = Symbol('missing');
type Final = GoValue | typeof MISSING;
const BREAK = Symbol('break');
const CONTINUE = Symbol('continue');
const MAX_DEPTH = 1000;

/** Shared by an execution and the templates it invokes (see budget.ts). */
interface Budget {
  steps: number;
  output: number;
}

interface Frame {
  name: string;
  value: GoValue;
}

export interface ExecInput {
  /** Parse name (Argo CD uses ""), printed in locations. */
  parseName: string;
  text: string;
  root: Node[];
  defines: Map<string, Node[]>;
  funcs: FuncMap;
  builtins: FuncMap;
  missingKey: MissingKey;
}

export function execute(input: ExecInput, data: GoValue): string {
  return new State(input, input.parseName, [{ name: '$', value: data }], 0, { steps: 0, output: 0 }).run(data, input.root);
}

class State {
  private out = '';
  private node: { pos: number; str: () => string } | undefined;

  constructor(
    private readonly t: ExecInput,
    private readonly tmplName: string,
    private vars: Frame[],
    private readonly depth: number,
    private readonly budget: Budget,
  ) {}

  private step(): void {
    if (++this.budget.steps > MAX_TEMPLATE_STEPS) this.errorf(budgetMessage('steps'));
  }

  private write(s: string): void {
    this.budget.output += s.length;
    if (this.budget.output > MAX_TEMPLATE_OUTPUT) this.errorf(budgetMessage('output'));
    this.out += s;
  }

  run(dot: GoValue, nodes: Node[]): string {
    this.walkList(dot, nodes);
    return this.out;
  }

  private at(pos: number, str: () => string): void {
    this.node = { pos, str };
  }
  private atArg(a: Arg): void {
    this.at(a.pos, () => argString(a));
  }

  private errorf(msg: string): never {
    if (!this.node) throw new TemplateExecError(`template: ${this.tmplName}: ${msg}`);
    const before = this.t.text.slice(0, this.node.pos);
    const nl = before.lastIndexOf('\n');
    // Go counts columns in bytes.
    const col = Buffer.byteLength(before.slice(nl + 1));
    const line = 1 + (before.match(/\n/g) ?? []).length;
    throw new TemplateExecError(
      `template: ${this.t.parseName}:${line}:${col}: executing ${JSON.stringify(this.tmplName)} at <${this.node.str()}>: ${msg}`,
    );
  }

  private mark(): number {
    return this.vars.length;
  }
  private pop(mark: number): void {
    this.vars.length = mark;
  }
  private setVar(name: string, value: GoValue): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) {
        this.vars[i].value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }
  private varValue(name: string): GoValue {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].value;
    this.errorf(`undefined variable: ${name}`);
  }

  private walkList(dot: GoValue, nodes: Node[]): void {
    for (const n of nodes) this.walk(dot, n);
  }

  private walk(dot: GoValue, node: Node): void {
    this.step();
    switch (node.kind) {
      case 'text':
        this.write(node.text);
        return;
      case 'action': {
        const v = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(v);
        return;
      }
      case 'if':
      case 'with': {
        const mark = this.mark();
        const v = this.evalPipeline(dot, node.pipe);
        if (isTrue(v)) this.walkList(node.kind === 'with' ? v : dot, node.list);
        else if (node.elseList) this.walkList(dot, node.elseList);
        this.pop(mark);
        return;
      }
      case 'range':
        return this.walkRange(dot, node);
      case 'template':
        return this.walkTemplate(dot, node);
      case 'break':
        throw BREAK;
      case 'continue':
        throw CONTINUE;
    }
  }

  private walkRange(dot: GoValue, r: ControlNode): void {
    const outer = this.mark();
    const val = this.evalPipeline(dot, r.pipe);
    const mark = this.mark();
    const decl = r.pipe.decl;
    const one = (index: GoValue, elem: GoValue): void => {
      this.step();
      if (decl.length > 0) {
        if (r.pipe.isAssign) this.setVar(decl[0], decl.length > 1 ? index : elem);
        else this.vars[this.vars.length - 1].value = elem;
      }
      if (decl.length > 1) {
        if (r.pipe.isAssign) this.setVar(decl[1], elem);
        else this.vars[this.vars.length - 2].value = index;
      }
      try {
        this.walkList(elem, r.list);
      } catch (e) {
        if (e !== CONTINUE) throw e;
      } finally {
        this.pop(mark);
      }
    };
    let iterated = false;
    try {
      if (Array.isArray(val)) {
        val.forEach((e, i) => one(BigInt(i), e));
        iterated = val.length > 0;
      } else if (isMap(val)) {
        const keys = sortedKeys(val);
        for (const k of keys) one(k, val[k]);
        iterated = keys.length > 0;
      } else if (intValue(val) !== undefined) {
        // Ranging over an integer yields values of its own type (int or int64).
        const n = intValue(val)!;
        if (decl.length > 1) this.errorf(`can't use ${n} to iterate over more than one variable`);
        const typed = (i: bigint) => (val instanceof GoInt64 ? new GoInt64(i) : i);
        for (let i = 0n; i < n; i++) one(typed(i), typed(i));
        iterated = n > 0n;
      } else if (val !== undefined && val !== null) {
        // Go reports it at the last node the pipeline evaluated.
        this.errorf(`range can't iterate over ${formatV(val)}`);
      }
    } catch (e) {
      if (e !== BREAK) throw e;
      iterated = true;
    }
    if (!iterated && r.elseList) this.walkList(dot, r.elseList);
    this.pop(outer);
  }

  private walkTemplate(dot: GoValue, t: Extract<Node, { kind: 'template' }>): void {
    this.at(t.pos, () => `{{template ${JSON.stringify(t.name)}${t.pipe ? ' ' + pipeString(t.pipe) : ''}}}`);
    const body = this.t.defines.get(t.name);
    if (!body) this.errorf(`template ${JSON.stringify(t.name)} not defined`);
    if (this.depth >= MAX_DEPTH) this.errorf(`exceeded maximum template depth (${MAX_DEPTH})`);
    const newDot = t.pipe ? this.evalPipeline(dot, t.pipe) : undefined;
    const sub = new State(this.t, t.name, [{ name: '$', value: newDot }], this.depth + 1, this.budget);
    this.out += sub.run(newDot, body);
  }

  private printValue(v: GoValue): void {
    this.write(v === undefined || v === null ? '<no value>' : formatV(v));
  }

  private evalPipeline(dot: GoValue, pipe: Pipe): GoValue {
    this.at(pipe.pos, () => pipeString(pipe));
    let value: Final = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      // A nil interface is dug out to "no value", as Go does with interface{} results.
      if (value === null) value = undefined;
    }
    const v = value as GoValue;
    for (const name of pipe.decl) {
      if (pipe.isAssign) this.setVar(name, v);
      else this.vars.push({ name, value: v });
    }
    return v;
  }

  private notAFunction(args: Arg[], final: Final): void {
    if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${argString(args[0])}`);
  }

  private evalCommand(dot: GoValue, cmd: Command, final: Final): GoValue {
    const first = cmd.args[0];
    switch (first.kind) {
      case 'field':
        this.atArg(first);
        return this.evalFieldChain(dot, dot, first, first.idents, cmd.args, final, false);
      case 'chain':
        return this.evalChain(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first.pipe);
      case 'variable':
        return this.evalVariable(dot, first, cmd.args, final);
    }
    this.atArg(first);
    this.notAFunction(cmd.args, final);
    switch (first.kind) {
      case 'bool':
        return first.value;
      case 'dot':
        return dot;
      case 'nil':
        this.errorf('nil is not a command');
      // eslint-disable-next-line no-fallthrough
      case 'number':
        return this.idealConstant(first);
      case 'string':
        return first.value;
    }
  }

  private idealConstant(n: Extract<Arg, { kind: 'number' }>): GoValue {
    this.atArg(n);
    const isHexInt = /^[+-]?0[xX]/.test(n.text) && !/[pP]/.test(n.text);
    if (n.isFloat && !isHexInt && !n.text.startsWith("'") && /[.eEpP]/.test(n.text)) return n.float;
    if (n.isInt) return n.int;
    this.errorf(`${n.text} overflows int`);
  }

  private evalChain(dot: GoValue, chain: Extract<Arg, { kind: 'chain' }>, args: Arg[], final: Final): GoValue {
    this.atArg(chain);
    if (chain.node.kind === 'nil') this.errorf(`indirection through explicit nil in ${argString(chain)}`);
    const recv = this.evalArg(dot, undefined, chain.node);
    return this.evalFieldChain(dot, recv, chain, chain.fields, args, final, false);
  }

  private evalVariable(dot: GoValue, v: Extract<Arg, { kind: 'variable' }>, args: Arg[], final: Final): GoValue {
    this.atArg(v);
    const value = this.varValue(v.idents[0]);
    if (v.idents.length === 1) {
      this.notAFunction(args, final);
      return value;
    }
    return this.evalFieldChain(dot, value, v, v.idents.slice(1), args, final, false);
  }

  private evalFieldChain(
    dot: GoValue,
    receiver: GoValue,
    node: Arg,
    idents: string[],
    args: Arg[],
    final: Final,
    recvIface: boolean,
  ): GoValue {
    let r = receiver;
    let iface = recvIface;
    for (let i = 0; i < idents.length - 1; i++) {
      // A map entry is an interface{}; a method's result has its own type.
      const method = r instanceof GoObject || isGoTime(r);
      r = this.evalField(dot, node, idents[i], [], MISSING, r, iface);
      iface = !method;
    }
    return this.evalField(dot, node, idents[idents.length - 1], args, final, r, iface);
  }

  private evalField(dot: GoValue, node: Arg, name: string, args: Arg[], final: Final, receiver: GoValue, iface: boolean): GoValue {
    if (receiver === undefined) {
      if (this.t.missingKey === 'error') this.errorf(`nil data; no entry for key ${JSON.stringify(name)}`);
      return undefined;
    }
    if (receiver === null) this.errorf(`nil pointer evaluating interface {}.${name}`);
    const methods = receiver instanceof GoObject ? receiver.methods : isGoTime(receiver) ? timeMethods(receiver) : undefined;
    const method = methods && Object.hasOwn(methods, name) ? methods[name] : undefined;
    if (method) return this.evalCall(dot, method, false, args[0] ?? node, name, args, final);
    if (isMap(receiver)) {
      if (args.length > 1 || final !== MISSING) this.errorf(`${name} is not a method but has arguments`);
      if (Object.prototype.hasOwnProperty.call(receiver, name)) return receiver[name];
      // The zero value of the map's element type: "" for map[string]string, nil for interface{}.
      if (this.t.missingKey === 'zero') return typedCollection(receiver) ? '' : null;
      if (this.t.missingKey === 'error') this.errorf(`map has no entry for key ${JSON.stringify(name)}`);
      return undefined;
    }
    this.errorf(`can't evaluate field ${name} in type ${iface ? 'interface {}' : goTypeName(receiver)}`);
  }

  private evalFunction(dot: GoValue, ident: Extract<Arg, { kind: 'identifier' }>, cmd: Command | Arg, args: Arg[], final: Final): GoValue {
    this.atArg(ident);
    const f = this.t.funcs[ident.name] ?? this.t.builtins[ident.name];
    const isBuiltin = !this.t.funcs[ident.name];
    if (!f) this.errorf(`${JSON.stringify(ident.name)} is not a defined function`);
    return this.evalCall(dot, f, isBuiltin, cmd, ident.name, args, final);
  }

  private evalCall(dot: GoValue, f: GoFunction, isBuiltin: boolean, node: Command | Arg, name: string, argNodes: Arg[], final: Final): GoValue {
    this.step();
    const args = argNodes.slice(1);
    const numIn = args.length + (final !== MISSING ? 1 : 0);
    const numFixed = f.params.length;
    if (f.variadic) {
      if (numIn < numFixed) this.errorf(`wrong number of args for ${name}: want at least ${numFixed} got ${args.length}`);
    } else if (numIn !== numFixed) {
      this.errorf(`wrong number of args for ${name}: want ${numFixed} got ${numIn}`);
    }
    if (isBuiltin && (name === 'and' || name === 'or')) {
      let v: GoValue = undefined;
      for (const a of args) {
        v = this.evalArg(dot, 'reflect', a);
        if (isTrue(v) === (name === 'or')) return v;
      }
      if (final !== MISSING) v = this.validateType(final, 'reflect');
      return v;
    }
    const argv: GoValue[] = [];
    let i = 0;
    for (; i < numFixed && i < args.length; i++) argv.push(this.evalArg(dot, f.params[i], args[i]));
    if (f.variadic) for (; i < args.length; i++) argv.push(this.evalArg(dot, f.variadic, args[i]));
    if (final !== MISSING) {
      const t = numIn - 1 < numFixed ? f.params[numIn - 1] : (f.variadic as ParamType);
      argv.push(this.validateType(final, t));
    }
    // No template value is a function, so the builtin call always fails; Go names the callee as its node reads.
    const callee = isBuiltin && name === 'call' ? (args.length === 0 ? reflectString(final as GoValue) : args[0].kind === 'pipe' ? pipeString(args[0].pipe) : argString(args[0])) : undefined;
    try {
      if (callee !== undefined) throw new FuncError(argv[0] === undefined || argv[0] === null ? 'call of nil' : `non-function ${callee} of type ${goTypeName(argv[0])}`);
      return f.call(...argv);
    } catch (e) {
      if (e instanceof TemplateExecError) throw e;
      if (node && 'args' in node) this.at(node.pos, () => commandString(node));
      else this.atArg(node as Arg);
      this.errorf(`error calling ${name}: ${errorMessage(e)}`);
    }
  }

  private validateType(value: GoValue, typ: ParamType | undefined): GoValue {
    if (value === undefined) {
      if (typ === undefined || typ === 'reflect') return undefined;
      if (typ === 'any' || typ === 'list' || typ === 'map') return null;
      this.errorf(`invalid value; expected ${GO_TYPE_NAMES[typ]}`);
    }
    if (typ === undefined || typ === 'any') return value;
    if (typ === 'reflect') return value;
    const ok =
      (typ === 'string' && typeof value === 'string') ||
      (typ === 'int' && typeof value === 'bigint') ||
      (typ === 'float64' && typeof value === 'number') ||
      (typ === 'bool' && typeof value === 'boolean') ||
      (typ === 'list' && Array.isArray(value) && !typedCollection(value)) ||
      (typ === 'map' && isMap(value) && !typedCollection(value)) ||
      (typ === 'semver' && value instanceof GoObject && value.goType === '*semver.Version');
    if (!ok) {
      this.errorf(`wrong type for value; expected ${GO_TYPE_NAMES[typ]}; got ${value === null ? 'interface {}' : goTypeName(value)}`);
    }
    return value;
  }

  private evalArg(dot: GoValue, typ: ParamType | undefined, n: Arg): GoValue {
    this.atArg(n);
    switch (n.kind) {
      case 'dot':
        return this.validateType(dot, typ);
      case 'nil':
        if (typ === undefined || typ === 'any' || typ === 'list' || typ === 'map') return null;
        if (typ === 'reflect') return undefined;
        this.errorf(`cannot assign nil to ${GO_TYPE_NAMES[typ]}`);
      // eslint-disable-next-line no-fallthrough
      case 'field':
        return this.validateType(this.evalFieldChain(dot, dot, n, n.idents, [n], MISSING, false), typ);
      case 'variable':
        return this.validateType(this.evalVariable(dot, n, [], MISSING), typ);
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, n.pipe), typ);
      case 'identifier':
        return this.validateType(this.evalFunction(dot, n, n, [n], MISSING), typ);
      case 'chain':
        return this.validateType(this.evalChain(dot, n, [], MISSING), typ);
    }
    switch (typ) {
      case 'bool':
        if (n.kind === 'bool') return n.value;
        this.errorf(`expected bool; found ${argString(n)}`);
      // eslint-disable-next-line no-fallthrough
      case 'float64':
        if (n.kind === 'number' && n.isFloat) return n.float;
        this.errorf(`expected float; found ${argString(n)}`);
      // eslint-disable-next-line no-fallthrough
      case 'int':
        if (n.kind === 'number' && n.isInt) return n.int;
        this.errorf(`expected integer; found ${argString(n)}`);
      // eslint-disable-next-line no-fallthrough
      case 'string':
        if (n.kind === 'string') return n.value;
        this.errorf(`expected string; found ${argString(n)}`);
      // eslint-disable-next-line no-fallthrough
      case undefined:
      case 'any':
      case 'reflect':
        if (n.kind === 'bool') return n.value;
        if (n.kind === 'number') return this.idealConstant(n);
        return n.value;
    }
    this.errorf(`can't handle ${argString(n)} for arg of type ${GO_TYPE_NAMES[typ]}`);
  }
}

/** reflect.Value.String: a string's own text, `<T Value>` for anything else. */
function reflectString(v: GoValue): string {
  return typeof v === 'string' ? v : `<${goTypeName(v)} Value>`;
}

export { FuncError };
