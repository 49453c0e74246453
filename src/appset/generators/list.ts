// List generator: each element is a parameter set; `elementsYaml` adds a YAML list of them.
import { parseYaml } from '../../parse/yaml.js';
import type { GenContext, ListGenerator, Params } from '../types.js';

export function listParams(gen: ListGenerator, ctx: GenContext): Params[] {
  const out: Params[] = [];
  if (gen.elements != null && !Array.isArray(gen.elements)) throw new Error('elements must be a list of objects');
  for (const [i, el] of (gen.elements ?? []).entries()) {
    if (typeof el !== 'object' || el === null || Array.isArray(el)) throw new Error(`list element ${i} is not an object`);
    if (ctx.goTemplate) {
      out.push({ ...el });
      continue;
    }
    // Flat mode: values must be strings; a `values` map becomes `values.<k>`.
    const params: Params = {};
    for (const [k, v] of Object.entries(el)) {
      if (k === 'values') {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('error parsing values map');
        for (const [vk, vv] of Object.entries(v)) {
          if (typeof vv !== 'string') throw new Error(`error parsing value as string: list element ${i} values.${vk} is not a string`);
          params[`values.${vk}`] = vv;
        }
      } else {
        if (typeof v !== 'string') throw new Error(`error parsing value as string: list element ${i} key ${k} is not a string (goTemplate: false needs strings)`);
        params[k] = v;
      }
    }
    out.push(params);
  }
  if (gen.elementsYaml) {
    let parsed: unknown;
    try {
      parsed = parseYaml(gen.elementsYaml);
    } catch (e) {
      throw new Error(`error unmarshling decoded ElementsYaml ${(e as Error).message}`, { cause: e });
    }
    if (parsed !== null && !Array.isArray(parsed)) throw new Error('error unmarshling decoded ElementsYaml: not a list');
    for (const el of (parsed as unknown[] | null) ?? []) out.push({ ...(el as Params) });
  }
  return out;
}
