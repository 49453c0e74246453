// AppProject checks for one rendered Application, as Argo CD's controller applies them
// (pkg/apis/application/v1alpha1/app_project_types.go, controller/sync.go validateSyncPermissions,
// util/argo ValidatePermissions): project exists, the app's namespace may use it, every source repo
// and the destination are permitted, and every rendered resource's group/kind and namespace are allowed.
import type { AppProject, AppSpec, GroupKind, ProjectDestination } from '../model/argocd.js';
import { DEFAULT_CONTROL_PLANE_NAMESPACE, IN_CLUSTER_SERVER, appSources } from '../model/argocd.js';
import type { K8sObject, ResourceKey } from '../model/k8s.js';
import { groupOf, keyOf } from '../model/k8s.js';
import type { LoadedProject } from '../load/types.js';
import { clusterScopedKinds } from '../render/cluster-scoped.js';
import { filepathMatch } from '../glob/filepath.js';
import { argoGlobMatch, isDenyPattern, matchStringInList } from './glob.js';
import { normalizeGitURL } from './git-url.js';

export type PolicyRule =
  | 'project-missing'
  | 'source-repo'
  | 'destination'
  | 'cluster-resource'
  | 'namespaced-resource'
  | 'source-namespace';

export interface PolicyViolation {
  app: string;
  project: string;
  rule: PolicyRule;
  /** Argo CD's own wording where it has one. */
  message: string;
  file?: string;
  line?: number;
  /** Set for resource-level violations. */
  resource?: ResourceKey;
}

export interface PolicyOptions {
  /** Namespace of the Argo CD control plane; Applications there may use any project. Default `argocd`. */
  controlPlaneNamespace?: string;
  /**
   * Cluster name → server URL (declarative cluster Secrets, kubeconfig contexts). Lets a destination
   * given by name match `server` entries and one given by server match `name` entries, as Argo CD
   * does once it has looked the cluster up. `in-cluster` is always known.
   */
  clusters?: ReadonlyMap<string, string>;
}

export interface PolicyInput {
  spec: AppSpec;
  objects: readonly K8sObject[];
}

/** The cluster an app deploys to, with whichever of name and server are known. */
interface Cluster {
  server?: string;
  name?: string;
}

const DEFAULT_PROJECT = 'default';

/** Every policy violation of one app; empty when the app is allowed. */
export function checkApp(
  app: PolicyInput,
  projects: ReadonlyMap<string, LoadedProject>,
  opts: PolicyOptions = {},
): PolicyViolation[] {
  const application = app.spec.app;
  const projectName = application.spec.project || DEFAULT_PROJECT;
  const base = {
    app: application.metadata.name,
    project: projectName,
    file: app.spec.origin.file || undefined,
    line: app.spec.origin.line || undefined,
  };
  const violation = (rule: PolicyRule, message: string, resource?: ResourceKey): PolicyViolation =>
    stripUndefined({ ...base, rule, message, resource });

  const loaded = projects.get(projectName);
  if (!loaded) return [violation('project-missing', `Application referencing project ${projectName} which does not exist`)];
  const project = loaded.project;

  // An app that may not use its project is not reconciled at all upstream: nothing else is checked.
  const appNamespace = application.metadata.namespace ?? '';
  const controlPlane = opts.controlPlaneNamespace ?? DEFAULT_CONTROL_PLANE_NAMESPACE;
  if (!isAppNamespacePermitted(project, appNamespace, controlPlane)) {
    return [
      violation(
        'source-namespace',
        `application '${application.metadata.name}' in namespace '${appNamespace}' is not allowed to use project ${projectName}`,
      ),
    ];
  }

  const out: PolicyViolation[] = [];
  const deniedRepos = new Set<string>();
  for (const source of appSources(application.spec)) {
    if (!deniedRepos.has(source.repoURL) && !isSourcePermitted(project, source.repoURL)) {
      deniedRepos.add(source.repoURL);
      out.push(violation('source-repo', `application repo ${source.repoURL} is not permitted in project '${projectName}'`));
    }
  }

  const cluster = resolveCluster(application.spec.destination, opts.clusters);
  const destNamespace = application.spec.destination.namespace ?? '';
  const destinationOk = isDestinationPermitted(project, cluster, destNamespace);
  if (!destinationOk) {
    const where = cluster.server !== undefined ? `server '${cluster.server}'` : `name '${cluster.name ?? ''}'`;
    out.push(
      violation(
        'destination',
        `application destination ${where} and namespace '${destNamespace}' do not match any of the allowed destinations in project '${projectName}'`,
      ),
    );
  }

  const isClusterScoped = clusterScopedKinds(app.objects);
  for (const obj of app.objects) {
    const key = keyOf(obj);
    const namespaced = !isClusterScoped(key.group, key.kind);
    if (!isGroupKindPermitted(project, { group: groupOf(obj.apiVersion), kind: obj.kind }, namespaced)) {
      out.push(
        violation(
          namespaced ? 'namespaced-resource' : 'cluster-resource',
          `resource ${key.group}:${key.kind} is not permitted in project ${projectName}`,
          key,
        ),
      );
    } else if (
      namespaced &&
      !(key.namespace === destNamespace && !destinationOk) && // already reported for the app
      !isDestinationPermitted(project, cluster, key.namespace)
    ) {
      out.push(violation('destination', `namespace ${key.namespace} is not permitted in project '${projectName}'`, key));
    }
  }
  return out;
}

