// Merge generator: the first child's parameter sets are the base; later children override the base
// sets whose `mergeKeys` values match theirs, and their unmatched sets are dropped.
import type { ChildParams, GenContext, MergeGenerator, Params } from '../types.js';

function isPlainObject(v: unknown): v is Params {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** mergo.Merge(dst, src, WithOverride): src values win, maps merge recursively. */
export function deepMerge(dst: Params, src: Params): Params {
  for (const [k, v] of Object.entries(src)) {
    if (isPlainObject(v) && isPlainObject(dst[k])) dst[k] = deepMerge({ ...(dst[k] as Params) }, v);
    else dst[k] = isPlainObject(v) ? deepMerge({}, v) : v;
  }
  return dst;
}

function keyValue(p: Params, key: string): unknown {
  if (key in p) return p[key];
  // Go-template parameter sets are nested: `path.basename` reaches into them.
  return key.split('.').reduce<unknown>((cur, part) => (isPlainObject(cur) ? cur[part] : undefined), p);
}

function byMergeKey(keys: string[], sets: Params[]): Map<string, Params> {
  if (keys.length < 1) throw new Error('error getting param sets by merge key: no merge keys were specified, Merge requires at least one');
  const unique = [...new Set(keys)].sort();
  const out = new Map<string, Params>();
  for (const set of sets) {
    const k = JSON.stringify(Object.fromEntries(unique.map((key) => [key, keyValue(set, key) ?? null])));
    if (out.has(k)) {
      throw new Error(`error getting param sets by merge key: the parameters from a generator were not unique by the given mergeKeys, Merge requires all param sets to be unique. Duplicate key was ${k}`);
    }
    out.set(k, set);
  }
  return out;
}

export async function mergeParams(gen: MergeGenerator, ctx: GenContext, child: ChildParams): Promise<Params[]> {
  const children = gen.generators ?? [];
  if (children.length < 2) throw new Error('found less than two generators, Merge requires two or more');
  const all: Params[][] = [];
  for (const [i, g] of children.entries()) {
    try {
      all.push(await child(g, ctx));
    } catch (e) {
      const msg = `error getting param sets from generators: error getting params from generator ${i + 1} of ${children.length}: ${(e as Error).message}`;
      throw new Error(msg, { cause: e });
    }
  }
  const base = byMergeKey(gen.mergeKeys ?? [], all[0]);
  for (const sets of all.slice(1)) {
    const overrides = byMergeKey(gen.mergeKeys ?? [], sets);
    for (const [k, b] of base) {
      const o = overrides.get(k);
      if (o) base.set(k, ctx.goTemplate ? deepMerge(deepMerge({}, b), o) : { ...b, ...o });
    }
  }
  return [...base.values()];
}
