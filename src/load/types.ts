// What loading a repo yields: every valid spec with its origin, and every problem found.
import type { AppProject, AppSpec, ApplicationSet, ArgoCdConfig, ClusterSecret, Origin } from '../model/argocd.js';
import type { Problem } from '../model/errors.js';
import type { LineOf } from './yaml-docs.js';

export interface LoadedProject {
  project: AppProject;
  origin: Origin;
  /**
   * True for the `default` project when the repo does not define it: Argo CD always has it, created
   * allow-all (any repo, any destination, any cluster-scoped kind).
   */
  implicit: boolean;
}

export interface LoadedAppSet {
  appSet: ApplicationSet;
  origin: Origin;
}

export interface LoadedRepo {
  apps: AppSpec[];
  appSets: LoadedAppSet[];
  projects: Map<string, LoadedProject>;
  argocdCm?: ArgoCdConfig;
  clusters: ClusterSecret[];
  /** Every failure, in file order; a failing spec is left out of the lists above. */
  problems: Problem[];
  /** Field → line of each loaded Application and ApplicationSet, by `file:line` of its document. */
  locators: Map<string, { name: string; lineOf: LineOf }>;
}
