// Argo CD's auto-sync rules (controller/appcontroller.go autoSync) as the push and reconcile runs apply them.
import { describe, expect, it } from '@jest/globals';
import type { AppSpec } from '../../src/model/argocd.js';
import { pushDecision, reconcileDecision, selfHealBackoffMs, withAutomatedRetry } from '../../src/status/auto-sync.js';
import type { AppStatus, ResourceState } from '../../src/status/types.js';

const spec = (automated?: Record<string, boolean>): AppSpec => ({
  app: {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: 'web' },
    spec: { project: 'default', source: { repoURL: 'https://x', path: '.' }, destination: { server: 'https://kubernetes.default.svc', namespace: 'ns' }, ...(automated ? { syncPolicy: { automated } } : {}) },
  },
  origin: { file: 'apps.yaml', line: 1 },
});
const res = (name: string, status: ResourceState['status'], requiresPruning = false): ResourceState => ({ key: { group: '', kind: 'ConfigMap', namespace: 'ns', name }, status, requiresPruning });
const status = (sync: AppStatus['sync'], resources: ResourceState[] = []): AppStatus => ({
  name: 'web', project: 'default', cluster: '', namespace: 'ns', sync, health: 'Healthy', healthMessage: '', syncPolicy: 'Auto', conditions: [], resources,
});
const REV = 'abcdef1234567890';

describe('pushDecision', () => {
  it('syncs an automated app only when OutOfSync; a manual one never, with how to sync it', () => {
    expect(pushDecision({ spec: spec({}), status: status('Synced'), prune: false })).toEqual({ sync: false, reason: 'Synced, nothing to do (health Healthy)' });
    expect(pushDecision({ spec: spec({}), status: status('OutOfSync', [res('a', 'OutOfSync')]), prune: false })).toMatchObject({ sync: true, selfHeal: false });
    expect(pushDecision({ spec: spec(), status: status('OutOfSync'), prune: false }).reason).toContain('workflow_dispatch run whose input app is web');
    expect(pushDecision({ spec: spec({ enabled: false }), status: status('OutOfSync'), prune: false }).sync).toBe(false);
  });

  it('skips a sync that would only prune while automated prune is off (unless input prune)', () => {
    const onlyPrune = status('OutOfSync', [res('a', 'Synced'), res('old', 'OutOfSync', true)]);
    expect(pushDecision({ spec: spec({}), status: onlyPrune, prune: false }).reason).toContain('automated prune is disabled');
    expect(pushDecision({ spec: spec({ prune: true }), status: onlyPrune, prune: false }).sync).toBe(true);
    expect(pushDecision({ spec: spec({}), status: onlyPrune, prune: true }).sync).toBe(true);
  });
});

describe('reconcileDecision', () => {
  const drift = status('OutOfSync', [res('a', 'OutOfSync'), res('b', 'Synced'), res('hook', undefined)]);
  it('self-heals only the resources out of sync, once the app was synced to this revision', () => {
    const d = reconcileDecision({ spec: spec({ selfHeal: true }), status: drift, revision: REV, last: { revision: REV, status: 'Succeeded' }, prune: false });
    expect(d).toMatchObject({ sync: true, selfHeal: true, only: [{ kind: 'ConfigMap', name: 'a' }] });
    expect(reconcileDecision({ spec: spec({ selfHeal: true }), status: drift, revision: REV, last: { revision: REV, status: 'Synced' }, prune: false }).sync).toBe(true);
  });

  it('reports drift of an app without selfHeal, and of a manual app; does not retry a failed sync of the same revision', () => {
    expect(reconcileDecision({ spec: spec({}), status: drift, revision: REV, last: { revision: REV, status: 'Succeeded' }, prune: false }).reason).toBe(
      'OutOfSync; most recent sync already to abcdef1 and selfHeal is off: drift reported, not reverted',
    );
    expect(reconcileDecision({ spec: spec(), status: drift, revision: REV, prune: false }).sync).toBe(false);
    expect(reconcileDecision({ spec: spec({ selfHeal: true }), status: drift, revision: REV, last: { revision: REV, status: 'Failed' }, prune: false }).reason).toContain('Failed last sync attempt to abcdef1');
  });

  it('syncs a revision the app was never synced to, selfHeal or not', () => {
    expect(reconcileDecision({ spec: spec({}), status: drift, revision: REV, last: { revision: 'other', status: 'Succeeded' }, prune: false })).toMatchObject({ sync: true, selfHeal: false });
    expect(reconcileDecision({ spec: spec({}), status: status('Synced'), revision: REV, prune: false }).sync).toBe(false);
  });
});

describe('selfHealBackoffMs', () => {
  it('is 2 s × 3^(n-1), capped at 300 s (the controller defaults)', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(selfHealBackoffMs)).toEqual([2_000, 6_000, 18_000, 54_000, 162_000, 300_000, 300_000]);
  });
});

describe('withAutomatedRetry', () => {
  it("keeps the app's retry strategy, else retries 5 times as Argo CD's automated sync operation", () => {
    expect(withAutomatedRetry(spec({})).app.spec.syncPolicy?.retry).toEqual({ limit: 5 });
    const own = spec({});
    own.app.spec.syncPolicy!.retry = { limit: 1, backoff: { duration: '1s' } };
    expect(withAutomatedRetry(own).app.spec.syncPolicy?.retry).toEqual({ limit: 1, backoff: { duration: '1s' } });
  });
});
