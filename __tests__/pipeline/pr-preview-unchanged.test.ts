// The base skips apps whose inputs the PR provably left unchanged and reuses the head's render: the
// preview must be byte-identical to rendering both sides in full.
import { checkoutBase, type BaseCheckout } from '../../src/pipeline/base-checkout.js';
import { previewPullRequest, type PreviewResult } from '../../src/pipeline/pr-preview.js';
import { makePrRepo, prSettings, type PrRepo } from './pr-repo.js';

describe('previewPullRequest skipping unchanged base apps', () => {
  let repo: PrRepo;
  let base: BaseCheckout;
  let optimised: PreviewResult;
  let full: PreviewResult;
  const log: string[] = [];
  beforeAll(async () => {
    repo = makePrRepo();
    base = await checkoutBase(repo.dir, repo.baseSha, { timeoutMs: 30_000 });
    const dirs = { headDir: repo.dir, baseDir: base.dir };
    optimised = await previewPullRequest(prSettings(repo.dir), dirs, { marker: 'wf/job', now: () => 0, log: (m) => log.push(m) });
    full = await previewPullRequest(prSettings(repo.dir, { 'render-unchanged': 'true' }), dirs, { marker: 'wf/job', now: () => 0 });
  }, 180_000);
  afterAll(async () => {
    await base?.cleanup();
    repo?.cleanup();
  });

  it('produces the same comment, full markdown and results as rendering both sides', () => {
    expect(optimised.full).toBe(full.full);
    expect(optimised.parts).toEqual(full.parts);
    expect(optimised.diffs).toEqual(full.diffs);
    expect(optimised.plans).toEqual(full.plans);
    expect(optimised.appSetDeletions).toEqual(full.appSetDeletions);
  });

  it('saves base renders and says how many', () => {
    expect(full.baseRenders.reused).toBe(0);
    const { rendered, reused } = optimised.baseRenders;
    expect(reused).toBeGreaterThan(0);
    expect(rendered + reused).toBe(full.baseRenders.rendered);
    expect(log).toContain(`base: rendered ${rendered} of ${rendered + reused} apps (${reused} unchanged inputs)`);
  });

  it('renders on the base every app the PR changed', () => {
    const rendered = new Set(log.filter((l) => l.startsWith('base: rendering ')).map((l) => l.split(' ')[2].replace(/:$/, '')));
    const changed = full.diffs.filter((d) => d.status === 'changed' || d.status === 'removed');
    expect(changed.length).toBeGreaterThan(3);
    for (const d of changed) expect(rendered).toContain(full.renames.find((r) => r.to === d.name)?.from ?? d.name);
  });
});
