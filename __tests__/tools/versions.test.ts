// Version reporting against the real binaries installed by scripts/tools/install.sh (put first on
// PATH by __tests__/support/setup-env.ts).
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTool } from '../../src/render/tools/exec.js';
import { createToolLocator } from '../../src/render/tools/locator.js';
import { PINNED_VERSIONS, parseVersion, TOOL_NAMES } from '../../src/render/tools/versions.js';

describe('parseVersion', () => {
  it.each([
    ['v3.22.0+g1a2b3c4', 'v3.22.0'],
    ['v5.8.2', 'v5.8.2'],
    ['{Version:kustomize/v4.5.7 GitCommit:56d82a8 BuildDate:2022-08-02T16:35:54Z}', 'v4.5.7'],
    ['Jsonnet commandline interpreter (Go implementation) v0.22.0', 'v0.22.0'],
    ['3.1.4-rc.1', 'v3.1.4-rc.1'],
  ])('%s → %s', (output, version) => {
    expect(parseVersion(output)).toBe(version);
  });

  it('is undefined when there is no version', () => {
    expect(parseVersion('(devel)')).toBeUndefined();
  });
});

describe('installed tools', () => {
  it('report the pinned versions', async () => {
    const tools = createToolLocator({ download: false });
    for (const t of TOOL_NAMES) expect(await tools.version(t)).toBe(PINNED_VERSIONS[t]);
    expect(await tools.versions()).toEqual(PINNED_VERSIONS);
  });

  it('reports a tool that cannot be had instead of failing, and lists only the tools found', async () => {
    const tools = createToolLocator({ download: false, paths: { helm: '/nonexistent/helm' } });
    expect(await tools.version('helm')).toBe('unavailable (helm-path /nonexistent/helm: not an executable file)');
    await expect(tools.path('helm')).rejects.toThrow('helm-path /nonexistent/helm: not an executable file');
    expect(await tools.version('jsonnet')).toBe(PINNED_VERSIONS.jsonnet);
    expect(await tools.versions()).toEqual({ jsonnet: PINNED_VERSIONS.jsonnet });
  });

  it('helm template offline assumes a current Kubernetes minor, not helm 3 fallback 1.20', async () => {
    const chart = mkdtempSync(join(tmpdir(), 'kubeversion-chart-'));
    try {
      mkdirSync(join(chart, 'templates'));
      writeFileSync(join(chart, 'Chart.yaml'), 'apiVersion: v2\nname: kv\nversion: 0.1.0\n');
      writeFileSync(
        join(chart, 'templates', 'cm.yaml'),
        'kubeVersion: "{{ .Capabilities.KubeVersion }}"\nminor: "{{ .Capabilities.KubeVersion.Minor }}"\n',
      );
      const { stdout } = await runTool('helm', ['template', 'kv', chart], { tool: 'helm' });
      const version = /kubeVersion: "(v1\.(\d+)\.0)"/.exec(stdout);
      expect(version).not.toBeNull();
      // Kubernetes 1.34 shipped in 2025; helm 3.19+ is built against client-go ≥ 0.34.
      expect(Number(version![2])).toBeGreaterThanOrEqual(34);
      expect(stdout).toContain(`minor: "${version![2]}"`);
    } finally {
      rmSync(chart, { recursive: true, force: true });
    }
  });
});
