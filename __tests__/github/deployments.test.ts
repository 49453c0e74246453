// GitHub Deployments through the real Octokit (retry and throttling plugins) against the local server
// speaking the deployment endpoints with GitHub's validation (140-character descriptions).
import { makeOctokit } from '../../src/github/client.js';
import { setDeploymentStatus, startDeployment, truncateDescription } from '../../src/github/deployments.js';
import { readSettings } from '../../src/settings.js';
import { FakeGitHub } from '../support/github-server.js';

const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
const LOG = 'https://github.example/o/r/actions/runs/42';

describe('GitHub deployments', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = new FakeGitHub();
    await gh.start();
  });
  afterEach(() => gh.stop());
  const octokit = () => makeOctokit('test-token', { baseUrl: gh.baseUrl, retryAfterBaseValue: 1 });

  it('creates a deployment on the commit with no merge and no required checks, then in_progress and success statuses', async () => {
    const started = await startDeployment(octokit(), { owner: 'o', repo: 'r', ref: SHA, environment: 'prod/guestbook', description: 'gitops-sync: guestbook', payload: { app: 'guestbook' } });
    expect(started).toEqual({ id: gh.deployments[0].id });
    const id = (started as { id: number }).id;
    const request = gh.deployments[0].request;
    expect(request).toMatchObject({ ref: SHA, environment: 'prod/guestbook', auto_merge: false, required_contexts: [], transient_environment: false, payload: { app: 'guestbook' } });
    // Unset, so GitHub decides from the environment's name as it does for its own deployments.
    expect(request).not.toHaveProperty('production_environment');

    expect(await setDeploymentStatus(octokit(), { owner: 'o', repo: 'r', id, state: 'in_progress', description: 'Syncing to kind/guestbook', logUrl: LOG })).toBeUndefined();
    expect(await setDeploymentStatus(octokit(), { owner: 'o', repo: 'r', id, state: 'success', description: 'successfully synced (all tasks run)', logUrl: LOG, environmentUrl: 'https://guestbook.example' })).toBeUndefined();
    expect(gh.deployments[0].statuses).toEqual([
      { state: 'in_progress', description: 'Syncing to kind/guestbook', log_url: LOG },
      { state: 'success', description: 'successfully synced (all tasks run)', log_url: LOG, environment_url: 'https://guestbook.example' },
    ]);
    expect(gh.requests).toEqual(['POST /repos/o/r/deployments', `POST /repos/o/r/deployments/${id}/statuses`, `POST /repos/o/r/deployments/${id}/statuses`]);
  });

  it('answers a 403 with a warning naming the permission, without throwing and without retrying', async () => {
    gh.failures = [403];
    const started = await startDeployment(octokit(), { owner: 'o', repo: 'r', ref: SHA, environment: 'guestbook', description: 'd' });
    expect(started).toEqual({ warning: expect.stringMatching(/environment guestbook not created: HTTP 403 .*deployments: write/) });
    expect(gh.deployments).toHaveLength(0);
    expect(gh.requests).toHaveLength(1);
  });

  it('answers a status on an unknown deployment (404) and GitHub validation errors (422) with warnings', async () => {
    expect(await setDeploymentStatus(octokit(), { owner: 'o', repo: 'r', id: 99, state: 'failure', description: 'x', logUrl: LOG })).toMatch(/deployment 99: status failure not set: HTTP 404/);
    const wrongRepo = await startDeployment(octokit(), { owner: 'o', repo: 'other', ref: SHA, environment: 'guestbook', description: 'd' });
    expect(wrongRepo).toEqual({ warning: expect.stringContaining('HTTP 404') });
    const noRef = await startDeployment(octokit(), { owner: 'o', repo: 'r', ref: '', environment: 'guestbook', description: 'd' });
    expect(noRef).toEqual({ warning: expect.stringContaining('HTTP 422 (Validation Failed: ref is missing)') });
  });

  it("cuts Argo CD's message to GitHub's 140 characters, which GitHub would otherwise reject", async () => {
    const started = await startDeployment(octokit(), { owner: 'o', repo: 'r', ref: SHA, environment: 'guestbook', description: 'd' });
    const id = (started as { id: number }).id;
    const message = `one or more objects failed to apply, reason: ${'🚀 Deployment.apps "guestbook" is invalid: spec.template '.repeat(4)}`;
    expect([...message].length).toBeGreaterThan(140);

    // The local server enforces the limit the way GitHub does.
    const raw = await octokit()
      .rest.repos.createDeploymentStatus({ owner: 'o', repo: 'r', deployment_id: id, state: 'failure', description: message })
      .catch((e: { status: number }) => e.status);
    expect(raw).toBe(422);

    expect(await setDeploymentStatus(octokit(), { owner: 'o', repo: 'r', id, state: 'failure', description: message, logUrl: LOG })).toBeUndefined();
    const sent = gh.deployments[0].statuses[0].description ?? '';
    expect([...sent]).toHaveLength(140);
    expect(sent).toBe(`${[...message].slice(0, 139).join('')}…`);
  });

  it('leaves a description of 140 characters or fewer as it is and never splits an emoji', () => {
    const exact = 'x'.repeat(140);
    expect(truncateDescription(exact)).toBe(exact);
    const emoji = `${'x'.repeat(138)}🚀🚀🚀`;
    expect(truncateDescription(emoji)).toBe(`${'x'.repeat(138)}🚀…`);
  });
});

describe('deployment-environment input', () => {
  const read = (inputs: Record<string, string>) => readSettings((n) => inputs[n] ?? '', { mode: 'sync', installMissingTools: false, cacheDir: '/tmp/c' }).sync;

  it('defaults to the app name and takes a template around {app}', () => {
    expect(read({})).toMatchObject({ deployments: false, deploymentEnvironment: '{app}' });
    expect(read({ deployments: 'true', 'deployment-environment': ' prod/{app} ' })).toMatchObject({ deployments: true, deploymentEnvironment: 'prod/{app}' });
  });

  it('rejects a template without {app} (apps would share one environment) or with another placeholder', () => {
    expect(() => read({ 'deployment-environment': 'production' })).toThrow('input deployment-environment: must contain {app}');
    expect(() => read({ 'deployment-environment': '{project}/{app}' })).toThrow('unknown placeholder {project}');
  });
});
