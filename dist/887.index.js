export const id = 887;
export const ids = [887];
export const modules = {

/***/ 16887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   setDeploymentStatus: () => (/* binding */ setDeploymentStatus),
/* harmony export */   startDeployment: () => (/* binding */ startDeployment)
/* harmony export */ });
/* unused harmony exports STATUS_DESCRIPTION_LIMIT, truncateDescription */
/* harmony import */ var _secrets_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34200);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73116);
// GitHub Deployments per synced app: one deployment on the pushed commit, statuses `in_progress`
// then `success` / `failure` / `error` with Argo CD's message. Reporting only: nothing here may fail
// a sync, so every GitHub error comes back as a warning for the caller to print.


const DEPLOYMENTS = { permission: 'deployments: write', notFoundIsPermission: true };
/** GitHub rejects a deployment status description longer than this (HTTP 422). */
const STATUS_DESCRIPTION_LIMIT = 140;
async function startDeployment(octokit, req) {
    try {
        const res = await octokit.rest.repos.createDeployment({
            owner: req.owner,
            repo: req.repo,
            ref: req.ref,
            environment: req.environment,
            description: req.description,
            ...(req.payload ? { payload: req.payload } : {}),
            // The commit is already on its branch and the sync has its own gates: no merge, no checks.
            auto_merge: false,
            required_contexts: [],
            transient_environment: false,
        });
        // 202 answers an auto-merge instead of a deployment; with auto_merge false it should not happen.
        if ('id' in res.data)
            return { id: res.data.id };
        return { warning: `GitHub deployment for environment ${req.environment} not created: HTTP ${res.status}: ${res.data.message ?? ''}` };
    }
    catch (err) {
        return { warning: `GitHub deployment for environment ${req.environment} not created: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .callError */ .rb)('create deployment', DEPLOYMENTS, err).reason}` };
    }
}
/** Returns a warning when GitHub did not take the status, else undefined. */
async function setDeploymentStatus(octokit, req) {
    try {
        await octokit.rest.repos.createDeploymentStatus({
            owner: req.owner,
            repo: req.repo,
            deployment_id: req.id,
            state: req.state,
            // Redacted before it is cut: a cut secret would no longer match the filter of the client.
            description: truncateDescription(_secrets_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .secrets */ .O3.redact(req.description)),
            log_url: req.logUrl,
            ...(req.environmentUrl ? { environment_url: req.environmentUrl } : {}),
        });
        return undefined;
    }
    catch (err) {
        return `GitHub deployment ${req.id}: status ${req.state} not set: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .callError */ .rb)('create deployment status', DEPLOYMENTS, err).reason}`;
    }
}
/** At most 140 characters (code points, so no emoji is split), with an ellipsis when cut. */
function truncateDescription(text) {
    const chars = Array.from(text);
    return chars.length <= STATUS_DESCRIPTION_LIMIT ? text : `${chars.slice(0, STATUS_DESCRIPTION_LIMIT - 1).join('')}…`;
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


/***/ })

};
