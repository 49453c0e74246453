// The order apps are synced in: by their own `argocd.argoproj.io/sync-wave` annotation, an
// app-of-apps child only after its parent, apps of one step in parallel up to a concurrency limit.
import { ANN_SYNC_WAVE, annotation } from '../../model/annotations.js';
import type { AppSpec } from '../../model/argocd.js';
import { parseGoInt } from '../waves.js';

export interface OrderedApp {
  name: string;
  wave: number;
  /** The app whose render produced this one, when it is in the same run. */
  parent?: string;
}

export function orderedApp(spec: AppSpec): OrderedApp {
  const wave = parseGoInt(annotation(spec.app, ANN_SYNC_WAVE)) ?? 0;
  return { name: spec.app.metadata.name, wave, ...(spec.origin.parentApp ? { parent: spec.origin.parentApp } : {}) };
}

/**
 * Steps of apps that may run together: each step takes the lowest wave among apps whose parent (if
 * in the run) is in an earlier step; names order apps inside a step.
 */
export function appSteps(apps: readonly OrderedApp[]): OrderedApp[][] {
  const inRun = new Set(apps.map((a) => a.name));
  const done = new Set<string>();
  let left = [...apps].sort((a, b) => a.wave - b.wave || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const steps: OrderedApp[][] = [];
  while (left.length > 0) {
    const ready = left.filter((a) => !a.parent || !inRun.has(a.parent) || done.has(a.parent));
    // A parent cycle cannot happen (render rejects it); should it, the rest runs as one step.
    const wave = ready.length > 0 ? Math.min(...ready.map((a) => a.wave)) : undefined;
    const step = wave === undefined ? left : ready.filter((a) => a.wave === wave);
    steps.push(step);
    for (const a of step) done.add(a.name);
    left = left.filter((a) => !done.has(a.name));
  }
  return steps;
}

/**
 * Runs the steps in order, each step's apps at most `concurrency` at once. An app whose parent did
 * not succeed is not synced: `skipped` gets the parent's name instead.
 */
export async function runInOrder<R>(
  apps: readonly OrderedApp[],
  concurrency: number,
  run: (app: OrderedApp) => Promise<{ ok: boolean; value: R }>,
  skipped: (app: OrderedApp, parent: string) => R,
): Promise<Map<string, R>> {
  const results = new Map<string, R>();
  const failed = new Set<string>();
  for (const step of appSteps(apps)) {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < step.length) {
        const app = step[next++];
        if (app.parent && failed.has(app.parent)) {
          failed.add(app.name);
          results.set(app.name, skipped(app, app.parent));
          continue;
        }
        const r = await run(app);
        if (!r.ok) failed.add(app.name);
        results.set(app.name, r.value);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, step.length)) }, worker));
  }
  return results;
}
