// The CLI with config management plugins: `render --plugins` runs them, and `diff` between two
// revisions runs the base revision's definitions on both sides and says that the head changes them.
// Runs the bundle: node scripts/bundle.mjs dist.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parseAllDocuments } from 'yaml';
import { git } from '../pipeline/pr-repo.js';

const CLI = join(process.cwd(), 'dist', 'cli', 'index.js');
const REPO_URL = 'https://github.com/example-org/cmp.git';

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { timeout: 180_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? Number((err as NodeJS.ErrnoException & { code?: unknown }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const plugin = (greeting: string, extra = '') => `apiVersion: argoproj.io/v1alpha1
kind: ConfigManagementPlugin
metadata:
  name: greet
spec:
  generate:
    command: [sh, -c]
    args: ["${extra}printf 'apiVersion: v1\\\\nkind: ConfigMap\\\\nmetadata:\\\\n  name: greeting\\\\ndata:\\\\n  text: %s %s\\\\n' ${greeting} \\"$ARGOCD_ENV_WHO\\""]
`;

let work: string;
let repo: string;
function write(rel: string, text: string): void {
  mkdirSync(dirname(join(repo, rel)), { recursive: true });
  writeFileSync(join(repo, rel), text);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'cli-plugin-'));
  repo = join(work, 'repo');
  write('cmp/greet.yaml', plugin('hello'));
  write(
    'argocd/app.yaml',
    `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: greeter
  namespace: argocd
spec:
  project: default
  source:
    repoURL: ${REPO_URL}
    path: app
    plugin:
      name: greet
      env: [{name: WHO, value: $ARGOCD_APP_NAME}]
  destination: {server: https://kubernetes.default.svc, namespace: greet}
`,
  );
  write('app/README.md', 'rendered by the greet plugin\n');
  git(repo, 'init', '--quiet', '-b', 'main');
  git(repo, 'add', '-A');
  git(repo, 'commit', '--quiet', '-m', 'base');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dist/cli/index.js with --plugins', () => {
  it('render runs the plugin and writes its objects with tracking', async () => {
    const out = join(work, 'out');
    const ran = await run(['render', '--repo', repo, '--repo-url', REPO_URL, '--plugins', 'cmp/*.yaml', '--out', out]);
    expect(ran.stderr).not.toMatch(/error/i);
    expect(ran.code).toBe(0);
    const objects = parseAllDocuments(readFileSync(join(out, 'greeter.yaml'), 'utf8')).map((d) => d.toJS());
    expect(objects).toEqual([
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'greeting', namespace: 'greet', annotations: { 'argocd.argoproj.io/tracking-id': 'greeter:/ConfigMap:greet/greeting' } },
        data: { text: 'hello greeter' },
      },
    ]);
  });

  it('diff runs the base definitions on both sides and warns that the head changes them', async () => {
    const marker = join(work, 'head-definition-ran');
    git(repo, 'checkout', '--quiet', '-b', 'head');
    write('cmp/greet.yaml', plugin('bonjour', `touch ${marker}; `));
    write('app/README.md', 'changed\n');
    git(repo, 'commit', '--quiet', '-am', 'head');
    const ran = await run(['diff', '--repo', repo, '--base', 'main', '--head', 'head', '--repo-url', REPO_URL, '--plugins', 'cmp/*.yaml', '--cache-dir', join(work, 'cache')]);
    expect(existsSync(marker)).toBe(false);
    expect(ran.stdout).toContain('this PR changes ConfigManagementPlugin definitions (greet)');
    expect(ran.stdout).not.toContain('bonjour');
    expect(ran.stdout).toMatch(/0 apps changed/);
  });
});
