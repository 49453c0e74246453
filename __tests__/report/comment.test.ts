import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffApps } from '../../src/diff/app-diff.js';
import { definedAt } from '../../src/report/app-section.js';
import { buildComment, GITHUB_COMMENT_LIMIT } from '../../src/report/comment.js';
import { markerPart } from '../../src/report/markdown.js';
import { configMap, deployment, PLANTED, rendered, representativeInput } from './pr-fixture.js';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'report');

/** Compares with a golden file; UPDATE_GOLDEN=1 rewrites it (review the result before committing). */
function golden(name: string, actual: string): void {
  const file = join(fixtures, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('buildComment', () => {
  it('renders a representative PR (golden)', async () => {
    const { parts, full } = buildComment(await representativeInput());
    expect(parts).toHaveLength(1);
    golden('representative.md', parts[0]);
    golden('representative-full.md', full);
  });

  it('never shows a planted Secret value, plain or base64, in any part or in the full text', async () => {
    const { parts, full } = buildComment(await representativeInput());
    const forms = PLANTED.flatMap((s) => [s, Buffer.from(s).toString('base64')]);
    for (const text of [...parts, full]) for (const f of forms) expect(text).not.toContain(f);
    expect(full).toContain('password: ++++++++');
  });

  it('gives what a sync would change (head vs live) and drift (base vs live) their own sections, counted in the headline', async () => {
    const input = await representativeInput();
    const { parts, full } = buildComment(input);
    expect(parts[0]).toContain('· live: a sync would change 1 app · live drift in 1 app');
    for (const text of [parts[0], full]) {
      const sync = text.indexOf('#### Live: what a sync would change');
      const drift = text.indexOf("#### Live drift (not this PR's doing)");
      expect(sync).toBeGreaterThan(0);
      expect(drift).toBeGreaterThan(sync);
      // The sync section diffs live against the head: api-flags is new there, not in the drift.
      expect(text.slice(sync, drift)).toContain('<summary>sync: <b>api</b> — changed · +2 ~2 -0');
      expect(text.slice(sync, drift)).toContain('@@ ConfigMap prod/api-flags @@');
      expect(text.slice(drift)).toContain('<summary>drift: <b>api</b> — changed · +1 ~1 -0');
      expect(text.slice(drift)).not.toContain('@@ ConfigMap prod/api-flags @@');
    }
  });

  it('says a live check found nothing to sync, and shows no live sections without a cluster', async () => {
    const input = await representativeInput();
    const clean = buildComment({ ...input, liveSync: [], liveDrift: [] });
    expect(clean.parts[0]).toContain('· live: a sync would change 0 apps');
    expect(clean.full).not.toContain('live drift in');
    expect(clean.full).not.toContain('#### Live');
    const offline = buildComment({ ...input, liveSync: undefined, liveDrift: undefined });
    expect(offline.full).not.toMatch(/live/i);
  });

  it('puts the plan legend, escaped, under the plan heading, and no plan means no legend', async () => {
    const input = await representativeInput();
    expect(buildComment(input).parts[0]).toContain(
      '<details><summary><b>Sync plan preview</b></summary>\n\n_The order a sync would follow: [phase wave] action resource &lt;prunes &amp; more&gt;._\n\n**api**',
    );
    expect(buildComment({ ...input, planPreview: {} }).full).not.toContain('The order a sync would follow');
  });

  it('counts fixed apps apart from added and changed ones, and their base problems are not errors', async () => {
    const input = await representativeInput();
    const { parts } = buildComment(input);
    expect(parts[0]).toContain('**1 app changed, 1 added, 1 removed, 1 fixed**');
    expect(parts[0]).toMatch(/:x: \[\*\*2 errors\*\*\]\(#gitops-sync-/);
    expect(parts[0]).toContain('> :white_check_mark: on base: apps/mended.yaml:1: app mended: field spec.source.path: failed to unmarshal "cm.yaml"');
    const notFixed = buildComment({ ...input, apps: input.apps.map(({ fixed: _fixed, ...a }) => a) });
    expect(notFixed.parts[0]).toContain('**2 apps changed, 1 added, 1 removed**');
  });

  it('names the ApplicationSet whose change deletes apps, and whether their resources stay', async () => {
    const input = await representativeInput();
    const many = buildComment({ ...input, appSetDeletions: [{ appSet: 'envs', removed: ['envs-a', 'envs-b'], preserved: true }] });
    expect(many.parts[0]).toContain('· :warning: **ApplicationSets delete 2 apps**');
    expect(many.parts[0]).toContain(
      '- :warning: ApplicationSet `envs` would delete 2 Applications: `envs-a`, `envs-b` — their resources stay in the cluster (preserveResourcesOnDeletion, or no resources finalizer)',
    );
    expect(buildComment({ ...input, appSetDeletions: [] }).full).not.toContain('ApplicationSet deletions');
  });

  it('escapes table cells and keeps fences unbreakable', async () => {
    const input = await representativeInput();
    input.apps[0].name = 'a|b';
    const { parts } = buildComment(input);
    expect(parts[0]).toContain('`a\\|b`');
  });

  it('packs a huge diff into three comments within the limit, each with its marker', async () => {
    const big = (tag: string) => Object.fromEntries(Array.from({ length: 350 }, (_, i) => [`key-${i}`, `${tag}-value-${i}-${'x'.repeat(30)}`]));
    const names = ['alpha', 'beta', 'gamma'];
    const apps = await diffApps(
      names.map((n) => rendered(n, [configMap(n, big('old'))])),
      names.map((n) => rendered(n, [configMap(n, big('new'))])),
    );
    const { parts, full } = buildComment({ apps, errors: [], footer: { durationMs: 1, toolVersions: {} }, marker: 'k' });
    expect(parts).toHaveLength(3);
    parts.forEach((p, i) => {
      expect(p.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
      expect(markerPart(p, 'k')).toBe(i);
    });
    expect(parts[0]).toContain('Details continue in 2 more comments');
    expect(parts[2]).toContain('(part 3 of 3)');
    names.forEach((n, i) => expect(parts[i]).toContain(`<b>${n}</b>`));
    expect(full.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
    for (const n of names) expect(full).toContain(`@@ ConfigMap prod/${n} @@`);
  });

  it('points to the job summary when even the maximum number of parts is not enough, and truncates giant resources', async () => {
    const big = (tag: string) => Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`key-${i}`, `${tag}-${i}-${'y'.repeat(50)}`]));
    const names = ['one', 'two', 'three', 'four'];
    const apps = await diffApps(
      names.map((n) => rendered(n, [configMap(n, big('old'))])),
      names.map((n) => rendered(n, [configMap(n, big('new'))])),
    );
    const { parts } = buildComment({ apps, errors: [], footer: { durationMs: 1, toolVersions: {} }, marker: 'k' }, { maxParts: 2 });
    expect(parts).toHaveLength(2);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    // Each app's diff alone exceeds a comment: part 0 keeps the summary, part 1 one truncated app.
    expect(parts[1]).toMatch(/more lines? of this resource: see the job summary/);
    expect(parts[1]).toContain('3 more sections did not fit in 2 comments');
    // The table links only to the section that was posted (the first app by name), not to the left-out ones.
    const links = [...parts[0].matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(links).toHaveLength(1);
    expect(parts[1]).toContain(`<a name="${links[0]}"></a><b>four</b>`);
    for (const n of ['one', 'three', 'two']) expect(parts[0]).toContain(`| \`${n}\` |`);
  });

  it('keeps the summary within the limit by shortening the table', async () => {
    const many = Array.from({ length: 1500 }, (_, i) => `app-with-a-rather-long-name-${i}`);
    const apps = await diffApps([], many.map((n) => rendered(n, [configMap('c', { a: '1' })])));
    const { parts } = buildComment({ apps, errors: [], footer: { durationMs: 1, toolVersions: {} }, marker: 'k' }, { maxParts: 1 });
    expect(parts[0].length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(parts[0]).toMatch(/… and \d+ more/);
    expect(parts[0]).toContain('**0 apps changed, 1500 added, 0 removed**');
  });

  it("shows each error once: an app's in its section (open), the others in the summary; the headline links to the first", async () => {
    const input = await representativeInput();
    const { parts, full } = buildComment(input);
    const appError = 'helm template failed: values.yaml: key &quot;replicas&quot; must be a number'.replace(/&quot;/g, '"');
    const general = 'git files path "envs/*.json" matched nothing';
    for (const text of [parts[0], full]) {
      expect(text.split(appError)).toHaveLength(2);
      expect(text.split(general)).toHaveLength(2);
    }
    const section = parts[0].slice(parts[0].indexOf('<details open><summary><a name="'));
    expect(section).toMatch(/^<details open><summary><a name="[^"]+"><\/a><b>payments<\/b> — :x: error/);
    expect(section.slice(0, section.indexOf('</details>'))).toContain(appError);
    // The headline's link and the table's app links all have their anchor in the comment.
    const links = [...parts[0].matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    expect(links.length).toBe(6);
    for (const l of links) expect(parts[0]).toContain(`<a name="${l}"></a>`);
    const headlineTarget = /:x: \[\*\*2 errors\*\*\]\(#([^)]+)\)/.exec(parts[0])![1];
    expect(parts[0]).toContain(`<a name="${headlineTarget}"></a>**Errors**`);
    // Without errors outside the apps, the headline points at the first failing app's section.
    const onlyApps = buildComment({ ...input, errors: [] }).parts[0];
    const target = /:x: \[\*\*1 error\*\*\]\(#([^)]+)\)/.exec(onlyApps)![1];
    expect(onlyApps).toContain(`<a name="${target}"></a><b>payments</b>`);
  });

  it('puts an error that names a listed app (an unreadable cluster) in that app, which then has a row and a section', async () => {
    const input = await representativeInput();
    const { parts } = buildComment({ ...input, errors: [{ message: 'cluster in-cluster: connection refused', app: 'web' }] });
    expect(parts[0]).toMatch(/\| \[`web`\]\(#[^)]+\) \| `in-cluster\/prod` \| unchanged \|/);
    expect(parts[0]).toContain('<b>web</b> — unchanged · +0 ~0 -0 · <code>in-cluster/prod</code></summary>\n\nDefined in `apps/web.yaml:1`\n\n> :x: app web: cluster in-cluster: connection refused');
    expect(parts[0]).not.toContain('**Errors**');
  });

  it('keeps the summary table to four columns: cluster/namespace, a short status, +/~/- with markers explained once', async () => {
    const { parts } = buildComment(await representativeInput());
    expect(parts[0]).toContain('| App | Destination | Status | Changes |\n|---|---|---|---|\n');
    expect(parts[0]).toMatch(/\| \[`api`\]\(#[^)]+\) \| `in-cluster\/prod` \| changed \| \+1&nbsp;~2&nbsp;-0&nbsp;:stethoscope:&nbsp;:hourglass: \|/);
    expect(parts[0]).toMatch(/\| \[`mended`\]\(#[^)]+\) \| `in-cluster\/prod` \| :white_check_mark:&nbsp;fixed \| \+1&nbsp;~0&nbsp;-0 \|/);
    expect(parts[0]).toContain('<sub>:stethoscope: changes resources with a health check · :hourglass: changes sync waves or hooks');
    // The detail behind each marker is in the app's section.
    expect(parts[0]).toContain(':stethoscope: Changes resources with a health check: `Deployment/api`<br>\n:hourglass: Changes sync waves or hooks: `Deployment/api`');
  });

  it('names where each app is defined: its file and line, its ApplicationSet, or the app that renders it', async () => {
    const { parts } = buildComment(await representativeInput());
    expect(parts[0]).toContain('<b>api</b> — changed · +1 ~2 -0 · <code>in-cluster/prod</code></summary>\n\nDefined in `apps/api.yaml:1`');
    expect(parts[0]).toContain('<b>legacy</b> — removed · +0 ~0 -1 · <code>in-cluster/legacy</code></summary>\n\nGenerated by ApplicationSet `legacy-envs` (`appsets/legacy-envs.yaml:3`)');
    expect(definedAt({ file: 'charts/root/templates/cache.yaml', line: 0, parentApp: 'root' })).toBe('Rendered by app `root` (`charts/root/templates/cache.yaml`)');
    expect(definedAt({ file: 'apps/root.yaml', line: 4, parentApp: 'root', appSet: 'envs' })).toBe('Generated by ApplicationSet `envs` rendered by app `root` (`apps/root.yaml:4`)');
  });

  it('shows the drift of an app the PR does not touch once, under Live drift, and says a sync would revert it', async () => {
    const input = await representativeInput();
    const web = rendered('web', [deployment('web', 'registry.example/web:3.1.0')]);
    const scaled = deployment('web', 'registry.example/web:3.1.0');
    (scaled.spec as { replicas: number }).replicas = 5;
    const liveWeb = rendered('web', [scaled]);
    // The PR leaves web alone (head = base), so live → head and live → base are the same diff.
    const [webSync] = await diffApps([liveWeb], [web], { contextLines: 2 });
    const [webDrift] = await diffApps([liveWeb], [web], { contextLines: 2 });
    expect(webSync.resources).toHaveLength(1);
    const { full } = buildComment({ ...input, liveSync: [...input.liveSync!, webSync], liveDrift: [...input.liveDrift!, webDrift] });
    expect(full).toContain('· live: a sync would change 2 apps · live drift in 2 apps');
    expect(full).not.toContain('sync: <b>web</b>');
    expect(full.split('-  replicas: 5')).toHaveLength(2);
    const sync = full.slice(full.indexOf('#### Live: what a sync would change'), full.indexOf("#### Live drift (not this PR's doing)"));
    expect(sync).toContain('_A sync would also revert the drift of 1 app this PR does not touch, shown under Live drift: web._');
    expect(full).toContain('drift: <b>web</b> — changed · +0 ~1 -0 · <code>in-cluster/prod</code> · not touched by this PR: a sync would revert it</summary>');
    // api is changed by the PR: its sync and its drift differ, so both stay.
    expect(sync).toContain('sync: <b>api</b>');
    // When drift is all a sync would change, the sync heading stays, with the note alone under it.
    const onlyDrift = buildComment({ ...input, liveSync: [webSync], liveDrift: [webDrift] }).full;
    expect(onlyDrift).toContain(
      "#### Live: what a sync would change\n\n_A sync would also revert the drift of 1 app this PR does not touch, shown under Live drift: web._\n\n#### Live drift (not this PR's doing)\n\n<details><summary>drift: <b>web</b>",
    );
  });
});
