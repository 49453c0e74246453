// The bad-input corpus (__tests__/fixtures/bad-inputs, see its README): every case runs through the
// pipeline entry beside a valid app; its problem must name file:line, app and field, carry no stack
// trace, and leave the valid app rendered.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { isProblem, loadKubeconfig, resolveDestination } from '../../src/cluster/kubeconfig.js';
import { healthOf } from '../../src/health/health.js';
import { formatProblem, toProblem, type Problem } from '../../src/model/errors.js';
import { renderRepo } from '../../src/pipeline/render-repo.js';
import { readSettings } from '../../src/settings.js';

const CORPUS = fileURLToPath(new URL('../fixtures/bad-inputs', import.meta.url));
const VALID = join(CORPUS, '_valid', 'repo');
const REPO_URL = 'https://github.com/example/bad-inputs.git';
const TOOL_TIMEOUT_S = 30;
/** A case may run a few tools one after another; beyond this it hangs. */
const CASE_TIMEOUT_MS = 3 * TOOL_TIMEOUT_S * 1000;
const STACK_TRACE = /\n\s+at |^\s+at .+:\d+:\d+\)?$/m;

/** `prefix + text×repeat + middle + close×repeat + suffix`, or `base64` decoded. */
interface Generated {
  path: string;
  text?: string;
  repeat?: number;
  middle?: string;
  close?: string;
  prefix?: string;
  suffix?: string;
  base64?: string;
}

interface Expect {
  error: string;
  file?: string;
  line?: number;
  app?: string;
  field?: string;
  generate?: Generated[];
  kubeconfig?: boolean;
  /**
   * The case is an argocd-cm health script: like Argo CD, a failing script makes the resource's health
   * Unknown with the reason (no file or line: it is not an error of the run); the run goes on.
   */
  health?: boolean;
  cli?: boolean;
  /** The `apps` input (spec globs), e.g. to keep app-of-apps children out of the repo's own specs. */
  apps?: string;
  /** The `plugins` input (ConfigManagementPlugin files). */
  plugins?: string;
}

const cases: [string, string][] = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
  .flatMap((cls) => readdirSync(join(CORPUS, cls.name)).map((c): [string, string] => [cls.name, c]))
  .sort(([a, b], [c, d]) => `${a}/${b}`.localeCompare(`${c}/${d}`));

