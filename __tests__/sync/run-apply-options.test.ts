// Which write a task gets: Replace=true and Force=true count on the target, the app and the live object
// (gitops-engine applyObject), while the resource's own setting of an option beats the app's.
import { describe, expect, it } from '@jest/globals';
import type { K8sObject } from '../../src/model/k8s.js';
import { taskOption, writeOptions } from '../../src/sync/run/apply-task.js';
import type { SyncTask } from '../../src/sync/plan.js';

const cm = (options?: string): K8sObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'c', namespace: 'n', ...(options ? { annotations: { 'argocd.argoproj.io/sync-options': options } } : {}) },
});
const task = (target: K8sObject): SyncTask =>
  ({ phase: 'Sync', wave: 0, key: { group: '', kind: 'ConfigMap', namespace: 'n', name: 'c' }, target, hookTypes: [], isPrune: false, action: 'apply' }) as unknown as SyncTask;

describe('writeOptions', () => {
  it('applies when neither target, app nor live asks otherwise', () => {
    expect(writeOptions(task(cm()), cm(), [])).toEqual({ replace: false, force: false });
    expect(writeOptions(task(cm()), undefined, [])).toEqual({ replace: false, force: false });
  });

  it('replaces and forces when only the live object carries the options', () => {
    expect(writeOptions(task(cm()), cm('Replace=true'), [])).toEqual({ replace: true, force: false });
    expect(writeOptions(task(cm()), cm('Force=true,Replace=true'), [])).toEqual({ replace: true, force: true });
    expect(writeOptions(task(cm()), cm('Force=true'), [])).toEqual({ replace: false, force: true });
  });

  it('honours the target and the app options as before', () => {
    expect(writeOptions(task(cm('Replace=true,Force=true')), undefined, [])).toEqual({ replace: true, force: true });
    expect(writeOptions(task(cm()), undefined, ['Replace=true'])).toEqual({ replace: true, force: false });
    // Force is a per-resource option only.
    expect(writeOptions(task(cm()), undefined, ['Force=true'])).toEqual({ replace: false, force: false });
  });

  it('lets the live Replace=true win over the target turning it off, as upstream ORs them', () => {
    expect(taskOption(task(cm('Replace=false')), ['Replace=true'], 'Replace=true')).toBe(false);
    expect(writeOptions(task(cm('Replace=false')), cm('Replace=true'), []).replace).toBe(true);
  });
});
