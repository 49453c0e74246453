// Sync wave of a resource (gitops-engine syncwaves.Wave): the sync-wave annotation when it parses as an
// integer, else the Helm hook weight when that parses, else 0 — for every resource, hook or not.
import { ANN_HELM_HOOK_WEIGHT, ANN_SYNC_WAVE, annotation } from '../model/annotations.js';
import type { K8sObject } from '../model/k8s.js';

export function waveOf(obj: K8sObject): number {
  return parseGoInt(annotation(obj, ANN_SYNC_WAVE)) ?? parseGoInt(annotation(obj, ANN_HELM_HOOK_WEIGHT)) ?? 0;
}

/** Go's strconv.Atoi: optional sign and decimal digits only, no spaces; out of range is an error. */
export function parseGoInt(text: string | undefined): number | undefined {
  if (text === undefined || !/^[+-]?[0-9]+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}
