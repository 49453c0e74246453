// ApplicationSet progressive sync, `strategy.type: RollingSync` (semantics §9; argo-cd applicationset
// controller buildAppDependencyList / buildAppSyncMap / updateApplicationSetApplicationStatusProgress):
// each generated app belongs to the first step whose matchExpressions all match its labels; a step
// starts only once every app of the earlier steps synced and is healthy; `maxUpdate` bounds the apps
// of a step in flight; apps in no step are never synced by the ApplicationSet.
import type { ApplicationSet } from '../../model/argocd.js';

export interface MatchExpression {
  key: string;
  operator: string;
  values: string[];
}

export interface RollingStep {
  /** Apps of this step, in name order. */
  apps: string[];
  /** Apps of the step synced at once; undefined = no bound. */
  maxUpdate?: number;
}

export interface RollingPlan {
  appSet: string;
  steps: RollingStep[];
  /** Apps that match no step. */
  unassigned: string[];
  /** Settings Argo CD ignores or warns about (bad operator, bad maxUpdate, an app in two steps). */
  warnings: string[];
}

export interface RollingApp {
  name: string;
  labels: Record<string, string>;
}

interface StepSpec {
  matchExpressions: MatchExpression[];
  maxUpdate?: unknown;
}

/** The RollingSync steps when the ApplicationSet uses that strategy with at least one step. */
export function rollingSteps(appSet: ApplicationSet): StepSpec[] | undefined {
  const strategy = appSet.spec.strategy as { type?: unknown; rollingSync?: { steps?: unknown } } | undefined;
  if (strategy?.type !== 'RollingSync' || !Array.isArray(strategy.rollingSync?.steps) || strategy.rollingSync.steps.length === 0) return undefined;
  return strategy.rollingSync.steps.map((s: { matchExpressions?: unknown; maxUpdate?: unknown }) => ({
    matchExpressions: Array.isArray(s?.matchExpressions)
      ? s.matchExpressions.map((m: { key?: unknown; operator?: unknown; values?: unknown }) => ({
          key: String(m?.key ?? ''),
          operator: String(m?.operator ?? ''),
          values: Array.isArray(m?.values) ? m.values.map(String) : [],
        }))
      : [],
    maxUpdate: s?.maxUpdate,
  }));
}

/** Assigns apps to steps and resolves each step's maxUpdate against its app count. */
export function planRollingSync(appSet: ApplicationSet, steps: readonly StepSpec[], apps: readonly RollingApp[]): RollingPlan {
  const name = appSet.metadata.name;
  const warnings: string[] = [];
  const members: string[][] = steps.map(() => []);
  const unassigned: string[] = [];
  for (const app of [...apps].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const matching = steps.flatMap((s, i) => (s.matchExpressions.every((m) => matches(app.labels, m)) ? [i] : []));
    if (matching.length === 0) unassigned.push(app.name);
    else members[matching[0]].push(app.name);
    if (matching.length > 1) warnings.push(`ApplicationSet ${name} selects application ${app.name} in steps ${matching[0] + 1} and ${matching[1] + 1}; it syncs in step ${matching[0] + 1}`);
  }
  for (const [i, s] of steps.entries()) {
    for (const m of s.matchExpressions.filter((x) => x.operator !== 'In' && x.operator !== 'NotIn')) {
      warnings.push(`ApplicationSet ${name} step ${i + 1}: invalid matchExpression operator "${m.operator}" (In or NotIn): it selects no application`);
    }
  }
  return {
    appSet: name,
    steps: steps.map((s, i) => {
      const maxUpdate = scaledMaxUpdate(s.maxUpdate, members[i].length, (w) => warnings.push(`ApplicationSet ${name} step ${i + 1}: ${w}`));
      return { apps: members[i], ...(maxUpdate === undefined ? {} : { maxUpdate }) };
    }),
    unassigned,
    warnings,
  };
}

/** labelMatchedExpression: a missing key fails `In` and passes `NotIn`; unknown operators match nothing. */
function matches(labels: Record<string, string>, m: MatchExpression): boolean {
  if (m.operator !== 'In' && m.operator !== 'NotIn') return false;
  const value = labels[m.key];
  if (value === undefined) return m.operator === 'NotIn';
  return m.values.includes(value) === (m.operator === 'In');
}

/**
 * intstr's GetScaledValueFromIntOrPercent rounding down; a percentage other than `0%` allows at least
 * one app. A value Argo CD cannot read counts as 0, and so (being a string) as 1.
 */
export function scaledMaxUpdate(v: unknown, total: number, warn: (message: string) => void): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return Math.max(0, Math.trunc(v));
  const s = String(v);
  const m = /^(\d+)%$/.exec(s);
  if (!m) warn(`invalid maxUpdate "${s}": one application at a time`);
  const scaled = m ? Math.floor((Number(m[1]) * total) / 100) : 0;
  return s !== '0%' && scaled < 1 ? 1 : scaled;
}

/**
 * Runs the steps in order. Inside a step at most min(maxUpdate, concurrency) apps run at once; a
 * step whose app did not succeed stops the later steps, whose apps get `blocked` instead. A step
 * that gates a later one is run with `gate: true`: its apps must end Healthy whatever the `wait`
 * input says, as Argo CD starts a step only once every app before it is Synced and Healthy
 * (progressivesync getAppsToSync).
 */
export async function runRollingSync<R>(
  plan: RollingPlan,
  concurrency: number,
  run: (app: string, opts: { gate: boolean }) => Promise<{ ok: boolean; value: R }>,
  blocked: (app: string, reason: string) => R,
): Promise<Map<string, R>> {
  const results = new Map<string, R>();
  let stop: string | undefined;
  for (const [i, step] of plan.steps.entries()) {
    if (stop === undefined && step.maxUpdate === 0 && step.apps.length > 0) {
      stop = `RollingSync step ${i + 1} of ApplicationSet ${plan.appSet} has maxUpdate 0`;
    }
    if (stop !== undefined) {
      for (const app of step.apps) results.set(app, blocked(app, `not synced: ${stop}`));
      continue;
    }
    const failed: string[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < step.apps.length) {
        const app = step.apps[next++];
        const r = await run(app, { gate: gates(plan.steps, i) });
        if (!r.ok) failed.push(app);
        results.set(app, r.value);
      }
    };
    const width = Math.max(1, Math.min(concurrency, step.maxUpdate ?? Infinity, step.apps.length));
    await Promise.all(Array.from({ length: width }, worker));
    if (failed.length > 0) stop = `RollingSync step ${i + 1} of ApplicationSet ${plan.appSet} did not become healthy (${failed.sort().join(', ')})`;
  }
  return results;
}

/** Whether the next step with apps would run after step `i`, i.e. waits on it (maxUpdate 0 holds it). */
function gates(steps: readonly RollingStep[], i: number): boolean {
  const next = steps.slice(i + 1).find((st) => st.apps.length > 0);
  return next !== undefined && next.maxUpdate !== 0;
}
