// Parameter handling shared by generators: rendering one string with the ApplicationSet's engine,
// flattening for selectors and flat mode, generator `values`, and label selectors.
import { formatV } from './gotemplate/fmt.js';
import { renderGoTemplate } from './gotemplate/index.js';
import { fromPlain, goTyped, type GoValue } from './gotemplate/values.js';
import { renderFastTemplate } from './fasttemplate.js';
import type { GenContext, LabelSelector, Params } from './types.js';

/** Argo CD's Render.Replace: the Go template engine or fasttemplate, with its error wording. */
export function renderString(text: string, params: Params, ctx: Pick<GenContext, 'goTemplate' | 'goTemplateOptions'>): string {
  if (!ctx.goTemplate) return renderFastTemplate(text, params);
  try {
    return renderGoTemplate(text, fromPlain(params), { options: ctx.goTemplateOptions });
  } catch (e) {
    const verb = (e as Error).constructor.name === 'TemplateParseError' ? 'failed to parse template' : 'failed to execute go template';
    throw new Error(`${verb} ${text}: ${(e as Error).message}`, { cause: e });
  }
}

/** Renders every string (and map key) in a JSON-like value; errors name the dotted field path. */
export function renderDeep(value: unknown, params: Params, ctx: Pick<GenContext, 'goTemplate' | 'goTemplateOptions'>, path: string): unknown {
  if (typeof value === 'string') {
    try {
      return renderString(value, params, ctx);
    } catch (e) {
      throw new FieldError(path, (e as Error).message, { cause: e });
    }
  }
  if (Array.isArray(value)) return value.map((v, i) => renderDeep(v, params, ctx, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const sub = path ? `${path}.${k}` : k;
      let key: string;
      try {
        key = renderString(k, params, ctx);
      } catch (e) {
        throw new FieldError(sub, (e as Error).message, { cause: e });
      }
      out[key] = renderDeep(v, params, ctx, sub);
    }
    return out;
  }
  return value;
}

/** An error tied to a field inside a spec, so reports can name it. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** jeremywohl/flatten DotStyle, values printed with Go's `%v`: what selectors and flat mode see. */
export function flattenParams(params: Params): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (v: unknown, prefix: string) => {
    if (Array.isArray(v) && v.length > 0) v.forEach((x, i) => walk(x, prefix ? `${prefix}.${i}` : String(i)));
    else if (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length > 0) {
      for (const [k, x] of Object.entries(v)) walk(x, prefix ? `${prefix}.${k}` : k);
    } else out[prefix] = formatV(fromPlain(v) as GoValue);
  };
  walk(params, '');
  return out;
}

/** Appends a generator's `values`, each rendered with the params so far, as `values.<k>` (or `.values.k`). */
export function appendValues(values: Record<string, string> | undefined, params: Params, ctx: GenContext): void {
  if (!values || Object.keys(values).length === 0) return;
  const rendered: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) rendered[k] = renderString(String(v), params, ctx);
  if (ctx.goTemplate) params.values = goTyped('map[string]string', rendered);
  else for (const [k, v] of Object.entries(rendered)) params[`values.${k}`] = v;
}

/** Kubernetes label selector semantics (values unrestricted, as Argo CD's copy allows). */
export function selectorMatches(sel: LabelSelector | undefined, labels: Record<string, string>): boolean {
  if (!sel) return true;
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (labels[k] !== String(v)) return false;
  for (const e of sel.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    const vals = (e.values ?? []).map(String);
    switch (e.operator) {
      case 'In':
        if (!has || !vals.includes(labels[e.key])) return false;
        break;
      case 'NotIn':
        if (has && vals.includes(labels[e.key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        throw new Error(`error parsing label selector: ${JSON.stringify(e.operator)} is not a valid label selector operator`);
    }
  }
  return true;
}

export function selectorIsEmpty(sel: LabelSelector | undefined): boolean {
  return !sel || (Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0);
}
