export const id = 547;
export const ids = [547];
export const modules = {

/***/ 33566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ currentContext),
/* harmony export */   T: () => (/* binding */ pullRequestInfo)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11758);
// The workflow run's event as the preview modes read it: a fresh context and its pull request.

/** The event payload and variables as they are now, not when the module loaded. */
function currentContext() {
    const ctx = new _actions_github__WEBPACK_IMPORTED_MODULE_0__/* .context */ ._.constructor();
    return { ctx, pr: ctx.payload.pull_request };
}
/** The event's pull request as ApplicationSet pull-request generators see it. */
function pullRequestInfo(pr) {
    return {
        number: pr.number,
        branch: pr.head?.ref ?? '',
        targetBranch: pr.base?.ref ?? '',
        headSha: pr.head?.sha ?? '',
        title: pr.title,
        author: pr.user?.login,
        labels: (pr.labels ?? []).flatMap((l) => (l.name ? [l.name] : [])),
    };
}


/***/ }),

/***/ 31432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ publishPreview)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/github/client.ts + 2 modules
var client = __webpack_require__(75923);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/secrets/redact.ts
var redact = __webpack_require__(34200);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(73116);
;// CONCATENATED MODULE: ./src/github/comments.ts
// Sticky comments: one logical comment per PR and key, made of numbered parts found again by their
// hidden markers, updated in place; parts a previous run needed and this one does not are deleted.
// Someone may delete a part while a run works: a part gone before its update is created again.



const ON_PR = { permission: 'pull-requests: write', notFoundIsPermission: true };
/** A 404 on one comment means it is gone, not that the token cannot see it. */
const ON_COMMENT = { permission: 'pull-requests: write', notFoundIsPermission: false };
async function upsertStickyComments(octokit, t) {
    const repo = { owner: t.owner, repo: t.repo };
    const pr = `pull request #${t.issueNumber}`;
    const all = await (0,errors/* gitHubCall */.S5)(`list comments of ${pr}`, ON_PR, () => octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: t.issueNumber, per_page: 100 }));
    const create = async (i, body) => {
        const { data } = await (0,errors/* gitHubCall */.S5)(`create comment part ${i} on ${pr}`, ON_PR, () => octokit.rest.issues.createComment({ ...repo, issue_number: t.issueNumber, body }));
        return data.html_url;
    };
    // Oldest first: a part written twice (two runs racing) keeps its first comment, the rest go.
    const ours = new Map();
    const duplicates = [];
    for (const c of all) {
        const part = (0,markdown/* markerPart */.Ei)(c.body ?? '', t.key);
        if (part === undefined)
            continue;
        if (ours.has(part))
            duplicates.push(c.id);
        else
            ours.set(part, { id: c.id, body: c.body ?? '', html_url: c.html_url });
    }
    const result = { urls: [], created: 0, updated: 0, deleted: 0 };
    for (const [i, body] of t.parts.entries()) {
        const existing = ours.get(i);
        if (!existing) {
            result.urls.push(await create(i, body));
            result.created++;
        }
        else if (existing.body !== redact/* secrets */.O3.redact(body)) {
            // GitHub holds the redacted body: compared with the raw one, a part with a secret would be rewritten every run.
            const updated = await (0,errors/* gitHubCall */.S5)(`update comment ${existing.id} (part ${i}) on ${pr}`, ON_COMMENT, () => octokit.rest.issues.updateComment({ ...repo, comment_id: existing.id, body }).then((r) => r.data.html_url)).catch((err) => {
                if (err instanceof errors/* GitHubCallError */._6 && err.status === 404)
                    return undefined; // deleted since the listing
                throw err;
            });
            if (updated) {
                result.urls.push(updated);
                result.updated++;
            }
            else {
                result.urls.push(await create(i, body));
                result.created++;
            }
        }
        else
            result.urls.push(existing.html_url);
    }
    const surplus = [...[...ours.entries()].filter(([i]) => i >= t.parts.length).map(([, c]) => c.id), ...duplicates];
    for (const id of surplus) {
        const gone = await (0,errors/* gitHubCall */.S5)(`delete comment ${id} on ${pr}`, ON_COMMENT, () => octokit.rest.issues.deleteComment({ ...repo, comment_id: id })).then(() => true, (err) => {
            if (err instanceof errors/* GitHubCallError */._6 && err.status === 404)
                return false; // someone deleted it already
            throw err;
        });
        if (gone)
            result.deleted++;
    }
    return result;
}

// EXTERNAL MODULE: ./src/model/errors.ts
var model_errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/pipeline/error-status.ts
var error_status = __webpack_require__(87419);
// EXTERNAL MODULE: ./src/pipeline/pr-preview.ts + 4 modules
var pr_preview = __webpack_require__(40317);
// EXTERNAL MODULE: ./src/report/counts.ts
var counts = __webpack_require__(65132);
// EXTERNAL MODULE: ./src/secrets/channels.ts
var channels = __webpack_require__(99085);
;// CONCATENATED MODULE: ./src/action/publish-preview.ts
// Everything a preview shows outside the process, for an unsharded run (mode diff) and for the merge
// of a sharded one (mode merge) alike: diff file, job summary, outputs, the sticky comment, the log
// lines, and the step's verdict.












/** Returns the failure message for the step, or undefined. */
async function publishPreview(settings, io, target, result) {
    const tmpRoot = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    await (0,promises_.mkdir)(tmpRoot, { recursive: true });
    const diffFile = await (0,channels/* writeOutputFile */.BF)((0,external_node_path_.join)(tmpRoot, `gitops-sync-diff-${target.key.replace(/[^A-Za-z0-9._-]+/g, '_')}.md`), result.full);
    await io.summary(result.full);
    io.setOutput('changed-apps', JSON.stringify(result.changedApps));
    io.setOutput('has-changes', String(result.hasChanges));
    io.setOutput('counts', JSON.stringify(result.counts));
    io.setOutput('diff-file', diffFile);
    const comment = target.pr ? await postComment(settings, io, target.ctx, target.pr, target.key, result.parts) : { url: '' };
    io.setOutput('comment-url', comment.url);
    if (!target.pr)
        io.info('not a pull request: no comment posted');
    const failOn = settings.diff.failOn;
    // What fail-on does not hold against the PR is a warning, so the annotations match the step's status.
    const counted = (fails) => (fails ? io.error : io.warning);
    for (const p of (0,error_status/* newErrorsOf */.VV)(result))
        counted(failOn !== 'never')((0,model_errors/* formatProblem */.Vw)(p));
    for (const p of result.errorStatus.stillFailing)
        counted(failOn === 'errors')(`still failing (also on the base): ${(0,model_errors/* formatProblem */.Vw)(p)}`);
    for (const w of [...result.warnings, ...(result.live?.warnings ?? [])])
        io.warning(w);
    for (const p of result.live?.problems ?? [])
        io.warning(`live diff: ${(0,model_errors/* formatProblem */.Vw)(p)}`);
    for (const n of result.notes)
        io.info(`note: ${n}`);
    for (const d of result.appSetDeletions) {
        io.warning(`ApplicationSet ${d.appSet} would delete ${(0,markdown/* plural */.LS)(d.removed.length, 'Application')} (${d.removed.join(', ')}); resources ${d.preserved ? 'preserved' : 'deleted too'}`);
    }
    const policyFails = settings.diff.failOnPolicy && failOn !== 'never';
    for (const v of result.errorStatus.newViolations)
        counted(policyFails)((0,model_errors/* formatProblem */.Vw)({ file: v.file, line: v.line, app: v.app, message: `policy: ${v.message}` }));
    for (const v of result.errorStatus.existingViolations) {
        counted(policyFails && failOn === 'errors')((0,model_errors/* formatProblem */.Vw)({ file: v.file, line: v.line, app: v.app, message: `policy (also on the base): ${v.message}` }));
    }
    io.info(`${(0,counts/* countsText */.WN)(result.counts)}; full diff in ${diffFile}`);
    const reasons = (0,pr_preview/* previewFailures */.cV)(result, settings.diff);
    const failures = [...(reasons.length > 0 ? [`${reasons.join('; ')}: see the errors above and the PR comment`] : []), ...(comment.failure ? [comment.failure] : [])];
    return failures.length > 0 ? failures.join('; ') : undefined;
}
/**
 * The first part's URL ('' when the comment was skipped), and why the step must fail when the PR
 * was left without its preview. A token GitHub refuses only warns: forks and read-only tokens are
 * ordinary, and the job summary has everything.
 */
async function postComment(settings, io, ctx, pr, key, parts) {
    const token = settings.diff.githubToken;
    if (!token) {
        io.warning('no github-token: the PR comment is skipped; the job summary has the full preview');
        return { url: '' };
    }
    const fork = pr.head?.repo?.full_name !== undefined && pr.head.repo.full_name !== pr.base?.repo?.full_name;
    if (fork && ctx.eventName === 'pull_request') {
        // GitHub gives pull_request runs from forks a read-only token.
        io.warning('pull request from a fork: its token cannot comment, so the comment is skipped; the job summary has the full preview');
        return { url: '' };
    }
    const octokit = (0,client.makeOctokit)(token, { baseUrl: ctx.apiUrl, onWarning: io.warning });
    try {
        const { owner, repo } = ctx.repo;
        const res = await upsertStickyComments(octokit, { owner, repo, issueNumber: pr.number, key, parts });
        io.info(`PR comment: ${res.created} created, ${res.updated} updated, ${res.deleted} deleted`);
        return { url: res.urls[0] ?? '' };
    }
    catch (err) {
        if (!(err instanceof errors/* GitHubCallError */._6))
            throw err;
        if (err.permission) {
            io.warning(`cannot comment on the pull request: ${err.message}; the job summary has the full preview`);
            return { url: '' };
        }
        return { url: '', failure: `${err.message}; the pull request has no up-to-date preview comment (the job summary has the full preview)` };
    }
}


/***/ }),

