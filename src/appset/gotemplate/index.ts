// Entry point: parse and execute a Go text/template with Sprig and Argo CD's extra functions, the way
// Argo CD's ApplicationSet controller does (a clone of its "base" template with the options applied
// and `tpl` bound to it, then Parse and Execute).
import { BUILTINS } from './builtins.js';
import { execute, TemplateExecError, type MissingKey } from './exec.js';
import { fn, FuncError, type FuncMap } from './funcs.js';
import type { ParsedTemplate } from './nodes.js';
import { parseTemplate, TemplateParseError } from './parser.js';
import { ARGOCD_FUNCS } from './sprig.js';
import type { GoValue } from './values.js';

export { TemplateExecError, TemplateParseError };
export type { GoValue };

export interface GoTemplateOptions {
  /** Template name, printed in error locations; Argo CD's is "base". */
  name?: string;
  /** `goTemplateOptions`, e.g. `missingkey=error`. */
  options?: string[];
  /** Functions available to the template; defaults to Sprig + Argo CD's additions. */
  funcs?: FuncMap;
}

/** Go's Template.Option: `missingkey=default|invalid|zero|error`; anything else is refused. */
export function parseOptions(options: string[] = []): MissingKey {
  let missingKey: MissingKey = 'default';
  for (const opt of options) {
    const m = /^missingkey=(.*)$/.exec(opt);
    if (!m) throw new TemplateParseError(`unrecognized option: ${opt}`);
    switch (m[1]) {
      case 'invalid':
      case 'default':
        missingKey = 'default';
        break;
      case 'zero':
        missingKey = 'zero';
        break;
      case 'error':
        missingKey = 'error';
        break;
      default:
        throw new TemplateParseError(`unrecognized option: ${opt}`);
    }
  }
  return missingKey;
}

const cache = new Map<string, ParsedTemplate>();

function parseCached(text: string, name: string, funcs: FuncMap): ParsedTemplate {
  const key = funcs === ARGOCD_FUNCS ? `${name}\0${text}` : '';
  const hit = key ? cache.get(key) : undefined;
  if (hit) return hit;
  const parsed = parseTemplate(text, name, (n) => n in funcs || n in BUILTINS || n === 'tpl');
  if (key) {
    if (cache.size > 5000) cache.clear();
    cache.set(key, parsed);
  }
  return parsed;
}

/** Argo CD's TPL_FUNC_MAX_RECURSION_DEPTH. */
const TPL_MAX_DEPTH = 3;

/** Renders `text` with `data` as dot. Throws TemplateParseError or TemplateExecError with Go's messages. */
export function renderGoTemplate(text: string, data: GoValue, opts: GoTemplateOptions = {}): string {
  const name = opts.name ?? 'base';
  const base = opts.funcs ?? ARGOCD_FUNCS;
  const missingKey = parseOptions(opts.options);
  const parsed = parseCached(text, name, base);
  // Argo CD's `tpl` (applicationset/utils tplFun): parses its text into a clone of the calling template
  // (same name, options, functions and defines), at most three calls deep, and drops "<no value>".
  let depth = 0;
  const funcs: FuncMap = Object.create(base) as FuncMap;
  funcs.tpl = fn(['string', 'any'], (tpl: string, vals: GoValue) => {
    if (++depth > TPL_MAX_DEPTH) {
      depth--;
      throw new FuncError(`maximum recursion depth ${TPL_MAX_DEPTH} exceeded in tpl function`);
    }
    try {
      let inner: ParsedTemplate;
      try {
        inner = parseCached(tpl, name, base);
      } catch (e) {
        throw new FuncError(`cannot parse template ${JSON.stringify(tpl)}: ${(e as Error).message}`);
      }
      const defines = new Map([...parsed.defines, ...inner.defines]);
      try {
        const out = execute({ parseName: name, text: tpl, root: inner.root, defines, funcs, builtins: BUILTINS, missingKey }, vals);
        return out.replaceAll('<no value>', '');
      } catch (e) {
        throw new FuncError(`error during tpl function execution for ${JSON.stringify(tpl)}: ${(e as Error).message}`);
      }
    } finally {
      depth--;
    }
  });
  return execute({ parseName: name, text, root: parsed.root, defines: parsed.defines, funcs, builtins: BUILTINS, missingKey }, data);
}
