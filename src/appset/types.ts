// Precise shapes of ApplicationSet generators (argoproj.io/v1alpha1), for the fields the action reads.
import type { ClusterSecret } from '../model/argocd.js';

export type Params = Record<string, unknown>;

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }[];
}

/** Generator-level template: a partial Application template merged over `spec.template`. */
export type AppTemplate = Record<string, unknown>;

export interface ListGenerator {
  elements?: Record<string, unknown>[];
  elementsYaml?: string;
  template?: AppTemplate;
}

export interface ClustersGenerator {
  selector?: LabelSelector;
  values?: Record<string, string>;
  flatList?: boolean;
  template?: AppTemplate;
}

export interface GitGenerator {
  repoURL: string;
  revision?: string;
  directories?: { path: string; exclude?: boolean }[];
  files?: { path: string; exclude?: boolean }[];
  pathParamPrefix?: string;
  values?: Record<string, string>;
  template?: AppTemplate;
}

export interface NestedGenerators {
  generators: Generator[];
  template?: AppTemplate;
}

export interface MergeGenerator extends NestedGenerators {
  mergeKeys: string[];
}

/** One `filters` entry: its regexes (Go RE2, unanchored) must all match; entries are alternatives. */
export interface PullRequestFilter {
  branchMatch?: string;
  targetBranchMatch?: string;
  titleMatch?: string;
}

export interface PullRequestGenerator {
  github?: { owner?: string; repo?: string; labels?: string[] };
  filters?: PullRequestFilter[];
  values?: Record<string, string>;
  template?: AppTemplate;
  [provider: string]: unknown;
}

/** One scmProvider `filters` entry; the criteria it sets must all hold; entries are alternatives. */
export interface ScmProviderFilter {
  repositoryMatch?: string;
  labelMatch?: string;
  branchMatch?: string;
  pathsExist?: string[];
  pathsDoNotExist?: string[];
}

export interface ScmProviderGenerator {
  github?: { organization: string; api?: string; tokenRef?: unknown; appSecretName?: string; allBranches?: boolean; excludeArchivedRepos?: boolean };
  cloneProtocol?: string;
  filters?: ScmProviderFilter[];
  values?: Record<string, string>;
  requeueAfterSeconds?: number;
  template?: AppTemplate;
  [provider: string]: unknown;
}

export interface PluginGenerator {
  configMapRef?: { name?: string };
  input?: { parameters?: Record<string, unknown> };
  values?: Record<string, string>;
  requeueAfterSeconds?: number;
  template?: AppTemplate;
}

export interface Generator {
  list?: ListGenerator;
  clusters?: ClustersGenerator;
  git?: GitGenerator;
  matrix?: NestedGenerators;
  merge?: MergeGenerator;
  pullRequest?: PullRequestGenerator;
  scmProvider?: ScmProviderGenerator;
  plugin?: PluginGenerator;
  selector?: LabelSelector;
  [other: string]: unknown;
}

/** The pull request the action runs for, from the event payload. */
export interface PullRequestInfo {
  number: number;
  branch: string;
  targetBranch: string;
  headSha: string;
  title?: string;
  author?: string;
  labels?: string[];
}

export interface ExpandContext {
  /** Checkout of the repo under test at the revision under test. */
  repoRoot: string;
  clusters: ClusterSecret[];
  kubeconfigClusters?: { name: string; server: string }[];
  pullRequest?: PullRequestInfo;
  /** Lets a generator parameter choose `spec.project`. */
  allowProjectParams?: boolean;
  /** Directory of a git generator's repo at a revision; without it, `repoRoot` is used for every repo. */
  gitDir?: (repoURL: string, revision: string) => Promise<string>;
  /** The action's GitHub token and API root, for the scmProvider generator. */
  githubToken?: string;
  githubApiUrl?: string;
}

/** What generators share while producing parameters for one ApplicationSet. */
export interface GenContext extends ExpandContext {
  appSetName: string;
  goTemplate: boolean;
  goTemplateOptions: string[];
  applyNestedSelectors: boolean;
  notes: string[];
}

/** Evaluates a nested generator (matrix and merge children); `interpolate` = the parameters a matrix's second child is rendered with. */
export type ChildParams = (gen: Generator, ctx: GenContext, interpolate?: Params) => Promise<Params[]>;
