// Which apps render on which side: the decision table of affected-apps over input hashes (the hashes
// themselves are tested in __tests__/render/inputs.test.ts), and the merge of a partial base render.
import type { AppSpec, ApplicationSource } from '../../src/model/argocd.js';
import type { K8sObject } from '../../src/model/k8s.js';
import { baseReuse, mergeBase, planRenders, type PreviewSide } from '../../src/pipeline/affected-apps.js';
import type { AppInputs, InputHasher } from '../../src/render/types.js';
import type { RenderedApp } from '../../src/render/types.js';

const LOCAL = 'https://github.com/example/gitops.git';

function spec(name: string, source: Partial<ApplicationSource> | Partial<ApplicationSource>[], extra: { parentApp?: string; appSet?: string } = {}): AppSpec {
  const sources = (Array.isArray(source) ? source : [source]).map((s) => ({ repoURL: LOCAL, ...s }));
  return {
    app: {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { name },
      spec: { project: 'default', destination: { namespace: 'x' }, ...(sources.length > 1 ? { sources } : { source: sources[0] }) },
    },
    origin: { file: 'apps/apps.yaml', line: 1, ...extra },
  } as AppSpec;
}

function rendered(s: AppSpec, opts: { children?: AppSpec[]; problems?: boolean; objects?: K8sObject[] } = {}): RenderedApp {
  const children = opts.children ?? [];
  const objects = [...(opts.objects ?? []), ...children.map((c) => c.app as unknown as K8sObject)];
  return {
    name: s.app.metadata.name,
    spec: s,
    objects,
    children: children.map((c) => c.app.metadata.name),
    problems: opts.problems ? [{ message: 'boom' }] : [],
    warnings: [],
  };
}

/** A hasher answering from a table by app name (unknown when absent). */
function hasher(table: Record<string, AppInputs>): InputHasher {
  return { inputs: async (s) => table[s.app.metadata.name] ?? { hash: undefined, reason: 'not in the table' } };
}

const known = (hash: string, mayDefineApps = false): AppInputs => ({ hash, mayDefineApps });

function side(apps: AppSpec[], table: Record<string, AppInputs>, projects: Record<string, unknown> = {}): PreviewSide {
  return { apps, inputs: hasher(table), projects: new Map(Object.entries(projects)) };
}

describe('planRenders', () => {
  const a = spec('a', { path: 'a' });
  const b = spec('b', { path: 'b' });
  const root = spec('root', { path: 'apps' });

  it('skips apps with equal known inputs on both sides and renders the rest on both, saying why', async () => {
    const plan = await planRenders(
      side([a, b, root], { a: known('1'), b: known('2'), root: known('3') }),
      side([a, b, root], { a: known('1'), b: known('2b'), root: { hash: undefined, reason: 'kustomization field x is not understood' } }),
      false,
    );
    expect([...plan.skipped]).toEqual(['a']);
    expect(plan.headOnly.size).toBe(0);
    expect(plan.reasons).toEqual(
      new Map([
        ['b', 'its inputs changed'],
        ['root', 'head inputs unknown (kustomization field x is not understood)'],
      ]),
    );
  });

  it('renders on the head only an equal app that may define Applications, or whose project changed, or with a live diff', async () => {
    const table = { a: known('1'), root: known('3', true) };
    const plan = await planRenders(side([a, root], table), side([a, root], table), false);
    expect([...plan.skipped]).toEqual(['a']);
    expect([...plan.headOnly]).toEqual(['root']);
    const projectChanged = await planRenders(side([a], table, { default: { destinations: [] } }), side([a], table, { default: { destinations: [{ namespace: '*' }] } }), false);
    expect([...projectChanged.headOnly]).toEqual(['a']);
    const live = await planRenders(side([a], table), side([a], table), true);
    expect([...live.headOnly]).toEqual(['a']);
    expect(live.skipped.size).toBe(0);
  });

  it('renders apps missing on the head or whose name is not unique', async () => {
    const table = { a: known('1'), b: known('2') };
    const plan = await planRenders(side([a, b, b], table), side([a, b], table), false);
    expect(plan.reasons.get('b')).toBe('its name is not unique');
    const gone = await planRenders(side([a, b], table), side([a], table), false);
    expect(gone.reasons.get('b')).toBe('the head has no such app');
  });
});

describe('baseReuse', () => {
  const root = spec('root', { path: 'apps' });
  const child = spec('child', { path: 'plain' }, { parentApp: 'root' });
  const unit = [rendered(root, { children: [child] }), rendered(child)];

  it('reuses the head unit when every descendant has equal inputs on both sides', async () => {
    const table = { root: known('r', true), child: known('c') };
    expect(await baseReuse(unit, hasher(table), hasher(table))).toBeUndefined();
    expect(await baseReuse(unit, hasher({ ...table, child: known('c2') }), hasher(table))).toBe('child: its inputs changed');
  });

  it('renders when the head failed, or a descendant comes from an ApplicationSet in the output', async () => {
    const table = { root: known('r', true), child: known('c') };
    expect(await baseReuse([rendered(root, { problems: true })], hasher(table), hasher(table))).toBe('root failed to render on the head');
    const generated = spec('gen', { path: 'plain' }, { parentApp: 'root', appSet: 'set' });
    expect(await baseReuse([unit[0], rendered(generated)], hasher(table), hasher(table))).toBe('gen is generated by ApplicationSet set in its output');
  });
});

describe('mergeBase', () => {
  const a = spec('a', { path: 'apps' });
  const child = spec('c', { path: 'other' }, { parentApp: 'a' });
  const b = spec('b', { path: 'plain' });

  it('keeps the base order, taking rendered units from the partial render and the rest from the head', () => {
    const head = [rendered(b), rendered(a, { children: [child] }), rendered(child)];
    const partial = [rendered(b, { objects: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'base' } }] })];
    const merged = mergeBase([a, b], partial, head)!;
    expect(merged.map((r) => r.name)).toEqual(['a', 'c', 'b']);
    expect(merged[2]).toBe(partial[0]);
    expect(merged[0]).toBe(head[1]);
  });

  it('gives up when a rendered base app names an Application a reused unit owns', () => {
    const head = [rendered(a, { children: [child] }), rendered(child), rendered(b)];
    const partial = [rendered(b, { objects: [child.app as unknown as K8sObject] })];
    expect(mergeBase([a, b], partial, head)).toBeUndefined();
  });
});
