// Git directory generator: directories matching `path.Match` globs, minus any `exclude: true` match.
import { sanitizeName } from '../gotemplate/sprig.js';
import { goTyped } from '../gotemplate/values.js';
import { appendValues } from '../params.js';
import type { GenContext, GitGenerator, Params } from '../types.js';
import { filepathMatch } from '../../glob/filepath.js';
import { gitCheckout, listDirectories } from './git-source.js';

export function filterDirectories(items: { path: string; exclude?: boolean }[], all: string[]): string[] {
  return all.filter((p) => {
    let include = false;
    let exclude = false;
    for (const it of items) {
      // A bad pattern matches nothing: Argo CD logs it and skips it.
      const match = filepathMatch(it.path, p);
      if (match && it.exclude) exclude = true;
      if (match && !it.exclude) include = true;
    }
    return include && !exclude;
  });
}

/** The path parameters a git generator adds for a directory (and, for files, its file name). */
export function pathParams(dir: string, gen: GitGenerator, ctx: GenContext, file?: string): Params {
  const base = dir.slice(dir.lastIndexOf('/') + 1) || dir;
  const prefix = gen.pathParamPrefix ?? '';
  if (ctx.goTemplate) {
    const p: Params = { path: dir, basename: base, basenameNormalized: sanitizeName(base), segments: goTyped('[]string', dir.split('/')) };
    if (file !== undefined) {
      p.filename = file;
      p.filenameNormalized = sanitizeName(file);
    }
    return prefix ? { [prefix]: { path: p } } : { path: p };
  }
  const name = prefix ? `${prefix}.path` : 'path';
  const out: Params = { [name]: dir, [`${name}.basename`]: base };
  if (file !== undefined) out[`${name}.filename`] = file;
  out[`${name}.basenameNormalized`] = sanitizeName(base);
  if (file !== undefined) out[`${name}.filenameNormalized`] = sanitizeName(file);
  dir.split('/').forEach((seg, i) => {
    if (seg) out[`${name}[${i}]`] = seg;
  });
  return out;
}

export async function gitDirectoryParams(gen: GitGenerator, ctx: GenContext): Promise<Params[]> {
  const dir = await gitCheckout(gen, ctx);
  const matched = filterDirectories(gen.directories ?? [], await listDirectories(dir));
  return matched.map((d) => {
    const params = pathParams(d, gen, ctx);
    appendValues(gen.values, params, ctx);
    return params;
  });
}
