// Git revisions resolved against tags (semver targetRevision, tagPrefix) as Argo CD's own
// util/versions.MaxVersion resolves them (scripts/argocd/template-ref), on its tags_test.go cases and
// a seeded corpus of constraints, exact versions, names and tag lists (loose, prefixed, prerelease,
// leading zeros, out of range), compared result for result and error for error.
import { maxVersion } from '../../src/render/repos/git-tags.js';
import { referenceBinary, runReference, type MaxVersionCase, type Outcome } from '../appset/fidelity/reference.js';

const UPSTREAM_TAGS = ['0.7.1', '0.5.4', '0.5.3', '0.7.2', '0.5.2', '0.5.1', '0.5.0', '2024.03-LTS-RC19'];
const PREFIXED = ['prod/v1.0.0', 'prod/v1.0.1', 'prod/v1.1.0', 'staging/v1.0.0', 'staging/v2.0.0', 'v3.0.0'];

/** tags_test.go's MaxVersion cases. */
const UPSTREAM: MaxVersionCase['mv'][] = [
  ...['0.5.3', '2024.03-LTS-RC19', '> 0.5.3', '> 0.0.0', '>0.5.0,<0.7.0', '0.7.*', '*'].map((r) => ({ r, tags: UPSTREAM_TAGS, prefix: '' })),
  { r: '99.99', tags: [], prefix: '' },
  { r: '0.7.*', tags: [], prefix: '' },
  ...['v1.0.*', 'v1.*', '*', '1.x.x', '>=1.0.0 <1.1.0', 'v1.0.0', 'main', 'v9.*'].map((r) => ({ r, tags: PREFIXED, prefix: 'prod/' })),
];

const REVISIONS = ['*', '1.*', '1.2.*', '~1.2.0', '^1.2.0', '^0.2.3', '>=1.0.0-0', '>1.0.0 <2', '>=1.0.0-alpha, <2.0.0', '1.x || 3.x', '!=1.2.3', '1.2.3 - 1.4', '=1.2.3', '1.2.3', 'v1.2.3', '1.2', 'main', 'HEAD', 'release-1.2', 'junk*', '', '01.2.3', '>=1.0.0-01'];
const TAG_POOL = ['1.0.0', '1.2.0', '1.2.3', '1.2.9', 'v1.3.0', '1.4.0', '2.0.0', '3.1.4', '0.2.5', '0.3.0', '1.2.4-rc.1', '2.0.0-beta', 'v1', '1.5', 'main', 'release-1.2', 'not-a-version', '01.2.3', '1.0.0-01', '99999999999999999999.0.0', 'prod/v1.2.5', 'prod/1.4.0', 'prod/main', 'component-b/1.0.1'];
const PREFIXES = ['', '', 'prod/', 'component-b/', 'v'];

/** Fixed, so a failure reproduces. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function generated(seed: number, count: number): MaxVersionCase['mv'][] {
  const next = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  return Array.from({ length: count }, () => ({
    r: pick(REVISIONS),
    tags: TAG_POOL.filter(() => next() < 0.4),
    prefix: pick(PREFIXES),
  }));
}

describe('git tag resolution as Argo CD resolves it (util/versions.MaxVersion)', () => {
  const cases = [...UPSTREAM, ...generated(7, 600)];
  let reference: Outcome[];
  beforeAll(() => {
    reference = runReference(referenceBinary(), cases.map((mv) => ({ mv })));
  }, 900_000);

  it('gives the same tag or the same error for every case', () => {
    const ours = cases.map((c): Outcome => {
      const r = maxVersion(c.r, c.tags, c.prefix);
      return 'tag' in r ? { out: r.tag } : { err: r.error };
    });
    const differences = cases.flatMap((c, i) => (JSON.stringify(ours[i]) === JSON.stringify(reference[i]) ? [] : [{ case: c, argocd: reference[i], gitopsSync: ours[i] }]));
    expect(differences).toEqual([]);
    // The corpus reaches every kind of outcome: a tag, no match, a bad tag, a name that is no constraint.
    const kind = (err: string) => (err.startsWith('tagPrefix ') ? 'tagPrefix needs a constraint' : err.replace(/:.*$/, '').replace(/ in \d+ tags$/, ''));
    const errors = new Set(reference.flatMap((o) => ('err' in o ? [kind(o.err)] : [])));
    expect([...errors].sort()).toEqual(['failed to determine semver constraint', 'invalid semver version in tags', 'tagPrefix needs a constraint', 'version matching constraint not found']);
    expect(reference.filter((o) => 'out' in o).length).toBeGreaterThan(100);
  });
});
