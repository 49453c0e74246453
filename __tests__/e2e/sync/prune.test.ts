// Semantics §1/§5/§6 against the real control plane: an object dropped from git is pruned, a
// `Prune=false` one is kept, `PruneLast=true` is deleted after everything else, `Prune=confirm` waits
// for the confirm-prune input, and prune only happens when enabled.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ClusterClient } from '../../../src/cluster/client.js';
import { CreationRecorder, appSpec, cm, createNamespace, deleteNamespace, newClient, suffix, sync } from './env.js';

let client: ClusterClient;
let ns: string;

beforeAll(async () => {
  client = await newClient();
  ns = await createNamespace(client, 'prune');
});
afterAll(async () => {
  await deleteNamespace(client, ns);
  client.close();
});

const opt = (o: string): Record<string, string> => ({ 'argocd.argoproj.io/sync-options': o });
const exists = async (name: string): Promise<boolean> => (await client.get({ group: '', kind: 'ConfigMap', namespace: ns, name })) !== undefined;

describe('prune', () => {
  it('prunes what git dropped, keeps Prune=false, deletes PruneLast last', async () => {
    const app = appSpec(`prune-${suffix()}`, ns);
    const first = await sync(client, app, [cm('kept'), cm('dropped'), cm('no-prune', opt('Prune=false')), cm('last', opt('PruneLast=true'))]);
    expect(first.outcome.phase).toBe('Succeeded');

    // Without prune enabled nothing is deleted and Argo CD's message says why.
    const noPrune = await sync(client, app, [cm('kept')]);
    const skipped = noPrune.outcome.tasks.filter((t) => t.code === 'PruneSkipped').map((t) => `${t.key.name}: ${t.message}`);
    expect(skipped.sort()).toEqual(['dropped: ignored (requires pruning)', 'last: ignored (requires pruning)', 'no-prune: ignored (requires pruning)']);
    expect(await exists('dropped')).toBe(true);

    const recorder = new CreationRecorder(client);
    await recorder.watch([`/api/v1/namespaces/${ns}/configmaps`]);
    const result = await sync(client, app, [cm('kept')], { prune: true });
    recorder.stop();
    expect(result.outcome.phase).toBe('Succeeded');
    const byName = Object.fromEntries(result.outcome.tasks.map((t) => [t.key.name, t]));
    expect(byName.dropped).toMatchObject({ code: 'Pruned', action: 'pruned', message: 'pruned', wave: 0 });
    expect(byName['no-prune']).toMatchObject({ code: 'PruneSkipped', message: 'ignored (no prune)' });
    expect(byName.last).toMatchObject({ code: 'Pruned', wave: 1 });
    expect(await exists('dropped')).toBe(false);
    expect(await exists('last')).toBe(false);
    expect(await exists('no-prune')).toBe(true);
    expect(await exists('kept')).toBe(true);
    const deleted = (name: string): number => recorder.events.find((e) => e.type === 'DELETED' && e.key === `ConfigMap/${name}`)?.rv ?? NaN;
    expect(deleted('last')).toBeGreaterThan(deleted('dropped'));
  });

  it('deletes a Prune=confirm object only with confirm-prune', async () => {
    const app = appSpec(`confirm-${suffix()}`, ns);
    await sync(client, app, [cm('base'), cm('guarded', opt('Prune=confirm'))]);
    const unconfirmed = await sync(client, app, [cm('base')], { prune: true });
    expect(unconfirmed.outcome.tasks.find((t) => t.key.name === 'guarded')).toMatchObject({ code: 'PruneSkipped', action: 'skipped' });
    expect(await exists('guarded')).toBe(true);
    const confirmed = await sync(client, app, [cm('base')], { prune: true, confirmPrune: true });
    expect(confirmed.outcome.tasks.find((t) => t.key.name === 'guarded')).toMatchObject({ code: 'Pruned' });
    expect(await exists('guarded')).toBe(false);
  });

  it('refuses an automated prune that would wipe out every resource unless allowEmpty', async () => {
    const app = appSpec(`empty-${suffix()}`, ns, { syncPolicy: { automated: { prune: true } } });
    await sync(client, app, [cm('only')]);
    const result = await sync(client, app, []);
    expect(result.outcome).toMatchObject({ phase: 'Failed', message: 'auto-sync will wipe out all resources' });
    expect(await exists('only')).toBe(true);
    const allowed = appSpec(app.app.metadata.name, ns, { syncPolicy: { automated: { prune: true, allowEmpty: true } } });
    expect((await sync(client, allowed, [])).outcome.phase).toBe('Succeeded');
    expect(await exists('only')).toBe(false);
  });
});
