// Turning tool output and manifest files into objects the way Argo CD does (kube.SplitYAML, the
// YAML-or-JSON decoder into Unstructured, and GenerateManifests' List flattening).
import { LineCounter } from 'yaml';
import { parseYamlDocuments } from '../parse/yaml.js';
import type { K8sObject } from '../model/k8s.js';
import { setObjectOrigin, type ObjectOrigin } from './object-origin.js';

export interface SplitResult {
  objects: K8sObject[];
  /** Per object: its document's first line, and in helm's output the template its `# Source:` comment names. */
  positions: DocPosition[];
  /** Set when a document failed to parse; `objects` then holds the documents before it. */
  error?: string;
}

export interface DocPosition {
  line: number;
  template?: string;
}

/** Multi-document YAML (or a JSON document) → objects; empty documents are dropped. */
export function splitYaml(text: string): SplitResult {
  const objects: K8sObject[] = [];
  const positions: DocPosition[] = [];
  const lc = new LineCounter();
  const body = stripBom(text);
  // Only helm's output has them; checked once, so other long outputs are not scanned per document.
  const commented = body.includes(SOURCE_COMMENT);
  // YAML 1.1 like Go's yaml decoder (yes/no booleans); later duplicate keys win as there.
  for (const { doc, value, error } of parseYamlDocuments(body, { version: '1.1', uniqueKeys: false, lineCounter: lc })) {
    if (error) return { objects, positions, error: `${error.reason} (${where(body, error.offset, lc.linePos(error.offset).line)})` };
    if (value === null || value === undefined) continue;
    const problem = objectProblem(value);
    if (problem) return { objects, positions, error: problem };
    objects.push(value as K8sObject);
    const start = doc.contents?.range?.[0] ?? doc.range[0];
    const template = commented ? sourceComment(body, start) : undefined;
    positions.push({ line: lc.linePos(start).line, ...(template ? { template } : {}) });
  }
  return { objects, positions };
}

/** The template named by the last `# Source:` comment before `offset` (helm's output), if any. */
function sourceComment(text: string, offset: number): string | undefined {
  const at = offset > 0 ? text.lastIndexOf(SOURCE_COMMENT, offset - 1) : -1;
  if (at < 0) return undefined;
  const from = at + SOURCE_COMMENT.length;
  const end = text.indexOf('\n', from);
  return text.slice(from, end < 0 ? undefined : end).trim();
}

const SOURCE_COMMENT = '# Source: ';

/** `line 12`; in helm's output, which is no file, also the template its `# Source:` comment names. */
function where(text: string, offset: number, line: number): string {
  const template = sourceComment(text, offset);
  return template === undefined ? `line ${line}` : `in ${template}, line ${line} of the output`;
}

/**
 * Like splitYaml, but any bad document is an error (helm and kustomize output). With `originOf`, each
 * object's origin is recorded from its position (see object-origin.ts).
 */
export function parseManifests(text: string, originOf?: (pos: DocPosition) => ObjectOrigin | undefined): K8sObject[] {
  const { objects, positions, error } = splitYaml(text);
  if (error) throw new Error(`failed to unmarshal manifest: ${error}`);
  if (originOf) {
    objects.forEach((obj, i) => {
      const origin = originOf(positions[i]);
      if (origin) setObjectOrigin(obj, origin);
    });
  }
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
