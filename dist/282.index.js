export const id = 282;
export const ids = [282];
export const modules = {

/***/ 64282:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDiffMode: () => (/* binding */ runDiffMode)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/cluster/kubeconfig.ts + 1 modules
var cluster_kubeconfig = __webpack_require__(8067);
// EXTERNAL MODULE: ./src/github/client.ts + 2 modules
var client = __webpack_require__(75923);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(87206);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/render/tools/exec.ts + 1 modules
var exec = __webpack_require__(20782);
;// CONCATENATED MODULE: ./src/pipeline/base-checkout.ts
// The pull request's base revision as a second working tree of the same repository, so it renders
// exactly like the head (same remotes, same relative paths) without touching the checkout itself.





class CheckoutError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CheckoutError';
    }
}
/**
 * `ref` is a commit SHA (the event's `pull_request.base.sha`) or anything `git rev-parse` resolves. A
 * shallow checkout (actions/checkout's default) lacks the base commit, so it is fetched by itself first.
 */
async function checkoutBase(repoRoot, ref, opts) {
    const root = (0,external_node_path_.resolve)(repoRoot);
    const git = (args) => (0,exec/* runTool */.qI)('git', args, { tool: 'git', cwd: root, timeoutMs: opts.timeoutMs }).then((r) => r.stdout.trim());
    const remote = opts.remote ?? 'origin';
    let sha = await resolveCommit(git, ref);
    if (!sha) {
        try {
            await git(['fetch', '--no-tags', '--depth=1', remote, ref]);
        }
        catch (err) {
            throw new CheckoutError(`base revision ${ref} is not in the checkout and fetching it from ${remote} failed: ${(0,errors/* errorMessage */.gJ)(err)}`);
        }
        sha = (await resolveCommit(git, ref)) ?? (await resolveCommit(git, 'FETCH_HEAD'));
        if (!sha)
            throw new CheckoutError(`base revision ${ref} was fetched from ${remote} but is not a commit`);
    }
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(opts.tmpRoot ?? (0,external_node_os_.tmpdir)(), 'gitops-sync-base-'));
    let removed = false;
    const cleanup = async () => {
        if (removed)
            return;
        removed = true;
        await git(['worktree', 'remove', '--force', dir]).catch(() => undefined);
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await git(['worktree', 'prune']).catch(() => undefined);
    };
    try {
        await git(['worktree', 'add', '--detach', '--quiet', dir, sha]);
    }
    catch (err) {
        await cleanup();
        throw new CheckoutError(`cannot check out base revision ${sha}: ${(0,errors/* errorMessage */.gJ)(err)}`);
    }
    return { dir, sha, cleanup };
}
async function resolveCommit(git, ref) {
    // A ref that looks like an option would be read as one by git.
    if (ref.startsWith('-'))
        throw new CheckoutError(`invalid base revision "${ref}"`);
    return git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).then((sha) => sha || undefined, () => undefined);
}

// EXTERNAL MODULE: ./src/pipeline/pr-preview.ts + 4 modules
var pr_preview = __webpack_require__(40317);
// EXTERNAL MODULE: ./src/pipeline/preview-file.ts
var preview_file = __webpack_require__(81197);
// EXTERNAL MODULE: ./src/secrets/channels.ts
var channels = __webpack_require__(99085);
// EXTERNAL MODULE: ./src/action/event.ts
var action_event = __webpack_require__(33566);
// EXTERNAL MODULE: ./src/action/publish-preview.ts + 1 modules
var publish_preview = __webpack_require__(31432);
// EXTERNAL MODULE: ./src/action/render-cache.ts
var render_cache = __webpack_require__(34280);
;// CONCATENATED MODULE: ./src/action/diff-mode.ts
// Mode `diff` (pull_request): base checkout → preview → sticky comment, job summary, diff file, outputs.
// With `shard: i/n` the job previews its share of the apps and writes a preview file instead; the
// matrix's merge job (mode merge) posts the one comment.












