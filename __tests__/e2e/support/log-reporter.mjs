// Jest reporter: when an e2e test file has a failing test, prints the tail of the logs of the
// control-plane processes (etcd, kube-apiserver, kube-controller-manager, kube-scheduler, kwok)
// of every cluster this run owns, while they are still running. Full logs stay in the clusters'
// state folders (scripts/controlplane/cluster.sh logs NAME).
import { sep } from 'node:path';
import { clusterScript, clustersOwnedBy, run, stateRoot } from './controlplane.mjs';

export default class ControlPlaneLogReporter {
  constructor(_globalConfig, options = {}) {
    this.lines = Number(process.env.GITOPS_SYNC_E2E_LOG_LINES || options.lines || 60);
  }

  async onTestResult(test, result) {
    const failed = result.numFailingTests > 0 || Boolean(result.testExecError);
    if (!failed || !test.path.includes(`${sep}__tests__${sep}e2e${sep}`)) return;
    const owner = process.env.GITOPS_SYNC_E2E_OWNER_PID;
    const names = owner ? clustersOwnedBy(owner) : [];
    if (names.length === 0) return;
    const out = [
      `\n[e2e] ${test.path} failed; last ${this.lines} lines of each control-plane log ` +
        `(full logs stay in ${stateRoot()}/<cluster>/logs after the run):`,
    ];
    for (const name of names) {
      out.push(await run(clusterScript, ['logs', name, '--tail', String(this.lines)], { quiet: true, timeoutMs: 30_000 }).catch((e) => e.message));
    }
    process.stderr.write(`${out.join('\n')}\n`);
  }
}
