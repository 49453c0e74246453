// rollback-on-failure: re-sync the app at its last revision that synced successfully, as recorded in
// the destination cluster's history, rendered from a git worktree of that revision.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { listRevisions } from '../cluster/lease.js';
import { toProblem } from '../model/errors.js';
import { renderRepo } from './render-repo.js';
import { runTool } from '../render/tools/exec.js';
import type { Settings } from '../settings.js';
import type { AppSyncInput, AppSyncResult } from '../sync/run/sync-app.js';
import { syncApp } from '../sync/run/sync-app.js';

export interface RollbackInput {
  settings: Settings;
  /** The failed sync's input: same client, settings and signal. */
  input: AppSyncInput;
  app: string;
  log: (message: string) => void;
}

/** The previous good revision's sync result, or undefined when there is none to go back to. */
export async function rollbackApp(r: RollbackInput): Promise<(AppSyncResult & { revision: string }) | undefined> {
  const history = await listRevisions(r.input.client, r.app, { namespace: r.input.settings.stateNamespace });
  const previous = history.find((h) => h.status === 'Succeeded' && h.revision !== r.input.revision);
  if (!previous) {
    r.log(`${r.app}: no earlier successful revision recorded; nothing to roll back to`);
    return undefined;
  }
  r.log(`${r.app}: rolling back to ${previous.revision}`);
  const repoRoot = resolve(r.settings.repoRoot);
  const top = (await runTool('git', ['rev-parse', '--show-toplevel'], { tool: 'git', cwd: repoRoot, timeoutMs: r.settings.toolTimeoutMs })).stdout.trim();
  const dir = await mkdtemp(join(tmpdir(), 'gitops-sync-rollback-'));
  const worktree = join(dir, 'tree');
  try {
    await runTool('git', ['worktree', 'add', '--detach', worktree, previous.revision], { tool: 'git', cwd: top, timeoutMs: r.settings.toolTimeoutMs });
    const old = await renderRepo({ ...r.settings, repoRoot: join(worktree, relative(top, repoRoot)), appNames: [r.app] });
    const rendered = old.rendered.find((a) => a.name === r.app);
    if (!rendered || rendered.problems.length > 0) {
      const why = rendered ? rendered.problems.map((p) => p.message).join('; ') : 'the app does not exist at that revision';
      return { ...(failedResult(r.app, `rollback to ${previous.revision} failed to render: ${why}`)), revision: previous.revision };
    }
    const result = await syncApp({ ...r.input, spec: rendered.spec, objects: rendered.objects, revision: previous.revision });
    return { ...result, revision: previous.revision };
  } catch (err) {
    return { ...(failedResult(r.app, `rollback to ${previous.revision} failed: ${toProblem(err).message}`)), revision: previous.revision };
  } finally {
    await runTool('git', ['worktree', 'remove', '--force', worktree], { tool: 'git', cwd: top, timeoutMs: r.settings.toolTimeoutMs }).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

function failedResult(app: string, message: string): AppSyncResult {
  const now = new Date().toISOString();
  return { app, outcome: { phase: 'Error', message, tasks: [], waves: [] }, retries: 0, startedAt: now, finishedAt: now, warnings: [] };
}