/** Returns the failure message for the step, or undefined. */
async function runDiffMode(settings, io) {
    const { ctx, pr } = (0,action_event/* currentContext */.F)();
    const baseRef = settings.diff.baseRef ?? pr?.base?.sha;
    if (!baseRef)
        return 'no base revision: run on a pull_request event or set the base-ref input';
    const kubeconfig = settings.sync.kubeconfig ? await (0,cluster_kubeconfig/* loadKubeconfig */.iz)(settings.sync.kubeconfig) : undefined;
    const key = (0,client/* commentKey */.T)(ctx.workflow ?? '', ctx.job ?? '', settings.diff.commentKey);
    const tmpRoot = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    io.info(`checking out base revision ${baseRef}`);
    const base = await checkoutBase(settings.repoRoot, baseRef, { timeoutMs: settings.toolTimeoutMs, tmpRoot });
    let result;
    const cached = !settings.diff.renderUnchanged; // render-unchanged renders everything, uncached
    if (cached)
        await (0,render_cache/* restoreRenderCache */.V)(settings.cacheDir, io);
    try {
        result = await (0,pr_preview/* previewPullRequest */.xo)(settings, { headDir: settings.repoRoot, baseDir: base.dir }, { marker: key, log: io.info, kubeconfig, pullRequest: pr ? (0,action_event/* pullRequestInfo */.T)(pr) : undefined });
    }
    finally {
        await base.cleanup();
    }
    if (cached)
        await (0,render_cache/* saveRenderCache */.w)(settings.cacheDir, io);
    if (settings.shard)
        return writeShard(settings.shard, settings, io, ctx, pr, result);
    return (0,publish_preview/* publishPreview */.k)(settings, io, { ctx, pr, key }, result);
}
/**
 * A shard's ending: its preview file and the `preview-file` output, nothing posted. The merge job
 * reports the errors and fails the check, so a shard only lists them and succeeds (its artifact
 * upload must run).
 */
async function writeShard(shard, settings, io, ctx, pr, result) {
    const file = (0,preview_file/* previewFile */.RO)(result.findings, settings.sync, shard, pr ? { repository: `${ctx.repo.owner}/${ctx.repo.repo}`, number: pr.number } : undefined);
    const dir = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
    const path = await (0,channels/* writeOutputJson */.Ff)((0,external_node_path_.join)(dir, `gitops-sync-preview-${shard.index}-of-${shard.count}.json`), file);
    io.setOutput('preview-file', path);
    const problems = [...result.problems, ...result.diffs.flatMap((d) => d.problems.map((p) => ({ ...p, app: p.app ?? d.name })))];
    for (const p of problems)
        io.info(`shard ${shard.index}/${shard.count}: ${(0,errors/* formatProblem */.Vw)(p)}`);
    io.info(`shard ${shard.index}/${shard.count}: ${result.changedApps.length} changed of ${result.diffs.length} app(s); preview file ${path} (the merge job posts the comment)`);
    return undefined;
}


/***/ }),

/***/ 34280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ restoreRenderCache),
/* harmony export */   w: () => (/* binding */ saveRenderCache)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _pipeline_render_repo_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20414);
// The render cache between workflow runs: restored before the preview (the newest entry of this
// repository's runs, by key prefix) and saved after it under a key of its own, since Actions cache
// entries are immutable. Where the Actions cache service is not available (a local run, GHES
// without it) the directory is used as it is. Failures only cost speed, so they are warnings.


const KEY_PREFIX = `gitops-sync-renders-v1-${process.platform}-`;
// @actions/cache (and the Azure storage client under it) loads only in runs that use it.
const actionsCacheModule = () => Promise.all(/* import() */[__webpack_require__.e(88), __webpack_require__.e(171), __webpack_require__.e(131)]).then(__webpack_require__.bind(__webpack_require__, 57131));
async function restoreRenderCache(cacheDir, io) {
    const actionsCache = await actionsCacheModule();
    if (!actionsCache.isFeatureAvailable())
        return;
    try {
        const hit = await actionsCache.restoreCache([(0,_pipeline_render_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .renderCacheDir */ .SK)(cacheDir)], runKey(), [KEY_PREFIX]);
        io.info(hit ? `render cache restored (${hit})` : 'render cache: no earlier entry');
    }
    catch (err) {
        io.warning(`render cache not restored: ${err.message}`);
    }
}
async function saveRenderCache(cacheDir, io) {
    const actionsCache = await actionsCacheModule();
    if (!actionsCache.isFeatureAvailable())
        return;
    try {
        await actionsCache.saveCache([(0,_pipeline_render_repo_js__WEBPACK_IMPORTED_MODULE_1__/* .renderCacheDir */ .SK)(cacheDir)], runKey());
    }
    catch (err) {
        io.warning(`render cache not saved: ${err.message}`);
    }
}
let key;
/** One key per job instance: matrix jobs (shards) of one run must not race for the same key. */
function runKey() {
    key ??= `${KEY_PREFIX}${process.env.GITHUB_RUN_ID ?? 'local'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    return key;
}


/***/ })

};
