// Issue 9: a hostile pull request cannot publish the action's credentials. The bundled action
// (dist/index.js) runs in diff mode with a live diff against the run's control plane, with planted
// credentials in every input (github-token, repo-token, a helm-repo-credentials password, a
// kubeconfig with a token, a password and the cluster's real client key) and in the runner's own
// ACTIONS_RUNTIME_TOKEN / ACTIONS_ID_TOKEN_REQUEST_TOKEN. The PR simulates a
// rendering hole directly: its plain YAML holds the planted values literally, base64-, JSON- and
// URL-encoded, in ConfigMap data, a resource name and an annotation; another app's broken file is
// named after one, and a third app's missing path holds one so that it lands in an error message.
// One more app tries a real hole (Jsonnet importstr of /proc/self/environ).
// No planted value, nor its base64, may reach the comments as the GitHub stand-in received them,
// the job summary, the outputs, the diff file, stdout (except the runner's ::add-mask:: commands,
// which the runner consumes) or stderr. Build the bundle first: node scripts/bundle.mjs dist.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { stringify as dump } from 'yaml';
import { git } from '../pipeline/pr-repo.js';
import { FakeGitHub } from '../support/github-server.js';
import { nodeBinaries } from '../support/node-binaries.js';
import { runActionOnPullRequest, type ActionRun } from '../support/run-action.js';
import { isolatedNamespace, kubeConfig, type IsolatedNamespace } from './support/cluster.js';
import { applicationYaml } from '../support/specs.js';

const GITHUB_TOKEN = 'ghs_PlantedGithubT0ken9f3e2d1c';
// DNS-safe, so the PR can use it in a resource name that the API server's dry run accepts.
const REPO_TOKEN = 'repotok-planted-4f1c9e2a7b';
const HELM_PASSWORD = 'helm-Pl4nted-Passw0rd-77aa';
const KUBE_TOKEN = 'kube-planted-t0ken-5e6f7a8b';
const KUBE_PASSWORD = 'kube-Planted-Passw0rd-31';
// What the runner gives every step besides the inputs.
const RUNTIME_TOKEN = 'actions-runtime-Planted-t0ken-8c7d';
const ID_TOKEN_REQUEST_TOKEN = 'id-token-request-Planted-t0ken-1b2a';
const REPO_URL = 'https://github.com/example/gitops.git';

const b64 = (s: string): string => Buffer.from(s).toString('base64');

const application = (name: string, namespace: string, path: string) => applicationYaml(name, { repoURL: REPO_URL, path, namespace });

let ns: IsolatedNamespace;
let repoDir: string;
let baseSha: string;
let headSha: string;
let kubeconfigText: string;
/** Every planted credential, as it appears in the inputs. */
let planted: string[];

