// Validate=false under server-side apply. kubectl's client-side apply with --validate=false sends
// fieldValidation=Ignore and the server silently drops unknown fields; server-side apply rejects them
// whatever fieldValidation says ("<path>: field not declared in schema"). To keep Argo CD's
// Validate=false meaning, the reported paths are removed from the object and the apply retried.
import type { K8sObject } from '../model/k8s.js';

const REPORT = /(\.[^\s]*?): field not declared in schema/g;

type Step = { field: string } | { keys: Record<string, unknown> } | { index: number } | { value: unknown };

/** Paths (structured-merge-diff notation) the server reported as undeclared. */
export function undeclaredFieldPaths(message: string): string[] {
  return [...message.matchAll(REPORT)].map((m) => m[1]);
}

/** A copy of `obj` without the fields at `paths`; undefined when a path cannot be read or found. */
export function withoutFields(obj: K8sObject, paths: readonly string[]): K8sObject | undefined {
  const copy = structuredClone(obj);
  for (const p of paths) {
    const steps = parsePath(p);
    if (!steps || !removeAt(copy, steps)) return undefined;
  }
  return copy;
}

// `.spec.containers[name="app"].foo`, `.a[0]`, `.finalizers[="x"]`; list keys are JSON values.
function parsePath(path: string): Step[] | undefined {
  const steps: Step[] = [];
  let rest = path;
  while (rest) {
    let m: RegExpMatchArray | null;
    if ((m = rest.match(/^\.([^.[]+)/))) steps.push({ field: m[1] });
    else if ((m = rest.match(/^\[(\d+)\]/))) steps.push({ index: Number(m[1]) });
    else if ((m = rest.match(/^\[=((?:"(?:[^"\\]|\\.)*"|[^\]]*))\]/))) {
      const value = parseJson(m[1]);
      if (value === undefined) return undefined;
      steps.push({ value: value.v });
    } else if ((m = rest.match(/^\[((?:[^=\]]+=(?:"(?:[^"\\]|\\.)*"|[^,\]]*),?)+)\]/))) {
      const keys: Record<string, unknown> = {};
      for (const kv of m[1].matchAll(/([^=,]+)=("(?:[^"\\]|\\.)*"|[^,\]]*)/g)) {
        const value = parseJson(kv[2]);
        if (value === undefined) return undefined;
        keys[kv[1]] = value.v;
      }
      steps.push({ keys });
    } else return undefined;
    rest = rest.slice(m[0].length);
  }
  return steps;
}

function parseJson(text: string): { v: unknown } | undefined {
  try {
    return { v: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

function removeAt(root: unknown, steps: Step[]): boolean {
  let node: unknown = root;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    const last = i === steps.length - 1;
    if ('field' in step) {
      if (!isRecord(node) || !(step.field in node)) return false;
      if (last) delete node[step.field];
      else node = node[step.field];
      continue;
    }
    if (!Array.isArray(node)) return false;
    const at =
      'index' in step
        ? step.index
        : node.findIndex((el) =>
            'value' in step ? el === step.value : isRecord(el) && Object.entries(step.keys).every(([k, v]) => el[k] === v),
          );
    if (at < 0 || at >= node.length) return false;
    if (last) node.splice(at, 1);
    else node = node[at];
  }
  return true;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