/***/ 73116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S5: () => (/* binding */ gitHubCall),
/* harmony export */   _6: () => (/* binding */ GitHubCallError),
/* harmony export */   rb: () => (/* binding */ callError)
/* harmony export */ });
// GitHub failures said plainly: which call failed, with GitHub's status and message and what they
// mean. Only a refusal that is about the token's rights suggests a permission: a rate limit that
// never lifted, a server error after the retries, or a locked pull request each say so instead.
class GitHubCallError extends Error {
    call;
    status;
    permission;
    reason;
    constructor(
    /** What was attempted, e.g. `update comment 123 on pull request #7`. */
    call, status, 
    /** GitHub refused the token: the caller may treat it as "no access" rather than a failure. */
    permission, 
    /** Status, GitHub's message and what they mean, without the call. */
    reason) {
        super(`GitHub ${call} failed: ${reason}`);
        this.call = call;
        this.status = status;
        this.permission = permission;
        this.reason = reason;
        this.name = 'GitHubCallError';
    }
}
/** Runs one GitHub call; a failure becomes a GitHubCallError naming `call` and the real cause. */
async function gitHubCall(call, meaning, fn) {
    try {
        return await fn();
    }
    catch (err) {
        throw callError(call, meaning, err);
    }
}
function callError(call, meaning, err) {
    const e = (err ?? {});
    const status = typeof e.status === 'number' ? e.status : undefined;
    const { cause, permission } = explain(status, e, meaning);
    return new GitHubCallError(call, status, permission, cause);
}
function explain(status, e, meaning) {
    const data = e.response?.data;
    const details = (data?.errors ?? []).flatMap((x) => (typeof x === 'string' ? [x] : x.message ? [x.message] : []));
    const message = [data?.message ?? e.message ?? String(e), ...details].join(': ');
    if (status === undefined)
        return { cause: `the GitHub API did not answer (${message})`, permission: false };
    const http = `HTTP ${status} (${message})`;
    const headers = e.response?.headers ?? {};
    const retries = e.retries ?? e.request?.request?.retryCount ?? 0;
    const after = retries > 0 ? `, still after ${retries} ${retries === 1 ? 'retry' : 'retries'}` : '';
    if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        const when = reset > 0 ? `; it resets at ${new Date(reset * 1000).toISOString()}` : '';
        return { cause: `${http}: the token's API rate limit is used up${after}${when}`, permission: false };
    }
    if ((status === 403 || status === 429) && /secondary rate limit/i.test(message)) {
        return { cause: `${http}: GitHub's secondary rate limit (too many requests at once)${after}`, permission: false };
    }
    if (status === 401)
        return { cause: `${http}: the token is invalid or expired`, permission: false };
    if (status === 403 && /locked/i.test(message))
        return { cause: `${http}: the conversation is locked`, permission: false };
    if (status === 403 || (status === 404 && meaning.notFoundIsPermission)) {
        return { cause: `${http}: does the token have ${meaning.permission}?`, permission: true };
    }
    if (status >= 500)
        return { cause: `${http}: a GitHub server error${after}`, permission: false };
    return { cause: http, permission: false };
}


/***/ }),

/***/ 87419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mr: () => (/* binding */ classifyErrors),
/* harmony export */   VV: () => (/* binding */ newErrorsOf),
/* harmony export */   Yi: () => (/* binding */ countedFailures),
/* harmony export */   vi: () => (/* binding */ isStillFailing)
/* harmony export */ });
/* harmony import */ var _model_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29563);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87206);
/* harmony import */ var _model_k8s_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87625);
// New error, still failing, or fixed: each error of the head is judged against the base, so a pull
// request is held to what it broke, not to what was broken before it. An app (or ApplicationSet, or
// spec file) that fails on the head and also failed on the base is still failing, whatever the
// message; one that rendered on the base, or was absent there, has a new error. Only apps rendered
// on both sides are compared: the incremental preview renders an app whose inputs are unchanged on
// neither side, so it has no errors to classify (render-unchanged renders them all).



/** Compares the head's errors and violations with the base's. */
function classifyErrors(base, head, policy) {
    const failedOnBase = new Set([...base.problems, ...base.rendered.flatMap((a) => a.problems)].map(ownerOf));
    const stillFails = (p) => failedOnBase.has(ownerOf(p));
    const status = { newErrors: [], stillFailing: [], newFailedApps: [], stillFailingApps: [], newViolations: [], existingViolations: [] };
    for (const app of head.rendered.filter((a) => a.problems.length > 0)) {
        const problems = app.problems.map((p) => ({ ...p, app: p.app ?? app.name }));
        if (failedOnBase.has(app.name)) {
            status.stillFailingApps.push(app.name);
            status.stillFailing.push(...problems);
        }
        else {
            status.newFailedApps.push(app.name);
            status.newErrors.push(...problems);
        }
    }
    for (const p of head.problems)
        (stillFails(p) ? status.stillFailing : status.newErrors).push(p);
    const onBase = new Set(policy.base.map(violationKey));
    for (const v of policy.head)
        (onBase.has(violationKey(v)) ? status.existingViolations : status.newViolations).push(v);
    return status;
}
/** What fails: the app or ApplicationSet named, else the file, else the message itself (a missing tool). */
function ownerOf(p) {
    return p.app ?? (p.file ? `file:${p.file}` : `message:${(0,_model_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p)}`);
}
function violationKey(v) {
    return JSON.stringify([v.app, v.rule, v.message, v.resource ? (0,_model_k8s_js__WEBPACK_IMPORTED_MODULE_1__/* .keyString */ .Ve)(v.resource) : '']);
}
/** The errors and violations that `failOn` holds against the pull request. */
function countedFailures(s, failOn) {
    if (failOn === 'never')
        return { failedApps: [], problems: [], violations: [] };
    const all = failOn === 'errors';
    const failedApps = all ? [...s.newFailedApps, ...s.stillFailingApps].sort() : s.newFailedApps;
    const failed = new Set(failedApps);
    const problems = (all ? [...s.newErrors, ...s.stillFailing] : s.newErrors).filter((p) => !failed.has(p.app ?? ''));
    return { failedApps, problems, violations: all ? [...s.newViolations, ...s.existingViolations] : s.newViolations };
}
/**
 * The preview's errors to report as such (log, stderr): problems of no app, then each app's problems
 * from the diff stage, except those still failing.
 */
function newErrorsOf(r) {
    const stillApps = new Set(r.errorStatus.stillFailingApps);
    return [
        ...r.problems.filter((p) => !isStillFailing(r.errorStatus, p)),
        ...r.diffs.filter((d) => !stillApps.has(d.name)).flatMap((d) => d.problems.map((p) => ({ ...p, app: p.app ?? d.name }))),
    ];
}
/** Whether a head problem is one of the still-failing ones; by content, as merged shards' files hold copies. */
function isStillFailing(s, p) {
    const key = (0,_model_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$)(p);
    return s.stillFailing.some((q) => (0,_model_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonical */ .$)(q) === key);
}


/***/ }),

/***/ 40317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cV: () => (/* binding */ previewFailures),
  xo: () => (/* binding */ previewPullRequest)
});

// UNUSED EXPORTS: planLines

// EXTERNAL MODULE: ./src/appset/render-app.ts
var render_app = __webpack_require__(72723);
;// CONCATENATED MODULE: ./src/appset/deletions.ts

/**
 * `appSets` are the ApplicationSets of the head revision (plus base ones that were removed, so their
 * policy is known). Resources are preserved when the ApplicationSet sets
 * `syncPolicy.preserveResourcesOnDeletion`, or when none of the removed apps carries the resources finalizer.
 */
function appSetDeletions(baseApps, headApps, appSets) {
    const head = new Set(headApps.filter((a) => a.origin.appSet).map((a) => `${a.origin.appSet}\0${a.app.metadata.name}`));
    const removedBySet = new Map();
    for (const a of baseApps) {
        const set = a.origin.appSet;
        if (!set || head.has(`${set}\0${a.app.metadata.name}`))
            continue;
        removedBySet.set(set, [...(removedBySet.get(set) ?? []), a]);
    }
    return [...removedBySet.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([set, removed]) => {
        const policy = appSets.find((s) => s.metadata.name === set)?.spec.syncPolicy?.preserveResourcesOnDeletion === true;
        const noFinalizer = removed.every((a) => !(a.app.metadata.finalizers ?? []).includes(render_app/* RESOURCES_FINALIZER */.nd));
        return { appSet: set, removed: removed.map((a) => a.app.metadata.name).sort(), preserved: policy || noFinalizer };
    });
}

// EXTERNAL MODULE: ./src/diff/app-diff.ts
var app_diff = __webpack_require__(93290);
// EXTERNAL MODULE: ./src/model/k8s.ts
var k8s = __webpack_require__(87625);
// EXTERNAL MODULE: ./src/policy/project.ts + 1 modules
var project = __webpack_require__(75104);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/sync/plan.ts + 2 modules
var plan = __webpack_require__(51321);
// EXTERNAL MODULE: ./src/load/validate-kinds.ts
var validate_kinds = __webpack_require__(38838);
// EXTERNAL MODULE: ./src/render/plugin/definitions.ts
var definitions = __webpack_require__(53624);
// EXTERNAL MODULE: ./src/render/tool-settings.ts
var tool_settings = __webpack_require__(54780);
// EXTERNAL MODULE: ./src/pipeline/error-status.ts
var error_status = __webpack_require__(87419);
// EXTERNAL MODULE: ./src/pipeline/live-diff.ts
var live_diff = __webpack_require__(74592);
// EXTERNAL MODULE: ./src/pipeline/preview-present.ts + 5 modules
var preview_present = __webpack_require__(10652);
// EXTERNAL MODULE: ./src/pipeline/excluded.ts
var excluded = __webpack_require__(88770);
;// CONCATENATED MODULE: ./src/pipeline/kept-apps.ts
// Apps that stay as they are because what generates them fails on the head. Argo CD's ApplicationSet
// controller changes nothing while generation fails (it stops at the error: no create, update or
// delete), and an app whose manifests fail to generate syncs nothing, so the child Applications in its
// last good output stay too. The head keeps the base's render of such apps: they compare unchanged
// rather than "removed", and nothing reports a deletion the merge would not make.

