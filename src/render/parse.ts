// Turning tool output and manifest files into objects the way Argo CD does (kube.SplitYAML, the
// YAML-or-JSON decoder into Unstructured, and GenerateManifests' List flattening).
import { LineCounter } from 'yaml';
import { parseYamlDocuments } from '../parse/yaml.js';
import type { K8sObject } from '../model/k8s.js';

export interface SplitResult {
  objects: K8sObject[];
  /** Set when a document failed to parse; `objects` then holds the documents before it. */
  error?: string;
}

/** Multi-document YAML (or a JSON document) → objects; empty documents are dropped. */
export function splitYaml(text: string): SplitResult {
  const objects: K8sObject[] = [];
  const lc = new LineCounter();
  const body = stripBom(text);
  // YAML 1.1 like Go's yaml decoder (yes/no booleans); later duplicate keys win as there.
  for (const { value, error } of parseYamlDocuments(body, { version: '1.1', uniqueKeys: false, lineCounter: lc })) {
    if (error) return { objects, error: `${error.reason} (${where(body, error.offset, lc.linePos(error.offset).line)})` };
    if (value === null || value === undefined) continue;
    const problem = objectProblem(value);
    if (problem) return { objects, error: problem };
    objects.push(value as K8sObject);
  }
  return { objects };
}

/** `line 12`; in helm's output, which is no file, also the template its `# Source:` comment names. */
function where(text: string, offset: number, line: number): string {
  const before = text.slice(0, offset);
  const at = before.lastIndexOf('# Source: ');
  return at < 0 ? `line ${line}` : `in ${before.slice(at + 10).split('\n')[0].trim()}, line ${line} of the output`;
}

/** Like splitYaml, but any bad document is an error (helm and kustomize output). */
export function parseManifests(text: string): K8sObject[] {
  const { objects, error } = splitYaml(text);
  if (error) throw new Error(`failed to unmarshal manifest: ${error}`);
  return objects;
}

/** Why a decoded value is not a Kubernetes object (Unstructured requires a map with `kind`). */
export function objectProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `expected a Kubernetes object, got ${Array.isArray(value) ? 'a list' : typeof value}`;
  }
  const kind = (value as Record<string, unknown>).kind;
  if (typeof kind !== 'string' || kind === '') return "Object 'Kind' is missing";
  return undefined;
}

/**
 * Replaces every object holding an `items` array by those items (Argo CD's IsList check, whatever the
 * kind), and drops `items: null` lists that have no spec or status.
 */
export function flattenLists(objects: readonly K8sObject[]): K8sObject[] {
  const out: K8sObject[] = [];
  for (const obj of objects) {
    const items = obj.items;
    if (Array.isArray(items)) {
      for (const item of items) {
        if (typeof item !== 'object' || item === null || Array.isArray(item)) {
          throw new Error(`items member of ${obj.kind} is not an object`);
        }
        out.push(item as K8sObject);
      }
    } else if (!(items === null && !('spec' in obj) && !('status' in obj))) {
      out.push(obj);
    }
  }
  return out;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
