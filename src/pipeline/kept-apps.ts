// Apps that stay as they are because what generates them fails on the head. Argo CD's ApplicationSet
// controller changes nothing while generation fails (it stops at the error: no create, update or
// delete), and an app whose manifests fail to generate syncs nothing, so the child Applications in its
// last good output stay too. The head keeps the base's render of such apps: they compare unchanged
// rather than "removed", and nothing reports a deletion the merge would not make.
import { groupOf } from '../model/k8s.js';
import type { RenderedApp } from '../render/types.js';
import { plural } from '../report/markdown.js';
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
  const stuck = new Set(head.rendered.filter((a) => a.problems.length > 0 && a.objects.length === 0).map((a) => a.name));
  const apps: RenderedApp[] = [];
  const byCause = new Map<string, string[]>();
  // Base order lists each parent before its descendants, so a kept app's own children are seen after it.
  for (const app of base.rendered) {
    if (onHead.has(app.name)) continue;
    const { appSet, parentApp } = app.spec.origin;
    const cause = appSet !== undefined && failingSets.has(appSet) ? `ApplicationSet ${appSet}` : parentApp !== undefined && stuck.has(parentApp) ? parentApp : undefined;
    if (cause === undefined) continue;
    apps.push(app);
    stuck.add(app.name);
    if (!byCause.has(cause)) byCause.set(cause, []);
    byCause.get(cause)!.push(app.name);
  }
  const notes = [...byCause].map(([cause, names]) => {
    const what = cause.startsWith('ApplicationSet ') ? `${cause} fails on the head, so Argo CD's controller changes none of its Applications` : `${cause} fails to render on the head, so the Applications in its output stay as they are`;
    return `${what}: ${plural(names.length, 'app')} kept as on the base (${names.sort().join(', ')})`;
  });
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
