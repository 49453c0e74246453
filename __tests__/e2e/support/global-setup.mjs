// Jest global setup of the e2e project: runs only when at least one e2e test file is selected
// (Jest runs a project's globalSetup only for projects that have tests in the run). It builds
// whatever control-plane binary is missing, starts one cluster for the whole run and exposes it
// to the tests through environment variables, which the test workers inherit:
//   GITOPS_SYNC_E2E_KUBECONFIG   kubeconfig (real TLS, client certificate) of the run's cluster
//   GITOPS_SYNC_E2E_CLUSTER      its name for scripts/controlplane/cluster.sh
//   GITOPS_SYNC_E2E_OWNER_PID    this Jest process: clusters started with it as --owner-pid are
//                                torn down by the teardown, or by their watcher if Jest dies
// With GITOPS_SYNC_E2E_KUBECONFIG already set, that cluster is used and nothing is started.
import generate from '../../support/generated.mjs';
import { buildScript, clusterScript, run, stateRoot } from './controlplane.mjs';

export default async function globalSetup() {
  generate();
  process.env.GITOPS_SYNC_CONTROLPLANE_STATE = stateRoot();
  process.env.GITOPS_SYNC_E2E_OWNER_PID = String(process.pid);
  if (process.env.GITOPS_SYNC_E2E_KUBECONFIG) {
    process.stderr.write(`\n[e2e] using the cluster of GITOPS_SYNC_E2E_KUBECONFIG=${process.env.GITOPS_SYNC_E2E_KUBECONFIG}\n`);
    return;
  }
  const started = Date.now();
  process.stderr.write('\n[e2e] preparing the local control plane\n');
  await run(buildScript, [], { timeoutMs: 60 * 60_000 });
  // Clusters left by runs that were killed before their watcher could act.
  await run(clusterScript, ['gc'], { timeoutMs: 120_000 }).catch((e) => process.stderr.write(`[e2e] gc: ${e.message}\n`));
  const name = `e2e-${process.pid}`;
  const kubeconfig = (
    await run(clusterScript, ['up', name, '--nodes', '3', '--owner-pid', String(process.pid)], { timeoutMs: 10 * 60_000 })
  ).trim();
  process.env.GITOPS_SYNC_E2E_KUBECONFIG = kubeconfig;
  process.env.GITOPS_SYNC_E2E_CLUSTER = name;
  process.stderr.write(`[e2e] cluster ${name} ready in ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
}
