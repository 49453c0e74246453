import { describe, expect, it } from '@jest/globals';
import { undeclaredFieldPaths, withoutFields } from '../../src/cluster/unknown-fields.js';
import type { K8sObject } from '../../src/model/k8s.js';

const deployment: K8sObject = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', finalizers: ['a', 'b'] },
  spec: {
    bogus: 1,
    template: {
      spec: {
        containers: [
          { name: 'app', image: 'nginx', typo: true },
          { name: 'side', image: 'busybox' },
        ],
        tolerations: [{ key: 'k', extra: 1 }],
      },
    },
  },
};

describe('undeclaredFieldPaths', () => {
  it('reads every path of the server message', () => {
    const message =
      'failed to create typed patch object (ns/web; apps/v1, Kind=Deployment): errors:\n  .spec.bogus: field not declared in schema\n  .spec.template.spec.containers[name="app"].typo: field not declared in schema';
    expect(undeclaredFieldPaths(message)).toEqual(['.spec.bogus', '.spec.template.spec.containers[name="app"].typo']);
    expect(undeclaredFieldPaths('some other error')).toEqual([]);
  });
});

describe('withoutFields', () => {
  it('removes plain, keyed-list, indexed and set paths from a copy', () => {
    const out = withoutFields(deployment, [
      '.spec.bogus',
      '.spec.template.spec.containers[name="app"].typo',
      '.spec.template.spec.tolerations[0].extra',
      '.metadata.finalizers[="b"]',
    ]);
    expect(out).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', finalizers: ['a'] },
      spec: {
        template: {
          spec: {
            containers: [
              { name: 'app', image: 'nginx' },
              { name: 'side', image: 'busybox' },
            ],
            tolerations: [{ key: 'k' }],
          },
        },
      },
    });
    expect((deployment.spec as { bogus?: number }).bogus).toBe(1);
  });

  it('gives up (undefined) on a path it cannot find or read', () => {
    expect(withoutFields(deployment, ['.spec.missing'])).toBeUndefined();
    expect(withoutFields(deployment, ['.spec.template.spec.containers[name="nope"].typo'])).toBeUndefined();
    expect(withoutFields(deployment, ['spec'])).toBeUndefined();
  });
});