function keptApps(base, head) {
    const onHead = new Set(head.rendered.map((a) => a.name));
    const failingSets = failingAppSets(head);
    // An app that failed to render on the head has no output there: its base children stay.
    const failed = new Set(head.rendered.filter((a) => a.problems.length > 0 && a.objects.length === 0).map((a) => a.name));
    const kept = new Set();
    const causes = new Set();
    // Base order lists each parent before its descendants, so a kept app's own children are seen after it.
    for (const app of base.rendered) {
        if (onHead.has(app.name))
            continue;
        const { appSet, parentApp } = app.spec.origin;
        if (appSet !== undefined && failingSets.has(appSet)) {
            causes.add(`ApplicationSet ${appSet} fails on the head: Argo CD's controller changes none of its Applications until it generates again, so they are kept as on the base`);
        }
        else if (parentApp !== undefined && failed.has(parentApp)) {
            causes.add(`${parentApp} fails to render on the head: the Applications in its last output stay as they are, so they are kept as on the base`);
        }
        else if (parentApp === undefined || !kept.has(parentApp)) {
            continue;
        }
        kept.add(app.name);
    }
    const apps = base.rendered.filter((a) => kept.has(a.name));
    // Sharded previews merge notes as strings: the same cause reads the same in every shard.
    const notes = [...causes];
    return { apps, notes };
}
/** ApplicationSets of the head (the repo's, or in an app's output) with an error and no generated app. */
function failingAppSets(head) {
    const names = new Set(head.loaded.appSets.map((s) => s.appSet.metadata.name));
    for (const a of head.rendered) {
        for (const o of a.objects)
            if (o.kind === 'ApplicationSet' && (0,k8s/* groupOf */.F8)(o.apiVersion) === 'argoproj.io' && o.metadata?.name)
                names.add(o.metadata.name);
    }
    const generating = new Set(head.rendered.map((a) => a.spec.origin.appSet));
    const erring = new Set(head.problems.map((p) => p.app));
    return new Set([...names].filter((n) => erring.has(n) && !generating.has(n)));
}

// EXTERNAL MODULE: ./src/pipeline/renames.ts
var pipeline_renames = __webpack_require__(50973);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/cluster/resource-filter.ts
var resource_filter = __webpack_require__(50255);
// EXTERNAL MODULE: ./src/load/load.ts
var load = __webpack_require__(53310);
// EXTERNAL MODULE: ./src/render/cache/render-cache.ts
var render_cache = __webpack_require__(80514);
// EXTERNAL MODULE: ./src/model/canonical.ts
var canonical = __webpack_require__(29563);
;// CONCATENATED MODULE: ./src/pipeline/affected-apps.ts


/**
 * The render plan for a preview. With `renderHead` (a live diff needs every head app's objects)
 * nothing is skipped: equal apps move to headOnly. `everyApp`: why every app renders on both sides
 * (a change that equal inputs do not show).
 */
async function planRenders(base, head, renderHead, everyApp) {
    const plan = { skipped: new Set(), headOnly: new Set(), reasons: new Map() };
    if (everyApp) {
        for (const spec of base.apps)
            plan.reasons.set(nameOf(spec), everyApp);
        return plan;
    }
    const baseCounts = countBy(base.apps.map(nameOf));
    const headByName = new Map();
    for (const a of head.apps)
        headByName.set(nameOf(a), [...(headByName.get(nameOf(a)) ?? []), a]);
    await Promise.all(base.apps.map(async (spec) => {
        const name = nameOf(spec);
        const twins = headByName.get(name) ?? [];
        const reason = baseCounts.get(name) > 1 || twins.length > 1
            ? 'its name is not unique'
            : twins.length === 0
                ? 'the head has no such app'
                : differs(await base.inputs.inputs(spec), await head.inputs.inputs(twins[0]));
        if (reason)
            return plan.reasons.set(name, reason);
        const { mayDefineApps } = (await head.inputs.inputs(twins[0]));
        const project = (side, s) => (0,canonical/* canonical */.$)(side.projects.get(s.app.spec.project || 'default') ?? null);
        if (mayDefineApps || renderHead || project(base, spec) !== project(head, twins[0]))
            plan.headOnly.add(name);
        else
            plan.skipped.add(name);
    }));
    return plan;
}
/**
 * Why the base must render a headOnly root itself, given its unit as the head rendered it; undefined
 * when the head's unit stands for the base's. The root's output is the same on both sides, so its
 * descendants' specs are too; their inputs are compared on both checkouts.
 */
async function baseReuse(unit, base, head) {
    const failed = unit.find((a) => a.problems.length > 0);
    if (failed)
        return `${failed.name} failed to render on the head`;
    // Whether the base has the same errors is what tells a new error from an old one.
    const erred = unit.find((a) => (a.outputProblems ?? []).length > 0);
    if (erred)
        return `an Application or ApplicationSet in ${erred.name}'s output failed on the head`;
    for (const app of unit.slice(1)) {
        // A generator may read the checkout (git directories/files), which differs between the sides.
        if (app.spec.origin.appSet !== undefined)
            return `${app.name} is generated by ApplicationSet ${app.spec.origin.appSet} in its output`;
        const reason = differs(await base.inputs(app.spec), await head.inputs(app.spec));
        if (reason)
            return `${app.name}: ${reason}`;
    }
    return undefined;
}
function differs(base, head) {
    if (base.hash === undefined)
        return `base inputs unknown (${base.reason})`;
    if (head.hash === undefined)
        return `head inputs unknown (${head.reason})`;
    return base.hash === head.hash ? undefined : 'its inputs changed';
}
/** The head render cut into roots with their descendants (renderAll lists each root followed by them). */
function headUnits(rendered) {
    const units = [];
    for (const app of rendered) {
        if (app.spec.origin.parentApp === undefined || units.length === 0)
            units.push({ apps: [], names: new Set() });
        const unit = units[units.length - 1];
        unit.apps.push(app);
        unit.names.add(app.name);
        for (const child of app.children)
            unit.names.add(child);
        for (const obj of app.objects) {
            if (obj.kind === 'Application' && (0,k8s/* groupOf */.F8)(obj.apiVersion) === 'argoproj.io' && obj.metadata?.name)
                unit.names.add(obj.metadata.name);
        }
    }
    return units;
}
/**
 * The base's full render from its partial one: base apps in order, each followed by its descendants,
 * from the partial render when it was rendered, else the head's unit. Undefined when a rendered unit
 * shares an Application name with a reused one: then the partial render may differ from the full one.
 */
function mergeBase(baseApps, partial, head) {
    const rendered = new Map(headUnits(partial).map((u) => [u.apps[0].name, u]));
    const reused = new Map(headUnits(head).map((u) => [u.apps[0].name, u]));
    const out = [];
    const renderedNames = new Set([...rendered.values()].flatMap((u) => [...u.names]));
    for (const spec of baseApps) {
        const name = nameOf(spec);
        const own = rendered.get(name);
        if (own) {
            out.push(...own.apps);
            continue;
        }
        const unit = reused.get(name);
        if (!unit || [...unit.names].some((n) => renderedNames.has(n)))
            return undefined;
        out.push(...unit.apps);
    }
    return out;
}
function nameOf(spec) {
    return spec.app.metadata.name;
}
function countBy(names) {
    const counts = new Map();
    for (const n of names)
        counts.set(n, (counts.get(n) ?? 0) + 1);
    return counts;
}

// EXTERNAL MODULE: ./src/pipeline/select-apps.ts
var select_apps = __webpack_require__(41565);
// EXTERNAL MODULE: ./src/pipeline/render-repo.ts + 45 modules
var render_repo = __webpack_require__(20414);
;// CONCATENATED MODULE: ./src/pipeline/preview-renders.ts
// The two renders of a pull-request preview: base and head, each rendering only the apps whose
// inputs differ (decided in affected-apps), with the render cache; or everything with render-unchanged.








/**
 * Both renders. With render-unchanged every app renders on both sides; otherwise only apps whose
 * inputs differ (see affected-apps), and renders are served from and stored in the render cache.
 * The sides render one after the other rather than at once: they share the clone and chart cache,
 * where a branch fetched for one side may be replaced while the other reads it.
 */
async function renderSides(settings, dirs, opts, log) {
    const full = settings.diff.renderUnchanged;
    const cache = full ? undefined : (0,render_cache/* openRenderCache */.Re)((0,render_repo/* renderCacheDir */.SK)(settings.cacheDir));
    // One set of tools for both sides: each is located (and asked its version) once.
    const extras = { pullRequest: opts.pullRequest, cache, tools: (0,render_repo/* runTools */.v$)(settings, log) };
    // The base's argocd-cm chooses the tools for both sides: a PR must not pick what runs on its own code.
    const baseLoaded = await (0,load/* loadRepo */.R)((0,external_node_path_.resolve)(dirs.baseDir), { globs: settings.appGlobs });
    // Likewise plugin commands: both sides run the base's definitions (a PR may add the files).
    const pluginsFrom = await (0,definitions/* loadPlugins */.ND)((0,external_node_path_.resolve)(dirs.baseDir), settings.plugins, { optional: true });
    // Both sides are prepared whole, then sharded together (previewShard).
    const whole = { ...settings, shard: undefined };
    let headRepo = await (0,render_repo/* prepareRepo */.W0)({ ...whole, repoRoot: dirs.headDir }, log, { ...extras, pluginsFrom, toolSettingsFrom: baseLoaded.argocdCm ?? {} });
    let baseRepo = await (0,render_repo/* prepareRepo */.W0)({ ...whole, repoRoot: dirs.baseDir }, log, { ...extras, pluginsFrom, loaded: baseLoaded });
    if (settings.shard) {
        const mine = (0,select_apps/* previewShard */.LD)(baseRepo.apps, headRepo.apps, settings.shard);
        headRepo = { ...headRepo, apps: mine.head };
        baseRepo = { ...baseRepo, apps: mine.base };
    }
    const renderAllOf = async (repo) => (0,render_repo/* renderPrepared */.Qr)(repo, repo.apps, settings);
    if (full) {
        log(`rendering head (${dirs.headDir})`);
        const head = await renderAllOf(headRepo);
        log(`rendering base (${dirs.baseDir})`);
        const base = await renderAllOf(baseRepo);
        return { head, base, baseRenders: { rendered: baseRepo.apps.length, reused: 0 }, headRenders: { rendered: headRepo.apps.length, skipped: 0 } };
    }
    const side = (repo) => ({
        apps: repo.apps,
        inputs: repo.inputs,
        projects: new Map([...repo.loaded.projects].map(([name, p]) => [name, p.project.spec])),
    });
    // What the controller compares changes with argocd-cm's resource filter, which no render reads.
    const filterChanged = [resource_filter/* EXCLUSIONS_KEY */.KO, resource_filter/* INCLUSIONS_KEY */.A].find((k) => baseRepo.loaded.argocdCm?.[k] !== headRepo.loaded.argocdCm?.[k]);
    const plan = await planRenders(side(baseRepo), side(headRepo), opts.liveDiff, filterChanged && `argocd-cm ${filterChanged} changed`);
    log(`rendering head (${dirs.headDir}): ${headRepo.apps.length - plan.skipped.size} of ${headRepo.apps.length} apps (${plan.skipped.size} unchanged inputs)`);
    let head = await renderHead(headRepo, plan.skipped, settings, cache);
    if (!head) {
        log('head: a rendered app names an Application whose render was skipped; rendering all apps');
        plan.skipped.clear();
        head = await renderAllOf(headRepo);
    }
    const headRenders = { rendered: headRepo.apps.length - plan.skipped.size, skipped: plan.skipped.size };
    log(`rendering base (${dirs.baseDir})`);
    const units = new Map(headUnits(head.rendered).map((u) => [u.apps[0].name, u.apps]));
    const reasons = new Map(plan.reasons);
    for (const name of plan.headOnly) {
        const reason = await baseReuse(units.get(name) ?? [], baseRepo.inputs, headRepo.inputs);
        if (reason)
            reasons.set(name, reason);
    }
    const toRender = baseRepo.apps.filter((a) => reasons.has(a.app.metadata.name));
    for (const a of toRender)
        log(`base: rendering ${a.app.metadata.name}: ${reasons.get(a.app.metadata.name)}`);
    const partial = await (0,render_repo/* renderPrepared */.Qr)(baseRepo, toRender, settings);
    await cache.prune().catch(() => undefined);
    const reused = baseRepo.apps.length - toRender.length;
    const merged = reused === 0 ? partial.rendered : mergeBase(baseRepo.apps, partial.rendered, head.rendered);
    if (!merged) {
        log('base: an app rendered on the base shares Application names with a reused one; rendering all apps');
        return { head, base: await renderAllOf(baseRepo), baseRenders: { rendered: baseRepo.apps.length, reused: 0 }, headRenders };
    }
    log(`base: rendered ${toRender.length} of ${baseRepo.apps.length} apps (${reused} unchanged inputs)`);
    return { head, base: { ...partial, rendered: merged }, baseRenders: { rendered: toRender.length, reused }, headRenders };
}
/**
 * The head render where skipped apps stand as they are cached (or with no objects: their render is
 * the same on both sides, so they compare unchanged either way). Undefined when a rendered app names
 * a skipped one as its child: a full render would have claimed it differently.
 */
