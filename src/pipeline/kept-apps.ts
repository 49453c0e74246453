// Apps that stay as they are because what generates them fails on the head. Argo CD's ApplicationSet
// controller changes nothing while generation fails (it stops at the error: no create, update or
// delete), and an app whose manifests fail to generate syncs nothing, so the child Applications in its
// last good output stay too. The head keeps the base's render of such apps: they compare unchanged
// rather than "removed", and nothing reports a deletion the merge would not make.
import { groupOf } from '../model/k8s.js';
import type { RenderedApp } from '../render/types.js';
import type { RepoRender } from './render-repo.js';

export interface KeptApps {
  /** Base renders to stand for these apps on the head. */
  apps: RenderedApp[];
  /** One line per failing ApplicationSet or app whose Applications were kept. */
  notes: string[];
}

export function keptApps(base: RepoRender, head: RepoRender): KeptApps {
  const onHead = new Set(head.rendered.map((a) => a.name));
  const failingSets = failingAppSets(head);
  // An app that failed to render on the head has no output there: its base children stay.
  const failed = new Set(head.rendered.filter((a) => a.problems.length > 0 && a.objects.length === 0).map((a) => a.name));
  const kept = new Set<string>();
  const causes = new Set<string>();
  // Base order lists each parent before its descendants, so a kept app's own children are seen after it.
  for (const app of base.rendered) {
    if (onHead.has(app.name)) continue;
    const { appSet, parentApp } = app.spec.origin;
    if (appSet !== undefined && failingSets.has(appSet)) {
      causes.add(`ApplicationSet ${appSet} fails on the head: Argo CD's controller changes none of its Applications until it generates again, so they are kept as on the base`);
    } else if (parentApp !== undefined && failed.has(parentApp)) {
      causes.add(`${parentApp} fails to render on the head: the Applications in its last output stay as they are, so they are kept as on the base`);
    } else if (parentApp === undefined || !kept.has(parentApp)) {
      continue;
    }
    kept.add(app.name);
  }
  const apps = base.rendered.filter((a) => kept.has(a.name));
  // Sharded previews merge notes as strings: the same cause reads the same in every shard.
  const notes = [...causes];
  return { apps, notes };
}

/** ApplicationSets of the head (the repo's, or in an app's output) with an error and no generated app. */
function failingAppSets(head: RepoRender): Set<string> {
  const names = new Set(head.loaded.appSets.map((s) => s.appSet.metadata.name));
  for (const a of head.rendered) {
    for (const o of a.objects) if (o.kind === 'ApplicationSet' && groupOf(o.apiVersion) === 'argoproj.io' && o.metadata?.name) names.add(o.metadata.name);
  }
  const generating = new Set(head.rendered.map((a) => a.spec.origin.appSet));
  const erring = new Set(head.problems.map((p) => p.app));
  return new Set([...names].filter((n) => erring.has(n) && !generating.has(n)));
}
