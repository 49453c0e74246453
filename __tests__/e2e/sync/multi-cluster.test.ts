// Two clusters as two destinations from one kubeconfig (one by context name, one by server URL),
// synced through the whole pipeline: a repo on disk is rendered, each app resolved to its cluster.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { KubeConfig } from '@kubernetes/client-node';
import { ClusterClient } from '../../../src/cluster/client.js';
import { syncSummaryMarkdown } from '../../../src/report/sync-report.js';
import { secrets as secretsRegistry } from '../../../src/secrets/redact.js';
import { readSettings } from '../../../src/settings.js';
import { syncRepo } from '../../../src/pipeline/sync-repo.js';
import { mergeKubeConfigs, startExtraCluster, writeKubeconfig, type ExtraCluster } from '../support/cluster.js';
import { kubeconfigPath, suffix } from './env.js';
import { applicationYaml } from '../../support/specs.js';

const id = suffix();
let dir: string;
let merged: string;
let extra: ExtraCluster;
let servers: Record<'east' | 'west', string>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sync-multi-'));
  extra = await startExtraCluster('syncb');
  const kc = mergeKubeConfigs({ east: kubeconfigPath(), west: extra.kubeconfigPath });
  servers = { east: kc.getCluster('east')!.server, west: kc.getCluster('west')!.server };
  merged = await writeKubeconfig(kc, join(dir, 'kubeconfig'));
}, 600_000);

afterAll(async () => {
  await extra?.stop().catch(() => undefined);
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfigPath());
  const c = new ClusterClient(kc, kc.getCurrentContext());
  await c.deleteObject({ group: '', kind: 'Namespace', namespace: '', name: `east-${id}` }, 'background');
  c.close();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 180_000);

const app = (name: string, destination: string, namespace: string): string =>
  applicationYaml(name, { repoURL: 'https://example.com/sync-e2e.git', path: 'manifests', destination, namespace, spec: 'syncPolicy:\n  syncOptions: [CreateNamespace=true]' });

describe('two clusters', () => {
  it('syncs each app into the cluster its destination names', async () => {
    const repo = join(dir, 'repo');
    await mkdir(join(repo, 'manifests'), { recursive: true });
    await writeFile(join(repo, 'manifests', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: greeting\ndata:\n  hello: world\n');
    await writeFile(
      join(repo, 'apps.yaml'),
      `${app(`east-${id}`, 'name: east', `east-${id}`)}---\n${app(`west-${id}`, `server: ${servers.west}`, `west-${id}`)}---\n${app(`nowhere-${id}`, 'name: mars', 'x')}`,
    );
    const inputs: Record<string, string> = { repo, 'repo-url': 'https://example.com/sync-e2e.git', kubeconfig: merged, 'health-timeout': '20s' };
    const settings = readSettings((n) => inputs[n] ?? '', { mode: 'sync', installMissingTools: false, cacheDir: join(dir, 'cache') });
    const { reports } = await syncRepo(settings, { waveDelayMs: 0 });

    const byApp = Object.fromEntries(reports.map((r) => [r.app, r]));
    expect(byApp[`east-${id}`].outcome.phase).toBe('Succeeded');
    expect(byApp[`east-${id}`].destination).toEqual({ context: 'east', server: servers.east, namespace: `east-${id}` });
    expect(byApp[`west-${id}`].outcome.phase).toBe('Succeeded');
    expect(byApp[`west-${id}`].destination?.context).toBe('west');
    expect(byApp[`nowhere-${id}`].outcome).toMatchObject({ phase: 'Error' });
    expect(byApp[`nowhere-${id}`].outcome.message).toBe(
      `apps.yaml:33: app nowhere-${id}: field spec.destination.name: no kubeconfig context or cluster is named mars (contexts: east, west)`,
    );
    // The merged kubeconfig's client keys are registered with the redactor as it is loaded.
    const key = new KubeConfig();
    key.loadFromFile(merged);
    const keyData = key.getUsers().find((u) => u.keyData)?.keyData ?? '';
    expect(secretsRegistry.redact(`key ${keyData}`)).toBe('key ***');

    const kc = new KubeConfig();
    kc.loadFromFile(merged);
    const east = new ClusterClient(kc, 'east');
    const west = new ClusterClient(kc, 'west');
    try {
      const ref = (ns: string) => ({ group: '', kind: 'ConfigMap', namespace: ns, name: 'greeting' });
      expect(await east.get(ref(`east-${id}`))).toBeDefined();
      expect(await west.get(ref(`west-${id}`))).toBeDefined();
      expect(await east.get(ref(`west-${id}`))).toBeUndefined();
      expect(await west.get(ref(`east-${id}`))).toBeUndefined();
    } finally {
      east.close();
      west.close();
    }
    expect(syncSummaryMarkdown(reports)).toContain('2 of 3 app(s) synced');
  }, 120_000);
});