const work = mkdtempSync(join(tmpdir(), 'bad-inputs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The valid repo with the case's files over it, in a fresh directory (`tag` keeps two runs of a case apart). */
function setUp(dir: string, exp: Expect, tag = 'pipeline'): string {
  const repo = join(work, tag, dir.replace(/\//g, '__'));
  cpSync(VALID, repo, { recursive: true });
  if (existsSync(join(CORPUS, dir, 'repo'))) cpSync(join(CORPUS, dir, 'repo'), repo, { recursive: true });
  for (const g of exp.generate ?? []) {
    const file = join(repo, g.path);
    mkdirSync(dirname(file), { recursive: true });
    const n = g.repeat ?? 1;
    const body = g.base64 !== undefined ? Buffer.from(g.base64, 'base64') : Buffer.from((g.text ?? '').repeat(n) + (g.middle ?? '') + (g.close ?? '').repeat(n));
    writeFileSync(file, Buffer.concat([Buffer.from(g.prefix ?? ''), body, Buffer.from(g.suffix ?? '')]));
  }
  return repo;
}

const settingsFor = (repo: string, exp: Expect) => {
  const inputs: Record<string, string> = { repo, 'repo-url': REPO_URL, 'tool-timeout': `${TOOL_TIMEOUT_S}s`, apps: exp.apps ?? '', plugins: exp.plugins ?? '' };
  return readSettings((name) => inputs[name] ?? '', { mode: 'render', installMissingTools: false, cacheDir: join(repo, '.cache') });
};

/** Every problem the run reports, kubeconfig ones included when the case gives a kubeconfig. */
async function runCase(dir: string, exp: Expect): Promise<{ problems: Problem[]; valid: { objects: number; problems: Problem[] } | undefined }> {
  const repo = setUp(dir, exp);
  const result = await renderRepo(settingsFor(repo, exp));
  const problems = [...result.problems, ...result.rendered.flatMap((a) => a.problems)];
  if (exp.kubeconfig) {
    try {
      const { kc } = await loadKubeconfig(readFileSync(join(CORPUS, dir, 'kubeconfig.yaml'), 'utf8'));
      for (const app of result.rendered) {
        const dest = resolveDestination(kc, app.spec.app.spec.destination, { app: app.name });
        if (isProblem(dest)) problems.push({ file: app.spec.origin.file, line: app.spec.origin.line, ...dest });
      }
    } catch (err) {
      problems.push(toProblem(err));
    }
  }
  if (exp.health) {
    for (const app of result.rendered) {
      for (const obj of app.objects) {
        const health = healthOf(obj, { argocdCm: result.loaded.argocdCm });
        if (health?.status === 'Unknown') problems.push({ app: app.name, message: `${obj.kind}/${obj.metadata?.name}: health Unknown: ${health.message}` });
      }
    }
  }
  const valid = result.rendered.find((a) => a.name === 'valid-app');
  return { problems, valid: valid && { objects: valid.objects.length, problems: valid.problems } };
}

describe.each(cases)('bad input %s/%s', (cls, name) => {
  const dir = `${cls}/${name}`;
  const exp = parse(readFileSync(join(CORPUS, dir, 'expect.yaml'), 'utf8')) as Expect;

  it('is reported where it is, without a stack trace, and the valid app still renders', async () => {
    const { problems, valid } = await runCase(dir, exp);
    const texts = problems.map(formatProblem);
    for (const t of texts) expect(t).not.toMatch(STACK_TRACE);
    const found = problems.find((p) => formatProblem(p).includes(exp.error));
    if (!found) throw new Error(`no problem contains ${JSON.stringify(exp.error)}; got:\n${texts.join('\n')}`);
    expect({ file: found.file, line: found.line, app: found.app, field: found.field }).toEqual({
      file: exp.file,
      line: exp.line,
      app: exp.app,
      field: exp.field,
    });
    expect(valid).toEqual({ objects: 1, problems: [] });
  }, CASE_TIMEOUT_MS);
});

// A sample through the CLI bundle: stderr names the problem and holds no stack trace.
const CLI = join(process.cwd(), 'dist', 'cli', 'index.js');
const cliCases = cases.filter(([cls, name]) => (parse(readFileSync(join(CORPUS, cls, name, 'expect.yaml'), 'utf8')) as Expect).cli);

describe.each(cliCases)('bad input %s/%s through the CLI', (cls, name) => {
  it('exits 1, names the problem on stderr without a stack trace, and writes the valid app', async () => {
    const dir = `${cls}/${name}`;
    const exp = parse(readFileSync(join(CORPUS, dir, 'expect.yaml'), 'utf8')) as Expect;
    const repo = setUp(dir, exp, 'cli');
    const out = join(repo, '.out');
    const ran = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [CLI, 'render', '--repo', repo, '--repo-url', REPO_URL, '--tool-timeout', `${TOOL_TIMEOUT_S}s`, '--out', out, ...(exp.apps ? ['--apps', exp.apps] : [])],
        { timeout: CASE_TIMEOUT_MS },
        (err, _stdout, stderr) => resolve({ code: err ? Number((err as { code?: unknown }).code ?? 1) : 0, stderr }),
      );
    });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain(exp.error);
    expect(ran.stderr).toContain(exp.line ? `${exp.file}:${exp.line}` : exp.file!);
    expect(ran.stderr).not.toMatch(STACK_TRACE);
    expect(readdirSync(out)).toContain('valid-app.yaml');
  }, CASE_TIMEOUT_MS);
});
