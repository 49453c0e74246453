// Loads a repo's Argo CD specs: Applications, ApplicationSets, AppProjects, the argocd-cm
// ConfigMap and declarative cluster Secrets. A broken spec is reported and skipped; the rest load.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AppProject, Origin } from '../model/argocd.js';
import type { Problem } from '../model/errors.js';
import { groupOf } from '../model/k8s.js';
import { isObject } from './check.js';
import { findSpecFiles, unmatchedGlobs } from './discover.js';
import type { LoadedRepo } from './types.js';
import { DEFAULT_PROJECT, validateApplication } from './validate.js';
import { CLUSTER_SECRET_LABEL, validateAppSet, validateArgoCdConfig, validateClusterSecret, validateProject } from './validate-kinds.js';
import { parseDocuments, type YamlDoc } from './yaml-docs.js';
import type { LineOf } from './yaml-docs.js';

/** Files without either string cannot hold a spec: skip them unparsed. */
const MAY_HOLD_SPEC = /argoproj\.io|argocd-cm/;
/** A document that fails to parse is reported only when it looks like a spec (Helm templates, other junk stay silent). */
const LOOKS_LIKE_SPEC =
  /\bkind["']?\s*:\s*["']?(?:Application|ApplicationSet|AppProject)\b|argocd-cm|argocd\.argoproj\.io\/secret-type/;
/** What a file outside the selected ones must contain to hold configuration (argocd-cm, a cluster Secret). */
const MAY_HOLD_CONFIG = /argocd-cm|argocd\.argoproj\.io\/secret-type/;
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The project Argo CD creates when none named `default` exists: everything allowed. */
export function implicitDefaultProject(): AppProject {
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'AppProject',
    metadata: { name: DEFAULT_PROJECT },
    spec: {
      sourceRepos: ['*'],
      destinations: [{ server: '*', namespace: '*' }],
      clusterResourceWhitelist: [{ group: '*', kind: '*' }],
    },
  };
}

/**
 * `globs` select the files whose Applications, ApplicationSets and AppProjects load. Cluster Secrets and
 * `argocd-cm` are configuration, as they are in a cluster: they load from the whole repository whatever
 * the globs select, so a clusters generator sees every declared cluster. With `requireMatches`, a glob
 * that matches no YAML or JSON file is an error (the base of a PR may lack what the head adds).
 */
export async function loadRepo(root: string, opts: { globs?: readonly string[]; requireMatches?: boolean } = {}): Promise<LoadedRepo> {
  const files = await findSpecFiles(root, opts.globs);
  const selected = new Set(files);
  const configFiles = opts.globs?.length ? (await findSpecFiles(root)).filter((f) => !selected.has(f)) : [];
  const unmatched = opts.requireMatches ? unmatchedGlobs(opts.globs ?? [], [...files, ...configFiles]) : [];
  if (unmatched.length > 0) {
    const list = unmatched.map((g) => `"${g}"`).join(', ');
    throw new Error(`apps: ${list} match${unmatched.length === 1 ? 'es' : ''} no YAML or JSON file in ${root}`);
  }
  const repo: LoadedRepo = { apps: [], appSets: [], projects: new Map(), clusters: [], problems: [], locators: new Map() };
  const seen = new Seen(repo.problems);
  for (const file of [...files, ...configFiles]) {
    const text = readText(path.join(root, file));
    const configOnly = !selected.has(file);
    if (text instanceof Error || typeof text !== 'string') {
      if (!configOnly) repo.problems.push(text instanceof Error ? { file, message: `cannot read file: ${text.message}` } : { file, ...text });
    } else if ((configOnly ? MAY_HOLD_CONFIG : MAY_HOLD_SPEC).test(text)) addFile(repo, seen, file, text, configOnly);
  }
  if (!repo.projects.has(DEFAULT_PROJECT)) {
    repo.projects.set(DEFAULT_PROJECT, { project: implicitDefaultProject(), origin: { file: '', line: 0 }, implicit: true });
  }
  return repo;
}

/**
 * Parsed spec files by path and text. A PR preview loads both sides, whose spec files are nearly all
 * identical: each is parsed once. Values are cloned on the way out, so no two loads share an object.
 */
const parsed = new Map<string, YamlDoc[]>();
const PARSED_MAX = 20_000;

function parseOnce(text: string, file: string): YamlDoc[] {
  const key = `${file}\0${text}`;
  let docs = parsed.get(key);
  if (!docs) {
    docs = parseDocuments(text, file);
    if (parsed.size >= PARSED_MAX) parsed.clear();
    parsed.set(key, docs);
  }
  return docs.map((d) => ({ ...d, value: structuredClone(d.value) }));
}