async function renderHead(repo, skipped, settings, cache) {
    const render = await (0,render_repo/* renderPrepared */.Qr)(repo, repo.apps.filter((a) => !skipped.has(a.app.metadata.name)), settings);
    if (render.rendered.some((a) => a.children.some((c) => skipped.has(c))))
        return undefined;
    const units = new Map(headUnits(render.rendered).map((u) => [u.apps[0].name, u.apps]));
    const rendered = [];
    for (const spec of repo.apps) {
        const name = spec.app.metadata.name;
        if (!skipped.has(name)) {
            rendered.push(...(units.get(name) ?? []));
            continue;
        }
        const { hash } = await repo.inputs.inputs(spec);
        const cached = hash ? await cache.get(hash) : undefined;
        rendered.push({ name, spec, objects: cached?.objects ?? [], children: [], problems: [], warnings: cached?.warnings ?? [] });
    }
    return { ...render, rendered };
}

;// CONCATENATED MODULE: ./src/pipeline/pr-preview.ts
// The pull-request preview: render base and head, diff them app by app, plan the sync each changed app
// would run, and build the comment. Data in, data out: posting and outputs belong to the action.
















/** Renders both sides (see renderSides), diffs them, checks policy and plans the changed apps. */
async function previewPullRequest(settings, dirs, opts) {
    const now = opts.now ?? Date.now;
    const started = now();
    const log = opts.log ?? (() => undefined);
    const sides = await renderSides(settings, dirs, { pullRequest: opts.pullRequest, liveDiff: opts.kubeconfig !== undefined }, log);
    const { baseRenders, headRenders } = sides;
    // Compared as Argo CD's controller compares: without the kinds argocd-cm leaves alone (excluded).
    const base = (0,excluded/* withoutExcluded */.fP)(sides.base);
    const viewed = (0,excluded/* withoutExcluded */.fP)(sides.head);
    // What generates an app may fail on the head; Argo CD then leaves the app as it is (kept-apps).
    const stay = keptApps(base, viewed);
    const head = { ...viewed, rendered: [...viewed.rendered, ...stay.apps], notes: [...viewed.notes, ...stay.notes] };
    const diffOpts = {
        argocdCm: head.loaded.argocdCm,
        stripHelmChartLabels: settings.diff.stripHelmChartLabels,
        contextLines: settings.diff.contextLines,
    };
    const compared = await diffWithRenames(base.rendered, head.rendered, diffOpts);
    const { renames } = compared;
    const diffs = compared.diffs.map((d) => annotate(d, base, head));
    // Excluded kinds are named for the apps this PR adds or changes: the rest would repeat on every PR.
    const touched = new Set(diffs.filter((d) => d.status === 'added' || d.status === 'changed').map((d) => d.name));
    const warnings = [
        ...(0,tool_settings/* toolSettingsWarnings */.LS)(head.ignoredToolSettings ?? []),
        ...(0,definitions/* pluginWarnings */.Rt)(head.ignoredPlugins ?? []),
        ...viewed.rendered.filter((a) => touched.has(a.name)).flatMap((a) => a.warnings.filter((w) => excluded/* EXCLUDED_WARNING */.Ws.test(w)).map((w) => `${a.name}: ${w}`)),
    ];
    for (const w of warnings)
        log(`warning: ${w}`);
    // The base's own problems are not this PR's doing: they only mark the apps it fixes (annotate)
    // and tell the head's errors that are still failing from new ones.
    const problems = head.problems;
    const policy = checkPolicy(head);
    const errorStatus = (0,error_status/* classifyErrors */.Mr)(base, head, { base: checkPolicy(base), head: policy });
    const { deletions, kept } = deletionsOf(base, head);
    const live = opts.kubeconfig
        ? await (0,live_diff/* liveDiff */.QR)(base.rendered, head.rendered, {
            kubeconfig: opts.kubeconfig,
            fieldManager: settings.sync.fieldManager,
            inClusterContext: settings.sync.inClusterContext,
            clusterSecrets: head.loaded.clusters,
            argocdCm: head.loaded.argocdCm,
            diff: diffOpts,
            limits: { requestTimeoutMs: settings.sync.requestTimeoutMs, retryMs: settings.sync.apiRetryMs, log },
        })
        : undefined;
    const plans = planChangedApps(diffs, renames, base.rendered, head, settings, started, live?.planStates);
    // Unchanged updates fold relative to what each plan compared with: the live diff, else base↔head.
    const planDiff = (name) => (live?.planStates.has(name) ? live.syncChanges.find((s) => s.name === name) : undefined) ?? diffs.find((d) => d.name === name);
    const findings = {
        diffs,
        renames,
        policy,
        errorStatus,
        problems,
        failedApps: head.rendered.filter((a) => a.problems.length > 0).map((a) => a.name),
        appSetDeletions: deletions,
        keptDeletions: kept,
        renderNotes: head.notes,
        warnings,
        ...(live ? { live: { syncChanges: live.syncChanges, drift: live.drift, problems: live.problems, warnings: live.warnings } } : {}),
        planPreview: Object.fromEntries(Object.entries(plans).map(([name, plan]) => [name, planLines(plan, planDiff(name), settings.sync)])),
        plannedFromCluster: Object.keys(plans).filter((name) => live?.planStates.has(name)),
        clusters: knownClusters(head, opts.kubeconfig),
        toolVersions: head.toolVersions,
        baseRevision: base.revision,
        headRevision: head.revision,
        durationMs: now() - started,
    };
    const shown = (0,preview_present/* presentPreview */.aS)(findings, { marker: opts.marker, sync: settings.sync });
    return { ...findings, ...shown, findings, plans, live, baseRenders, headRenders };
}
/**
 * The generating ApplicationSet, and whether the PR fixes the app: it renders on the head but on
 * the base it failed to render, failed to load, or its ApplicationSet failed to generate anything
 * (so it would otherwise show as added).
 */
function annotate(d, base, head) {
    const origin = (head.rendered.find((a) => a.name === d.name) ?? base.rendered.find((a) => a.name === d.name))?.spec.origin;
    const appSet = origin?.appSet;
    const out = { ...d, ...(appSet ? { appSet } : {}), ...(origin ? { origin } : {}) };
    if (d.status !== 'added' && d.status !== 'changed')
        return out;
    const broken = base.rendered.find((a) => a.name === d.name && a.problems.length > 0);
    const appSetFailed = appSet !== undefined && !base.rendered.some((a) => a.spec.origin.appSet === appSet);
    const baseProblems = broken
        ? broken.problems
        : d.status === 'added'
            ? base.problems.filter((p) => p.app === d.name || (appSetFailed && p.app === appSet))
            : [];
    // The diff stage carries a broken base's problems on the app; they are the base's, so they move to `fixed`.
    return baseProblems.length > 0 ? { ...out, problems: [], fixed: baseProblems.map((p) => ({ ...p, app: p.app ?? d.name })) } : out;
}
/**
 * Generated Applications the head no longer generates, as the ApplicationSet controller decides: an
 * app that is generated but invalid is not deleted, and an `applicationsSync` policy that forbids
 * deletion (create-only, create-update) keeps them all, also when the ApplicationSet itself is
 * deleted. What is kept that way becomes a note. ApplicationSets in apps' output (app-of-apps) count
 * like the repo's. An ApplicationSet failing on the head deletes nothing: its apps are on the head
 * already, kept as on the base (kept-apps), as are those of an app that fails to render there.
 */
