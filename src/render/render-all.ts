// Renders every app, a bounded number at a time, each isolated from the others' failures, and follows
// app-of-apps: an Application in an app's output is rendered too and listed as that app's child.
//
// Children are rendered level by level (all apps of one depth, then their children), so which parent
// claims a child name first, and so every report, does not depend on which render finished first.
import type { AppSpec } from '../model/argocd.js';
import type { Problem } from '../model/errors.js';
import { toProblem } from '../model/errors.js';
import type { K8sObject } from '../model/k8s.js';
import { groupOf } from '../model/k8s.js';
import { mapLimited } from '../async/map-limited.js';
import { validateApplication } from '../load/validate.js';
import { finalizeObjects } from './finalize.js';
import { renderAppManifests } from './manifests.js';
import type { RenderContext, RenderedApp } from './types.js';

export const DEFAULT_MAX_DEPTH = 10;

export interface RenderAllOptions {
  /** Apps rendered at the same time (each may run a tool); below 1 counts as 1. */
  concurrency: number;
  /** How deep app-of-apps may nest below the given apps; default 10. */
  maxDepth?: number;
}

interface Node {
  spec: AppSpec;
  /** Names of the apps that produced this one, outermost first; empty for a given app. */
  ancestry: string[];
  result?: RenderedApp;
  childNodes: Node[];
}

/**
 * Results in a stable order: each given app in input order, followed (depth first) by the children
 * it produced. A child also listed among `apps` is not rendered twice: the parent just names it.
 */
export async function renderAll(apps: readonly AppSpec[], ctx: RenderContext, opts: RenderAllOptions): Promise<RenderedApp[]> {
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  const roots: Node[] = apps.map((spec) => ({ spec, ancestry: [], childNodes: [] }));
  const claimed = new Map<string, Node>();
  for (const n of roots) if (!claimed.has(nameOf(n))) claimed.set(nameOf(n), n);

  let level = roots;
  while (level.length > 0) {
    await mapLimited(level, opts.concurrency, async (n) => {
      n.result = await renderOne(n.spec, ctx);
    });
    const next: Node[] = [];
    for (const parent of level) next.push(...adoptChildren(parent, claimed, maxDepth));
    level = next;
  }

  const out: RenderedApp[] = [];
  const walk = (n: Node): void => {
    out.push(n.result!);
    n.childNodes.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}

async function renderOne(spec: AppSpec, ctx: RenderContext): Promise<RenderedApp> {
  const name = spec.app.metadata.name;
  try {
    const raw = await renderAppManifests(spec, ctx);
    const { objects, warnings } = finalizeObjects(raw, spec, ctx.argocdCm);
    return { name, spec, objects, children: [], problems: [], warnings };
  } catch (err) {
    const problem = toProblem(err, { file: spec.origin.file, line: spec.origin.line, app: name });
    return { name, spec, objects: [], children: [], problems: [problem], warnings: [] };
  }
}

/**
 * Turns the Applications in `parent`'s output into child nodes to render next. What cannot become
 * one (invalid, a cycle, too deep, a name another parent already has) is a problem of the parent; its
 * objects stay, since the parent itself rendered.
 */
function adoptChildren(parent: Node, claimed: Map<string, Node>, maxDepth: number): Node[] {
  const result = parent.result!;
  const parentName = nameOf(parent);
  const lineage = [...parent.ancestry, parentName];
  const origin = { file: parent.spec.origin.file, line: parent.spec.origin.line, parentApp: parentName };
  const problem = (message: string, app?: string): Problem => ({ file: origin.file, line: origin.line, app: app ?? parentName, message });
  const next: Node[] = [];

  for (const obj of result.objects.filter(isApplication)) {
    const name = obj.metadata?.name ?? '';
    // An app managing its own Application (a self-managed root) is common and harmless: nothing to follow.
    if (name === parentName) continue;
    const { app, problems } = validateApplication(obj, origin);
    if (!app) {
      result.problems.push(...problems.map((p) => ({ ...p, message: `${p.message} (in Application ${name || '(unnamed)'} rendered by ${parentName})` })));
      continue;
    }
    if (lineage.includes(name)) {
      result.problems.push(problem(`app-of-apps cycle: ${[...lineage.slice(lineage.indexOf(name)), name].join(' → ')}`));
      continue;
    }
    const existing = claimed.get(name);
    if (existing) {
      if (existing.ancestry.length === 0) {
        result.children.push(name);
        if (canonical(existing.spec.app.spec) !== canonical(app.spec)) {
          result.warnings.push(
            `Application ${name} rendered by ${parentName} differs from the one in ${existing.spec.origin.file}; the latter was rendered`,
          );
        }
      } else {
        const other = existing.ancestry[existing.ancestry.length - 1];
        result.problems.push(problem(`Application ${name} is rendered by both ${other} and ${parentName}; names must be unique`));
      }
      continue;
    }
    if (lineage.length > maxDepth) {
      result.problems.push(problem(`app-of-apps nesting deeper than ${maxDepth} levels: ${[...lineage, name].join(' → ')}`));
      continue;
    }
    const child: Node = { spec: { app, origin }, ancestry: lineage, childNodes: [] };
    claimed.set(name, child);
    result.children.push(name);
    parent.childNodes.push(child);
    next.push(child);
  }
  return next;
}

function isApplication(obj: K8sObject): boolean {
  return obj.kind === 'Application' && groupOf(obj.apiVersion) === 'argoproj.io';
}

/** JSON with object keys sorted, so key order does not count as a difference. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function nameOf(n: Node): string {
  return n.spec.app.metadata.name;
}
