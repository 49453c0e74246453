// Validation of the other spec kinds the loader collects: AppProject, ApplicationSet (light: the
// ApplicationSet stage checks generators in depth), the argocd-cm ConfigMap and cluster Secrets.
import { EXCLUSIONS_KEY, filteredResources, INCLUSIONS_KEY } from '../cluster/resource-filter.js';
import type { AppProject, ApplicationSet, ArgoCdConfig, ClusterSecret, Origin } from '../model/argocd.js';
import type { Problem } from '../model/errors.js';
import { checkArgoApiVersion, checkFields, checkMetadata, isObject, objectField, objectItems, present, report, withoutNulls } from './check.js';
import type { CheckContext, Obj } from './check.js';
import { parseCron } from '../policy/cron.js';
import { parseGoDuration } from '../policy/go-duration.js';
import type { LineOf } from './yaml-docs.js';

function context(origin: Origin, lineOf: LineOf | undefined, subject?: string): CheckContext {
  return { file: origin.file, ...(subject ? { subject } : {}), lineOf: lineOf ?? (() => origin.line), problems: [] };
}

function nameOf(raw: unknown): string | undefined {
  const meta = isObject(raw) ? raw.metadata : undefined;
  return isObject(meta) && typeof meta.name === 'string' && meta.name ? meta.name : undefined;
}

const GROUP_KIND_LISTS = [
  'clusterResourceWhitelist',
  'clusterResourceBlacklist',
  'namespaceResourceWhitelist',
  'namespaceResourceBlacklist',
] as const;

/** Checks an AppProject; on success resource lists have `group` defaulted to `''` (the core group). */
export function validateProject(
  raw: unknown,
  origin: Origin,
  lineOf?: LineOf,
): { project?: AppProject; problems: Problem[] } {
  const ctx = context(origin, lineOf, `AppProject ${JSON.stringify(nameOf(raw) ?? '')}`);
  if (!isObject(raw)) {
    report(ctx, [], 'an AppProject must be a YAML/JSON object');
    return { problems: ctx.problems };
  }
  checkArgoApiVersion(ctx, raw, 'AppProject');
  checkMetadata(ctx, raw);
  const spec = objectField(ctx, raw, 'spec', []) ?? {};
  const at = ['spec'];
  checkFields(ctx, spec, at, { sourceRepos: 'strings', sourceNamespaces: 'strings', description: 'string' });
  for (const [d, i] of objectItems(ctx, spec, 'destinations', at)) {
    checkFields(ctx, d, ['spec', 'destinations', i], { server: 'string', name: 'string', namespace: 'string' });
  }
  for (const list of GROUP_KIND_LISTS) {
    for (const [gk, i] of objectItems(ctx, spec, list, at)) {
      checkFields(ctx, gk, ['spec', list, i], { group: 'string', kind: 'string' }, ['kind']);
    }
  }
  for (const [w, i] of objectItems(ctx, spec, 'syncWindows', at)) {
    const wAt = ['spec', 'syncWindows', i];
    const ok = checkFields(
      ctx,
      w,
      wAt,
      {
        kind: 'string',
        schedule: 'string',
        duration: 'string',
        applications: 'strings',
        namespaces: 'strings',
        clusters: 'strings',
        manualSync: 'boolean',
        timeZone: 'string',
        andOperator: 'boolean',
      },
      ['kind', 'schedule', 'duration'],
    );
    if (ok && w.kind !== 'allow' && w.kind !== 'deny') {
      report(ctx, [...wAt, 'kind'], `kind '${String(w.kind)}' mismatch: can only be allow or deny`);
    }
    // Argo CD's SyncWindow.Validate parses both when the project is created; here, before a sync needs them.
    if (ok) {
      const fails = (parse: () => unknown): string | undefined => {
        try {
          parse();
          return undefined;
        } catch (err) {
          return (err as Error).message;
        }
      };
      const schedule = fails(() => parseCron(String(w.schedule)));
      if (schedule) report(ctx, [...wAt, 'schedule'], `cannot parse schedule '${String(w.schedule)}': ${schedule}`);
      const duration = fails(() => parseGoDuration(String(w.duration)));
      if (duration) report(ctx, [...wAt, 'duration'], `cannot parse duration '${String(w.duration)}': ${duration}`);
    }
  }
  if (ctx.problems.length > 0) return { problems: ctx.problems };
  const project = withoutNulls(raw) as unknown as AppProject;
  project.spec ??= {};
  for (const list of GROUP_KIND_LISTS) {
    project.spec[list] = project.spec[list]?.map((gk) => ({ ...gk, group: gk.group ?? '' }));
    if (!project.spec[list]) delete project.spec[list];
  }
  return { project, problems: [] };
}