function deletionsOf(base, head) {
    const headSets = appSetsOf(head);
    // Also an invalid one in an app's output: applying it fails, so the live one stays.
    const outputNames = (apps) => apps.flatMap((a) => outputAppSetObjects(a).map((o) => o.metadata.name));
    const headNames = new Set([...headSets.map((s) => s.metadata.name), ...outputNames(head.rendered)]);
    const appSets = [...headSets, ...appSetsOf(base).filter((s) => !headNames.has(s.metadata.name))];
    const named = new Set([...head.problems, ...head.rendered.flatMap((a) => a.problems)].map((p) => p.app));
    const specs = (r) => r.rendered.map((a) => a.spec);
    const deletions = [];
    const kept = [];
    for (const d of appSetDeletions(specs(base), specs(head), appSets)) {
        const removed = d.removed.filter((name) => !named.has(name));
        if (removed.length === 0)
            continue;
        const policy = appSets.find((s) => s.metadata.name === d.appSet)?.spec.syncPolicy?.applicationsSync;
        if (policy === 'create-only' || policy === 'create-update') {
            kept.push({ appSet: d.appSet, removed, policy });
            continue;
        }
        deletions.push({ ...d, removed });
    }
    return { deletions, kept };
}
/** The repo's ApplicationSets, then the valid ones in apps' output. */
function appSetsOf(r) {
    return [...r.loaded.appSets.map((s) => s.appSet), ...r.rendered.flatMap(outputAppSets)];
}
function outputAppSets(a) {
    return outputAppSetObjects(a).flatMap((o) => (0,validate_kinds/* validateAppSet */.IO)(o, a.spec.origin).appSet ?? []);
}
function outputAppSetObjects(a) {
    return a.objects.filter((o) => o.kind === 'ApplicationSet' && (0,k8s/* groupOf */.F8)(o.apiVersion) === 'argoproj.io');
}
/** Cluster names by server for the comment's destinations: the repo's cluster Secrets first, then the kubeconfig's clusters. */
function knownClusters(head, kubeconfig) {
    const fromKubeconfig = kubeconfig?.kc.getClusters().map((c) => ({ name: c.name, server: c.server })) ?? [];
    return [...head.loaded.clusters.map((c) => ({ name: c.name, server: c.server })), ...fromKubeconfig];
}
/**
 * Every Application of one side (app-of-apps children and generated ones included) against its
 * AppProject from the repo; a child whose spec is invalid is not reconciled, so not checked.
 */
function checkPolicy(side) {
    const clusters = new Map(side.loaded.clusters.map((c) => [c.name, c.server]));
    return side.rendered.filter((a) => !a.invalidSpec).flatMap((a) => (0,project/* checkApp */.Ov)({ spec: a.spec, objects: a.objects }, side.loaded.projects, { clusters }));
}
/**
 * Renamed apps (see renames.ts) are diffed against their old selves, so the reviewer sees what actually moves (tracking included).
 */
async function diffWithRenames(base, head, opts) {
    const diffs = await (0,app_diff/* diffApps */.K)(base, head, opts);
    const removed = base.filter((b) => diffs.some((d) => d.name === b.name && d.status === 'removed'));
    const added = head.filter((h) => diffs.some((d) => d.name === h.name && d.status === 'added'));
    const renames = (0,pipeline_renames/* renamePairs */.U)(removed, added).map(([from, to]) => ({ from: from.name, to: to.name }));
    if (renames.length === 0)
        return { diffs, renames };
    const moved = new Set(renames.flatMap((r) => [r.from, r.to]));
    const out = diffs.filter((d) => !moved.has(d.name));
    for (const r of renames) {
        const old = base.find((b) => b.name === r.from);
        const [d] = await (0,app_diff/* diffApps */.K)([{ ...old, name: r.to }], head.filter((h) => h.name === r.to), opts);
        out.push(d.status === 'unchanged' ? { ...d, status: 'changed' } : d);
    }
    return { diffs: out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)), renames };
}
/**
 * An app whose cluster was read is planned as the sync would plan it. Otherwise nothing says what the
 * cluster holds, so the base render stands in for the live state a previous sync left behind:
 * creates, updates and prunes are relative to it. Removed apps get no plan (deleting an Application
 * is not a sync).
 */
function planChangedApps(diffs, renames, base, head, settings, startedMs, clusterStates = new Map()) {
    const plans = {};
    for (const d of diffs) {
        if (d.status !== 'added' && d.status !== 'changed')
            continue;
        const target = head.rendered.find((a) => a.name === d.name);
        if (!target)
            continue;
        const oldName = renames.find((r) => r.to === d.name)?.from ?? d.name;
        const previous = base.find((a) => a.name === oldName && a.problems.length === 0);
        const spec = target.spec.app.spec;
        const destNamespace = spec.destination.namespace ?? '';
        const standIn = {
            live: previous?.objects ?? [],
            // A previous sync to the same namespace would have created it.
            namespaceExists: previous !== undefined && (previous.spec.app.spec.destination.namespace ?? '') === destNamespace,
        };
        plans[d.name] = (0,plan/* planSync */.R4)({
            targets: target.objects,
            ...(clusterStates.get(d.name) ?? standIn),
            destNamespace,
            syncOptions: spec.syncPolicy?.syncOptions ?? [],
            // As the sync on merge decides: the prune input, else the app's automated policy.
            prune: settings.sync.prune || spec.syncPolicy?.automated?.prune === true,
            managedNamespaceMetadata: spec.syncPolicy?.managedNamespaceMetadata,
            revision: head.revision,
            startedAt: new Date(startedMs),
        });
    }
    return plans;
}
/**
 * One line per task in sync order; runs of updates that change nothing fold into one line, so the
 * moves that matter (hooks, waves, creations, prunes) stand out while the order stays visible.
 */
function planLines(plan, diff, inputs = { confirmPrune: false }) {
    const changed = new Set(diff.resources.map((r) => (0,k8s/* keyString */.Ve)(r.key)));
    const lines = [];
    let folded = 0;
    let foldedAt = '';
    const flush = () => {
        if (folded > 0)
            lines.push(`${foldedAt} ${folded} unchanged`);
        folded = 0;
        foldedAt = '';
    };
    for (const t of plan.tasks) {
        const at = `[${t.phase} wave ${t.wave}]`;
        const unchanged = t.action === 'update' && !changed.has((0,k8s/* keyString */.Ve)(t.key));
        if (unchanged) {
            if (foldedAt !== at)
                flush();
            foldedAt = at;
            folded++;
            continue;
        }
        flush();
        const [verb, why] = taskAction(t, inputs.confirmPrune);
        lines.push(`${at} ${verb} ${taskTitle(t)}${why}`);
    }
    flush();
    return lines;
}
/** Verb before the resource, and Argo CD's reason after it for a prune that will not happen. */
function taskAction(t, confirmed) {
    if (t.pruneSkipped)
        return ['skip', `: ${t.pruneSkipped}`];
    if (t.pruneRequiresConfirmation && !confirmed)
        return ['prune', ' (needs confirmation)'];
    return [t.action, ''];
}
function taskTitle(t) {
    const gk = t.key.group ? `${t.key.group}/${t.key.kind}` : t.key.kind;
    return `${gk} ${(0,plan/* taskName */.p5)(t)}${t.hookTypes.length > 0 ? ` (${t.hookTypes.join(', ')} hook)` : ''}`;
}
/**
 * Why the preview should fail the check (the action's step, the CLI's exit code); empty = it passes.
 * `failOn` decides which errors count (error-status.ts); policy violations count unless `failOnPolicy` is off.
 */
function previewFailures(r, opts) {
    const { failedApps, problems, violations } = (0,error_status/* countedFailures */.Yi)(r.errorStatus, opts.failOn);
    const fresh = opts.failOn === 'new-errors' ? 'new ' : '';
    const reasons = [];
    if (failedApps.length > 0)
        reasons.push(`${(0,markdown/* plural */.LS)(failedApps.length, 'app')} failed to render (${failedApps.join(', ')})`);
    if (problems.length > 0)
        reasons.push(`${(0,markdown/* plural */.LS)(problems.length, `${fresh}problem`)} loading specs or tools`);
    if (violations.length > 0 && opts.failOnPolicy)
        reasons.push((0,markdown/* plural */.LS)(violations.length, `${fresh}policy violation`));
    return reasons;
}


/***/ }),

/***/ 81197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hx: () => (/* binding */ readPreviewFile),
/* harmony export */   RO: () => (/* binding */ previewFile),
/* harmony export */   Xh: () => (/* binding */ findPreviewFiles)
/* harmony export */ });
/* unused harmony exports PREVIEW_FILE_FORMAT, PREVIEW_FILE_VERSION, PreviewFileError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _load_discover_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83533);
// A shard's preview file: the findings of one `shard: i/n` job of a pull-request preview, versioned
// JSON with every registered secret masked, for the merge job (merge-shards.ts) to combine.



const PREVIEW_FILE_FORMAT = 'gitops-sync-preview';
/** Bumped whenever the findings' shape changes: a merge never reads files it might misread. */
const PREVIEW_FILE_VERSION = 1;
/** The file of one shard's findings; `shard` defaults to 1/1 (a merge of one file is that run). */
function previewFile(findings, sync, shard = { index: 1, count: 1 }, pullRequest) {
    return {
        format: PREVIEW_FILE_FORMAT,
        version: PREVIEW_FILE_VERSION,
        shard,
        ...(pullRequest ? { pullRequest } : {}),
        sync: { prune: sync.prune, confirmPrune: sync.confirmPrune },
        findings,
    };
}
/** A preview file that cannot be read or is not one this version understands; the message names the file. */
class PreviewFileError extends Error {
    constructor(file, message) {
        super(`${file}: ${message}`);
        this.name = 'PreviewFileError';
    }
}
async function readPreviewFile(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        throw new PreviewFileError(path, `cannot read the preview file (${e.code ?? e.message})`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        throw new PreviewFileError(path, `not a gitops-sync preview file: invalid JSON (${e.message})`);
    }
    const v = value;
    if (!v || typeof v !== 'object' || v.format !== PREVIEW_FILE_FORMAT)
        throw new PreviewFileError(path, `not a gitops-sync preview file (no "format": "${PREVIEW_FILE_FORMAT}")`);
    if (v.version !== PREVIEW_FILE_VERSION) {
        throw new PreviewFileError(path, `preview file version ${String(v.version)}, but this gitops-sync reads version ${PREVIEW_FILE_VERSION}: every shard and the merge must run the same gitops-sync release`);
    }
    const shardOk = v.shard && Number.isInteger(v.shard.index) && Number.isInteger(v.shard.count) && v.shard.index >= 1 && v.shard.index <= v.shard.count;
    if (!shardOk)
        throw new PreviewFileError(path, 'field shard: expected {index, count} with 1 ≤ index ≤ count');
    const f = v.findings;
    const lists = ['diffs', 'renames', 'policy', 'problems', 'failedApps', 'appSetDeletions', 'keptDeletions', 'renderNotes', 'warnings', 'plannedFromCluster'];
    const bad = f && typeof f === 'object' ? lists.find((k) => !Array.isArray(f[k])) : 'findings';
    if (bad)
        throw new PreviewFileError(path, `field findings${bad === 'findings' ? '' : `.${bad}`}: missing or not a list`);
    return v;
}
/**
 * The files the globs name (relative to `cwd`, or absolute), sorted. A glob that matches no file is
 * an error naming it: a merge over fewer files than were meant must never look complete.
 */
