// The out-of-bounds symlink walk (Argo CD's CheckOutOfBoundsSymlinks): which links refuse a tree,
// which pass, the `.git` skip, the per-run cache, and the stricter real-target rule.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNoOutOfBoundsSymlinks, findOutOfBoundsSymlink } from '../../src/render/symlinks.js';

let root: string;
beforeEach(() => {
  root = join(mkdtempSync(join(tmpdir(), 'symlinks-')), 'repo');
  mkdirSync(join(root, 'a', 'b'), { recursive: true });
  writeFileSync(join(root, 'a', 'file.yaml'), 'x: 1\n');
});
afterEach(() => rmSync(join(root, '..'), { recursive: true, force: true }));

describe('findOutOfBoundsSymlink', () => {
  it('passes links that stay inside, dangling ones included', async () => {
    symlinkSync('../file.yaml', join(root, 'a', 'b', 'up.yaml'));
    symlinkSync('a/b', join(root, 'dir-link'));
    symlinkSync('a/missing.yaml', join(root, 'dangling.yaml'));
    expect(await findOutOfBoundsSymlink(root)).toBeUndefined();
  });

  it('refuses an absolute link, even to a file inside the tree', async () => {
    symlinkSync(join(root, 'a', 'file.yaml'), join(root, 'a', 'abs.yaml'));
    expect(await findOutOfBoundsSymlink(root)).toBe('a/abs.yaml');
  });

  it('refuses a relative link that climbs above the root at any step', async () => {
    // ends inside (../repo/a) but leaves the root on the way, as upstream's part-by-part walk sees it
    symlinkSync('../../../repo/a/file.yaml', join(root, 'a', 'b', 'round-trip.yaml'));
    expect(await findOutOfBoundsSymlink(root)).toBe('a/b/round-trip.yaml');
  });

  it('reports the first link in lexical walk order', async () => {
    symlinkSync('/etc/hostname', join(root, 'z.yaml'));
    symlinkSync('/etc/hostname', join(root, 'a', 'b', 'y.yaml'));
    expect(await findOutOfBoundsSymlink(root)).toBe('a/b/y.yaml');
  });

  it('refuses a link whose real target leaves the root through another link (stricter than upstream)', async () => {
    writeFileSync(join(root, '..', 'secret'), 'outside\n');
    symlinkSync('..', join(root, 'a', 'up')); // a/up -> the root itself: inside
    symlinkSync('a/up/../secret', join(root, 'sneaky')); // lexically root/a/secret, really ../secret
    expect(await findOutOfBoundsSymlink(root)).toBe('sneaky');
  });

  it('skips the given paths (a git tree skips its .git)', async () => {
    mkdirSync(join(root, '.git'));
    symlinkSync('/etc', join(root, '.git', 'hooks'));
    expect(await findOutOfBoundsSymlink(root, ['.git'])).toBeUndefined();
    expect(await findOutOfBoundsSymlink(root)).toBe('.git/hooks');
  });
});

describe('assertNoOutOfBoundsSymlinks', () => {
  it("throws Argo CD's message for the tree kind", async () => {
    symlinkSync('/proc/self/environ', join(root, 'a', 'env'));
    await expect(assertNoOutOfBoundsSymlinks(root, 'repository', {})).rejects.toThrow('repository contains out-of-bounds symlinks. file: a/env');
    await expect(assertNoOutOfBoundsSymlinks(root, 'chart', {})).rejects.toThrow('chart contains out-of-bounds symlinks. file: a/env');
  });

  it('walks a root once per run object', async () => {
    const run = {};
    await assertNoOutOfBoundsSymlinks(root, 'repository', run);
    symlinkSync('/etc/passwd', join(root, 'late'));
    await assertNoOutOfBoundsSymlinks(root, 'repository', run); // the same run keeps its verdict
    await expect(assertNoOutOfBoundsSymlinks(root, 'repository', {})).rejects.toThrow('file: late');
  });
});
