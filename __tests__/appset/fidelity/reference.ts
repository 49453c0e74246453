// Runs template cases through Argo CD's own code (scripts/argocd/template-ref, built and cached by
// scripts/argocd/build-template-ref.sh) and through gitops-sync's engine, one result per case.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderString } from '../../../src/appset/params.js';
import { goTyped } from '../../../src/appset/gotemplate/values.js';
import type { Params } from '../../../src/appset/types.js';

/** One template case; `p` is JSON where `{"$go": "map[string]string" | "[]string", "v": ...}` marks a typed value. */
export interface TemplateCase {
  t: string;
  p?: Record<string, unknown>;
  o?: string[];
  /** goTemplate; false selects fasttemplate. */
  g?: boolean;
}

export type Outcome = { out: string } | { err: string };

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Builds (or reuses) the reference binary and returns its path. */
export function referenceBinary(): string {
  const out = execFileSync('bash', [join(repo, 'scripts', 'argocd', 'build-template-ref.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return out.trim().split('\n').pop() as string;
}

/** A git revision to resolve against tags (util/versions MaxVersion), run by the same binary. */
export interface MaxVersionCase {
  mv: { r: string; tags: string[]; prefix: string };
}

/** Argo CD's results, in case order. Both sides run in UTC, as the controller's image does. */
export function runReference(bin: string, cases: (TemplateCase | MaxVersionCase)[]): Outcome[] {
  const input = cases.map((c) => JSON.stringify(c)).join('\n') + '\n';
  // 4 GB of address space: a template that allocates without end kills only this process, quickly.
  const out = execFileSync('bash', ['-c', 'ulimit -v 4000000 && exec "$0"', bin], { input, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' }, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'ignore'] });
  const lines = out.split('\n').filter((l) => l !== '');
  if (lines.length !== cases.length) throw new Error(`template-ref printed ${lines.length} results for ${cases.length} cases`);
  return lines.map((l) => JSON.parse(l) as Outcome);
}

/**
 * As runReference, but a case that kills Argo CD's process (Go's fatal "out of memory", e.g. `until`
 * of an overflowed int64) yields `undefined` instead of failing the whole batch: Argo CD has no answer
 * for it. Batches that fail are split until the culprits stand alone.
 */
export function runReferenceSurvivingCrashes(bin: string, cases: TemplateCase[]): (Outcome | undefined)[] {
  try {
    return runReference(bin, cases);
  } catch {
    if (cases.length === 1) return [undefined];
    const half = Math.ceil(cases.length / 2);
    return [...runReferenceSurvivingCrashes(bin, cases.slice(0, half)), ...runReferenceSurvivingCrashes(bin, cases.slice(half))];
  }
}

/** The case's parameters as generators build them here (typed maps and slices marked). */
export function caseParams(p: Record<string, unknown> | undefined): Params {
  const conv = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(conv);
    if (typeof v === 'object' && v !== null) {
      const o = v as Record<string, unknown>;
      if (typeof o.$go === 'string') return goTyped(o.$go as 'map[string]string' | '[]string', o.v as never);
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, conv(x)]));
    }
    return v;
  };
  return conv(p ?? {}) as Params;
}

/** gitops-sync's result for one case, through the same entry point as the generators and templates. */
export function runOurs(c: TemplateCase): Outcome {
  try {
    return { out: renderString(c.t, caseParams(c.p), { goTemplate: c.g ?? true, goTemplateOptions: c.o ?? [] }) };
  } catch (e) {
    return { err: (e as Error).message };
  }
}