async function findPreviewFiles(globs, cwd) {
    const found = new Set();
    for (const glob of globs) {
        const files = await filesOf((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, glob));
        if (files.length === 0)
            throw new PreviewFileError(glob, 'matches no file (preview-files: did the download-artifact step run, and into this path?)');
        for (const file of files)
            found.add(file);
    }
    return [...found].sort();
}
/** A path, or a glob searched from its last directory without wildcards. */
async function filesOf(pattern) {
    const parts = pattern.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep);
    const wild = parts.findIndex((p) => /[*?[{]/.test(p));
    if (wild === -1)
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(pattern).catch(() => undefined))?.isFile() ? [pattern] : [];
    const root = parts.slice(0, wild).join(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) || node_path__WEBPACK_IMPORTED_MODULE_1__.sep;
    if (!(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(root).catch(() => undefined))?.isDirectory())
        return [];
    return (await (0,_load_discover_js__WEBPACK_IMPORTED_MODULE_2__/* .findSpecFiles */ .o)(root, [parts.slice(wild).join('/')])).map((rel) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel));
}


/***/ }),

/***/ 10652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nG: () => (/* binding */ byName),
  aS: () => (/* binding */ presentPreview)
});

// UNUSED EXPORTS: planLegend

// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: ./src/model/argocd.ts
var argocd = __webpack_require__(93511);
;// CONCATENATED MODULE: ./src/report/destination.ts
// A destination as a reviewer names it: the cluster's name (in-cluster for Argo CD's own cluster, the
// cluster Secret's or kubeconfig's name for a known server) and the namespace, instead of long URLs.

