// Argo CD's own health test corpus at the pinned release must pass N/N through src/health, both as
// built-in scripts and as argocd-cm overrides (scripts/argocd/health-corpus.ts prints the same count).
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCorpus } from '../../scripts/argocd/health-corpus.js';
import { ARGOCD_RELEASE } from '../../src/argocd-release.js';

const stamp = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'generated', 'argocd', 'stamp.json'), 'utf8')) as { release: string; tests: number };

describe(`Argo CD ${ARGOCD_RELEASE} health corpus`, () => {
  it('is generated from the pinned release', () => {
    expect(stamp.release).toBe(ARGOCD_RELEASE);
    expect(stamp.tests).toBeGreaterThan(250);
  });

  it.each(['builtin', 'argocd-cm'] as const)('every case gives Argo CD status, message and deletionMessage (as %s)', (mode) => {
    const report = runCorpus(mode);
    expect(report.failures).toEqual([]);
    // v3.6.1 has 1,397 cases; a corpus that shrank to nothing must not pass.
    expect(report.total).toBeGreaterThan(1300);
    expect(report.passed).toBe(report.total);
  }, 180_000);
});
