// Turns a template and one parameter set into an Application the way Argo CD's controller does:
// render every string, add the resources finalizer unless preserved, apply `templatePatch` (then
// restore `spec.project`), and force the namespace to the ApplicationSet's.
import { parseYaml } from '../parse/yaml.js';
import type { ApplicationSet } from '../model/argocd.js';
import { FieldError, renderDeep, renderString } from './params.js';
import type { AppTemplate, GenContext, Params } from './types.js';

export const RESOURCES_FINALIZER = 'resources-finalizer.argocd.argoproj.io';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isZero(v: unknown): boolean {
  return v === undefined || v === null || v === '' || v === false || v === 0 || (Array.isArray(v) && v.length === 0) || (isObj(v) && Object.keys(v).length === 0);
}

/** mergo.Merge(generatorTemplate, spec.template): the generator's set fields win, the rest comes from the base. */
export function mergeTemplates(gen: AppTemplate | undefined, base: AppTemplate): AppTemplate {
  const merge = (dst: unknown, src: unknown): unknown => {
    if (isObj(dst) && isObj(src)) {
      const out: Obj = { ...dst };
      for (const [k, v] of Object.entries(src)) out[k] = k in dst && !isZero(dst[k]) ? merge(dst[k], v) : structuredClone(v);
      return out;
    }
    return isZero(dst) ? structuredClone(src) : dst;
  };
  return merge(structuredClone(gen ?? {}), base) as AppTemplate;
}

/** RFC 7386 merge patch, which is what a strategic merge patch does to Application fields. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObj(patch)) return patch;
  const out: Obj = isObj(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/** Renders one Application (raw, not yet validated). Throws FieldError on a template error. */
export function renderApplication(template: AppTemplate, params: Params, appSet: ApplicationSet, ctx: GenContext): Obj {
  const preserve = appSet.spec.syncPolicy?.preserveResourcesOnDeletion === true;
  let tmpl: Obj;
  if (Object.keys(params).length === 0) {
    // Argo CD returns the template untouched (no finalizer either) for an empty parameter set.
    tmpl = structuredClone(template) as Obj;
  } else {
    tmpl = renderDeep(template, params, ctx, 'spec.template') as Obj;
    const meta = (isObj(tmpl.metadata) ? tmpl.metadata : (tmpl.metadata = {})) as Obj;
    if (!preserve && (!Array.isArray(meta.finalizers) || meta.finalizers.length === 0)) meta.finalizers = [RESOURCES_FINALIZER];
  }
  let app: Obj = { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: tmpl.metadata ?? {}, spec: tmpl.spec ?? {} };
  if (appSet.spec.templatePatch) {
    let patch: unknown;
    try {
      patch = parseYaml(renderString(appSet.spec.templatePatch, params, ctx));
    } catch (e) {
      // One line, but all of it: the message quotes the (multi-line) patch before the reason.
      const message = (e as Error).message.replace(/\s*\n\s*/g, ' ');
      throw new FieldError('spec.templatePatch', `error applying templatePatch: ${message}`, { cause: e });
    }
    const project = (app.spec as Obj).project;
    app = mergePatch(app, patch) as Obj;
    if (!isObj(app.spec)) app.spec = {};
    if (project === undefined) delete (app.spec as Obj).project;
    else (app.spec as Obj).project = project;
  }
  const meta = (isObj(app.metadata) ? app.metadata : (app.metadata = {})) as Obj;
  if (appSet.metadata.namespace) meta.namespace = appSet.metadata.namespace;
  else delete meta.namespace;
  return app;
}
