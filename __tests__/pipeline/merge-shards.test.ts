// The merge of shard findings on data the PR fixture does not reach: one ApplicationSet whose
// deleted or kept Applications fall into different shards, repo-level problems every shard repeats,
// and notes in render order.
import { mergePreviews, type NamedPreviewFile } from '../../src/pipeline/merge-shards.js';
import { previewFile } from '../../src/pipeline/preview-file.js';
import { presentPreview, type PreviewFindings } from '../../src/pipeline/preview-present.js';

const findings = (f: Partial<PreviewFindings>): PreviewFindings => ({
  diffs: [],
  renames: [],
  policy: [],
  errorStatus: { newErrors: [], stillFailing: [], newFailedApps: [], stillFailingApps: [], newViolations: [], existingViolations: [] },
  problems: [],
  failedApps: [],
  appSetDeletions: [],
  keptDeletions: [],
  renderNotes: [],
  warnings: [],
  planPreview: {},
  plannedFromCluster: [],
  clusters: [],
  toolVersions: {},
  baseRevision: 'b1',
  headRevision: 'h1',
  durationMs: 1000,
  ...f,
});
const sync = { prune: false, confirmPrune: false };
const shards = (...all: Partial<PreviewFindings>[]): NamedPreviewFile[] =>
  all.map((f, i) => ({ path: `shard-${i + 1}.json`, file: previewFile(findings(f), sync, { index: i + 1, count: all.length }) }));

describe('mergePreviews', () => {
  it("joins one ApplicationSet's deletions across shards: apps sorted, resources preserved only if every shard's are", () => {
    const merged = mergePreviews(
      shards(
        {
          appSetDeletions: [{ appSet: 'echo', removed: ['echo-b'], preserved: true }],
          keptDeletions: [{ appSet: 'pinned', removed: ['pinned-c'], policy: 'create-update' }],
          problems: [{ file: 'appsets/x.yaml', line: 3, app: 'x', message: 'bad' }],
          renderNotes: ['zeta note', 'alpha note'],
          durationMs: 2000,
        },
        {
          appSetDeletions: [
            { appSet: 'alpha', removed: ['alpha-a'], preserved: true },
            { appSet: 'echo', removed: ['echo-a'], preserved: false },
          ],
          keptDeletions: [{ appSet: 'pinned', removed: ['pinned-a'], policy: 'create-update' }],
          problems: [{ file: 'appsets/x.yaml', line: 3, app: 'x', message: 'bad' }],
          renderNotes: ['alpha note', 'middle note'],
          durationMs: 5000,
        },
      ),
    );
    expect(merged.findings.appSetDeletions).toEqual([
      { appSet: 'alpha', removed: ['alpha-a'], preserved: true },
      { appSet: 'echo', removed: ['echo-a', 'echo-b'], preserved: false },
    ]);
    expect(merged.findings.problems).toHaveLength(1);
    expect(merged.findings.durationMs).toBe(5000);
    const shown = presentPreview(merged.findings, { marker: 'k', sync: merged.sync });
    expect(shown.notes).toEqual([
      'alpha note',
      'middle note',
      'zeta note',
      'ApplicationSet pinned no longer generates pinned-a, pinned-c, but its applicationsSync policy create-update does not delete Applications',
    ]);
    expect(shown.full).toContain('ApplicationSet `echo` would delete 2 Applications: `echo-a`, `echo-b` — their resources are deleted too');
  });

  it('refuses a shard given twice and files of different shard counts or prune inputs, naming the files', () => {
    const [one] = shards({});
    expect(() => mergePreviews([one, { ...one, path: 'again.json' }])).toThrow('shard 1/1 twice: shard-1.json and again.json');
    const [a] = shards({}, {});
    const other = { path: 'b.json', file: previewFile(findings({}), sync, { index: 2, count: 3 }) };
    expect(() => mergePreviews([a, other])).toThrow('preview files of different runs: b.json has shard count 3, shard-1.json has 2');
    const pruning = { path: 'p.json', file: previewFile(findings({}), { prune: true, confirmPrune: false }, { index: 2, count: 2 }) };
    expect(() => mergePreviews([a, pruning])).toThrow('p.json has prune inputs prune true, confirm-prune false, shard-1.json has prune false, confirm-prune false');
    expect(() => mergePreviews([])).toThrow('no preview files to merge');
  });
});
