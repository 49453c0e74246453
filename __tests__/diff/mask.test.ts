import { maskSecrets } from '../../src/diff/mask.js';
import type { K8sObject } from '../../src/model/k8s.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');
function secret(data: Record<string, unknown>, extra: Partial<K8sObject> = {}): K8sObject {
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'ns' }, data, ...extra };
}

describe('maskSecrets (gitops-engine HideSecretData)', () => {
  it('gives equal values the same mask and different values longer masks, target first', () => {
    const live = secret({ same: b64('a'), changed: b64('old'), onlyLive: b64('x') });
    const target = secret({ same: b64('a'), changed: b64('new'), onlyTarget: b64('y') });
    const [before, after] = maskSecrets(live, target);
    expect(after!.data).toEqual({ same: '++++++++', changed: '++++++++', onlyTarget: '++++++++' });
    expect(before!.data).toEqual({ same: '++++++++', changed: '++++++++++++', onlyLive: '++++++++' });
  });

  it('folds stringData into base64 data before masking, so equal plain and encoded values match', () => {
    const live = secret({ password: b64('hunter2') });
    const target = secret({}, { stringData: { password: 'hunter2', token: 't0k3n' } });
    const [before, after] = maskSecrets(live, target);
    expect(after!.stringData).toBeUndefined();
    expect(after!.data).toEqual({ password: '++++++++', token: '++++++++' });
    expect(before!.data).toEqual({ password: '++++++++' });
  });

  it('masks live last-applied-configuration with the same masks and leaves inputs untouched', () => {
    const applied = JSON.stringify(secret({ k: b64('v1') }));
    const live = secret({ k: b64('v2') }, { metadata: { name: 's', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': applied } } });
    const target = secret({ k: b64('v2') });
    const [before] = maskSecrets(live, target);
    const lastApplied = JSON.parse(before!.metadata.annotations!['kubectl.kubernetes.io/last-applied-configuration']);
    expect(before!.data).toEqual({ k: '++++++++' });
    expect(lastApplied.data).toEqual({ k: '++++++++++++' });
    expect(live.data).toEqual({ k: b64('v2') });
    expect(JSON.stringify(before)).not.toContain(b64('v1'));
  });

  it('masks configured sensitive annotations and nothing on non-secrets', () => {
    const [, after] = maskSecrets(undefined, secret({}, { metadata: { name: 's', annotations: { token: 'abc', keep: 'x' } } }), ['token']);
    expect(after!.metadata.annotations).toEqual({ token: '++++++++', keep: 'x' });
    const cm: K8sObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: 'plain' } };
    expect(maskSecrets(undefined, cm)[1]).toBe(cm);
  });

  it('treats null values as empty strings', () => {
    const [before, after] = maskSecrets(secret({ k: null }), secret({ k: '' }));
    expect(after!.data).toEqual({ k: '++++++++' });
    expect(before!.data).toEqual({ k: '++++++++' });
  });
});
