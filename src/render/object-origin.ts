// Where a rendered object was written: its manifest file and line, or the chart template that helm's
// `# Source:` comment names. App-of-apps children are located by it, so an error of a child points
// where the child is defined rather than at its parent's spec. Kept beside the objects (a WeakMap)
// so neither the objects nor every renderer's result type change; read before finalize copies them.
import type { K8sObject } from '../model/k8s.js';

export interface ObjectOrigin {
  /** Path relative to the source's repository (or the pulled chart). */
  file: string;
  /** 1-based line of the object's document; absent when only the file is known (a Helm template). */
  line?: number;
}

const origins = new WeakMap<K8sObject, ObjectOrigin>();

export function setObjectOrigin(obj: K8sObject, origin: ObjectOrigin): void {
  origins.set(obj, origin);
}

export function objectOrigin(obj: K8sObject): ObjectOrigin | undefined {
  return origins.get(obj);
}