const IN_CLUSTER = 'in-cluster';
/** A destination name or server URL as a cluster name; an unknown URL shows without its scheme. */
function clusterLabel(nameOrServer, known = []) {
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(nameOrServer))
        return nameOrServer;
    const server = nameOrServer.replace(/\/+$/, '');
    if (server === argocd/* IN_CLUSTER_SERVER */.hb)
        return IN_CLUSTER;
    const match = known.find((c) => c.server.replace(/\/+$/, '') === server);
    if (match)
        return match.name;
    // Host and path: proxies such as Rancher serve several clusters under one host.
    return server.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
}
/** `cluster/namespace` from an AppDiff destination (`<name or server>/<namespace>`); the cluster alone without a namespace. */
function destinationLabel(destination, known = []) {
    const slash = destination.lastIndexOf('/');
    const cluster = clusterLabel(slash < 0 ? destination : destination.slice(0, slash), known);
    const namespace = slash < 0 ? '' : destination.slice(slash + 1);
    return namespace ? `${cluster}/${namespace}` : cluster;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/app-section.ts



const HEALTH_MARK = ':stethoscope:';
const ORDER_MARK = ':hourglass:';
const KEYS_CAP = 20;
/** Short status word, shared by the summary table and the section heading. */
function statusWord(a) {
    if (a.fixed)
        return ':white_check_mark: fixed';
    if (a.status === 'errored')
        return ':x: error';
    return a.status;
}
/** `+added ~modified -removed`; empty for an app that failed to render (nothing to count). */
function changeCounts(a) {
    return a.status === 'errored' ? '' : `+${a.counts.added} ~${a.counts.modified} -${a.counts.removed}`;
}
/** The anchor of an app's section (on its first block). */
function appAnchor(marker, app) {
    return (0,markdown/* anchorName */.HY)(marker, 'app', app);
}
/** Whether an app has a section: anything the PR changes, or an error. */
function hasSection(a, extra = []) {
    return a.status !== 'unchanged' || a.resources.length > 0 || a.problems.length > 0 || extra.length > 0;
}
/** `apps/Deployment prod/api`; the core group shows the kind alone, cluster-scoped objects the name alone. */
function resourceTitle(k) {
    return `${k.group ? `${k.group}/` : ''}${k.kind} ${k.namespace ? `${k.namespace}/` : ''}${k.name}`;
}
/** Where the app comes from: its file and line, the ApplicationSet that generates it, the app that renders it. */
function definedAt(o) {
    const where = o.file ? (0,markdown/* code */.aY)(o.line ? `${o.file}:${o.line}` : o.file) : '';
    const at = where ? ` (${where})` : '';
    if (o.appSet)
        return `Generated by ApplicationSet ${(0,markdown/* code */.aY)(o.appSet)}${o.parentApp ? ` rendered by app ${(0,markdown/* code */.aY)(o.parentApp)}` : ''}${at}`;
    if (o.parentApp)
        return `Rendered by app ${(0,markdown/* code */.aY)(o.parentApp)}${at}`;
    return where ? `Defined in ${where}` : '';
}
function keyList(keys) {
    const shown = keys.slice(0, KEYS_CAP).map((k) => (0,markdown/* code */.aY)(`${k.kind}/${k.name}`));
    return keys.length > KEYS_CAP ? `${shown.join(', ')} and ${keys.length - KEYS_CAP} more` : shown.join(', ');
}
function resourceText(r, budget) {
    const text = `@@ ${resourceTitle(r.key)} @@\n${r.diff}`;
    if (text.length <= budget)
        return text;
    const lines = text.split('\n');
    let kept = '';
    let n = 0;
    while (n < lines.length && kept.length + lines[n].length + 1 < budget - 120)
        kept += (n ? '\n' : '') + lines[n++];
    return `${kept}\n… ${(0,markdown/* plural */.LS)(lines.length - n, 'more line')} of this resource: see the job summary`;
}
/** The section's text before the diff: origin, marked changes, errors (quoted). */
function preamble(a, extra) {
    const lines = [];
    const origin = a.origin ? definedAt(a.origin) : '';
    if (origin)
        lines.push(origin);
    if (a.healthAffecting.length > 0)
        lines.push(`${HEALTH_MARK} Changes resources with a health check: ${keyList(a.healthAffecting)}`);
    if (a.wavesHooks.length > 0)
        lines.push(`${ORDER_MARK} Changes sync waves or hooks: ${keyList(a.wavesHooks)}`);
    const quoted = [
        ...[...a.problems, ...extra].map((p) => `> :x: ${(0,markdown/* escapeHtml */.ZD)((0,errors/* formatProblem */.Vw)(p))}`),
        ...(a.fixed ?? []).map((p) => `> :white_check_mark: on base: ${(0,markdown/* escapeHtml */.ZD)((0,errors/* formatProblem */.Vw)(p))}`),
    ];
    const text = lines.join('<br>\n');
    return [text, quoted.join('\n>\n')].filter((s) => s.length > 0).join('\n\n');
}
/** One collapsible section per app with a section; an app too large for `budget` is split across several. */
function appBlocks(apps, opts, budget) {
    const out = [];
    for (const a of apps) {
        const extra = opts.extraProblems?.get(a.name) ?? [];
        if (!hasSection(a, extra))
            continue;
        const failed = a.problems.length + extra.length > 0;
        const note = opts.headingNotes?.get(a.name);
        const anchor = opts.anchorKind ? (0,markdown/* anchorTag */.Qx)((0,markdown/* anchorName */.HY)(opts.marker, opts.anchorKind, a.name)) : '';
        const facts = [statusWord(a), changeCounts(a), `<code>${(0,markdown/* escapeHtml */.ZD)(destinationLabel(a.destination, opts.clusters))}</code>`, note ? (0,markdown/* escapeHtml */.ZD)(note) : ''];
        const head = `${anchor}${opts.prefix ?? ''}<b>${(0,markdown/* escapeHtml */.ZD)(a.name)}</b> — ${facts.filter(Boolean).join(' · ')}`;
        const intro = preamble(a, extra);
        // Room for the <details> wrapper, the heading and the fence around the diff text.
        const room = budget - head.length - intro.length - 200;
        const chunks = [[]];
        let used = 0;
        for (const r of a.resources) {
            const text = resourceText(r, room);
            if (used + text.length + 1 > room && chunks[chunks.length - 1].length > 0) {
                chunks.push([]);
                used = 0;
            }
            chunks[chunks.length - 1].push(text);
            used += text.length + 1;
        }
        chunks.forEach((c, i) => {
            const title = chunks.length > 1 ? `${i === 0 ? head : head.replace(anchor, '')} (${i + 1}/${chunks.length})` : head;
            const body = [i === 0 ? intro : '', c.length ? (0,markdown/* fence */.EU)('diff', c.join('\n')) : ''].filter((s) => s.length > 0).join('\n\n');
            // An app's error is shown only here, so its section starts open.
            out.push((0,markdown/* details */.zH)(title, body || '_No resources._', failed && i === 0));
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/counts.ts
var counts = __webpack_require__(65132);
;// CONCATENATED MODULE: ./src/report/summary-table.ts
// The summary table, narrow enough for GitHub's ~900 px comment column: app (linked to its section),
// destination as cluster/namespace, a short status word, and `+/~/-` with markers for the changes
// that the app's section details (health checks, sync waves and hooks).



const NBSP = '&nbsp;';
const HEADER = ['App', 'Destination', 'Status', 'Changes'];
function row(a, ctx) {
    const marks = [a.healthAffecting.length > 0 ? HEALTH_MARK : '', a.wavesHooks.length > 0 ? ORDER_MARK : ''].filter(Boolean);
    const anchor = appAnchor(ctx.marker, a.name);
    return [
        // Every app in the table has a section (it changes, or has an error).
        ctx.linkable(anchor) ? (0,markdown/* anchorLink */.qY)((0,markdown/* cellCode */.GA)(a.name), anchor) : (0,markdown/* cellCode */.GA)(a.name),
        (0,markdown/* cellCode */.GA)(destinationLabel(a.destination, ctx.clusters)),
        // Non-breaking: these short cells stay on one line however narrow the column gets.
        statusWord(a).replace(/ /g, NBSP),
        [changeCounts(a) || '—', ...marks].join(' ').replace(/ /g, NBSP),
    ];
}
/** The apps the PR touches (each has a section), at most `rowLimit` rows, and the markers' legend when any is shown. */
function summaryTable(touched, rowLimit, ctx) {
    if (touched.length === 0)
        return '';
    const shown = touched.slice(0, rowLimit);
    const rows = shown.map((a) => row(a, ctx));
    if (touched.length > rowLimit)
        rows.push([`… and ${touched.length - rowLimit} more`, '', '', '']);
    const legend = [
        shown.some((a) => a.healthAffecting.length > 0) ? `${HEALTH_MARK} changes resources with a health check` : '',
        shown.some((a) => a.wavesHooks.length > 0) ? `${ORDER_MARK} changes sync waves or hooks` : '',
    ].filter(Boolean);
    const note = legend.length > 0 ? `\n\n<sub>${legend.join(' · ')} (listed in the app's section)</sub>` : '';
    return (0,markdown/* table */.tp)(HEADER, rows) + note;
}

;// CONCATENATED MODULE: ./src/report/summary.ts





const TITLE = '### gitops-sync preview';
const LIST_CAP = 50;
const everywhere = () => true;
/** Errors split by where they are shown: the section of the listed app they name, or the summary. */
function placeErrors(input) {
    const names = new Set(input.apps.map((a) => a.name));
    const byApp = new Map();
    const general = [];
    for (const p of input.errors) {
        if (p.app !== undefined && names.has(p.app))
            byApp.set(p.app, [...(byApp.get(p.app) ?? []), p]);
        else
            general.push(p);
    }
    return { byApp, general };
}
function errorsAnchor(input) {
    return (0,markdown/* anchorName */.HY)(input.marker, 'errors', 'general');
}
/** Where the headline's error count points: the errors in the summary, else the first failing app's section. */
function firstError(input) {
    const { byApp, general } = placeErrors(input);
    if (general.length > 0)
        return errorsAnchor(input);
    const app = input.apps.find((a) => a.problems.length > 0 || byApp.has(a.name));
    return app ? appAnchor(input.marker, app.name) : undefined;
}
/** The counts (counts.ts, still-failing errors left out), the first error linked. */
function headline(input, linkable = everywhere) {
    const c = (0,counts/* countPreview */.EZ)(input);
    const facts = [`**${(0,counts/* appsText */.Qm)(c)}**`, `resources **+${c.resources.added} ~${c.resources.modified} -${c.resources.removed}**`];
    if (c.policyViolations > 0)
        facts.push(`:no_entry: **${(0,markdown/* plural */.LS)(c.policyViolations, 'policy violation')}**`);
    const target = firstError(input);
    const errors = `**${(0,markdown/* plural */.LS)(c.errors, 'error')}**`;
    if (c.errors > 0)
        facts.push(`:x: ${target && linkable(target) ? (0,markdown/* anchorLink */.qY)(errors, target) : errors}`);
    if (c.appSetDeletions > 0)
        facts.push(`:warning: **ApplicationSets delete ${(0,markdown/* plural */.LS)(c.appSetDeletions, 'app')}**`);
    const live = (diffs) => (diffs ?? []).filter((a) => a.resources.length > 0).length;
    if (input.liveSync)
        facts.push(`live: a sync would change ${(0,markdown/* plural */.LS)(live(input.liveSync), 'app')}`);
    if (live(input.liveDrift) > 0)
        facts.push(`live drift in ${(0,markdown/* plural */.LS)(live(input.liveDrift), 'app')}`);
    return `${TITLE}\n\n${facts.join(' · ')}`;
}
function renderSummary(input, rowLimit, listLimit, linkable) {
    const { byApp, general } = placeErrors(input);
    const touched = input.apps.filter((a) => a.status !== 'unchanged' || byApp.has(a.name));
    const unchanged = (0,counts/* countPreview */.EZ)(input).apps.unchanged;
    const sections = [headline(input, linkable), summaryTable(touched, rowLimit, { ...input, linkable })];
    if (unchanged > 0)
        sections.push(`${(0,markdown/* plural */.LS)(unchanged, 'app')} unchanged.`);
    const policy = input.policy ?? [];
    if (policy.length > 0)
        sections.push(`**Policy violations**\n\n${capped(policy.map((v) => `- ${(0,markdown/* code */.aY)(v.app)}: ${(0,markdown/* escapeHtml */.ZD)(v.message)}`), listLimit)}`);
    const warnings = input.warnings ?? [];
    if (warnings.length > 0)
        sections.push(`> [!WARNING]\n${warnings.map((w) => `> ${(0,markdown/* escapeHtml */.ZD)(w)}`).join('\n>\n')}`);
    if (general.length > 0) {
        sections.push(`${(0,markdown/* anchorTag */.Qx)(errorsAnchor(input))}**Errors**\n\n${capped(general.map((p) => `- :x: ${(0,markdown/* escapeHtml */.ZD)((0,errors/* formatProblem */.Vw)(p))}`), listLimit)}`);
    }
    const still = [...(input.stillFailing ?? []).map(errors/* formatProblem */.Vw), ...(input.existingPolicy ?? []).map((v) => `${v.app}: policy: ${v.message}`)];
    if (still.length > 0) {
        const title = `<b>Still failing</b> (${still.length}): these fail on the base too, not this PR's doing`;
        sections.push((0,markdown/* details */.zH)(title, capped(still.map((t) => `- ${(0,markdown/* escapeHtml */.ZD)(t)}`), listLimit)));
    }
    const deletions = input.appSetDeletions ?? [];
    if (deletions.length > 0)
        sections.push(`**ApplicationSet deletions**\n\n${capped(deletions.map(deletionLine), listLimit)}`);
    const notes = input.notes ?? [];
    if (notes.length > 0)
        sections.push(`**Notes**\n\n${capped(notes.map((n) => `- ${(0,markdown/* escapeHtml */.ZD)(n)}`), listLimit)}`);
    const plan = Object.entries(input.planPreview ?? {}).filter(([, lines]) => lines.length > 0);
    if (plan.length > 0) {
        const legend = input.planLegend ? `_${(0,markdown/* escapeHtml */.ZD)(input.planLegend)}_` : '';
        const body = plan.map(([app, lines]) => `**${(0,markdown/* escapeHtml */.ZD)(app)}**\n\n${capped(lines.map((l) => `- ${(0,markdown/* escapeHtml */.ZD)(l)}`), listLimit)}`);
        sections.push((0,markdown/* details */.zH)('<b>Sync plan preview</b>', [legend, ...body].filter(Boolean).join('\n\n')));
    }
    return sections.filter(Boolean).join('\n\n');
}
function deletionLine(d) {
    const their = d.removed.length === 1 ? 'its' : 'their';
    // `preserved` also covers apps whose template's own finalizers leave out the resources finalizer.
    const fate = d.preserved
        ? `${their} resources stay in the cluster (preserveResourcesOnDeletion, or no resources finalizer)`
        : `${their} resources are deleted too (no preserveResourcesOnDeletion)`;
    const apps = d.removed.map(markdown/* code */.aY).join(', ');
    return `- :warning: ApplicationSet ${(0,markdown/* code */.aY)(d.appSet)} would delete ${(0,markdown/* plural */.LS)(d.removed.length, 'Application')}: ${apps} — ${fate}`;
}
function capped(lines, limit) {
    return lines.length > limit ? [...lines.slice(0, limit), `- … and ${lines.length - limit} more`].join('\n') : lines.join('\n');
}
/** The summary, with the table and lists shortened until it fits `budget`. */
function fitSummary(input, budget, linkable = everywhere) {
    let rows = input.apps.length;
    let list = LIST_CAP;
    let text = renderSummary(input, rows, list, linkable);
    while (text.length > budget && (rows > 0 || list > 0)) {
        rows = Math.floor(rows / 2);
        if (rows === 0)
            list = Math.floor(list / 2);
        text = renderSummary(input, rows, list, linkable);
    }
    return text.length > budget ? headline(input, linkable) : text;
}
function fullSummary(input) {
    return renderSummary(input, Infinity, Infinity, everywhere);
}

;// CONCATENATED MODULE: ./src/report/comment.ts



const GITHUB_COMMENT_LIMIT = 65536;
/** Room kept in each part for its header and the notes pointing onwards. */
const PART_RESERVE = 600;
function buildComment(input, opts = {}) {
    const maxChars = opts.maxChars ?? GITHUB_COMMENT_LIMIT;
    const maxParts = Math.max(1, opts.maxParts ?? 10);
    const footer = renderFooter(input.footer);
    const fitted = fitSummary(input, maxChars - PART_RESERVE - footer.length);
    const blockBudget = maxChars - PART_RESERVE;
    const blocks = detailBlocks(input, blockBudget);
    // Greedy packing: part 0 holds the summary and footer, then whatever details fit after it.
    const packed = [[]];
    let room = maxChars - PART_RESERVE - fitted.length - footer.length;
    const omitted = [];
    for (const block of blocks) {
        if (block.length + 2 > room) {
            if (packed.length >= maxParts) {
                omitted.push(block);
                continue;
            }
            packed.push([]);
            room = blockBudget;
        }
        packed[packed.length - 1].push(block);
        room -= block.length + 2;
    }
    // Sections left out take their anchors along: the summary must not link to them (nor grow).
    const missing = new Set(input.apps.map((a) => appAnchor(input.marker, a.name)).filter((n) => omitted.some((b) => b.includes((0,markdown/* anchorTag */.Qx)(n)))));
    const summary = missing.size > 0 ? fitSummary(input, fitted.length, (n) => !missing.has(n)) : fitted;
    const total = packed.length;
    const omittedNote = omitted.length > 0 ? `\n\n> [!WARNING]\n> ${(0,markdown/* plural */.LS)(omitted.length, 'more section')} did not fit in ${(0,markdown/* plural */.LS)(maxParts, 'comment')}: the full diff is in the job summary.` : '';
    const parts = packed.map((chunk, i) => {
        const note = i === total - 1 ? omittedNote : '';
        if (i === 0) {
            const more = total > 1 ? `\n\n_Details continue in ${(0,markdown/* plural */.LS)(total - 1, 'more comment')} below._` : '';
            return join([(0,markdown/* partMarker */.Ai)(input.marker, 0), summary, ...chunk]) + more + note + '\n\n' + footer;
        }
        return join([(0,markdown/* partMarker */.Ai)(input.marker, i), `${TITLE} (part ${i + 1} of ${total})`, ...chunk]) + note;
    });
    const full = join([fullSummary(input), ...detailBlocks(input, Infinity), footer]);
    return { parts, full };
}
function join(sections) {
    return sections.filter((s) => s.length > 0).join('\n\n');
}
function renderFooter(f) {
    const tools = Object.entries(f.toolVersions)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, v]) => `${(0,markdown/* escapeHtml */.ZD)(name)} ${(0,markdown/* escapeHtml */.ZD)(v)}`);
    return `<sub>gitops-sync · ${(f.durationMs / 1000).toFixed(1)} s${tools.length ? ` · ${tools.join(' · ')}` : ''}</sub>`;
}
/** The per-app sections, then the live ones; an app the PR does not touch shows its drift once. */
function detailBlocks(input, budget) {
    const { byApp } = placeErrors(input);
    const base = { marker: input.marker, clusters: input.clusters };
    const untouched = new Set(input.apps.filter((a) => a.status === 'unchanged').map((a) => a.name));
    const drifted = new Set((input.liveDrift ?? []).filter((d) => d.resources.length > 0).map((d) => d.name));
    // Live → head equals live → base for an app the PR does not touch: shown once, as drift.
    const driftOnly = (d) => untouched.has(d.name) && drifted.has(d.name);
    const sync = (input.liveSync ?? []).filter((d) => !driftOnly(d));
    const revertOnly = (input.liveSync ?? []).filter((d) => driftOnly(d) && d.resources.length > 0);
    const revertNote = revertOnly.length > 0
        ? `_A sync would also revert the drift of ${(0,markdown/* plural */.LS)(revertOnly.length, 'app')} this PR does not touch, shown under Live drift: ${revertOnly.map((d) => (0,markdown/* escapeHtml */.ZD)(d.name)).join(', ')}._`
        : '';
    const notes = new Map(revertOnly.map((d) => [d.name, 'not touched by this PR: a sync would revert it']));
    return [
        ...appBlocks(input.apps, { ...base, anchorKind: 'app', extraProblems: byApp }, budget),
        ...headed(['#### Live: what a sync would change', revertNote], appBlocks(sync, { ...base, prefix: 'sync: ' }, budget), revertNote !== ''),
        ...headed(["#### Live drift (not this PR's doing)"], appBlocks(input.liveDrift ?? [], { ...base, prefix: 'drift: ', headingNotes: notes }, budget)),
    ];
}
/** The heading goes on the section's first block; `always` keeps a heading whose text stands alone. */
function headed(heading, blocks, always = false) {
    const text = heading.filter(Boolean).join('\n\n');
    if (blocks.length === 0)
        return always ? [text] : [];
    return blocks.map((b, i) => (i === 0 ? `${text}\n\n${b}` : b));
}

// EXTERNAL MODULE: ./src/pipeline/error-status.ts
var error_status = __webpack_require__(87419);
;// CONCATENATED MODULE: ./src/pipeline/preview-present.ts



function presentPreview(f, opts) {
    const { renames } = f;
    // Sorted and unique: a note must not move with the order apps happened to render in.
    const notes = [...[...new Set(f.renderNotes)].sort(), ...f.keptDeletions.map(keptNote)];
    const planned = f.diffs.map((d) => d.name).filter((name) => f.planPreview[name] !== undefined);
    const status = f.errorStatus;
    const stillFailingApps = new Set(status.stillFailingApps);
    const comment = {
        apps: f.diffs.filter((d) => !stillFailingApps.has(d.name)).map((d) => ({ ...d, name: displayName(d.name, renames) })),
        policy: byName(status.newViolations, (v) => v.app),
        // A cluster that cannot be read is reported but, unlike a broken spec, does not fail the check.
        errors: [...f.problems.filter((p) => !(0,error_status/* isStillFailing */.vi)(status, p)), ...byName(f.live?.problems ?? [], (p) => p.app ?? '')],
        stillFailing: status.stillFailing,
        existingPolicy: byName(status.existingViolations, (v) => v.app),
        warnings: f.warnings,
        notes,
        appSetDeletions: f.appSetDeletions,
        liveSync: f.live && byName(f.live.syncChanges, (d) => d.name),
        liveDrift: f.live && byName(f.live.drift, (d) => d.name),
        planPreview: Object.fromEntries(planned.map((name) => [displayName(name, renames), f.planPreview[name]])),
        planLegend: planLegend(opts.sync, planSource(planned, new Set(f.plannedFromCluster))),
        clusters: f.clusters,
        footer: { durationMs: f.durationMs, toolVersions: f.toolVersions },
        marker: opts.marker,
    };
    const built = buildComment(comment);
    // An app that failed to render has an error, not a change (counts.ts).
    const changedApps = f.diffs.filter((d) => d.status !== 'unchanged' && d.status !== 'errored').map((d) => changedApp(d, renames));
    return { parts: built.parts, full: built.full, changedApps, hasChanges: changedApps.length > 0, counts: (0,counts/* countPreview */.EZ)(comment), notes };
}
/** Sorted by app (stably), so what a list shows never depends on the order apps rendered in. */
function byName(items, nameOf) {
    return [...items].sort((a, b) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0));
}
function keptNote(k) {
    return `ApplicationSet ${k.appSet} no longer generates ${k.removed.join(', ')}, but its applicationsSync policy ${k.policy} does not delete Applications`;
}
function displayName(name, renames) {
    const r = renames.find((x) => x.to === name);
    return r ? `${name} (renamed from ${r.from})` : name;
}
function changedApp(d, renames) {
    const from = renames.find((r) => r.to === d.name)?.from;
    return {
        name: d.name,
        status: d.status,
        destination: d.destination,
        ...(from ? { renamedFrom: from } : {}),
        ...(d.appSet ? { appSet: d.appSet } : {}),
        ...(d.fixed ? { fixed: true } : {}),
        ...d.counts,
    };
}
function planSource(planned, fromCluster) {
    const n = planned.filter((name) => fromCluster.has(name)).length;
    return n === 0 ? 'base' : n === planned.length ? 'live' : 'mixed';
}
const SOURCE_TEXT = {
    live: "Plans use the live cluster: create, update and prune are relative to what the app's destination holds now",
    base: "No cluster access: plans treat the base revision's render as what the last sync left live, so create, update and prune are relative to it",
    mixed: "Plans use the live cluster where it could be read (create, update and prune are relative to what it holds now); for the other apps the base revision's render stands in for what is live",
};
/** How to read the plan lines: what they compare with, and whose rule decides prunes on merge. */
function planLegend(inputs, source) {
    const prunes = inputs.prune
        ? 'prunes happen because the prune input is set'
        : "prunes are skipped unless the app's automated sync prunes (or the prune input is set)";
    const confirm = inputs.confirmPrune ? '; Prune=confirm objects are pruned because the confirm-prune input is set' : '';
    return `The order a sync of this PR would follow: [phase wave] action resource. ${SOURCE_TEXT[source]}; ${prunes}${confirm}.`;
}


/***/ }),

