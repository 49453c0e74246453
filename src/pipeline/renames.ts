// Renamed apps: removed under one name and added under another with the same project, destination
// and sources. Only one-to-one matches count, so two identical apps never get paired by guesswork.
import { canonical } from '../model/canonical.js';
import type { AppSpec } from '../model/argocd.js';

function identity(spec: AppSpec): string {
  const { project, destination, source, sources } = spec.app.spec;
  return canonical({ project, destination, sources: sources && sources.length > 0 ? sources : [source] });
}

/** Pairs of a removed app and the added app it was renamed to. */
export function renamePairs<T extends { spec: AppSpec }>(removed: readonly T[], added: readonly T[]): [T, T][] {
  const pairs: [T, T][] = [];
  for (const old of removed) {
    const id = identity(old.spec);
    const matches = added.filter((a) => identity(a.spec) === id);
    const back = removed.filter((r) => identity(r.spec) === id);
    if (matches.length === 1 && back.length === 1) pairs.push([old, matches[0]]);
  }
  return pairs;
}
