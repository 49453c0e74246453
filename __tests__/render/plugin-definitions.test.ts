// ConfigManagementPlugin files as the `plugins` input reads them: names as Argo CD's sockets
// (`<name>-<version>`), the order discovery tries them in, and file:line errors for bad definitions.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { changedPlugins, loadPlugins, pluginWarnings } from '../../src/render/plugin/definitions.js';
import { parameterEnv } from '../../src/render/plugin/env.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function repo(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'plugin-defs-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

const plugin = (name: string, extra = '') => `apiVersion: argoproj.io/v1alpha1
kind: ConfigManagementPlugin
metadata:
  name: ${name}
spec:
${extra}  generate:
    command: [sh, -c, "echo {}"]
`;

describe('loadPlugins', () => {
  it('names plugins <name>-<version> or <name>, ordered by socket file name as discovery tries them', async () => {
    const dir = repo({
      'cmp/a.yaml': `${plugin('tanka', '  version: v2\n')}---\n${plugin('tanka')}`,
      'cmp/b.yaml': plugin('helmfile'),
      'other/c.yaml': plugin('ignored'),
    });
    const { plugins, problems } = await loadPlugins(dir, ['cmp/*.yaml']);
    expect(problems).toEqual([]);
    // `tanka-v2.sock` sorts before `tanka.sock` ('-' < '.').
    expect(plugins.map((p) => [p.name, p.file, p.line])).toEqual([
      ['helmfile', 'cmp/b.yaml', 1],
      ['tanka-v2', 'cmp/a.yaml', 1],
      ['tanka', 'cmp/a.yaml', 10],
    ]);
    expect(plugins[1].spec).toEqual({
      version: 'v2',
      init: { command: [], args: [] },
      generate: { command: ['sh', '-c', 'echo {}'], args: [] },
      discover: { fileName: '', find: { command: [], args: [], glob: '' } },
      parameters: { static: [], dynamic: { command: [], args: [] } },
      preserveFileMode: false,
      provideGitCreds: false,
    });
  });

  it('reports bad definitions at their file and line, and keeps the good ones', async () => {
    const dir = repo({
      'cmp/bad.yaml': [
        plugin('ok'),
        'apiVersion: argoproj.io/v1alpha1\nkind: ConfigManagementPlugin\nmetadata:\n  name: no-generate\nspec:\n  init:\n    command: [/bin/true]\n',
        'apiVersion: argoproj.io/v1alpha1\nkind: ConfigMap\nmetadata:\n  name: wrong-kind\nspec:\n  generate:\n    command: [x]\n',
        `${plugin('typed', '  discover:\n    find:\n      glob: 3\n  preserveFileMode: "yes"\n')}`,
        plugin('ok'),
        'key: [unclosed\n',
      ].join('---\n'),
    });
    const { plugins, problems } = await loadPlugins(dir, ['cmp']);
    expect(plugins.map((p) => p.name)).toEqual(['ok']);
    expect(problems.map((p) => `${p.file}:${p.line}${p.field ? ` ${p.field}` : ''}: ${p.message}`)).toEqual([
      'cmp/bad.yaml:13 spec.generate.command: ConfigManagementPlugin "no-generate": invalid plugin configuration file. spec.generate command should be non-empty',
      'cmp/bad.yaml:18 kind: ConfigManagementPlugin "wrong-kind": invalid plugin configuration file. kind should be ConfigManagementPlugin, found ConfigMap',
      'cmp/bad.yaml:33 spec.preserveFileMode: ConfigManagementPlugin "typed": must be a boolean (true or false), got string "yes"',
      'cmp/bad.yaml:32 spec.discover.find.glob: ConfigManagementPlugin "typed": must be a string, got number 3',
      'cmp/bad.yaml:37: plugin ok is defined twice (first at cmp/bad.yaml:1)',
      expect.stringMatching(/^cmp\/bad\.yaml:46 key\[0\]: invalid YAML/),
    ]);
  });

  it('reports a glob that matches nothing, unless optional (a PR base may lack the files)', async () => {
    const dir = repo({ 'x.yaml': 'a: 1\n' });
    expect((await loadPlugins(dir, ['cmp/*.yaml'])).problems).toEqual([{ message: `plugins: "cmp/*.yaml" matches no YAML or JSON file in ${dir}` }]);
    expect(await loadPlugins(dir, ['cmp/*.yaml'], { optional: true })).toEqual({ plugins: [], problems: [] });
  });
});

describe('changedPlugins', () => {
  it('lists plugins added, removed or changed, and the preview warns about them', async () => {
    const base = (await loadPlugins(repo({ 'a.yaml': `${plugin('same')}---\n${plugin('edited')}---\n${plugin('gone')}` }), ['a.yaml'])).plugins;
    rmSync(root, { recursive: true, force: true });
    const head = (await loadPlugins(repo({ 'a.yaml': `${plugin('same')}---\n${plugin('edited', '  preserveFileMode: true\n')}---\n${plugin('new')}` }), ['a.yaml'])).plugins;
    const changed = changedPlugins(base, head);
    expect(changed).toEqual(['edited', 'gone', 'new']);
    expect(pluginWarnings(changed)).toEqual([expect.stringMatching(/^this PR changes ConfigManagementPlugin definitions \(edited, gone, new\); .* runs only the base revision's definitions, on both sides/)]);
    expect(pluginWarnings([])).toEqual([]);
  });
});

describe('parameterEnv', () => {
  it('is ApplicationSourcePluginParameters.Environ: JSON as Go marshals it, then PARAM_ variables per value', () => {
    expect(parameterEnv([{ name: 'a-b', string: 'x' }, { name: 'm', map: { 'k.1': 'v' } }, { name: 'l', array: ['p', 'q'] }, { name: 'only-name' }])).toEqual([
      ['ARGOCD_APP_PARAMETERS', '[{"name":"a-b","string":"x"},{"map":{"k.1":"v"},"name":"m"},{"array":["p","q"],"name":"l"},{"name":"only-name"}]'],
      ['PARAM_A_B', 'x'],
      ['PARAM_M_K_1', 'v'],
      ['PARAM_L_0', 'p'],
      ['PARAM_L_1', 'q'],
    ]);
    expect(parameterEnv([])).toEqual([['ARGOCD_APP_PARAMETERS', 'null']]);
  });
});