beforeAll(async () => {
  const kc = kubeConfig();
  ns = await isolatedNamespace('pr-hostile', kc);
  const user = kc.getCurrentUser()!;
  const keyPemLines = Buffer.from(user.keyData ?? '', 'base64')
    .toString('utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('-----'));
  expect(keyPemLines.length).toBeGreaterThan(3);
  planted = [GITHUB_TOKEN, REPO_TOKEN, HELM_PASSWORD, KUBE_TOKEN, KUBE_PASSWORD, RUNTIME_TOKEN, ID_TOKEN_REQUEST_TOKEN, user.keyData!, ...keyPemLines];

  // The real cluster's kubeconfig, plus a user holding a planted token and password.
  const config = JSON.parse(kc.exportConfig()) as { users: unknown[] };
  config.users.push({ name: 'planted', user: { token: KUBE_TOKEN, username: 'ops', password: KUBE_PASSWORD } });
  kubeconfigText = dump(config);

  repoDir = mkdtempSync(join(tmpdir(), 'pr-hostile-repo-'));
  mkdirSync(join(repoDir, 'manifests'));
  mkdirSync(join(repoDir, 'broken'));
  writeFileSync(
    join(repoDir, 'apps.yaml'),
    [application(ns.name, ns.name, 'manifests'), application(`${ns.name}-broken`, ns.name, 'broken'), application(`${ns.name}-missing`, ns.name, `missing-${GITHUB_TOKEN}`)].join('---\n'),
  );
  writeFileSync(join(repoDir, 'manifests', 'settings.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  level: "1"\n');
  writeFileSync(join(repoDir, 'broken', 'ok.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok\n');
  git(repoDir, 'init', '--quiet', '-b', 'main');
  git(repoDir, 'add', '-A');
  git(repoDir, 'commit', '--quiet', '-m', 'base');
  baseSha = git(repoDir, 'rev-parse', 'HEAD');

  // The hostile PR: what a rendering hole (importstr "/proc/self/environ", a symlink read through
  // .Files.Get) would put into the manifests, planted directly.
  const leak = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: `leak-${REPO_TOKEN}`, annotations: { 'leak/helm-password': HELM_PASSWORD, 'leak/kube-password': KUBE_PASSWORD } },
    data: {
      github: GITHUB_TOKEN,
      'github-base64': b64(GITHUB_TOKEN),
      'github-base64-shifted-1': b64(`x${GITHUB_TOKEN}`),
      'github-base64-shifted-2': b64(`xy${GITHUB_TOKEN}`),
      'repo-token-json': JSON.stringify({ token: REPO_TOKEN }),
      'helm-url': `https://charts.example/?password=${encodeURIComponent(HELM_PASSWORD)}`,
      'kube-token': KUBE_TOKEN,
      'kube-token-base64': b64(KUBE_TOKEN),
      'client-key-data': user.keyData!,
      'client-key-line': keyPemLines[1],
      environ: `INPUT_GITHUB-TOKEN=${GITHUB_TOKEN}\u0000INPUT_REPO-TOKEN=${REPO_TOKEN}\u0000INPUT_HELM-REPO-CREDENTIALS=- password: ${HELM_PASSWORD}`,
    },
  };
  writeFileSync(join(repoDir, 'manifests', 'leak.yaml'), dump(leak));
  // A real hole of issue 9 on top: Jsonnet importstr of the tool's /proc/self/environ. Whether the
  // render guard refuses it or jsonnet prints the environment, nothing may leak; only that is asserted
  // for this app. (An out-of-bounds symlink fails every app of the repository, as in Argo CD, so the
  // chart symlink case lives in the render guard's own hostile suite.)
  mkdirSync(join(repoDir, 'jsonnet'));
  writeFileSync(join(repoDir, 'jsonnet', 'main.jsonnet'), "{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'environ-jsonnet' }, data: { environ: importstr '/proc/self/environ' } }\n");
  writeFileSync(join(repoDir, 'apps.yaml'), `${readFileSync(join(repoDir, 'apps.yaml'), 'utf8')}---\n${application(`${ns.name}-jsonnet`, ns.name, 'jsonnet')}`);
  // A broken file named after a secret: its name lands in the error (file:line).
  writeFileSync(join(repoDir, 'broken', `${REPO_TOKEN}.yaml`), `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x\ndata: ${GITHUB_TOKEN}\n`);
  git(repoDir, 'add', '-A');
  git(repoDir, 'commit', '--quiet', '-m', 'hostile');
  headSha = git(repoDir, 'rev-parse', 'HEAD');
}, 120_000);

afterAll(async () => {
  await ns?.delete();
  if (repoDir) rmSync(repoDir, { recursive: true, force: true });
});

describe('a hostile pull request, diff mode with a live diff, credentials planted in every input', () => {
  let gh: FakeGitHub;
  let runnerTemp: string;
  let run: ActionRun;
  let channels: Record<string, string>;

  beforeAll(async () => {
    gh = new FakeGitHub({ token: GITHUB_TOKEN, repo: 'example/gitops' });
    await gh.start();
    runnerTemp = mkdtempSync(join(tmpdir(), 'runner-'));
    // The runtime action.yml declares.
    const [, node] = nodeBinaries().find(([label]) => label === 'node 24')!;
    run = await runActionOnPullRequest({
      node,
      runnerTemp,
      apiUrl: gh.baseUrl,
      repository: 'example/gitops',
      pr: { number: 9, baseSha, headSha, headRef: 'innocent-change' },
      env: { ACTIONS_RUNTIME_TOKEN: RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN: ID_TOKEN_REQUEST_TOKEN },
      inputs: {
        'github-token': GITHUB_TOKEN,
        'repo-token': REPO_TOKEN,
        'helm-repo-credentials': dump([{ url: 'https://charts.example.com', username: 'ci', password: HELM_PASSWORD }]),
        kubeconfig: kubeconfigText,
        repo: repoDir,
        'repo-url': REPO_URL,
      },
    });
    channels = {
      comments: JSON.stringify(gh.comments),
      summary: run.summary,
      outputs: JSON.stringify(run.outputs),
      'diff file': run.outputs['diff-file'] ? readFileSync(run.outputs['diff-file'], 'utf8') : '',
      // ::add-mask:: commands are how secrets reach the runner's masker; the runner never shows them.
      stdout: run.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
      stderr: run.stderr,
    };
  }, 240_000);
  afterAll(async () => {
    await gh.stop();
    rmSync(runnerTemp, { recursive: true, force: true });
  });

  it('rendered and live-diffed the hostile content, so every channel had the chance to leak it', () => {
    expect(gh.comments).toHaveLength(1);
    const body = gh.comments[0].body;
    expect(body).toContain(`ConfigMap ${ns.name}/leak-***`);
    expect(body).toContain('#### Live');
    expect(body).toMatch(/github: \*\*\*/);
    expect(body).toMatch(/leak\/helm-password: \*\*\*/);
    expect(channels['diff file']).toMatch(/kube-token: \*\*\*/);
    // The broken file and the missing path fail their apps with errors naming them, masked.
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors.join('\n')).toContain('failed to unmarshal "***.yaml"');
    // The app with the missing path fails on the base too: still failing, so a warning.
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning'));
    expect(warnings.join('\n')).toContain('still failing (also on the base): ');
    expect(warnings.join('\n')).toContain('missing-***');
    expect(run.outputs['has-changes']).toBe('true');
  });

  it('finds no planted value, nor its base64, in any channel', () => {
    const leaks: string[] = [];
    for (const value of planted) {
      for (const form of [value, b64(value)]) {
        for (const [channel, text] of Object.entries(channels)) if (text.includes(form)) leaks.push(`${channel}: ${form === value ? '' : 'base64 of '}${value.slice(0, 12)}…`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('registers every planted input with the runner masker', () => {
    const masked = new Set(run.stdout.split('\n').flatMap((l) => (l.startsWith('::add-mask::') ? [l.slice('::add-mask::'.length)] : [])));
    for (const value of [GITHUB_TOKEN, REPO_TOKEN, HELM_PASSWORD, KUBE_TOKEN, KUBE_PASSWORD, RUNTIME_TOKEN, ID_TOKEN_REQUEST_TOKEN]) expect(masked).toContain(value);
  });
});