/***/ 65132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EZ: () => (/* binding */ countPreview),
/* harmony export */   Qm: () => (/* binding */ appsText),
/* harmony export */   WN: () => (/* binding */ countsText)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54285);

function countPreview(input) {
    const apps = input.apps;
    const count = (s) => apps.filter((a) => a.status === s && !a.fixed).length;
    const fixed = apps.filter((a) => a.fixed).length;
    const sum = (k) => apps.reduce((n, a) => n + a.counts[k], 0);
    const changed = count('changed');
    const added = count('added');
    const removed = count('removed');
    const named = new Set(input.errors.map((p) => p.app));
    return {
        apps: { changed, added, removed, fixed, unchanged: apps.filter((a) => a.status === 'unchanged' && !named.has(a.name)).length },
        appsWithChanges: changed + added + removed + fixed,
        resources: { added: sum('added'), modified: sum('modified'), removed: sum('removed') },
        errors: input.errors.length + apps.reduce((n, a) => n + a.problems.length, 0),
        stillFailing: input.stillFailing?.length ?? 0,
        policyViolations: input.policy?.length ?? 0,
        existingPolicyViolations: input.existingPolicy?.length ?? 0,
        appSetDeletions: (input.appSetDeletions ?? []).reduce((n, d) => n + d.removed.length, 0),
    };
}
/** `2 apps changed, 1 added, 0 removed, 1 fixed`: the headline's first fact, also the log's. */
function appsText(c) {
    return `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.apps.changed, 'app')} changed, ${c.apps.added} added, ${c.apps.removed} removed${c.apps.fixed > 0 ? `, ${c.apps.fixed} fixed` : ''}`;
}
/** The counts as one plain line, for stderr and the action log. */
function countsText(c) {
    const facts = [appsText(c), `resources +${c.resources.added} ~${c.resources.modified} -${c.resources.removed}`];
    if (c.policyViolations > 0)
        facts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.policyViolations, 'policy violation'));
    if (c.errors > 0)
        facts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(c.errors, 'error'));
    if (c.stillFailing + c.existingPolicyViolations > 0)
        facts.push(`${c.stillFailing + c.existingPolicyViolations} still failing (also on the base)`);
    return facts.join(' · ');
}


/***/ }),

/***/ 99085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ writeOutputFile),
/* harmony export */   Ff: () => (/* binding */ writeOutputJson)
/* harmony export */ });
/* unused harmony exports writeStdout, writeStderr */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34200);
// The only ways text leaves the process besides the action's io (src/action/io.ts) and the GitHub
// client (src/github/client.ts): standard streams and output files, each through the redactor.
// ESLint forbids process.stdout/stderr and console everywhere else in src/.


function writeStdout(text) {
    process.stdout.write(secrets.redact(text));
}
function writeStderr(text) {
    process.stderr.write(secrets.redact(text));
}
/** Writes an output file (diff file, rendered manifests); its name is redacted too. */
async function writeOutputFile(path, text) {
    const safePath = _redact_js__WEBPACK_IMPORTED_MODULE_1__/* .secrets */ .O3.redact(path);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(safePath, _redact_js__WEBPACK_IMPORTED_MODULE_1__/* .secrets */ .O3.redact(text));
    return safePath;
}
/**
 * Writes `value` as a JSON output file (a shard's preview file). Strings are redacted before they
 * are serialized, so a mask can never cut a JSON escape in half; the name is redacted too.
 */
async function writeOutputJson(path, value) {
    const safePath = _redact_js__WEBPACK_IMPORTED_MODULE_1__/* .secrets */ .O3.redact(path);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(safePath, `${JSON.stringify(_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .secrets */ .O3.redactDeep(value))}\n`);
    return safePath;
}


/***/ })

};
