// A git targetRevision resolved against the repository's tags, as Argo CD's repo server does
// (util/git lsRemote with util/versions MaxVersion): an exact semver version names its tag, a semver
// constraint the highest tag that satisfies it; with tagPrefix only tags that start with it count,
// compared without it and named with it. Anything else is a branch, tag or commit as it stands.
import { compareVersions, parseConstraints, parseVersion, satisfies, SemverError, type Version } from '../../semver/masterminds.js';

const INVALID = 'invalid semantic version';

/** MaxVersion: the tag `revision` resolves to, or Argo CD's error. */
export function maxVersion(revision: string, tags: readonly string[], tagPrefix: string): { tag: string } | { error: string } {
  const filtered = tagPrefix ? tags.filter((t) => t.startsWith(tagPrefix)) : tags;
  const stripped = filtered.map((t) => t.slice(tagPrefix.length));
  const exact = attempt(() => parseVersion(revision));
  if (!(exact instanceof Error)) return { tag: tagPrefix + exact.original };
  const constraints = attempt(() => parseConstraints(revision));
  if (constraints instanceof Error) {
    if (tagPrefix) return { error: `tagPrefix ${JSON.stringify(tagPrefix)} requires targetRevision to be a semver constraint, but ${JSON.stringify(revision)} is not a valid constraint` };
    if (stripped.includes(revision)) return { tag: revision };
    return { error: `failed to determine semver constraint: ${constraints.message}` };
  }
  let max: Version | undefined;
  for (const tag of stripped) {
    const v = attempt(() => parseVersion(tag));
    if (v instanceof Error) {
      if (v.message === INVALID) continue;
      return { error: `invalid semver version in tags: ${v.message}` };
    }
    if (satisfies(constraints, v) && (max === undefined || compareVersions(v, max) > 0)) max = v;
  }
  if (max === undefined) return { error: `version matching constraint not found in ${filtered.length} tags` };
  return { tag: tagPrefix + max.original };
}

/** A semver constraint that is not an exact version (IsConstraint): only the tags can resolve it. */
export function isConstraint(revision: string): boolean {
  return attempt(() => parseVersion(revision)) instanceof Error && !(attempt(() => parseConstraints(revision)) instanceof Error);
}

function attempt<T>(work: () => T): T | SemverError {
  try {
    return work();
  } catch (err) {
    if (err instanceof SemverError) return err;
    throw err;
  }
}