/** `configOnly`: a file outside the selection, read for argocd-cm and cluster Secrets only. */
function addFile(repo: LoadedRepo, seen: Seen, file: string, text: string, configOnly: boolean): void {
  for (const doc of parseOnce(text, file)) {
    if (doc.error) {
      if ((configOnly ? MAY_HOLD_CONFIG : LOOKS_LIKE_SPEC).test(doc.text)) {
        const app = nameHint(doc.text);
        repo.problems.push(app && !configOnly ? { ...doc.error, app } : doc.error);
      }
      continue;
    }
    addSpec(repo, seen, doc.value, { file, line: doc.line }, doc.lineOf, configOnly);
  }
}

function addSpec(repo: LoadedRepo, seen: Seen, value: unknown, origin: Origin, lineOf: LineOf, configOnly: boolean): void {
  if (!isObject(value) || typeof value.apiVersion !== 'string' || typeof value.kind !== 'string') return;
  const meta = isObject(value.metadata) ? value.metadata : {};
  const argo = !configOnly && groupOf(value.apiVersion) === 'argoproj.io';
  const collect = (problems: Problem[]): boolean => {
    repo.problems.push(...problems);
    return problems.length === 0;
  };
  if (argo && value.kind === 'Application') {
    const { app, problems } = validateApplication(value, origin, lineOf);
    if (collect(problems) && app && seen.first('Application', app.metadata.name, origin, lineOf, true)) {
      repo.apps.push({ app, origin });
      repo.locators.set(`${origin.file}:${origin.line}`, { name: app.metadata.name, lineOf });
    }
  } else if (argo && value.kind === 'ApplicationSet') {
    const { appSet, problems } = validateAppSet(value, origin, lineOf);
    if (collect(problems) && appSet && seen.first('ApplicationSet', appSet.metadata.name, origin, lineOf, true)) {
      repo.appSets.push({ appSet, origin });
      repo.locators.set(`${origin.file}:${origin.line}`, { name: appSet.metadata.name, lineOf });
    }
  } else if (argo && value.kind === 'AppProject') {
    const { project, problems } = validateProject(value, origin, lineOf);
    if (collect(problems) && project && seen.first('AppProject', project.metadata.name, origin, lineOf)) {
      repo.projects.set(project.metadata.name, { project, origin, implicit: false });
    }
  } else if (value.apiVersion === 'v1' && value.kind === 'ConfigMap' && meta.name === 'argocd-cm') {
    const { config, problems } = validateArgoCdConfig(value, origin, lineOf);
    collect(problems);
    if (seen.first('ConfigMap', 'argocd-cm', origin, lineOf)) repo.argocdCm = config;
  } else if (
    value.apiVersion === 'v1' &&
    value.kind === 'Secret' &&
    isObject(meta.labels) &&
    meta.labels[CLUSTER_SECRET_LABEL] === 'cluster'
  ) {
    const { cluster, problems } = validateClusterSecret(value, origin, lineOf);
    if (collect(problems) && cluster && seen.first('cluster Secret for server', cluster.server, origin, lineOf)) {
      repo.clusters.push(cluster);
    }
  }
}

/** The `metadata.name` of a document that does not parse (YAML block or JSON), read from its text, to name the app in the report. */
function nameHint(text: string): string | undefined {
  return (
    /^metadata:[ \t]*\r?\n(?:[ \t]+.*\r?\n)*?[ \t]+name:[ \t]*["']?([-a-z0-9.]+)["']?[ \t]*\r?$/m.exec(text)?.[1] ??
    /"metadata"\s*:\s*\{[^{}]*?"name"\s*:\s*"([-a-z0-9.]+)"/.exec(text)?.[1]
  );
}

/** First definition wins; a later one is reported naming both places and dropped. */
class Seen {
  private readonly where = new Map<string, Origin>();
  constructor(private readonly problems: Problem[]) {}

  first(kind: string, name: string, origin: Origin, lineOf: LineOf, isApp = false): boolean {
    const key = `${kind}\0${name}`;
    const prev = this.where.get(key);
    if (!prev) {
      this.where.set(key, origin);
      return true;
    }
    this.problems.push({
      message: `duplicate ${kind} ${JSON.stringify(name)}: already defined at ${prev.file}:${prev.line}; this one is ignored`,
      file: origin.file,
      line: lineOf(['metadata', 'name']),
      ...(isApp ? { app: name } : {}),
      field: 'metadata.name',
    });
    return false;
  }
}

/**
 * go-yaml refuses bytes that are not UTF-8 ("invalid leading UTF-8 octet") where Node would quietly
 * turn them into U+FFFD: such a file is a problem (at the line of the first bad byte) that names the
 * app when the file shows its name.
 */
/** A file's text, a problem when it is a spec that is not UTF-8, or the read error. Sync: see fs/local.ts. */
function readText(file: string): string | Problem | Error {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return err as Error;
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    const text = bytes.toString('utf8');
    if (!LOOKS_LIKE_SPEC.test(text)) return ''; // not a spec: other files' encodings are not ours to judge
    const line = text.slice(0, text.indexOf('\ufffd')).split('\n').length;
    const app = nameHint(text);
    return { line, message: 'invalid YAML: not valid UTF-8', ...(app ? { app } : {}) };
  }
}
