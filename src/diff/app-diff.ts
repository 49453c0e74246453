// Base vs head per Application: which apps were added, removed, changed or failed to render, with
// resource counts and the changes a reviewer should look at twice (waves/hooks, health-affecting kinds).
import { hasHealthCheck } from '../health/health.js';
import { ANN_HELM_HOOK_WEIGHT, ANN_SYNC_WAVE, annotation } from '../model/annotations.js';
import type { ArgoCdConfig } from '../model/argocd.js';
import { toProblem, type Problem } from '../model/errors.js';
import type { K8sObject, ResourceKey } from '../model/k8s.js';
import type { RenderedApp } from '../render/types.js';
import { isHook } from '../sync/hooks.js';
import { diffObjects, type ResourceDiff } from './compare.js';

export type AppStatus = 'added' | 'removed' | 'changed' | 'unchanged' | 'errored';

export interface AppDiff {
  name: string;
  status: AppStatus;
  /** `<server or name>/<namespace>`. */
  destination: string;
  /** Added, removed and modified resources only, sorted by key. */
  resources: ResourceDiff[];
  counts: { added: number; modified: number; removed: number };
  /** Changed resources carrying a sync-wave, hook-weight or hook annotation (either side). */
  wavesHooks: ResourceKey[];
  /** Changed resources of kinds that have a health check (Argo CD's Go and Lua checks, argocd-cm scripts). */
  healthAffecting: ResourceKey[];
  /** Render or normalization errors of the head revision (or of the base one, noted as such). */
  problems: Problem[];
}

export interface AppDiffOptions {
  argocdCm?: ArgoCdConfig;
  stripHelmChartLabels?: boolean;
  contextLines?: number;
}

/** Apps paired by name, in name order; one app's failure never stops the others. */
export async function diffApps(base: readonly RenderedApp[], head: readonly RenderedApp[], opts: AppDiffOptions = {}): Promise<AppDiff[]> {
  const baseByName = new Map(base.map((a) => [a.name, a]));
  const headByName = new Map(head.map((a) => [a.name, a]));
  const names = [...new Set([...baseByName.keys(), ...headByName.keys()])].sort();
  const out: AppDiff[] = [];
  for (const name of names) out.push(await diffApp(name, baseByName.get(name), headByName.get(name), opts));
  return out;
}

async function diffApp(name: string, base: RenderedApp | undefined, head: RenderedApp | undefined, opts: AppDiffOptions): Promise<AppDiff> {
  const app = (head ?? base)!;
  const result: AppDiff = {
    name,
    status: 'unchanged',
    destination: destinationOf(app),
    resources: [],
    counts: { added: 0, modified: 0, removed: 0 },
    wavesHooks: [],
    healthAffecting: [],
    problems: [],
  };
  if (head && head.problems.length > 0) return { ...result, status: 'errored', problems: head.problems.map((p) => ({ ...p, app: p.app ?? name })) };
  if (base && base.problems.length > 0) {
    // The base cannot be compared, so the head is shown against nothing and the reason is kept.
    result.problems = base.problems.map((p) => ({ ...p, app: p.app ?? name, message: `base revision: ${p.message}` }));
  }
  const baseObjects = base && base.problems.length === 0 ? base.objects : [];
  try {
    const diffs = await diffObjects(baseObjects, head?.objects ?? [], {
      ignoreDifferences: app.spec.app.spec.ignoreDifferences,
      argocdCm: opts.argocdCm,
      stripHelmChartLabels: opts.stripHelmChartLabels,
      contextLines: opts.contextLines,
      app: name,
    });
    result.resources = diffs.filter((d) => d.status !== 'unchanged');
  } catch (err) {
    return { ...result, status: 'errored', problems: [...result.problems, toProblem(err, { app: name, file: app.spec.origin.file, line: app.spec.origin.line })] };
  }
  for (const r of result.resources) {
    if (r.status === 'added') result.counts.added++;
    else if (r.status === 'removed') result.counts.removed++;
    else result.counts.modified++;
    if ([r.before, r.after].some(touchesOrdering)) result.wavesHooks.push(r.key);
    if (hasHealthCheck(r.key.group, r.key.kind, opts.argocdCm)) result.healthAffecting.push(r.key);
  }
  result.status = !base ? 'added' : !head ? 'removed' : result.resources.length > 0 ? 'changed' : 'unchanged';
  return result;
}

function touchesOrdering(obj: K8sObject | undefined): boolean {
  return !!obj && (annotation(obj, ANN_SYNC_WAVE) !== undefined || annotation(obj, ANN_HELM_HOOK_WEIGHT) !== undefined || isHook(obj));
}

function destinationOf(app: RenderedApp): string {
  const d = app.spec.app.spec.destination ?? {};
  return `${d.name || d.server || ''}/${d.namespace ?? ''}`;
}
