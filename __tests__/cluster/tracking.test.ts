import { describe, expect, it } from '@jest/globals';
import { isManagedBy, parseTrackingId, trackedApp } from '../../src/cluster/tracking.js';
import type { K8sObject } from '../../src/model/k8s.js';

const TID = 'argocd.argoproj.io/tracking-id';
const obj = (meta: Partial<K8sObject['metadata']>, apiVersion = 'apps/v1', kind = 'Deployment'): K8sObject => ({
  apiVersion,
  kind,
  metadata: { name: 'web', namespace: 'prod', ...meta },
});
const annotation = { trackingMethod: 'annotation' as const, labelKey: 'app.kubernetes.io/instance' };

describe('parseTrackingId', () => {
  it('splits app, group/kind and namespace/name; other shapes are not tracking ids', () => {
    expect(parseTrackingId('guestbook:apps/Deployment:prod/web')).toEqual({ app: 'guestbook', group: 'apps', kind: 'Deployment', namespace: 'prod', name: 'web' });
    expect(parseTrackingId('guestbook:/Service:prod/web')).toMatchObject({ group: '', kind: 'Service' });
    expect(parseTrackingId('guestbook')).toBeUndefined();
    expect(parseTrackingId('a:b:c:d')).toBeUndefined();
    expect(parseTrackingId('a:apps/Deployment:web')).toBeUndefined();
  });
});

describe('isManagedBy', () => {
  it('annotation: the tracking id must name the object itself', () => {
    expect(isManagedBy(obj({ annotations: { [TID]: 'guestbook:apps/Deployment:prod/web' } }), 'guestbook', annotation)).toBe(true);
    expect(isManagedBy(obj({ annotations: { [TID]: 'guestbook:apps/Deployment:prod/web' } }), 'other', annotation)).toBe(false);
    for (const copied of ['guestbook:apps/Deployment:prod/api', 'guestbook:apps/StatefulSet:prod/web', 'guestbook:/Deployment:prod/web', 'guestbook:apps/Deployment:dev/web']) {
      expect(isManagedBy(obj({ annotations: { [TID]: copied } }), 'guestbook', annotation)).toBe(false);
    }
    // Cluster-scoped: the id carries the destination namespace, the object none.
    const ns = obj({ namespace: undefined, name: 'team', annotations: { [TID]: 'guestbook:/Namespace:prod/team' } }, 'v1', 'Namespace');
    expect(isManagedBy(ns, 'guestbook', annotation)).toBe(true);
  });

  it('ownerReferences exclude an object whatever its tracking', () => {
    const owned = obj({ annotations: { [TID]: 'guestbook:apps/Deployment:prod/web' }, ownerReferences: [{ apiVersion: 'v1', kind: 'X', name: 'x' }] });
    expect(isManagedBy(owned, 'guestbook', annotation)).toBe(false);
  });

  it('label: the label value, no self-reference guard; annotation+label reads the annotation', () => {
    const labelled = obj({ labels: { 'app.kubernetes.io/instance': 'guestbook' }, annotations: { [TID]: 'other:apps/Deployment:prod/api' } });
    expect(isManagedBy(labelled, 'guestbook', { ...annotation, trackingMethod: 'label' })).toBe(true);
    expect(isManagedBy(labelled, 'guestbook', { ...annotation, trackingMethod: 'annotation+label' })).toBe(false);
    expect(trackedApp(labelled, { ...annotation, trackingMethod: 'annotation+label' })).toBe('other');
  });

  it('installation ID must match exactly (absent = empty)', () => {
    const tracked = { [TID]: 'guestbook:apps/Deployment:prod/web' };
    const withId = obj({ annotations: { ...tracked, 'argocd.argoproj.io/installation-id': 'prod' } });
    expect(isManagedBy(withId, 'guestbook', { ...annotation, installationID: 'prod' })).toBe(true);
    expect(isManagedBy(withId, 'guestbook', annotation)).toBe(false);
    expect(isManagedBy(obj({ annotations: tracked }), 'guestbook', { ...annotation, installationID: 'prod' })).toBe(false);
  });
});
