// Matrix generator: the cartesian product of exactly two children; the second child is rendered
// with each parameter set of the first. Go templates deep-merge (first wins); flat mode refuses a key
// both children set to different values.
import type { ChildParams, GenContext, NestedGenerators, Params } from '../types.js';
import { deepMerge } from './merge.js';

export async function matrixParams(gen: NestedGenerators, ctx: GenContext, child: ChildParams): Promise<Params[]> {
  const children = gen.generators ?? [];
  if (children.length < 2) throw new Error('found less than two generators, Matrix support only two');
  if (children.length > 2) throw new Error('found more than two generators, Matrix support only two');
  let first: Params[];
  try {
    first = await child(children[0], ctx);
  } catch (e) {
    throw new Error(`error failed to get params for first generator in matrix generator: ${(e as Error).message}`, { cause: e });
  }
  const out: Params[] = [];
  for (const a of first) {
    let second: Params[];
    try {
      second = await child(children[1], ctx, a);
    } catch (e) {
      throw new Error(`failed to get params for second generator in the matrix generator: ${(e as Error).message}`, { cause: e });
    }
    for (const b of second) {
      if (ctx.goTemplate) out.push(deepMerge(deepMerge({}, b), a));
      else out.push(combineStringMaps(a, b));
    }
  }
  return out;
}

/** utils.CombineStringMaps: union of two flat maps; one key with two values is an error. */
function combineStringMaps(a: Params, b: Params): Params {
  const out: Params = { ...a };
  for (const [k, v] of Object.entries(b)) {
    if (k in out && out[k] !== v) {
      throw new Error(`failed to combine string maps with merging params for the matrix generator: found duplicate key ${k} with different value, a: ${String(out[k])} ,b: ${String(v)}`);
    }
    out[k] = v;
  }
  return out;
}
