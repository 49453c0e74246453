// Jest global teardown of the e2e project: stops the run's cluster and any other cluster that a
// test started with this Jest process as its owner and did not stop, so nothing keeps running.
import { clusterScript, run } from './controlplane.mjs';

export default async function globalTeardown() {
  const owner = process.env.GITOPS_SYNC_E2E_OWNER_PID;
  if (!owner) return;
  await run(clusterScript, ['reap', owner], { timeoutMs: 180_000, quiet: true }).catch((e) => {
    process.stderr.write(`[e2e] teardown: ${e.message}\n`);
  });
}
