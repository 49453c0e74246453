// RollingSync (semantics §9): step assignment by matchExpressions, maxUpdate scaling, and the step
// runner (later steps wait for earlier ones to be Healthy, maxUpdate bounds apps in flight, a failure
// stops the rest).
import { describe, expect, it } from '@jest/globals';
import type { ApplicationSet } from '../../src/model/argocd.js';
import { planRollingSync, rollingSteps, runRollingSync, scaledMaxUpdate, type RollingApp } from '../../src/sync/run/rolling-sync.js';

const appSet = (steps: unknown[], type = 'RollingSync'): ApplicationSet => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'ApplicationSet',
  metadata: { name: 'envs' },
  spec: { generators: [], template: {}, strategy: { type, rollingSync: { steps } } },
});

const apps: RollingApp[] = [
  { name: 'dev-a', labels: { env: 'dev' } },
  { name: 'dev-b', labels: { env: 'dev' } },
  { name: 'qa', labels: { env: 'qa' } },
  { name: 'prod-1', labels: { env: 'prod', region: 'eu' } },
  { name: 'prod-2', labels: { env: 'prod', region: 'us' } },
  { name: 'unlabelled', labels: {} },
];

function plan(steps: unknown[]) {
  const set = appSet(steps);
  return planRollingSync(set, rollingSteps(set)!, apps);
}

describe('planRollingSync', () => {
  it('puts each app in the first step whose expressions all match; unmatched apps are left out', () => {
    const p = plan([
      { matchExpressions: [{ key: 'env', operator: 'In', values: ['dev'] }] },
      { matchExpressions: [{ key: 'env', operator: 'In', values: ['qa', 'dev'] }] },
      { matchExpressions: [{ key: 'env', operator: 'In', values: ['prod'] }, { key: 'region', operator: 'NotIn', values: ['us'] }], maxUpdate: '50%' },
    ]);
    expect(p.steps.map((s) => s.apps)).toEqual([['dev-a', 'dev-b'], ['qa'], ['prod-1']]);
    expect(p.unassigned).toEqual(['prod-2', 'unlabelled']);
    expect(p.steps[2].maxUpdate).toBe(1);
    expect(p.warnings).toEqual(['ApplicationSet envs selects application dev-a in steps 1 and 2; it syncs in step 1', 'ApplicationSet envs selects application dev-b in steps 1 and 2; it syncs in step 1']);
  });

  it('NotIn passes an app without the label; an unknown operator selects nothing; no expressions select all', () => {
    const p = plan([
      { matchExpressions: [{ key: 'env', operator: 'Exists', values: [] }] },
      { matchExpressions: [{ key: 'region', operator: 'NotIn', values: ['us'] }] },
      { matchExpressions: [] },
    ]);
    expect(p.steps.map((s) => s.apps)).toEqual([[], ['dev-a', 'dev-b', 'prod-1', 'qa', 'unlabelled'], ['prod-2']]);
    expect(p.warnings).toContain('ApplicationSet envs step 1: invalid matchExpression operator "Exists" (In or NotIn): it selects no application');
  });

  it('applies only to the RollingSync strategy with steps', () => {
    expect(rollingSteps(appSet([{ matchExpressions: [] }], 'AllAtOnce'))).toBeUndefined();
    expect(rollingSteps(appSet([]))).toBeUndefined();
  });
});

describe('scaledMaxUpdate', () => {
  it('rounds percentages down with at least one app unless 0%; integers as given; unreadable values allow one', () => {
    const warnings: string[] = [];
    const warn = (w: string) => warnings.push(w);
    expect([scaledMaxUpdate('25%', 10, warn), scaledMaxUpdate('10%', 3, warn), scaledMaxUpdate('0%', 10, warn), scaledMaxUpdate(2, 10, warn), scaledMaxUpdate(0, 10, warn)]).toEqual([2, 1, 0, 2, 0]);
    expect(scaledMaxUpdate(undefined, 10, warn)).toBeUndefined();
    expect(scaledMaxUpdate('half', 10, warn)).toBe(1);
    expect(warnings).toEqual(['invalid maxUpdate "half": one application at a time']);
  });
});