/** Checks an ApplicationSet's frame: name, a list of generator objects and a template object. */
export function validateAppSet(
  raw: unknown,
  origin: Origin,
  lineOf?: LineOf,
): { appSet?: ApplicationSet; problems: Problem[] } {
  const ctx = context(origin, lineOf);
  if (!isObject(raw)) {
    report(ctx, [], 'an ApplicationSet must be a YAML/JSON object');
    return { problems: ctx.problems };
  }
  ctx.app = nameOf(raw);
  checkArgoApiVersion(ctx, raw, 'ApplicationSet');
  ctx.app = checkMetadata(ctx, raw);
  const spec = objectField(ctx, raw, 'spec', [], true);
  if (spec) {
    checkFields(
      ctx,
      spec,
      ['spec'],
      {
        goTemplate: 'boolean',
        goTemplateOptions: 'strings',
        generators: 'objects',
        template: 'object',
        templatePatch: 'string',
        syncPolicy: 'object',
        strategy: 'object',
      },
      ['generators', 'template'],
    );
  }
  if (ctx.problems.length > 0) return { problems: ctx.problems };
  // Templates are kept verbatim: generated values fill them later.
  const appSet = structuredClone(raw) as unknown as ApplicationSet;
  return { appSet, problems: [] };
}

/** The argocd-cm `data`; a non-string value is reported and left out. */
export function validateArgoCdConfig(
  raw: unknown,
  origin: Origin,
  lineOf?: LineOf,
): { config: ArgoCdConfig; problems: Problem[] } {
  const ctx = context(origin, lineOf, 'ConfigMap "argocd-cm"');
  const data = isObject(raw) ? objectField(ctx, raw, 'data', []) : undefined;
  const config: ArgoCdConfig = {};
  for (const [key, value] of Object.entries(data ?? {})) {
    if (!present(value)) continue;
    if (typeof value === 'string') config[key] = value;
    else report(ctx, ['data', key], `must be a string, got ${Array.isArray(value) ? 'a list' : typeof value}`);
  }
  // Argo CD fails every comparison on an unreadable resource filter; the apps fail too (pipeline/excluded).
  for (const key of [EXCLUSIONS_KEY, INCLUSIONS_KEY]) {
    const filter = filteredResources(config, key);
    if ('error' in filter) report(ctx, ['data', key], filter.error);
  }
  return { config, problems: ctx.problems };
}

export const CLUSTER_SECRET_LABEL = 'argocd.argoproj.io/secret-type';
/** kubectl's copy of the whole manifest, credentials included: never kept. */
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decodes a declarative cluster Secret (`stringData` over base64 `data`, as the API server merges
 * them). `config` (credentials) is only checked to be JSON, never kept and never quoted.
 */
export function validateClusterSecret(
  raw: unknown,
  origin: Origin,
  lineOf?: LineOf,
): { cluster?: ClusterSecret; problems: Problem[] } {
  const ctx = context(origin, lineOf, `cluster Secret ${JSON.stringify(nameOf(raw) ?? '')}`);
  if (!isObject(raw)) {
    report(ctx, [], 'a Secret must be a YAML/JSON object');
    return { problems: ctx.problems };
  }
  checkMetadata(ctx, raw);
  const data = objectField(ctx, raw, 'data', []) ?? {};
  const stringData = objectField(ctx, raw, 'stringData', []) ?? {};
  const field = (key: string): string | undefined => {
    const plain = stringData[key];
    if (present(plain)) {
      if (typeof plain === 'string') return plain;
      report(ctx, ['stringData', key], 'must be a string');
      return undefined;
    }
    const encoded = data[key];
    if (!present(encoded)) return undefined;
    if (typeof encoded !== 'string' || !BASE64.test(encoded.replace(/\s+/g, ''))) {
      report(ctx, ['data', key], 'must be a base64-encoded string');
      return undefined;
    }
    return Buffer.from(encoded, 'base64').toString('utf8');
  };
  const server = field('server')?.replace(/\/+$/, '');
  const name = field('name');
  const namespaces = field('namespaces');
  const project = field('project');
  const config = field('config');
  if (!server) report(ctx, [present(data.server) ? 'data' : 'stringData', 'server'], 'is required');
  if (config !== undefined && config.trim() !== '' && !isJson(config)) {
    report(ctx, [present(stringData.config) ? 'stringData' : 'data', 'config'], 'failed to unmarshal cluster config: not valid JSON');
  }
  if (ctx.problems.length > 0 || !server) return { problems: ctx.problems };
  const meta = raw.metadata as Obj;
  const annotations = { ...((meta.annotations as Record<string, string> | undefined) ?? {}) };
  delete annotations[LAST_APPLIED];
  const cluster: ClusterSecret = {
    name: name ?? '',
    server,
    labels: { ...((meta.labels as Record<string, string> | undefined) ?? {}) },
    annotations,
    origin,
  };
  if (project) cluster.project = project;
  const nsList = (namespaces ?? '').split(',').map((ns) => ns.trim()).filter(Boolean);
  if (nsList.length > 0) cluster.namespaces = nsList;
  return { cluster, problems: [] };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
