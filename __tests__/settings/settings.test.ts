import { describe, expect, it } from '@jest/globals';
import { parseDurationMs, readSettings, SettingsError } from '../../src/settings.js';

const read = (inputs: Record<string, string>) =>
  readSettings((n) => inputs[n] ?? '', { mode: 'diff', installMissingTools: true, cacheDir: '/tmp/cache' });

describe('readSettings', () => {
  it('gives every input its documented default', () => {
    const s = read({});
    expect(s).toMatchObject({
      mode: 'diff',
      repoRoot: '.',
      appGlobs: [],
      concurrency: 4,
      toolTimeoutMs: 90_000,
      toolMemoryBytes: 2 * 2 ** 30,
      cacheDir: '/tmp/cache',
      helmRepoCredentials: [],
      allowProjectParams: false,
    });
    expect(s.diff).toMatchObject({ contextLines: 3, failOnPolicy: true, stripHelmChartLabels: false });
    expect(s.sync).toMatchObject({ prune: false, dryRun: false, wait: true, healthTimeoutMs: 300_000, syncTimeoutMs: 1_800_000, fieldManager: 'gitops-sync' });
    expect(s.sync).toMatchObject({ requestTimeoutMs: 30_000, apiRetryMs: 60_000 });
  });

  it('rejects an apps glob that points outside the repository, exclude or not', () => {
    for (const glob of ['../other/**', '/abs/apps/**', 'apps/../../x', '!../y', 'C:/apps']) {
      expect(() => read({ apps: `apps/**\n${glob}` })).toThrow(new SettingsError('apps', `"${glob}" is outside the repository: globs are relative to the repository root`));
    }
    expect(read({ apps: 'apps/../argocd/**\n./x/**' }).appGlobs).toEqual(['apps/../argocd/**', './x/**']);
  });

  it('reads plugin definition globs, which must stay inside the repository (a PR preview reads them from the base)', () => {
    expect(read({}).plugins).toEqual([]);
    expect(read({ plugins: 'cmp/*.yaml\n.argocd/plugins/**' }).plugins).toEqual(['cmp/*.yaml', '.argocd/plugins/**']);
    expect(() => read({ plugins: '/etc/cmp/plugin.yaml' })).toThrow(new SettingsError('plugins', '"/etc/cmp/plugin.yaml" is outside the repository: globs are relative to the repository root'));
  });

  it('reads the API request timeout and retry window; 0 turns retries off', () => {
    expect(read({ 'request-timeout': '5s', 'api-retry-timeout': '0' }).sync).toMatchObject({ requestTimeoutMs: 5000, apiRetryMs: 0 });
  });

  it('reads lists one per line or comma-separated, and auto mode falls back to the event default', () => {
    const s = read({ apps: 'argocd/**\n!argocd/old/**', 'repo-url': 'https://a/x.git', 'repo-url-aliases': 'git@a:x, ssh://a/x', mode: 'auto' });
    expect(s.appGlobs).toEqual(['argocd/**', '!argocd/old/**']);
    expect(s.repoUrls).toEqual(['https://a/x.git', 'git@a:x', 'ssh://a/x']);
    expect(s.mode).toBe('diff');
  });

  it('reads mode reconcile, sync-policy (default argocd) and drift-issue', () => {
    expect(read({}).sync).toMatchObject({ syncPolicy: 'argocd', driftIssue: false });
    expect(read({ mode: 'reconcile', 'sync-policy': 'all', 'drift-issue': 'true' })).toMatchObject({ mode: 'reconcile', sync: { syncPolicy: 'all', driftIssue: true } });
  });

  it.each([
    [{ mode: 'deploy' }, /^input mode: expected auto, render, diff, merge, sync or reconcile/],
    [{ concurrency: '0' }, /^input concurrency: expected a positive whole number/],
    [{ 'tool-timeout': 'soon' }, /^input tool-timeout: expected a duration like 90s or 5m/],
    [{ prune: 'yes' }, /^input prune: expected true or false/],
    [{ 'api-retry-timeout': 'a while' }, /^input api-retry-timeout: expected a duration like 90s or 5m/],
    [{ 'sync-policy': 'sometimes' }, /^input sync-policy: expected argocd or all, got "sometimes"/],
    [{ 'drift-issue': 'maybe' }, /^input drift-issue: expected true or false/],
  ])('rejects %j with an error naming the input', (inputs, message) => {
    expect(() => read(inputs)).toThrow(SettingsError);
    expect(() => read(inputs)).toThrow(message);
  });

  it('parses Go-style durations', () => {
    expect(parseDurationMs('1h30m')).toBe(5_400_000);
    expect(parseDurationMs('90')).toBe(90_000);
    expect(parseDurationMs('250ms')).toBe(250);
    expect(parseDurationMs('5 minutes')).toBeUndefined();
  });
});

describe('helm-repo-credentials', () => {
  const secret = 's3cr3t-pa55';

  it('reads a YAML or JSON list', () => {
    expect(read({ 'helm-repo-credentials': `- url: https://charts.example.com\n  username: ci\n  password: ${secret}\n` }).helmRepoCredentials).toEqual([
      { url: 'https://charts.example.com', username: 'ci', password: secret },
    ]);
    expect(read({ 'helm-repo-credentials': JSON.stringify([{ url: 'oci://r.example.com/x', username: 'u', password: secret }]) }).helmRepoCredentials).toHaveLength(1);
  });

  it.each([
    [`url: x\npassword: ${secret}`, /expected a list of \{url, username, password\}/],
    [`- url: https://x\n  password: ${secret}`, /entry 1: field username must be a non-empty string/],
    [`[{"url": "https://x", "password": "${secret}"`, /not valid YAML or JSON/],
  ])('rejects %s without repeating the password', (value, message) => {
    let err: unknown;
    try {
      read({ 'helm-repo-credentials': value });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SettingsError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).toMatch(/^input helm-repo-credentials: /);
    expect((err as Error).message).not.toContain(secret);
  });
});
