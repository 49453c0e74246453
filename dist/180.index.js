export const id = 180;
export const ids = [180];
export const modules = {

/***/ 45180:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runReconcileMode: () => (/* binding */ runReconcileMode)
});

// EXTERNAL MODULE: ./src/report/status-report.ts + 1 modules
var status_report = __webpack_require__(950);
// EXTERNAL MODULE: ./src/github/client.ts + 2 modules
var client = __webpack_require__(75923);
// EXTERNAL MODULE: ./src/secrets/redact.ts
var redact = __webpack_require__(34200);
;// CONCATENATED MODULE: ./src/github/drift-issue.ts
// The sticky drift issue (issue 15): one GitHub issue per key, found again by a hidden marker in its
// body, opened on drift, updated in place, closed when every app is Synced and Healthy, reopened on
// the next drift.

function driftMarker(key) {
    return `<!-- gitops-sync:drift-issue:${key} -->`;
}
async function upsertDriftIssue(octokit, t) {
    const repo = { owner: t.owner, repo: t.repo };
    const marker = driftMarker(t.key);
    const all = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, state: 'all', per_page: 100 });
    // An open one wins over closed ones; among equals the oldest, so two racing runs converge on one.
    const ours = all.filter((i) => !i.pull_request && (i.body ?? '').includes(marker)).sort((a, b) => (a.state === b.state ? a.number - b.number : a.state === 'open' ? -1 : 1));
    const existing = ours[0];
    const body = `${marker}\n${t.body}`;
    if (!t.drifted) {
        if (!existing || existing.state === 'closed')
            return { action: 'none', url: existing?.html_url };
        const { data } = await octokit.rest.issues.update({ ...repo, issue_number: existing.number, body, state: 'closed' });
        return { action: 'closed', url: data.html_url };
    }
    if (!existing) {
        const { data } = await octokit.rest.issues.create({ ...repo, title: t.title, body });
        return { action: 'opened', url: data.html_url };
    }
    const reopen = existing.state === 'closed';
    // GitHub holds the redacted body: compared with the raw one, a body with a secret would be rewritten every run.
    if (!reopen && existing.body === redact/* secrets */.O3.redact(body) && existing.title === t.title)
        return { action: 'unchanged', url: existing.html_url };
    const { data } = await octokit.rest.issues.update({ ...repo, issue_number: existing.number, title: t.title, body, ...(reopen ? { state: 'open' } : {}) });
    return { action: reopen ? 'reopened' : 'updated', url: data.html_url };
}

// EXTERNAL MODULE: ./src/action/sync-mode.ts + 14 modules
var sync_mode = __webpack_require__(69805);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
;// CONCATENATED MODULE: ./src/action/reconcile-mode.ts
// Mode `reconcile` (schedule, or chosen): every app's status against the checkout, self-heal where
// Argo CD would, the drift report in the job summary and outputs, and with `drift-issue` one sticky
// GitHub issue listing drifted and unhealthy apps.





async function runReconcileMode(settings, io, env = process.env) {
    const { reports, failure } = await (0,sync_mode.syncRun)(settings, io, env, { policy: 'reconcile' });
    if (settings.sync.driftIssue && !settings.sync.dryRun) {
        const token = settings.diff.githubToken;
        const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
        if (!token || !owner || !repo) {
            io.warning(`drift-issue: ${token ? 'GITHUB_REPOSITORY is not set' : 'no github-token'}, so no drift issue is kept`);
            return failure;
        }
        const runUrl = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`;
        const issue = (0,status_report/* driftIssueMarkdown */.Ob)(reports, runUrl);
        try {
            const octokit = (0,client.makeOctokit)(token, { baseUrl: env.GITHUB_API_URL, onWarning: io.warning });
            // One issue per workflow: two scheduled workflows (e.g. per cluster) keep their own.
            const key = env.GITHUB_WORKFLOW ?? 'reconcile';
            const done = await upsertDriftIssue(octokit, { owner, repo, key, ...issue });
            io.info(`drift issue: ${done.action}${done.url ? ` (${done.url})` : ''}`);
            io.setOutput('drift-issue-url', done.url ?? '');
        }
        catch (err) {
            // The report stands without the issue: GitHub trouble is a warning, not a failed reconcile.
            io.warning(`drift issue: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
    }
    return failure;
}


/***/ })

};
