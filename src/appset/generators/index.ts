// Generator dispatch (Argo CD's Transform): which generator kind an entry holds, interpolation of a
// matrix's second child, the generator-level `selector`, and the template each entry contributes.
import { flattenParams, renderDeep, selectorMatches } from '../params.js';
import type { AppTemplate, GenContext, Generator, Params } from '../types.js';
import { clusterParams } from './clusters.js';
import { gitDirectoryParams } from './git-directories.js';
import { gitFileParams } from './git-files.js';
import { listParams } from './list.js';
import { matrixParams } from './matrix.js';
import { mergeParams } from './merge.js';
import { pluginParams } from './plugin.js';
import { pullRequestParams } from './pull-request.js';
import { scmProviderParams } from './scm-provider.js';

const SUPPORTED = ['list', 'clusters', 'git', 'matrix', 'merge', 'pullRequest', 'scmProvider', 'plugin'] as const;
const UNSUPPORTED = ['clusterDecisionResource'];

export interface GeneratorResult {
  kind: string;
  params: Params[];
  template: AppTemplate | undefined;
}

/** The generator kinds set in one entry (none for an empty entry); unsupported or unknown kinds are errors. */
export function generatorKinds(gen: Generator): string[] {
  const kinds = Object.keys(gen).filter((k) => k !== 'selector' && gen[k] !== null && gen[k] !== undefined);
  for (const k of kinds) {
    if (UNSUPPORTED.includes(k)) throw new Error(`the ${k} generator is not supported by gitops-sync`);
    if (!(SUPPORTED as readonly string[]).includes(k)) throw new Error(`unrecognized generator: ${k}`);
  }
  return kinds;
}

async function kindParams(kind: string, gen: Generator, ctx: GenContext): Promise<Params[]> {
  switch (kind) {
    case 'list':
      return listParams(gen.list ?? {}, ctx);
    case 'clusters':
      return clusterParams(gen.clusters ?? {}, ctx);
    case 'git': {
      const g = gen.git!;
      if ((g.directories ?? []).length > 0) return gitDirectoryParams(g, ctx);
      if ((g.files ?? []).length > 0) return gitFileParams(g, ctx);
      throw new Error('git generator needs directories or files');
    }
    case 'matrix':
      return matrixParams(dropNestedSelectors(gen.matrix!, ctx), ctx, childParams);
    case 'merge':
      return mergeParams(dropNestedSelectors(gen.merge!, ctx), ctx, childParams);
    case 'pullRequest':
      return pullRequestParams(gen.pullRequest ?? {}, ctx);
    case 'scmProvider':
      return scmProviderParams(gen.scmProvider ?? {}, ctx);
    case 'plugin':
      return pluginParams(gen.plugin ?? {}, ctx);
  }
  throw new Error(`unrecognized generator: ${kind}`);
}

/** Selectors on a nested matrix/merge's children apply only with `spec.applyNestedSelectors`. */
function dropNestedSelectors<T extends { generators: Generator[] }>(g: T, ctx: GenContext): T {
  if (ctx.applyNestedSelectors) return g;
  return { ...g, generators: (g.generators ?? []).map(({ selector: _s, ...rest }) => rest as Generator) };
}

/**
 * A matrix/merge inside a matrix/merge decodes its children as Argo CD's ApplicationSetTerminalGenerator,
 * which has no `matrix` or `merge` field: a third level of nesting is silently dropped, so that child is empty.
 */
function asNested(gen: Generator): Generator {
  const terminal = (children: Generator[] | undefined): Generator[] =>
    (children ?? []).map(({ matrix: _m, merge: _g, ...rest }) => rest as Generator);
  const out = { ...gen };
  if (gen.matrix) out.matrix = { ...gen.matrix, generators: terminal(gen.matrix.generators) };
  if (gen.merge) out.merge = { ...gen.merge, generators: terminal(gen.merge.generators) };
  return out;
}

/** Runs every kind in a top-level generator entry, each with its merged template; like Argo CD, an empty entry yields nothing. */
export async function runGenerator(gen: Generator, ctx: GenContext, interpolate?: Params): Promise<GeneratorResult[]> {
  const results = await transform(gen, ctx, interpolate);
  if (results.length === 0) ctx.notes.push('a generator entry sets no generator kind and yields nothing');
  return results;
}

/** Argo CD's Transform: one result per kind set in the entry. */
async function transform(gen: Generator, ctx: GenContext, interpolate?: Params): Promise<GeneratorResult[]> {
  const kinds = generatorKinds(gen);
  const source = interpolate && Object.keys(interpolate).length > 0 ? (renderDeep(gen, interpolate, ctx, '') as Generator) : gen;
  const results: GeneratorResult[] = [];
  for (const kind of kinds) {
    const params = (await kindParams(kind, source, ctx)).filter((p) => !gen.selector || selectorMatches(gen.selector, flattenParams(p)));
    results.push({ kind, params, template: (gen[kind] as { template?: AppTemplate } | undefined)?.template });
  }
  return results;
}

/**
 * A matrix/merge child (Argo CD's getParams): exactly one kind, parameters only. A child that yields no
 * parameter sets is fine; a child that sets no generator at all is an error.
 */
export async function childParams(gen: Generator, ctx: GenContext, interpolate?: Params): Promise<Params[]> {
  let results: GeneratorResult[];
  try {
    results = await transform(asNested(gen), ctx, interpolate);
  } catch (e) {
    throw new Error(`child generator returned an error on parameter generation: ${(e as Error).message}`, { cause: e });
  }
  if (results.length === 0) throw new Error('child generator generated no parameters');
  if (results.length > 1) throw new Error('found more than one generator in matrix.Generators');
  return results[0].params;
}
