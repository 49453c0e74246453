// The render as Argo CD's controller compares and syncs it: targets of kinds argocd-cm leaves alone
// (cluster/resource-filter) are dropped with Argo CD's ExcludedResourceWarning, and an unreadable
// filter fails every app, as it fails every comparison in Argo CD. `render` output is not filtered:
// the repo server returns those objects too.
import { coreExclusion, resourceExclusion, type ExcludedResource } from '../cluster/resource-filter.js';
import type { AppSpec, ArgoCdConfig } from '../model/argocd.js';
import { groupOf } from '../model/k8s.js';
import { resolveCluster } from '../policy/project.js';
import type { RenderedApp } from '../render/types.js';
import type { RepoRender } from './render-repo.js';

/** The warning's ending, which marks it among an app's render warnings. */
export const EXCLUDED_WARNING = / is excluded in the settings$/;

/** What the filter is read from: argocd-cm, and the cluster Secrets a destination name resolves through. */
interface RepoSettings {
  argocdCm?: ArgoCdConfig;
  clusters: readonly { name: string; server: string }[];
}

/** The filter for the app's destination cluster (matched by its server, as Argo CD matches it); `clusters`: name → server. */
function exclusionOf(spec: AppSpec, argocdCm: ArgoCdConfig | undefined, clusters: ReadonlyMap<string, string>): ReturnType<typeof resourceExclusion> {
  return resourceExclusion(argocdCm, resolveCluster(spec.app.spec.destination, clusters).server ?? '');
}

const byName = (clusters: RepoSettings['clusters']) => new Map(clusters.map((c) => [c.name, c.server]));

/**
 * What listing the app's live objects leaves out. An unreadable filter has failed the app already
 * (withoutExcluded), so nothing syncs with it; the core exclusions stand in.
 */
export function liveExclusion(spec: AppSpec, loaded: RepoSettings): ExcludedResource {
  const excluded = exclusionOf(spec, loaded.argocdCm, byName(loaded.clusters));
  return 'error' in excluded ? coreExclusion : excluded;
}

export function withoutExcluded(repo: RepoRender): RepoRender {
  const clusters = byName(repo.loaded.clusters);
  const rendered = repo.rendered.map((app): RenderedApp => {
    const excluded = exclusionOf(app.spec, repo.loaded.argocdCm, clusters);
    if ('error' in excluded) return { ...app, objects: [], problems: [...app.problems, { app: app.name, file: app.spec.origin.file, line: app.spec.origin.line, message: excluded.error }] };
    const dropped = new Set(app.objects.filter((o) => excluded(groupOf(o.apiVersion), o.kind)));
    if (dropped.size === 0) return app;
    return {
      ...app,
      objects: app.objects.filter((o) => !dropped.has(o)),
      warnings: [...app.warnings, ...[...dropped].map((o) => `Resource ${groupOf(o.apiVersion)}/${o.kind} ${o.metadata?.name ?? ''} is excluded in the settings`)],
    };
  });
  return { ...repo, rendered };
}
