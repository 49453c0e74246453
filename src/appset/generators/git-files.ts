// Git file generator: each matched YAML/JSON file yields its object (or each element of its list) as a
// parameter set, plus path parameters; in flat mode the object is flattened with dots.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseYaml } from '../../parse/yaml.js';
import { globMatcher } from '../../load/glob.js';
import { flattenParams, appendValues } from '../params.js';
import type { GenContext, GitGenerator, Params } from '../types.js';
import { pathParams } from './git-directories.js';
import { gitCheckout, listFiles } from './git-source.js';

export async function gitFileParams(gen: GitGenerator, ctx: GenContext): Promise<Params[]> {
  const dir = await gitCheckout(gen, ctx);
  const items = gen.files ?? [];
  const include = globMatcher(items.filter((f) => !f.exclude).map((f) => f.path));
  const excluded = items.filter((f) => f.exclude).map((f) => f.path);
  const exclude = excluded.length ? globMatcher(excluded) : () => false;
  const files = (await listFiles(dir)).filter((f) => include(f) && !exclude(f));
  const out: Params[] = [];
  for (const file of files) {
    const text = await readFile(join(dir, file), 'utf8');
    let doc: unknown;
    try {
      doc = parseYaml(text);
    } catch (e) {
      throw new Error(`unable to process file '${file}': unable to parse file: ${(e as Error).message}`, { cause: e });
    }
    const objects = Array.isArray(doc) ? doc : [doc ?? {}];
    const slash = file.lastIndexOf('/');
    const fileDir = slash < 0 ? '.' : file.slice(0, slash);
    const fileName = file.slice(slash + 1);
    for (const obj of objects) {
      if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
        throw new Error(`unable to process file '${file}': unable to parse file: not an object or a list of objects`);
      }
      const params: Params = ctx.goTemplate ? { ...(obj as Params) } : flattenParams(obj as Params);
      Object.assign(params, pathParams(fileDir, gen, ctx, fileName));
      appendValues(gen.values, params, ctx);
      out.push(params);
    }
  }
  return out;
}
