// The contract between rendering stages: what a source renderer needs, and what a rendered app is.
import type { AppSpec, ArgoCdConfig } from '../model/argocd.js';
import type { Problem } from '../model/errors.js';
import type { K8sObject } from '../model/k8s.js';

export interface ToolPaths {
  helm: string;
  kustomize: string;
  jsonnet: string;
}

/** Where sources' files come from: the local checkout, a cached clone, or a pulled chart. */
export interface RepoResolver {
  /** Directory holding the repo's tree at `revision`; the local checkout when repoURL names this repo. */
  gitDir(repoURL: string, revision: string | undefined): Promise<string>;
  /** Directory of a chart pulled from a Helm repository (HTTP index) or an `oci://` registry. */
  helmChart(repoURL: string, chart: string, version: string | undefined): Promise<string>;
}

export interface RenderContext {
  /** The local checkout being rendered. */
  repoRoot: string;
  /** Commit SHA of the checkout, exposed as $ARGOCD_APP_REVISION. */
  revision?: string;
  argocdCm?: ArgoCdConfig;
  tools: ToolPaths;
  repos: RepoResolver;
  /** Per tool call. */
  timeoutMs: number;
  /** Cluster capabilities passed to helm when the app sets none (`--kube-version`, `--api-versions`). */
  kubeVersion?: string;
  apiVersions?: string[];
}

export interface RenderedApp {
  name: string;
  spec: AppSpec;
  /** Final objects: namespaces defaulted, tracking set, sorted by group, kind, namespace, name. */
  objects: K8sObject[];
  /** Applications found in this app's output (app-of-apps), rendered as separate RenderedApps. */
  children: string[];
  /**
   * Non-empty means the app failed. Objects is then empty, except when the app itself rendered and
   * only following a child Application failed (invalid, cycle, depth): the objects are still shown.
   */
  problems: Problem[];
  /** e.g. RepeatedResourceWarning for duplicate objects. */
  warnings: string[];
}
