// The pull request's base revision as a second working tree of the same repository, so it renders
// exactly like the head (same remotes, same relative paths) without touching the checkout itself.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTool } from '../render/tools/exec.js';
import { errorMessage } from '../model/errors.js';

export interface BaseCheckout {
  /** Root of the base revision's tree. */
  dir: string;
  /** The commit checked out. */
  sha: string;
  /** Removes the worktree (and its git bookkeeping); safe to call twice. */
  cleanup(): Promise<void>;
}

export interface CheckoutOptions {
  timeoutMs: number;
  /** Parent of the temporary worktree; default the OS temp dir. */
  tmpRoot?: string;
  /** Remote to fetch a missing commit from; default origin. */
  remote?: string;
}

export class CheckoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckoutError';
  }
}

/**
 * `ref` is a commit SHA (the event's `pull_request.base.sha`) or anything `git rev-parse` resolves. A
 * shallow checkout (actions/checkout's default) lacks the base commit, so it is fetched by itself first.
 */
export async function checkoutBase(repoRoot: string, ref: string, opts: CheckoutOptions): Promise<BaseCheckout> {
  const root = resolve(repoRoot);
  const git = (args: string[]) => runTool('git', args, { tool: 'git', cwd: root, timeoutMs: opts.timeoutMs }).then((r) => r.stdout.trim());
  const remote = opts.remote ?? 'origin';
  let sha = await resolveCommit(git, ref);
  if (!sha) {
    try {
      await git(['fetch', '--no-tags', '--depth=1', remote, ref]);
    } catch (err) {
      throw new CheckoutError(`base revision ${ref} is not in the checkout and fetching it from ${remote} failed: ${errorMessage(err)}`);
    }
    sha = (await resolveCommit(git, ref)) ?? (await resolveCommit(git, 'FETCH_HEAD'));
    if (!sha) throw new CheckoutError(`base revision ${ref} was fetched from ${remote} but is not a commit`);
  }

  const dir = await mkdtemp(join(opts.tmpRoot ?? tmpdir(), 'gitops-sync-base-'));
  let removed = false;
  const cleanup = async (): Promise<void> => {
    if (removed) return;
    removed = true;
    await git(['worktree', 'remove', '--force', dir]).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
    await git(['worktree', 'prune']).catch(() => undefined);
  };
  try {
    await git(['worktree', 'add', '--detach', '--quiet', dir, sha]);
  } catch (err) {
    await cleanup();
    throw new CheckoutError(`cannot check out base revision ${sha}: ${errorMessage(err)}`);
  }
  return { dir, sha, cleanup };
}

async function resolveCommit(git: (args: string[]) => Promise<string>, ref: string): Promise<string | undefined> {
  // A ref that looks like an option would be read as one by git.
  if (ref.startsWith('-')) throw new CheckoutError(`invalid base revision "${ref}"`);
  return git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).then(
    (sha) => sha || undefined,
    () => undefined,
  );
}