describe('runRollingSync', () => {
  it('starts a step only after the previous one finished, with at most maxUpdate apps in flight', async () => {
    const p = {
      appSet: 'envs',
      steps: [{ apps: ['a1', 'a2', 'a3'], maxUpdate: 2 }, { apps: ['b1'] }],
      unassigned: [],
      warnings: [],
    };
    const events: string[] = [];
    let inFlight = 0;
    let peak = 0;
    const results = await runRollingSync(
      p,
      8,
      async (app) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        events.push(`start ${app}`);
        await new Promise((r) => setTimeout(r, 20));
        events.push(`end ${app}`);
        inFlight--;
        return { ok: true, value: app };
      },
      (app, reason) => `${app}: ${reason}`,
    );
    expect(peak).toBe(2);
    expect(events.indexOf('start b1')).toBeGreaterThan(Math.max(events.indexOf('end a1'), events.indexOf('end a2'), events.indexOf('end a3')));
    expect([...results.keys()].sort()).toEqual(['a1', 'a2', 'a3', 'b1']);
  });

  it('a step gate waits for health even when wait is false: the next step starts only once the earlier apps are Healthy', async () => {
    // Stands in for syncApp with wait: false: the apply ends at once; only a gated sync waits for
    // health, and fails when the app never becomes Healthy (the health timeout).
    const healthy = new Set(['a1', 'b1']);
    const events: string[] = [];
    const gated: Record<string, boolean> = {};
    const run = async (app: string, { gate }: { gate: boolean }) => {
      gated[app] = gate;
      events.push(`applied ${app}`);
      if (!gate) return { ok: true, value: app };
      await new Promise((r) => setTimeout(r, 10));
      if (healthy.has(app)) events.push(`healthy ${app}`);
      return { ok: healthy.has(app), value: app };
    };
    const blocked = (app: string, reason: string) => `${app}: ${reason}`;
    const steps = [{ apps: ['a1'] }, { apps: [] }, { apps: ['b1'] }, { apps: ['c1'] }];
    await runRollingSync({ appSet: 'envs', steps, unassigned: [], warnings: [] }, 4, run, blocked);
    expect(events).toEqual(['applied a1', 'healthy a1', 'applied b1', 'healthy b1', 'applied c1']);
    expect(gated).toEqual({ a1: true, b1: true, c1: false });

    healthy.delete('b1');
    const stuck = await runRollingSync({ appSet: 'envs', steps, unassigned: [], warnings: [] }, 4, run, blocked);
    expect(stuck.get('c1')).toBe('c1: not synced: RollingSync step 3 of ApplicationSet envs did not become healthy (b1)');

    // a step held by maxUpdate 0 waits on nothing, so the step before it need not be Healthy
    await runRollingSync({ appSet: 'envs', steps: [{ apps: ['a1'] }, { apps: ['b1'], maxUpdate: 0 }], unassigned: [], warnings: [] }, 4, run, blocked);
    expect(gated.a1).toBe(false);
  });

  it('a failed app stops the later steps; maxUpdate 0 holds its step and all after it', async () => {
    const ran: string[] = [];
    const run = async (app: string) => (ran.push(app), { ok: app !== 'a2', value: `synced ${app}` });
    const blocked = (app: string, reason: string) => `${app}: ${reason}`;
    const failed = await runRollingSync({ appSet: 'envs', steps: [{ apps: ['a1', 'a2'] }, { apps: ['b1'] }], unassigned: [], warnings: [] }, 4, run, blocked);
    expect(ran).toEqual(['a1', 'a2']);
    expect(failed.get('b1')).toBe('b1: not synced: RollingSync step 1 of ApplicationSet envs did not become healthy (a2)');

    ran.length = 0;
    const held = await runRollingSync({ appSet: 'envs', steps: [{ apps: ['a1'] }, { apps: ['b1'], maxUpdate: 0 }, { apps: ['c1'] }], unassigned: [], warnings: [] }, 4, run, blocked);
    expect(ran).toEqual(['a1']);
    expect(held.get('b1')).toBe('b1: not synced: RollingSync step 2 of ApplicationSet envs has maxUpdate 0');
    expect(held.get('c1')).toBe('c1: not synced: RollingSync step 2 of ApplicationSet envs has maxUpdate 0');
  });
});
