// The differential suite: every case of the corpus (hand-written plus the seeded grammar) runs through
// Argo CD's own applicationset/utils (scripts/argocd/template-ref, release from src/argocd-release.ts)
// and through gitops-sync's engine; outputs must be byte-identical and errors identical, except for the
// allow-list. The reference binary is built on first use (Go module proxy) and cached.
import { ARGOCD_RELEASE } from '../../../src/argocd-release.js';
import { ALLOWED, allowedFor } from './allow-list.js';
import { generatedCases } from './corpus-gen.js';
import { handCases } from './corpus-hand.js';
import { referenceBinary, runOurs, runReference, type Outcome, type TemplateCase } from './reference.js';

/** Fixed, so a failure reproduces; the fuzz script (scripts/argocd/template-fuzz.sh) varies it. */
const SEED = 14;
const GENERATED = 1000;

interface Difference {
  c: TemplateCase;
  reference: Outcome;
  ours: Outcome;
}

describe(`ApplicationSet templates render as Argo CD ${ARGOCD_RELEASE} renders them`, () => {
  const cases = [...handCases(), ...generatedCases(SEED, GENERATED)];
  let differences: Difference[] = [];

  beforeAll(() => {
    const reference = runReference(referenceBinary(), cases);
    differences = cases
      .map((c, i) => ({ c, reference: reference[i], ours: runOurs(c) }))
      .filter((d) => JSON.stringify(d.reference) !== JSON.stringify(d.ours));
  }, 900_000);

  test('the corpus has at least 1,500 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(1500);
  });

  test('every difference from Argo CD is on the allow-list', () => {
    const unexplained = differences.filter((d) => !allowedFor(d.c, d.reference));
    expect(unexplained.map((d) => ({ template: d.c.t, options: d.c.o, argocd: d.reference, gitopsSync: d.ours }))).toEqual([]);
  });

  test('every allow-list entry still explains a difference', () => {
    const used = new Set(differences.map((d) => allowedFor(d.c, d.reference)?.id));
    expect(ALLOWED.filter((a) => !used.has(a.id)).map((a) => a.id)).toEqual([]);
  });

  test('most of the corpus agrees exactly', () => {
    expect(differences.length / cases.length).toBeLessThan(0.06);
  });
});
