// checkoutBase against real git: a commit already present, a shallow clone that must fetch the base
// commit from its origin, and refs that do not exist.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkoutBase, CheckoutError } from '../../src/pipeline/base-checkout.js';
import { git, makePrRepo, type PrRepo } from './pr-repo.js';

describe('checkoutBase', () => {
  let repo: PrRepo;
  beforeAll(() => {
    repo = makePrRepo();
  });
  afterAll(() => repo.cleanup());

  it('adds a detached worktree at the base commit and removes it again', async () => {
    const base = await checkoutBase(repo.dir, repo.baseSha, { timeoutMs: 30_000 });
    expect(base.sha).toBe(repo.baseSha);
    expect(git(base.dir, 'rev-parse', 'HEAD')).toBe(repo.baseSha);
    // The base still has the app the head removes; the checkout itself is untouched.
    expect(existsSync(join(base.dir, 'apps', 'legacy.yaml'))).toBe(true);
    expect(existsSync(join(repo.dir, 'apps', 'legacy.yaml'))).toBe(false);
    expect(git(repo.dir, 'worktree', 'list')).toContain(base.dir);
    await base.cleanup();
    await base.cleanup();
    expect(existsSync(base.dir)).toBe(false);
    expect(git(repo.dir, 'worktree', 'list')).not.toContain(base.dir);
  });

  it('resolves a branch name or other revision git knows', async () => {
    const base = await checkoutBase(repo.dir, 'HEAD~1', { timeoutMs: 30_000 });
    try {
      expect(base.sha).toBe(repo.baseSha);
    } finally {
      await base.cleanup();
    }
  });

  describe('in a shallow clone (actions/checkout depth 1)', () => {
    let parent: string;
    let clone: string;
    beforeAll(() => {
      parent = mkdtempSync(join(tmpdir(), 'shallow-'));
      clone = join(parent, 'clone');
      execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo.dir}`, clone]);
    });
    afterAll(() => rmSync(parent, { recursive: true, force: true }));

    it('fetches the missing base commit from origin', async () => {
      expect(() => git(clone, 'cat-file', '-e', `${repo.baseSha}^{commit}`)).toThrow();
      const base = await checkoutBase(clone, repo.baseSha, { timeoutMs: 30_000, tmpRoot: parent });
      expect(readFileSync(join(base.dir, 'legacy', 'cm.yaml'), 'utf8')).toContain('retired');
      expect(base.dir.startsWith(parent)).toBe(true);
      await base.cleanup();
    });

    it('says which revision could not be had', async () => {
      const missing = 'deadbeefdeadbeefdeadbeefdeadbeefdeadbeef';
      const attempt = checkoutBase(clone, missing, { timeoutMs: 30_000 });
      await expect(attempt).rejects.toThrow(CheckoutError);
      await expect(attempt).rejects.toThrow(/^base revision deadbeef\w+ is not in the checkout and fetching it from origin failed: /);
    });
  });

  it('refuses a revision that git would read as an option', async () => {
    await expect(checkoutBase(repo.dir, '--upload-pack=x', { timeoutMs: 30_000 })).rejects.toThrow('invalid base revision "--upload-pack=x"');
  });
});
