// The comment's input: what the preview found, as data. Shared by the summary, the app sections and
// the packing into comments (comment.ts).
import type { AppSetDeletion } from '../appset/deletions.js';
import type { AppDiff } from '../diff/app-diff.js';
import type { Origin } from '../model/argocd.js';
import type { Problem } from '../model/errors.js';
import type { KnownCluster } from './destination.js';

export interface PolicyViolation {
  app: string;
  message: string;
}

/** One app of the comment: its base↔head diff, plus where it comes from and what the base made of it. */
export interface CommentApp extends AppDiff {
  /** The ApplicationSet that generates it. */
  appSet?: string;
  /** Where the app is defined (file:line, generating ApplicationSet, parent app), named in its section. */
  origin?: Origin;
  /** Set when the app failed to load or render on the base and renders on the head: the base's problems. */
  fixed?: Problem[];
}

export interface CommentInput {
  /** Every app compared, except those still failing. */
  apps: CommentApp[];
  /** New policy violations. */
  policy?: PolicyViolation[];
  /** New problems not tied to one rendered app (loading specs, ApplicationSets, ...); one naming a listed app shows in its section. */
  errors: Problem[];
  /** Errors that fail on the base too, and violations the base has too: shown collapsed, not in the headline. */
  stillFailing?: Problem[];
  existingPolicy?: PolicyViolation[];
  /** Informational notes, e.g. an ApplicationSet generator that yields nothing here. */
  notes?: string[];
  /** Shown above the errors as a warning block: what the reviewer must know though nothing failed. */
  warnings?: string[];
  /** Generated Applications that a change to their ApplicationSet would delete. */
  appSetDeletions?: AppSetDeletion[];
  /** Live → head per app: what a sync of this PR would change in the cluster. */
  liveSync?: AppDiff[];
  /** Live → base per app: drift already in the cluster, not this PR's doing. */
  liveDrift?: AppDiff[];
  /** Sync plan lines per app name. */
  planPreview?: Record<string, string[]>;
  /** How to read the plan lines, shown under the plan's heading. */
  planLegend?: string;
  /** Cluster names by server URL (cluster Secrets, kubeconfig), so destinations read as names. */
  clusters?: KnownCluster[];
  footer: { durationMs: number; toolVersions: Record<string, string> };
  /** The comment key: markers are `<!-- gitops-sync:<key>:part-N -->`. */
  marker: string;
}
