// RespectIgnoreDifferences and ApplyOutOfSyncOnly comparisons (semantics §5/§7): ignored fields come
// from live, by JSON pointer, jq path and argocd-cm rule; everything else stays the target's.
import { describe, expect, it } from '@jest/globals';
import { prepareRules } from '../../src/diff/normalize.js';
import type { ArgoCdConfig, ResourceIgnoreDifferences } from '../../src/model/argocd.js';
import type { K8sObject } from '../../src/model/k8s.js';
import { inSync, removedPaths, withIgnoredFromLive, type Comparison } from '../../src/sync/run/ignored-fields.js';

async function comparison(ignoreDifferences: ResourceIgnoreDifferences[], argocdCm?: ArgoCdConfig): Promise<Comparison> {
  const opts = { ignoreDifferences, argocdCm, app: 'web' };
  return { opts, rules: await prepareRules(opts) };
}

const deploy = (replicas: number | undefined, image: string, extra: Record<string, unknown> = {}): K8sObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'prod', labels: { app: 'web' } },
  spec: {
    ...(replicas === undefined ? {} : { replicas }),
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        containers: [
          { name: 'main', image, env: [{ name: 'MODE', value: 'target' }] },
          { name: 'sidecar', image: 'proxy:1' },
        ],
        volumes: [{ name: 'tmp', emptyDir: {} }],
      },
    },
    ...extra,
  },
});

const live = (obj: K8sObject, extra: Record<string, unknown> = {}): K8sObject => ({
  ...structuredClone(obj),
  metadata: { ...obj.metadata, uid: 'u1', resourceVersion: '42', generation: 3, creationTimestamp: '2024-01-01T00:00:00Z', managedFields: [] },
  status: { replicas: 5, readyReplicas: 5 },
  ...extra,
});

describe('withIgnoredFromLive', () => {
  it('copies a JSON-pointer field from live and keeps every other target field', async () => {
    const c = await comparison([{ group: 'apps', kind: 'Deployment', jsonPointers: ['/spec/replicas'] }]);
    const out = await withIgnoredFromLive(deploy(1, 'app:2'), live(deploy(5, 'app:1')), c);
    expect((out.spec as { replicas: number }).replicas).toBe(5);
    expect(JSON.stringify(out)).toContain('app:2');
    // Live-only bookkeeping never leaks into what is applied.
    expect(out.status).toBeUndefined();
    expect(out.metadata).toEqual(deploy(1, 'app:2').metadata);
    // Empty maps of the target (a volume's emptyDir) survive.
    expect((out.spec as { template: { spec: { volumes: unknown[] } } }).template.spec.volumes).toEqual([{ name: 'tmp', emptyDir: {} }]);
  });

  it('drops an ignored target field that live does not have', async () => {
    const c = await comparison([{ group: 'apps', kind: 'Deployment', jsonPointers: ['/spec/replicas'] }]);
    const out = await withIgnoredFromLive(deploy(3, 'app:2'), live(deploy(undefined, 'app:1')), c);
    expect(out.spec).not.toHaveProperty('replicas');
  });

  it('copies a jq path inside a named list element, leaving its siblings alone', async () => {
    const c = await comparison([{ group: 'apps', kind: 'Deployment', jqPathExpressions: ['.spec.template.spec.containers[] | select(.name == "main") | .image'] }]);
    const out = await withIgnoredFromLive(deploy(1, 'app:2'), live(deploy(1, 'app:1')), c);
    const containers = (out.spec as { template: { spec: { containers: { name: string; image: string; env?: unknown }[] } } }).template.spec.containers;
    expect(containers).toEqual([
      { name: 'main', image: 'app:1', env: [{ name: 'MODE', value: 'target' }] },
      { name: 'sidecar', image: 'proxy:1' },
    ]);
  });

  it('honours system-level rules from argocd-cm', async () => {
    const c = await comparison([], { 'resource.customizations.ignoreDifferences.apps_Deployment': 'jsonPointers:\n- /spec/replicas\n' });
    const out = await withIgnoredFromLive(deploy(1, 'app:2'), live(deploy(7, 'app:1')), c);
    expect((out.spec as { replicas: number }).replicas).toBe(7);
  });

  it('changes nothing when no rule selects the object', async () => {
    const c = await comparison([{ group: 'apps', kind: 'StatefulSet', jsonPointers: ['/spec/replicas'] }]);
    const target = deploy(1, 'app:2');
    expect(await withIgnoredFromLive(target, live(deploy(5, 'app:1')), c)).toEqual(target);
  });
});

describe('inSync', () => {
  it('is true when only server fields, status and ignored fields differ', async () => {
    const c = await comparison([{ group: 'apps', kind: 'Deployment', jsonPointers: ['/spec/replicas'] }]);
    expect(await inSync(deploy(1, 'app:1'), live(deploy(9, 'app:1')), c)).toBe(true);
    expect(await inSync(deploy(1, 'app:2'), live(deploy(9, 'app:1')), c)).toBe(false);
  });
});

describe('removedPaths', () => {
  it('finds removed keys, named elements and unnamed list changes', () => {
    const original = { a: 1, b: { c: 2, d: {} }, list: [{ name: 'x', v: 1 }, { name: 'y' }], raw: [1, 2] };
    const normalized = { b: {}, list: [{ name: 'x' }], raw: [1] };
    expect(removedPaths(original, normalized)).toEqual([
      [{ key: 'a' }],
      [{ key: 'b' }, { key: 'c' }],
      [{ key: 'list' }, { name: 'x' }, { key: 'v' }],
      [{ key: 'list' }, { name: 'y' }],
      [{ key: 'raw' }],
    ]);
  });
});
