// GitHub Action entry point: inputs → settings → mode (render | diff | merge | sync | reconcile, or chosen by the event).
import { getInput, isDebug } from '@actions/core';
import { coreIO, type ActionIO } from './action/io.js';
import { loadKubeconfig } from './cluster/kubeconfig.js';
import { setDebugSink } from './log/debug.js';
import { defaultCacheDir } from './pipeline/render-repo.js';
import { readSettings, secretEnvironment, secretInputs, type Mode, type Settings } from './settings.js';
import { errorMessage } from './model/errors.js';

type RunMode = (settings: Settings, io: ActionIO) => Promise<string | undefined>;

/**
 * Each mode returns the step's failure message, or undefined when the step succeeds. Loaded on
 * demand: a run loads only its own mode's modules (render never loads the GitHub or cluster clients).
 */
const MODES: Record<Mode, () => Promise<RunMode>> = {
  render: async () => (await import('./action/render-mode.js')).runRenderMode,
  diff: async () => (await import('./action/diff-mode.js')).runDiffMode,
  merge: async () => (await import('./action/merge-mode.js')).runMergeMode,
  sync: async () => (await import('./action/sync-mode.js')).runSyncMode,
  reconcile: async () => (await import('./action/reconcile-mode.js')).runReconcileMode,
};

function modeForEvent(event: string | undefined): Mode {
  if (event === 'pull_request' || event === 'pull_request_target') return 'diff';
  if (event === 'push' || event === 'workflow_dispatch') return 'sync';
  if (event === 'schedule') return 'reconcile';
  return 'render';
}

async function main(): Promise<void> {
  const io = coreIO();
  // Node would print a stray rejection with its stack to stderr, around the redactor.
  process.on('unhandledRejection', (e) => io.setFailed(errorMessage(e)));
  if (isDebug()) setDebugSink(io.debug);
  try {
    const settings = readSettings((name) => getInput(name), {
      mode: modeForEvent(process.env.GITHUB_EVENT_NAME),
      installMissingTools: true,
      cacheDir: process.env.RUNNER_TEMP ? `${process.env.RUNNER_TEMP}/gitops-sync-cache` : defaultCacheDir(),
    });
    for (const secret of [...secretInputs(settings), ...secretEnvironment(process.env)]) io.setSecret(secret);
    // Registered before anything renders, in every mode: a rendering hole could read this input from the
    // environment even where the mode never uses it. A broken one is reported by the mode that loads it.
    if (settings.sync.kubeconfig) {
      try {
        await loadKubeconfig(settings.sync.kubeconfig);
      } catch {
        // reported by diff or sync
      }
    }
    const failure = await (await MODES[settings.mode]())(settings, io);
    if (failure) io.setFailed(failure);
  } catch (e) {
    // Inputs and pipeline errors are user-facing: the message, never a stack trace.
    io.setFailed(errorMessage(e));
  }
}

void main();
