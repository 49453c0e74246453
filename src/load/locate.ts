// Problems found after loading (rendering, ApplicationSet expansion) know their spec's document and
// field but not the field's line: this points them at it, as load-time problems already are.
import type { Problem } from '../model/errors.js';
import type { LoadedRepo } from './types.js';
import type { FieldPath } from './yaml-docs.js';

/** `spec.sources[1].helm.valueFiles[0]` → `['spec', 'sources', 1, 'helm', 'valueFiles', 0]` */
export function fieldPath(field: string): FieldPath {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
}

/**
 * The problem with its line moved to its field, when it is about a spec the repo holds (same file,
 * document line and name: an Application generated or rendered from it is another object).
 */
export function locateProblem(p: Problem, loaded: Pick<LoadedRepo, 'locators'>): Problem {
  if (!p.file || !p.line || !p.field || !p.app) return p;
  const spec = loaded.locators.get(`${p.file}:${p.line}`);
  if (!spec || spec.name !== p.app) return p;
  return { ...p, line: spec.lineOf(fieldPath(p.field)) };
}