/** AppProject.IsSourcePermitted: some entry matches and no `!` entry excludes the repo. */
export function isSourcePermitted(project: AppProject, repoURL: string): boolean {
  const normalizedRepo = normalizeGitURL(repoURL);
  let anyMatched = false;
  for (const entry of project.spec.sourceRepos ?? []) {
    const pattern = isDenyPattern(entry) ? `!${normalizeGitURL(entry.slice(1))}` : normalizeGitURL(entry);
    const matched = argoGlobMatch(pattern, normalizedRepo, true, '/');
    if (matched) anyMatched = true;
    else if (isDenyPattern(pattern)) return false;
  }
  return anyMatched;
}

/**
 * AppProject.isDestinationMatched: some entry matches (server or name, and namespace) and no entry
 * with a `!` field fails on that field — a negated entry denies even when another entry allows.
 */
export function isDestinationPermitted(project: AppProject, cluster: Cluster, namespace: string): boolean {
  let anyMatched = false;
  for (const item of project.spec.destinations ?? []) {
    const nameMatched = !!cluster.name && argoGlobMatch(item.name ?? '', cluster.name, true);
    const serverMatched = !!cluster.server && argoGlobMatch(item.server ?? '', cluster.server, true);
    const namespaceMatched = argoGlobMatch(item.namespace ?? '', namespace, true);
    if ((serverMatched || nameMatched) && namespaceMatched) anyMatched = true;
    else if (deniesOn(item, nameMatched, serverMatched, namespaceMatched)) return false;
  }
  return anyMatched;
}

function deniesOn(item: ProjectDestination, nameMatched: boolean, serverMatched: boolean, namespaceMatched: boolean): boolean {
  return (
    (!nameMatched && isDenyPattern(item.name ?? '')) ||
    (!serverMatched && isDenyPattern(item.server ?? '')) ||
    (!namespaceMatched && isDenyPattern(item.namespace ?? ''))
  );
}

/**
 * AppProject.IsGroupKindPermitted. Namespaced: no whitelist (absent) allows all, an explicit empty
 * whitelist allows none, the blacklist wins. Cluster-scoped: only what the whitelist names.
 */
export function isGroupKindPermitted(project: AppProject, gk: GroupKind, namespaced: boolean): boolean {
  const spec = project.spec;
  if (namespaced) {
    const white = spec.namespaceResourceWhitelist;
    const whitelisted = white === undefined || (white.length > 0 && inList(gk, white));
    return whitelisted && !inList(gk, spec.namespaceResourceBlacklist ?? []);
  }
  return inList(gk, spec.clusterResourceWhitelist ?? []) && !inList(gk, spec.clusterResourceBlacklist ?? []);
}

function inList(gk: GroupKind, list: readonly GroupKind[]): boolean {
  return list.some((item) => filepathMatch(item.kind, gk.kind) && filepathMatch(item.group ?? '', gk.group));
}

/** AppProject.IsAppNamespacePermitted: the control-plane namespace (or none) always; else sourceNamespaces. */
export function isAppNamespacePermitted(project: AppProject, appNamespace: string, controlPlaneNamespace: string): boolean {
  if (appNamespace === '' || appNamespace === controlPlaneNamespace) return true;
  return matchStringInList(project.spec.sourceNamespaces ?? [], appNamespace);
}

/** The destination's cluster by server or name, through the repo's cluster Secrets (name → server); in-cluster is always known. */
export function resolveCluster(dest: { server?: string; name?: string }, clusters: ReadonlyMap<string, string> = new Map()): Cluster {
  const known = new Map(clusters);
  if (!known.has('in-cluster') && ![...known.values()].includes(IN_CLUSTER_SERVER)) known.set('in-cluster', IN_CLUSTER_SERVER);
  if (dest.server) {
    const name = [...known].find(([, server]) => server === dest.server)?.[0];
    return stripUndefined({ server: dest.server, name });
  }
  return stripUndefined({ name: dest.name ?? '', server: known.get(dest.name ?? '') });
}

function stripUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
