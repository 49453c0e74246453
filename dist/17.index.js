export const id = 17;
export const ids = [17];
export const modules = {

/***/ 37017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMergeMode: () => (/* binding */ runMergeMode)
});

// EXTERNAL MODULE: ./src/github/client.ts + 2 modules
var client = __webpack_require__(75923);
// EXTERNAL MODULE: ./src/model/canonical.ts
var canonical = __webpack_require__(29563);
// EXTERNAL MODULE: ./src/pipeline/preview-present.ts + 5 modules
var preview_present = __webpack_require__(10652);
;// CONCATENATED MODULE: ./src/pipeline/merge-shards.ts


class MergeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MergeError';
    }
}
function mergePreviews(files) {
    if (files.length === 0)
        throw new MergeError('no preview files to merge');
    checkSameRun(files);
    const ordered = [...files].sort((a, b) => a.file.shard.index - b.file.shard.index);
    const all = ordered.map((f) => f.file.findings);
    const lives = all.flatMap((f) => (f.live ? [f.live] : []));
    const findings = {
        diffs: (0,preview_present/* byName */.nG)(all.flatMap((f) => f.diffs), (d) => d.name),
        renames: all.flatMap((f) => f.renames),
        policy: all.flatMap((f) => f.policy),
        errorStatus: mergeErrorStatus(all.map((f) => f.errorStatus)),
        // Problems of loading and expanding come before the shards split the apps: every shard has them.
        problems: unique(all.flatMap((f) => f.problems)),
        failedApps: all.flatMap((f) => f.failedApps).sort(),
        appSetDeletions: mergeBySet(all.flatMap((f) => f.appSetDeletions), (a, b) => ({ ...a, removed: [...a.removed, ...b.removed].sort(), preserved: a.preserved && b.preserved })),
        keptDeletions: mergeBySet(all.flatMap((f) => f.keptDeletions), (a, b) => ({ ...a, removed: [...a.removed, ...b.removed].sort() })),
        renderNotes: unique(all.flatMap((f) => f.renderNotes)),
        warnings: unique(all.flatMap((f) => f.warnings)),
        ...(lives.length > 0
            ? {
                live: {
                    syncChanges: lives.flatMap((l) => l.syncChanges),
                    drift: lives.flatMap((l) => l.drift),
                    problems: unique(lives.flatMap((l) => l.problems)),
                    warnings: unique(lives.flatMap((l) => l.warnings)),
                },
            }
            : {}),
        planPreview: Object.assign({}, ...all.map((f) => f.planPreview)),
        plannedFromCluster: all.flatMap((f) => f.plannedFromCluster),
        clusters: unique(all.flatMap((f) => f.clusters)),
        toolVersions: Object.assign({}, ...all.map((f) => f.toolVersions)),
        baseRevision: all[0].baseRevision,
        headRevision: all[0].headRevision,
        // The shards ran side by side: the preview took as long as the slowest.
        durationMs: Math.max(...all.map((f) => f.durationMs)),
    };
    return { findings, pullRequest: ordered[0].file.pullRequest, sync: ordered[0].file.sync };
}
/** Every file from one run of one matrix: same pull request, commits, inputs and shard count, each shard once. */
function checkSameRun(files) {
    const [first] = files;
    const facts = (f) => ({
        'pull request': f.pullRequest ? `${f.pullRequest.repository}#${f.pullRequest.number}` : 'none (CLI)',
        'base revision': f.findings.baseRevision ?? 'unknown',
        'head revision': f.findings.headRevision ?? 'unknown',
        'prune inputs': `prune ${f.sync.prune}, confirm-prune ${f.sync.confirmPrune}`,
        'shard count': String(f.shard.count),
    });
    const expected = facts(first.file);
    for (const other of files.slice(1)) {
        const got = facts(other.file);
        for (const [what, value] of Object.entries(got)) {
            if (value !== expected[what]) {
                throw new MergeError(`preview files of different runs: ${other.path} has ${what} ${value}, ${first.path} has ${expected[what]}`);
            }
        }
    }
    const count = first.file.shard.count;
    const seen = new Map();
    for (const f of files) {
        const twice = seen.get(f.file.shard.index);
        if (twice)
            throw new MergeError(`shard ${f.file.shard.index}/${count} twice: ${twice} and ${f.path}`);
        seen.set(f.file.shard.index, f.path);
    }
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
    if (missing.length > 0) {
        throw new MergeError(`missing shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} (got ${files.length} of ${count} preview files): ` +
            'did every matrix job upload its preview-file?');
    }
}
/** Each shard judged its own apps; problems of no app (loading, expanding) every shard has. */
function mergeErrorStatus(all) {
    const apps = (pick) => all.flatMap(pick).sort();
    return {
        newErrors: unique(all.flatMap((s) => s.newErrors)),
        stillFailing: unique(all.flatMap((s) => s.stillFailing)),
        newFailedApps: apps((s) => s.newFailedApps),
        stillFailingApps: apps((s) => s.stillFailingApps),
        newViolations: all.flatMap((s) => s.newViolations),
        existingViolations: all.flatMap((s) => s.existingViolations),
    };
}
function unique(items) {
    const seen = new Set();
    return items.filter((item) => {
        const key = (0,canonical/* canonical */.$)(item);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** One entry per ApplicationSet (each shard saw only its own apps of it), in ApplicationSet order. */
function mergeBySet(items, combine) {
    const bySet = new Map();
    for (const item of items) {
        const prev = bySet.get(item.appSet);
        bySet.set(item.appSet, prev ? combine(prev, item) : item);
    }
    return (0,preview_present/* byName */.nG)([...bySet.values()], (d) => d.appSet);
}

// EXTERNAL MODULE: ./src/pipeline/preview-file.ts
var preview_file = __webpack_require__(81197);
// EXTERNAL MODULE: ./src/action/event.ts
var action_event = __webpack_require__(33566);
// EXTERNAL MODULE: ./src/action/publish-preview.ts + 1 modules
var publish_preview = __webpack_require__(31432);
;// CONCATENATED MODULE: ./src/action/merge-mode.ts
// Mode `merge`: the final job of a sharded preview. Reads every shard's preview file, merges them
// into the findings of one unsharded run, and publishes them exactly as mode diff does.






/** Returns the failure message for the step, or undefined; bad or incomplete files throw with the file named. */
async function runMergeMode(settings, io) {
    if (settings.diff.previewFiles.length === 0)
        return 'mode merge needs the preview-files input: a glob of the shards\' preview files (downloaded with actions/download-artifact)';
    const { ctx, pr } = (0,action_event/* currentContext */.F)();
    const paths = await (0,preview_file/* findPreviewFiles */.Xh)(settings.diff.previewFiles, process.cwd());
    const files = await Promise.all(paths.map(async (path) => ({ path, file: await (0,preview_file/* readPreviewFile */.Hx)(path) })));
    const merged = mergePreviews(files);
    const here = `${ctx.repo.owner}/${ctx.repo.repo}`;
    const from = merged.pullRequest;
    if (pr && from && (from.number !== pr.number || from.repository !== here)) {
        throw new MergeError(`the preview files are of pull request ${from.repository}#${from.number}, this run is for ${here}#${pr.number}`);
    }
    io.info(`merged ${files.length} preview files: ${paths.join(', ')}`);
    const key = (0,client/* commentKey */.T)(ctx.workflow ?? '', ctx.job ?? '', settings.diff.commentKey);
    const shown = (0,preview_present/* presentPreview */.aS)(merged.findings, { marker: key, sync: merged.sync });
    return (0,publish_preview/* publishPreview */.k)(settings, io, { ctx, pr, key }, { ...merged.findings, ...shown });
}


/***/ })

};
