export const id = 261;
export const ids = [261];
export const modules = {

/***/ 5261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSyncMode: () => (/* binding */ runSyncMode)
});

// UNUSED EXPORTS: failureMessage, syncRun

// EXTERNAL MODULE: ./src/model/k8s.ts
var k8s = __webpack_require__(7625);
// EXTERNAL MODULE: ./src/sync/run/result.ts
var run_result = __webpack_require__(8404);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/sync-report.ts
// The sync's report: per app, a table of tasks and a timeline of waves for the job summary, and the
// same data as JSON for the `result` output.



const ICON = { Succeeded: '✅', Failed: '❌', Error: '❌', Running: '⏳', Terminating: '⏳' };
function syncSummaryMarkdown(reports, opts = {}) {
    const ok = reports.filter((r) => r.outcome.phase === 'Succeeded' && !r.skipped).length;
    const skipped = reports.filter((r) => r.skipped).length;
    const title = `## gitops-sync${opts.dryRun ? ' (dry run)' : ''}: ${ok} of ${reports.length} app(s) synced${skipped ? `, ${skipped} left alone` : ''}`;
    const overview = (0,markdown/* table */.tp)(['App', 'Result', 'Destination', 'Revision', 'Message'], reports.map((r) => [
        (0,markdown/* cellCode */.GA)(r.app),
        r.skipped ? '⏭️ Skipped' : `${ICON[r.outcome.phase] ?? ''} ${r.outcome.phase}${r.retries > 0 ? ` (${r.retries} retries)` : ''}`,
        r.destination ? (0,markdown/* cell */.Hn)(`${r.destination.context}/${r.destination.namespace}`) : '',
        r.revision ? (0,markdown/* cellCode */.GA)(r.revision.slice(0, 7)) : '',
        (0,markdown/* cell */.Hn)(r.outcome.message),
    ]));
    const sections = reports.map((r) => {
        const state = r.skipped ? '⏭️' : (ICON[r.outcome.phase] ?? '');
        return (0,markdown/* details */.zH)(`${state} <code>${(0,markdown/* escapeHtml */.ZD)(r.app)}</code>: ${r.skipped ? 'Skipped' : (0,markdown/* escapeHtml */.ZD)(r.outcome.phase)}`, appBody(r), r.outcome.phase !== 'Succeeded' && !r.skipped);
    });
    return [title, overview, ...sections].join('\n\n') + '\n';
}
function appBody(r) {
    const parts = [r.outcome.tasks.length > 0 ? taskTable(r.outcome.tasks) : '_No tasks ran._'];
    const stopped = (0,run_result/* stoppedSummary */.k2)(r.outcome);
    if (stopped)
        parts.unshift(`**${(0,markdown/* escapeHtml */.ZD)(stopped.charAt(0).toUpperCase() + stopped.slice(1))}.**`);
    if (r.outcome.waves.length > 0)
        parts.push(`**Timeline**\n\n${timeline(r.outcome.waves)}`);
    for (const w of r.warnings)
        parts.push(`> ⚠️ ${(0,markdown/* escapeHtml */.ZD)(w)}`);
    if (r.rollback)
        parts.push(`**Rollback to ${(0,markdown/* escapeHtml */.ZD)(r.rollback.revision.slice(0, 7))}**: ${(0,markdown/* escapeHtml */.ZD)(r.rollback.outcome.phase)}: ${(0,markdown/* cell */.Hn)(r.rollback.outcome.message)}`);
    return parts.join('\n\n');
}
function taskTable(tasks) {
    return (0,markdown/* table */.tp)(['Phase', 'Wave', 'Kind', 'Namespace/Name', 'Action', 'Health', 'Message'], tasks.map((t) => [
        t.phase,
        String(t.wave),
        (0,markdown/* cell */.Hn)(t.key.group ? `${t.key.group}/${t.key.kind}` : t.key.kind),
        (0,markdown/* cellCode */.GA)(t.key.namespace ? `${t.key.namespace}/${t.key.name}` : t.key.name),
        t.state === 'Pending' ? 'not run' : t.action,
        t.health ? (0,markdown/* cell */.Hn)(t.health.status) : '',
        (0,markdown/* cell */.Hn)(t.message),
    ]));
}
function timeline(waves) {
    return (0,markdown/* table */.tp)(['Step', 'Started', 'Duration'], waves.map((w) => [Number.isNaN(w.wave) ? 'health wait' : `${w.phase} wave ${w.wave}`, w.startedAt, formatDuration(w.durationMs)]));
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    const s = ms / 1000;
    return s < 60 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} m ${Math.round(s % 60)} s`;
}
/** The `result` output: every app's outcome, tasks and timeline. */
function statusBrief(s) {
    const { resources, ...rest } = s;
    const outOfSync = resources.filter((x) => x.status === 'OutOfSync').map((x) => (0,k8s/* keyString */.Ve)(x.key));
    return { ...rest, outOfSync };
}
function syncResultJson(reports) {
    return JSON.stringify(reports.map((r) => ({
        ...r,
        outcome: { ...r.outcome, waves: r.outcome.waves.map((w) => ({ ...w, wave: Number.isNaN(w.wave) ? 'health' : w.wave })) },
        // Statuses without their diffs: the output stays small and carries no live object.
        ...(r.status ? { status: statusBrief(r.status) } : {}),
        ...(r.drift ? { drift: statusBrief(r.drift) } : {}),
    })));
}

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/cluster/client.ts + 3 modules
var client = __webpack_require__(7825);
// EXTERNAL MODULE: ./src/cluster/kubeconfig.ts + 1 modules
var kubeconfig = __webpack_require__(8067);
// EXTERNAL MODULE: ./src/log/debug.ts
var debug = __webpack_require__(9513);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/pipeline/excluded.ts
var excluded = __webpack_require__(8770);
// EXTERNAL MODULE: ./src/pipeline/render-repo.ts + 45 modules
var render_repo = __webpack_require__(414);
// EXTERNAL MODULE: ./src/policy/project.ts + 1 modules
var policy_project = __webpack_require__(5104);
// EXTERNAL MODULE: ./src/policy/cron.ts
var cron = __webpack_require__(9276);
// EXTERNAL MODULE: ./src/policy/glob.ts
var glob = __webpack_require__(4062);
// EXTERNAL MODULE: ./src/policy/go-duration.ts
var go_duration = __webpack_require__(4491);
;// CONCATENATED MODULE: ./src/policy/time-zone.ts
// UTC offsets of IANA time zones from Node's built-in ICU data (Intl), no dependency needed.
const formatters = new Map();
/** True when `zone` names a time zone this runtime knows; `''` and `UTC` always do. */
function isKnownTimeZone(zone) {
    try {
        formatter(zone);
        return true;
    }
    catch {
        return false;
    }
}
/** The zone's offset from UTC at instant `at`, in milliseconds (e.g. +2h for Europe/Paris in summer). */
function zoneOffsetMs(zone, at) {
    const parts = Object.fromEntries(formatter(zone).formatToParts(at).map((p) => [p.type, p.value]));
    const wall = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour) % 24, // some ICU versions print midnight as 24
    Number(parts.minute), Number(parts.second));
    return wall - Math.floor(at.getTime() / 1000) * 1000;
}
function formatter(zone) {
    const key = zone || 'UTC';
    let f = formatters.get(key);
    if (!f) {
        f = new Intl.DateTimeFormat('en-US', {
            timeZone: key,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
        });
        formatters.set(key, f);
    }
    return f;
}

;// CONCATENATED MODULE: ./src/policy/sync-windows.ts




const BLOCKED = 'Sync operation blocked by sync window';
/** Whether `app` may sync at `now` under `project`'s windows; `manual` is a user-triggered sync. */
function syncWindowState(project, app, now, opts) {
    const matching = matchingWindows(project, app);
    const warnings = [];
    const result = (allowed, message, activeWindows = []) => ({
        allowed,
        message,
        activeWindows,
        matchingWindows: matching,
        warnings,
    });
    if (matching.length === 0)
        return result(true, 'no sync window applies');
    const evaluated = [];
    const errors = [];
    for (const window of matching) {
        try {
            evaluated.push(evaluate(window, now, warnings));
        }
        catch (err) {
            errors.push(`${describe(window)}: ${err.message}`);
        }
    }
    if (errors.length > 0)
        return result(false, `${BLOCKED}: ${errors.join('; ')}`);
    const active = evaluated.filter((e) => e.active);
    const activeWindows = active.map((e) => e.window);
    const activeDeny = active.filter((e) => e.window.kind === 'deny');
    if (activeDeny.length > 0) {
        const manualEnabled = activeDeny.every((e) => e.window.manualSync === true);
        const which = activeDeny.map((e) => `${describe(e.window)} (${openUntil(e)})`).join(', ');
        if (opts.manual && manualEnabled)
            return result(true, `manual sync allowed during ${which}`, activeWindows);
        const hint = manualEnabled ? '; a manual sync would be allowed (manualSync)' : '';
        return result(false, `${BLOCKED}: ${which}${hint}`, activeWindows);
    }
    const activeAllow = active.find((e) => e.window.kind === 'allow');
    if (activeAllow)
        return result(true, `inside ${describe(activeAllow.window)}`, activeWindows);
    const inactiveAllows = evaluated.filter((e) => e.window.kind === 'allow');
    if (inactiveAllows.length > 0) {
        const manualEnabled = inactiveAllows.every((e) => e.window.manualSync === true);
        if (opts.manual && manualEnabled)
            return result(true, 'manual sync allowed outside allow windows (manualSync)', activeWindows);
        const next = inactiveAllows.map((e) => e.nextOpen).filter((d) => d !== undefined);
        const when = next.length > 0 ? `; the next opens at ${iso(new Date(Math.min(...next.map((d) => d.getTime()))))}` : '';
        const hint = manualEnabled ? '; a manual sync would be allowed (manualSync)' : '';
        return result(false, `${BLOCKED}: no allow window is open${when}${hint}`, activeWindows);
    }
    return result(true, 'no deny window is open', activeWindows);
}
/**
 * SyncWindows.Matches: a window applies when any of its non-empty applications / namespaces /
 * clusters lists matches (globs, no negation); with `andOperator`, every non-empty list must match.
 * Clusters match the destination's name or server.
 */
function matchingWindows(project, app) {
    return (project.spec.syncWindows ?? []).filter((w) => {
        const dest = app.destination;
        const checks = [];
        if (w.applications?.length)
            checks.push(w.applications.some((p) => (0,glob/* argoGlobMatch */.hd)(p, app.name, false)));
        if (w.clusters?.length) {
            checks.push(w.clusters.some((p) => (!!dest.name && (0,glob/* argoGlobMatch */.hd)(p, dest.name, false)) || (!!dest.server && (0,glob/* argoGlobMatch */.hd)(p, dest.server, false))));
        }
        if (w.namespaces?.length)
            checks.push(w.namespaces.some((p) => (0,glob/* argoGlobMatch */.hd)(p, dest.namespace ?? '', false)));
        if (checks.length === 0)
            return false;
        return w.andOperator ? checks.every(Boolean) : checks.some(Boolean);
    });
}
/** Whether one window is open at `now`; throws on an unparsable schedule or duration. */
function isWindowActive(window, now) {
    return evaluate(window, now, []).active;
}
/**
 * SyncWindow.active: the wall clock is `now` shifted by the window zone's UTC offset (upstream takes
 * the offset at the current time, which is `now` here); the window is open when the first schedule
 * activation after `wall - duration` lies before `wall`. robfig returns the zero time when nothing
 * fires within five years, and upstream then counts the window as open: kept.
 */
function evaluate(window, now, warnings) {
    let schedule;
    try {
        schedule = (0,cron/* parseCron */.E)(window.schedule);
    }
    catch (err) {
        throw new Error(`cannot parse schedule '${window.schedule}': ${err.message}`, { cause: err });
    }
    let duration;
    try {
        duration = (0,go_duration/* parseGoDuration */.Q)(window.duration);
    }
    catch (err) {
        throw new Error(`cannot parse duration '${window.duration}': ${err.message}`, { cause: err });
    }
    if (schedule.timeZone !== undefined && !isKnownTimeZone(schedule.timeZone)) {
        throw new Error(`cannot parse schedule '${window.schedule}': provided bad location ${schedule.timeZone}`);
    }
    let zone = window.timeZone ?? '';
    if (!isKnownTimeZone(zone)) {
        warnings.push(`Invalid time zone ${zone} specified. Using UTC as default time zone`);
        zone = 'UTC';
    }
    const shifted = new Date(now.getTime() + zoneOffsetMs(zone, now));
    const wall = schedule.timeZone !== undefined ? new Date(shifted.getTime() + zoneOffsetMs(schedule.timeZone, shifted)) : shifted;
    // Wall-clock times map back to instants by the same shift.
    const toInstant = (d) => new Date(d.getTime() - wall.getTime() + now.getTime());
    const start = (0,cron/* nextActivation */.u)(schedule, new Date(wall.getTime() - duration));
    if (start === undefined)
        return { window, active: true };
    if (start.getTime() < wall.getTime()) {
        const end = closesAt(schedule, start, duration, wall.getTime() + CLOSE_HORIZON_MS);
        return { window, active: true, ...(end ? { end: toInstant(end) } : {}) };
    }
    // Not open: the activation found is at or after the wall clock, i.e. the next opening.
    return { window, active: false, nextOpen: toInstant(start) };
}
/** How far ahead the close of an open window is looked for (`* * * * *` for 1h never closes). */
const CLOSE_HORIZON_MS = 7 * 24 * 3600_000;
/**
 * When an open window closes, on the wall clock. Argo CD computes no end; by its rule (open while an
 * activation lies in (t - duration, t)) each activation keeps the window open for `duration`, so the
 * window closes `duration` after the first activation whose successor is at least `duration` later.
 * Starting from the oldest open activation walks through the latest one. Undefined past `horizon`.
 */
function closesAt(schedule, start, duration, horizon) {
    let last = start;
    while (last.getTime() <= horizon) {
        const next = (0,cron/* nextActivation */.u)(schedule, last);
        if (next === undefined || next.getTime() >= last.getTime() + duration)
            return new Date(last.getTime() + duration);
        last = next;
    }
    return undefined;
}
function openUntil(e) {
    return e.end ? `open until ${iso(e.end)}` : `open for more than ${CLOSE_HORIZON_MS / (24 * 3600_000)} days`;
}
function describe(w) {
    const zone = w.timeZone ? ` ${w.timeZone}` : '';
    return `${w.kind} window '${w.schedule}' ${w.duration}${zone}`;
}
function iso(d) {
    return d.toISOString().replace('.000Z', 'Z');
}

// EXTERNAL MODULE: ./src/model/annotations.ts
var annotations = __webpack_require__(315);
// EXTERNAL MODULE: ./src/sync/waves.ts
var waves = __webpack_require__(1825);
;// CONCATENATED MODULE: ./src/sync/run/order.ts
// The order apps are synced in: by their own `argocd.argoproj.io/sync-wave` annotation, an
// app-of-apps child only after its parent, apps of one step in parallel up to a concurrency limit.


function orderedApp(spec) {
    const wave = (0,waves/* parseGoInt */.b)((0,annotations/* annotation */.w7)(spec.app, annotations/* ANN_SYNC_WAVE */.Au)) ?? 0;
    return { name: spec.app.metadata.name, wave, ...(spec.origin.parentApp ? { parent: spec.origin.parentApp } : {}) };
}
/**
 * Steps of apps that may run together: each step takes the lowest wave among apps whose parent (if
 * in the run) is in an earlier step; names order apps inside a step.
 */
function appSteps(apps) {
    const inRun = new Set(apps.map((a) => a.name));
    const done = new Set();
    let left = [...apps].sort((a, b) => a.wave - b.wave || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const steps = [];
    while (left.length > 0) {
        const ready = left.filter((a) => !a.parent || !inRun.has(a.parent) || done.has(a.parent));
        // A parent cycle cannot happen (render rejects it); should it, the rest runs as one step.
        const wave = ready.length > 0 ? Math.min(...ready.map((a) => a.wave)) : undefined;
        const step = wave === undefined ? left : ready.filter((a) => a.wave === wave);
        steps.push(step);
        for (const a of step)
            done.add(a.name);
        left = left.filter((a) => !done.has(a.name));
    }
    return steps;
}
/**
 * Runs the steps in order, each step's apps at most `concurrency` at once. An app whose parent did
 * not succeed is not synced: `skipped` gets the parent's name instead.
 */
async function runInOrder(apps, concurrency, run, skipped) {
    const results = new Map();
    const failed = new Set();
    for (const step of appSteps(apps)) {
        let next = 0;
        const worker = async () => {
            while (next < step.length) {
                const app = step[next++];
                if (app.parent && failed.has(app.parent)) {
                    failed.add(app.name);
                    results.set(app.name, skipped(app, app.parent));
                    continue;
                }
                const r = await run(app);
                if (!r.ok)
                    failed.add(app.name);
                results.set(app.name, r.value);
            }
        };
        await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, step.length)) }, worker));
    }
    return results;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/cluster/lease.ts
var lease = __webpack_require__(7964);
// EXTERNAL MODULE: ./src/render/tools/exec.ts + 1 modules
var exec = __webpack_require__(782);
// EXTERNAL MODULE: ./src/sync/run/sync-app.ts + 9 modules
var sync_app = __webpack_require__(3500);
;// CONCATENATED MODULE: ./src/pipeline/rollback.ts
// rollback-on-failure: re-sync the app at its last revision that synced successfully, as recorded in
// the destination cluster's history, rendered from a git worktree of that revision.








/** The previous good revision's sync result, or undefined when there is none to go back to. */
async function rollbackApp(r) {
    const history = await (0,lease/* listRevisions */.VW)(r.input.client, r.app, { namespace: r.input.settings.stateNamespace });
    const previous = history.find((h) => h.status === 'Succeeded' && h.revision !== r.input.revision);
    if (!previous) {
        r.log(`${r.app}: no earlier successful revision recorded; nothing to roll back to`);
        return undefined;
    }
    r.log(`${r.app}: rolling back to ${previous.revision}`);
    const repoRoot = (0,external_node_path_.resolve)(r.settings.repoRoot);
    const top = (await (0,exec/* runTool */.qI)('git', ['rev-parse', '--show-toplevel'], { tool: 'git', cwd: repoRoot, timeoutMs: r.settings.toolTimeoutMs })).stdout.trim();
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gitops-sync-rollback-'));
    const worktree = (0,external_node_path_.join)(dir, 'tree');
    try {
        await (0,exec/* runTool */.qI)('git', ['worktree', 'add', '--detach', worktree, previous.revision], { tool: 'git', cwd: top, timeoutMs: r.settings.toolTimeoutMs });
        const old = await (0,render_repo/* renderRepo */.ZY)({ ...r.settings, repoRoot: (0,external_node_path_.join)(worktree, (0,external_node_path_.relative)(top, repoRoot)), appNames: [r.app] });
        const rendered = old.rendered.find((a) => a.name === r.app);
        if (!rendered || rendered.problems.length > 0) {
            const why = rendered ? rendered.problems.map((p) => p.message).join('; ') : 'the app does not exist at that revision';
            return { ...(failedResult(r.app, `rollback to ${previous.revision} failed to render: ${why}`)), revision: previous.revision };
        }
        const result = await (0,sync_app/* syncApp */.Ju)({ ...r.input, spec: rendered.spec, objects: rendered.objects, revision: previous.revision });
        return { ...result, revision: previous.revision };
    }
    catch (err) {
        return { ...(failedResult(r.app, `rollback to ${previous.revision} failed: ${(0,errors/* toProblem */.H8)(err).message}`)), revision: previous.revision };
    }
    finally {
        await (0,exec/* runTool */.qI)('git', ['worktree', 'remove', '--force', worktree], { tool: 'git', cwd: top, timeoutMs: r.settings.toolTimeoutMs }).catch(() => undefined);
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
function failedResult(app, message) {
    const now = new Date().toISOString();
    return { app, outcome: { phase: 'Error', message, tasks: [], waves: [] }, retries: 0, startedAt: now, finishedAt: now, warnings: [] };
}

;// CONCATENATED MODULE: ./src/sync/run/rolling-sync.ts
/** The RollingSync steps when the ApplicationSet uses that strategy with at least one step. */
function rollingSteps(appSet) {
    const strategy = appSet.spec.strategy;
    if (strategy?.type !== 'RollingSync' || !Array.isArray(strategy.rollingSync?.steps) || strategy.rollingSync.steps.length === 0)
        return undefined;
    return strategy.rollingSync.steps.map((s) => ({
        matchExpressions: Array.isArray(s?.matchExpressions)
            ? s.matchExpressions.map((m) => ({
                key: String(m?.key ?? ''),
                operator: String(m?.operator ?? ''),
                values: Array.isArray(m?.values) ? m.values.map(String) : [],
            }))
            : [],
        maxUpdate: s?.maxUpdate,
    }));
}
/** Assigns apps to steps and resolves each step's maxUpdate against its app count. */
function planRollingSync(appSet, steps, apps) {
    const name = appSet.metadata.name;
    const warnings = [];
    const members = steps.map(() => []);
    const unassigned = [];
    for (const app of [...apps].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const matching = steps.flatMap((s, i) => (s.matchExpressions.every((m) => matches(app.labels, m)) ? [i] : []));
        if (matching.length === 0)
            unassigned.push(app.name);
        else
            members[matching[0]].push(app.name);
        if (matching.length > 1)
            warnings.push(`ApplicationSet ${name} selects application ${app.name} in steps ${matching[0] + 1} and ${matching[1] + 1}; it syncs in step ${matching[0] + 1}`);
    }
    for (const [i, s] of steps.entries()) {
        for (const m of s.matchExpressions.filter((x) => x.operator !== 'In' && x.operator !== 'NotIn')) {
            warnings.push(`ApplicationSet ${name} step ${i + 1}: invalid matchExpression operator "${m.operator}" (In or NotIn): it selects no application`);
        }
    }
    return {
        appSet: name,
        steps: steps.map((s, i) => {
            const maxUpdate = scaledMaxUpdate(s.maxUpdate, members[i].length, (w) => warnings.push(`ApplicationSet ${name} step ${i + 1}: ${w}`));
            return { apps: members[i], ...(maxUpdate === undefined ? {} : { maxUpdate }) };
        }),
        unassigned,
        warnings,
    };
}
/** labelMatchedExpression: a missing key fails `In` and passes `NotIn`; unknown operators match nothing. */
function matches(labels, m) {
    if (m.operator !== 'In' && m.operator !== 'NotIn')
        return false;
    const value = labels[m.key];
    if (value === undefined)
        return m.operator === 'NotIn';
    return m.values.includes(value) === (m.operator === 'In');
}
/**
 * intstr's GetScaledValueFromIntOrPercent rounding down; a percentage other than `0%` allows at least
 * one app. A value Argo CD cannot read counts as 0, and so (being a string) as 1.
 */
function scaledMaxUpdate(v, total, warn) {
    if (v === undefined || v === null)
        return undefined;
    if (typeof v === 'number')
        return Math.max(0, Math.trunc(v));
    const s = String(v);
    const m = /^(\d+)%$/.exec(s);
    if (!m)
        warn(`invalid maxUpdate "${s}": one application at a time`);
    const scaled = m ? Math.floor((Number(m[1]) * total) / 100) : 0;
    return s !== '0%' && scaled < 1 ? 1 : scaled;
}
/**
 * Runs the steps in order. Inside a step at most min(maxUpdate, concurrency) apps run at once; a
 * step whose app did not succeed stops the later steps, whose apps get `blocked` instead. A step
 * that gates a later one is run with `gate: true`: its apps must end Healthy whatever the `wait`
 * input says, as Argo CD starts a step only once every app before it is Synced and Healthy
 * (progressivesync getAppsToSync).
 */
async function runRollingSync(plan, concurrency, run, blocked) {
    const results = new Map();
    let stop;
    for (const [i, step] of plan.steps.entries()) {
        if (stop === undefined && step.maxUpdate === 0 && step.apps.length > 0) {
            stop = `RollingSync step ${i + 1} of ApplicationSet ${plan.appSet} has maxUpdate 0`;
        }
        if (stop !== undefined) {
            for (const app of step.apps)
                results.set(app, blocked(app, `not synced: ${stop}`));
            continue;
        }
        const failed = [];
        let next = 0;
        const worker = async () => {
            while (next < step.apps.length) {
                const app = step.apps[next++];
                const r = await run(app, { gate: gates(plan.steps, i) });
                if (!r.ok)
                    failed.push(app);
                results.set(app, r.value);
            }
        };
        const width = Math.max(1, Math.min(concurrency, step.maxUpdate ?? Infinity, step.apps.length));
        await Promise.all(Array.from({ length: width }, worker));
        if (failed.length > 0)
            stop = `RollingSync step ${i + 1} of ApplicationSet ${plan.appSet} did not become healthy (${failed.sort().join(', ')})`;
    }
    return results;
}
/** Whether the next step with apps would run after step `i`, i.e. waits on it (maxUpdate 0 holds it). */
function gates(steps, i) {
    const next = steps.slice(i + 1).find((st) => st.apps.length > 0);
    return next !== undefined && next.maxUpdate !== 0;
}

// EXTERNAL MODULE: ./src/model/argocd.ts
var argocd = __webpack_require__(3511);
// EXTERNAL MODULE: ./src/status/auto-sync.ts
var auto_sync = __webpack_require__(8379);
// EXTERNAL MODULE: ./src/pipeline/app-status.ts + 4 modules
var app_status = __webpack_require__(3239);
// EXTERNAL MODULE: ./src/async/sleep.ts
var sleep = __webpack_require__(3719);
;// CONCATENATED MODULE: ./src/pipeline/auto-sync.ts




async function decideApp(policy, app, client, ctx, targets) {
    const status = await (0,app_status/* statusOfApp */.J4)(app, client, ctx, targets);
    const last = (await (0,lease/* listRevisions */.VW)(client, app.name, { namespace: ctx.stateNamespace }))[0];
    const input = { spec: app.spec, status, revision: ctx.revision, last, prune: ctx.prune };
    return { status, decision: policy === 'push' ? (0,auto_sync/* pushDecision */.N$)(input) : (0,auto_sync/* reconcileDecision */.lY)(input) };
}
/** Self-heal syncs of one app within one run (Argo CD keeps trying across refreshes; a run ends). */
const SELF_HEAL_ATTEMPTS = 3;
/**
 * The sync the controller decided on, and the app's status after it; a self-heal is repeated after
 * Argo CD's self-heal backoff while the drift persists.
 */
async function syncAsController(decision, run) {
    let result = await run.sync(decision.only);
    // A dry run changed nothing: the status from before stands.
    if (run.dryRun)
        return { result };
    let status = await run.status();
    for (let attempt = 1; decision.selfHeal && status.sync === 'OutOfSync' && result.outcome.phase === 'Succeeded' && attempt < SELF_HEAL_ATTEMPTS; attempt++) {
        const wait = (0,auto_sync/* selfHealBackoffMs */.VD)(attempt);
        run.log(`still OutOfSync after self-heal attempt ${attempt}; next attempt in ${wait / 1000}s`);
        await (run.wait ?? sleep/* sleep */.y)(wait, run.signal);
        if (run.signal?.aborted)
            break;
        result = await run.sync(status.resources.filter((r) => r.status !== undefined && r.status !== 'Synced').map((r) => r.key));
        status = await run.status();
    }
    return { result, status };
}

;// CONCATENATED MODULE: ./src/pipeline/sync-repo.ts
// Deploy every app of a checkout (issue 6): render, resolve each destination to a kubeconfig
// context, gate on project policy and sync windows, then sync the apps in order — parents before
// children, by their sync-wave, same step in parallel — and hand back one report per app.




















async function syncRepo(settings, opts) {
    const s = settings.sync;
    const log = opts.log ?? (() => undefined);
    // Every wait of every app listens on the run's one signal, hundreds at once by design, and each
    // removes its listener when done: Node's leak warning past 10 listeners does not apply.
    if (opts.signal)
        (0,external_node_events_.setMaxListeners)(0, opts.signal);
    if (!s.kubeconfig)
        throw new Error('input kubeconfig: a kubeconfig is needed to sync');
    const kube = await (0,kubeconfig/* loadKubeconfig */.iz)(s.kubeconfig);
    const repo = (0,excluded/* withoutExcluded */.fP)(await (0,render_repo/* renderRepo */.ZY)(settings, log, opts.renderCache ? { cache: opts.renderCache } : {}));
    (0,debug/* debug */.Yz)(() => `kubeconfig contexts: ${[...kube.kc.getContexts().map((c) => c.name)].join(', ')}`);
    const clients = new Map();
    // Destination names resolve through the repo's cluster Secrets first, as in Argo CD.
    const clusters = new Map([
        ...kube.kc.getContexts().map((c) => [c.name, kube.kc.getCluster(c.cluster)?.server ?? '']),
        ...repo.loaded.clusters.map((c) => [c.name, c.server]),
    ]);
    const statusCtx = {
        fieldManager: s.fieldManager,
        argocdCm: repo.loaded.argocdCm,
        clusters: repo.loaded.clusters,
        projects: repo.loaded.projects,
        knownApps: new Set(repo.rendered.map((a) => (0,argocd/* instanceName */.zl)(a.spec.app))),
        stateNamespace: s.stateNamespace,
        revision: repo.revision,
        contextLines: settings.diff.contextLines,
        prune: s.prune,
    };
    const byName = new Map(repo.rendered.map((a) => [a.name, a]));
    const reports = new Map();
    const syncOne = async (rendered, gate) => {
        const app = rendered.name;
        const failed = (message, phase = 'Error') => ({
            app,
            outcome: { phase, message, tasks: [], waves: [] },
            retries: 0,
            startedAt: new Date().toISOString(),
            finishedAt: new Date().toISOString(),
            warnings: rendered.warnings,
            revision: repo.revision,
        });
        if (rendered.problems.length > 0)
            return failed(rendered.problems.map(errors/* formatProblem */.Vw).join('; '));
        const spec = rendered.spec;
        const dest = (0,kubeconfig/* resolveDestination */.H$)(kube.kc, spec.app.spec.destination, { app, inClusterContext: s.inClusterContext, clusterSecrets: repo.loaded.clusters });
        if ((0,kubeconfig/* isProblem */.AN)(dest))
            return failed((0,errors/* formatProblem */.Vw)({ ...dest, file: spec.origin.file, line: spec.origin.line }));
        const violations = (0,policy_project/* checkApp */.Ov)({ spec, objects: rendered.objects }, repo.loaded.projects, { clusters });
        if (violations.length > 0)
            return failed(violations.map((v) => v.message).join('; '), 'Failed');
        const client = clientFor(clients, kube, dest.context, { requestTimeoutMs: s.requestTimeoutMs, retryMs: s.apiRetryMs, log });
        const decided = opts.policy ? await decideApp(opts.policy, rendered, client, statusCtx, (0,app_status/* targetsOf */.QR)(rendered, byName)) : undefined;
        if (decided) {
            log(`${app}: ${decided.status.sync}, ${decided.status.health}: ${decided.decision.reason}`);
            if (!decided.decision.sync) {
                if (opts.policy === 'push' && decided.status.sync === 'Synced' && repo.revision && !s.dryRun) {
                    // The app is at this revision already: a later drift is self-heal's business, not a new revision's sync.
                    await (0,lease/* recordRevision */.dO)(client, app, { revision: repo.revision, status: 'Synced', at: new Date() }, { namespace: s.stateNamespace }).catch((err) => log(`${app}: recording the revision failed: ${(0,errors/* toProblem */.H8)(err).message}`));
                }
                return { ...failed(decided.decision.reason, 'Succeeded'), skipped: true, status: decided.status };
            }
        }
        const project = repo.loaded.projects.get(spec.app.spec.project || 'default')?.project;
        if (project && !s.ignoreSyncWindows) {
            const windows = syncWindowState(project, { name: app, destination: spec.app.spec.destination }, opts.now ?? new Date(), { manual: opts.manual ?? false });
            for (const w of windows.warnings)
                log(`${app}: ${w}`);
            if (!windows.allowed)
                return { ...failed(windows.message, 'Failed'), ...(decided ? { status: decided.status } : {}) };
        }
        const destination = { context: dest.context, server: dest.server, namespace: spec.app.spec.destination.namespace ?? '' };
        const settingsForApp = {
            fieldManager: s.fieldManager,
            prune: s.prune,
            confirmPrune: s.confirmPrune,
            dryRun: s.dryRun,
            wait: s.wait || gate,
            healthTimeoutMs: s.healthTimeoutMs,
            waveDelayMs: opts.waveDelayMs,
            stateNamespace: s.stateNamespace,
            holder: opts.holder ?? `${(0,external_node_os_.hostname)()} pid ${process.pid}`,
            leaseSeconds: 60,
            lockWaitMs: s.lockTimeoutMs,
        };
        const input = {
            spec,
            objects: (0,app_status/* targetsOf */.QR)(rendered, byName),
            client,
            revision: repo.revision,
            argocdCm: repo.loaded.argocdCm,
            excluded: (0,excluded/* liveExclusion */.DH)(spec, repo.loaded),
            settings: settingsForApp,
            signal: opts.signal,
            log,
        };
        log(`${app}: syncing to ${dest.context} (${dest.server}) namespace ${destination.namespace || '-'}`);
        if (gate && !s.wait)
            log(`${app}: its RollingSync step gates the next one: waiting until Healthy although wait is false`);
        await opts.onAppStart?.(app, destination);
        const sync = (only) => (0,debug/* timed */.ay)(`${app}: sync`, () => (0,sync_app/* syncApp */.Ju)({ ...input, ...(decided ? { spec: (0,auto_sync/* withAutomatedRetry */.dg)(spec) } : {}), only }));
        // After a sync the run's lists hold what its writes returned; controllers have written since.
        const freshStatus = () => (0,app_status/* statusOfApp */.J4)(rendered, client, statusCtx, (0,app_status/* targetsOf */.QR)(rendered, byName), { refresh: true });
        const { result, status } = decided?.decision.sync
            ? await syncAsController(decided.decision, { sync, status: freshStatus, dryRun: s.dryRun, signal: opts.signal, log: (m) => log(`${app}: ${m}`) })
            : { result: await sync(), status: undefined };
        const stopped = (0,run_result/* stoppedSummary */.k2)(result.outcome);
        log(`${app}: ${result.outcome.phase}: ${result.outcome.message}${stopped ? ` (${stopped})` : ''}`);
        // The render's warnings (excluded kinds, repeated resources) belong in the report, as on failure.
        const report = { ...result, warnings: [...rendered.warnings, ...result.warnings], destination, revision: repo.revision, ...(decided ? { status: status ?? decided.status, drift: decided.status } : {}) };
        if (s.rollbackOnFailure && !s.dryRun && result.outcome.phase !== 'Succeeded' && !opts.signal?.aborted) {
            const rollback = await rollbackApp({ settings, input, app, log });
            if (rollback)
                report.rollback = rollback;
        }
        return report;
    };
    const runOne = async (name, { gate } = { gate: false }) => {
        const report = await syncOne(byName.get(name), gate).catch((err) => errorReport(name, err));
        await opts.onAppEnd?.(report);
        return { ok: report.outcome.phase === 'Succeeded', value: report };
    };
    try {
        // Apps of a RollingSync ApplicationSet follow its steps; every other app the run's own order.
        const rolling = rollingPlans(repo.loaded.appSets, repo.rendered);
        const inRolling = new Set(rolling.flatMap((p) => [...p.steps.flatMap((st) => st.apps), ...p.unassigned]));
        const apps = repo.rendered.filter((r) => !inRolling.has(r.name)).map((r) => orderedApp(r.spec));
        const results = await runInOrder(apps, settings.concurrency, (a) => runOne(a.name), (a, parent) => errorReport(a.name, `not synced: parent application ${parent} did not sync`, 'Failed'));
        for (const plan of rolling) {
            for (const w of plan.warnings)
                log(`warning: ${w}`);
            for (const app of plan.unassigned) {
                results.set(app, { ...errorReport(app, `not synced: no RollingSync step of ApplicationSet ${plan.appSet} selects it`, 'Failed'), skipped: true });
            }
            log(`ApplicationSet ${plan.appSet}: RollingSync ${plan.steps.map((st, i) => `step ${i + 1}: ${st.apps.join(', ') || '-'}`).join('; ')}`);
            const stepped = await runRollingSync(plan, settings.concurrency, runOne, (app, reason) => errorReport(app, reason, 'Failed'));
            for (const [app, report] of stepped)
                results.set(app, report);
        }
        for (const r of repo.rendered)
            reports.set(r.name, results.get(r.name));
    }
    finally {
        for (const c of clients.values())
            c.close();
    }
    return { reports: [...reports.values()], problems: repo.problems.map(errors/* formatProblem */.Vw) };
}
/** A plan per RollingSync ApplicationSet that generated apps in this run. */
function rollingPlans(appSets, rendered) {
    return appSets.flatMap(({ appSet }) => {
        const steps = rollingSteps(appSet);
        const apps = rendered.filter((r) => r.spec.origin.appSet === appSet.metadata.name);
        if (!steps || apps.length === 0)
            return [];
        return [planRollingSync(appSet, steps, apps.map((r) => ({ name: r.name, labels: r.spec.app.metadata.labels ?? {} })))];
    });
}
function clientFor(clients, kube, context, limits) {
    let c = clients.get(context);
    if (!c) {
        // One client per cluster for the whole run: its discovery and lists serve every app.
        c = new client/* ClusterClient */.E(kube.kc, context, { shareLists: true, limits });
        clients.set(context, c);
    }
    return c;
}
function errorReport(app, err, phase = 'Error') {
    const now = new Date().toISOString();
    return { app, outcome: { phase, message: (0,errors/* toProblem */.H8)(err).message, tasks: [], waves: [] }, retries: 0, startedAt: now, finishedAt: now, warnings: [] };
}

// EXTERNAL MODULE: ./src/status/format.ts
var format = __webpack_require__(6927);
;// CONCATENATED MODULE: ./src/report/status-report.ts
// The drift report (issue 15): per app its status as Argo CD would show it, what the run did about it,
// and the drift that was found as masked per-resource diffs (the diff stage masks Secret values).


const SYNC_ICON = { Synced: '✅', OutOfSync: '⚠️', Unknown: '❔' };
const HEALTH_ICON = { Healthy: '💚', Progressing: '🔄', Suspended: '⏸️', Missing: '👻', Degraded: '💔', Unknown: '❔' };
/** Apps OutOfSync (or Degraded) at the end of the run, by their final status. */
function appsWith(reports, pick) {
    return reports.filter((r) => r.status && pick(r.status)).map((r) => r.app);
}
function statusSummaryMarkdown(reports, title) {
    const withStatus = reports.filter((r) => r.status);
    if (withStatus.length === 0)
        return '';
    const rows = withStatus.map((r) => {
        const s = r.status;
        return [
            (0,markdown/* cellCode */.GA)(r.app),
            `${SYNC_ICON[s.sync] ?? ''} ${s.sync}`,
            `${HEALTH_ICON[s.health] ?? ''} ${s.health}`,
            s.syncPolicy,
            (0,markdown/* cell */.Hn)((0,format/* conditionsSummary */.n5)(s.conditions)),
            (0,markdown/* cell */.Hn)(r.skipped ? r.outcome.message : `${r.outcome.phase}: ${r.outcome.message}`),
        ];
    });
    const overview = (0,markdown/* table */.tp)(['App', 'Status', 'Health', 'Sync policy', 'Conditions', 'This run'], rows);
    const drifts = withStatus.filter((r) => driftOf(r).length > 0 || r.status.conditions.length > 0).map((r) => (0,markdown/* details */.zH)(`<code>${(0,markdown/* escapeHtml */.ZD)(r.app)}</code>: ${(0,markdown/* escapeHtml */.ZD)(driftTitle(r))}`, driftBody(r)));
    return [`## ${title}`, overview, ...drifts].join('\n\n') + '\n';
}
/** The resources found out of sync: before the run synced them, else now. */
function driftOf(r) {
    const found = r.drift ?? r.status;
    return found.resources.filter((x) => x.status === 'OutOfSync');
}
function driftTitle(r) {
    const n = driftOf(r).length;
    const healed = r.drift && r.drift.sync === 'OutOfSync' && r.status?.sync === 'Synced';
    return n === 0 ? 'conditions' : `${n} resource(s) out of sync${healed ? ', synced to Git by this run' : ''}`;
}
function driftBody(r) {
    const parts = [];
    for (const c of r.status.conditions)
        parts.push(`> **${(0,markdown/* escapeHtml */.ZD)(c.type)}**: ${(0,markdown/* escapeHtml */.ZD)(c.message)}`);
    if (r.status.healthMessage)
        parts.push(`Health ${(0,markdown/* escapeHtml */.ZD)(r.status.health)}: ${(0,markdown/* escapeHtml */.ZD)(r.status.healthMessage)}`);
    for (const x of driftOf(r)) {
        const k = x.key;
        const what = `${k.group ? `${k.group}/` : ''}${k.kind} ${k.namespace ? `${k.namespace}/` : ''}${k.name}`;
        const note = x.requiresPruning ? ' (not in Git: requires pruning)' : x.diff?.status === 'added' ? ' (missing in the cluster)' : '';
        parts.push(`**${(0,markdown/* escapeHtml */.ZD)(what)}**${note}`);
        if (x.diff?.diff)
            parts.push((0,markdown/* fence */.EU)('diff', x.diff.diff));
    }
    return parts.join('\n\n');
}
/** The drift issue: drifted and unhealthy apps with their conditions, and a link to the run. */
function driftIssueMarkdown(reports, runUrl) {
    const bad = reports.filter((r) => r.status && (r.status.sync !== 'Synced' || r.status.health !== 'Healthy'));
    if (bad.length === 0) {
        return { drifted: false, title: 'gitops-sync: drift', body: `Every app is Synced and Healthy as of [this run](${runUrl}).\n` };
    }
    const rows = bad.map((r) => {
        const s = r.status;
        return [cellCode(r.app), s.sync, s.health, cell(conditionsSummary(s.conditions)), cell(r.outcome.message)];
    });
    const body = [
        `${bad.length} app(s) not Synced and Healthy, found by [this run](${runUrl}); its job summary has the diffs.`,
        table(['App', 'Status', 'Health', 'Conditions', 'This run'], rows),
        '_Kept up to date by gitops-sync (mode reconcile); closed when every app is Synced and Healthy._',
    ].join('\n\n');
    return { drifted: true, title: `gitops-sync: ${bad.length} app(s) drifted or unhealthy`, body: `${body}\n` };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/action/render-cache.ts
// The render cache between workflow runs: restored before the preview (the newest entry of this
// repository's runs, by key prefix) and saved after it under a key of its own, since Actions cache
// entries are immutable. Where the Actions cache service is not available (a local run, GHES
// without it) the directory is used as it is. Failures only cost speed, so they are warnings.


const KEY_PREFIX = `gitops-sync-renders-v1-${process.platform}-`;
// @actions/cache (and the Azure storage client under it) loads only in runs that use it.
const actionsCacheModule = () => Promise.all(/* import() */[__webpack_require__.e(507), __webpack_require__.e(171), __webpack_require__.e(131)]).then(__webpack_require__.bind(__webpack_require__, 7131));
async function restoreRenderCache(cacheDir, io) {
    const actionsCache = await actionsCacheModule();
    if (!actionsCache.isFeatureAvailable())
        return;
    try {
        const hit = await actionsCache.restoreCache([renderCacheDir(cacheDir)], runKey(), [KEY_PREFIX]);
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
        await actionsCache.saveCache([(0,render_repo/* renderCacheDir */.SK)(cacheDir)], runKey());
    }
    catch (err) {
        io.warning(`render cache not saved: ${err.message}`);
    }
}
let key;
/** One key per job instance: matrix jobs (shards) of one run must not race for the same key. */
function runKey() {
    key ??= `${KEY_PREFIX}${process.env.GITHUB_RUN_ID ?? 'local'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
    return key;
}

// EXTERNAL MODULE: ./src/render/cache/render-cache.ts
var render_cache = __webpack_require__(514);
;// CONCATENATED MODULE: ./src/action/sync-mode.ts







/** Returns the failure message for the step, or undefined when every app synced. */
async function runSyncMode(settings, io, env = process.env, run = {}) {
    return (await syncRun(settings, io, env, run)).failure;
}
/** The sync, its job summary and outputs; the reports for modes that go on (reconcile's drift issue). */
async function syncRun(settings, io, env, run) {
    const manual = run.manual ?? env.GITHUB_EVENT_NAME === 'workflow_dispatch';
    // A push follows the controller's rules unless sync-policy is all; a manual run syncs what it names.
    const policy = run.policy ?? (!manual && env.GITHUB_EVENT_NAME === 'push' && settings.sync.syncPolicy === 'argocd' ? 'push' : undefined);
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    const timer = setTimeout(stop, settings.sync.syncTimeoutMs);
    // Filled (never read) here, and kept with the Actions cache, so previews of later PRs start warm.
    const renderCache = (0,render_cache/* writeOnly */._n)((0,render_cache/* openRenderCache */.Re)((0,render_repo/* renderCacheDir */.SK)(settings.cacheDir)));
    try {
        const { reports, problems } = await syncRepo(settings, {
            log: io.info,
            signal: controller.signal,
            waveDelayMs: (0,run_result/* waveDelayMs */.Rj)(env.ARGOCD_SYNC_WAVE_DELAY),
            holder: env.GITHUB_RUN_ID ? `${env.GITHUB_REPOSITORY ?? 'github'} run ${env.GITHUB_RUN_ID}/${env.GITHUB_RUN_ATTEMPT ?? '1'}` : undefined,
            manual,
            policy,
            ...(await deploymentHooks(settings, io, env)),
            renderCache,
        });
        for (const p of problems)
            io.error(p);
        io.setOutput('result', syncResultJson(reports));
        io.setOutput('out-of-sync-apps', JSON.stringify(appsWith(reports, (st) => st.sync === 'OutOfSync')));
        io.setOutput('degraded-apps', JSON.stringify(appsWith(reports, (st) => st.health === 'Degraded')));
        const statusTitle = policy === 'reconcile' ? 'App status (reconcile)' : 'App status (sync-policy argocd)';
        await io.summary(statusSummaryMarkdown(reports, statusTitle) + syncSummaryMarkdown(reports, { dryRun: settings.sync.dryRun }) + policyNote(policy));
        await renderCache.prune().catch(() => undefined);
        await saveRenderCache(settings.cacheDir, io);
        return { reports, failure: failureMessage(reports, problems) };
    }
    finally {
        clearTimeout(timer);
        process.removeListener('SIGTERM', stop);
        process.removeListener('SIGINT', stop);
    }
}
/** Says in the summary why apps were left alone, so the automated/manual rules are visible. */
function policyNote(policy) {
    if (policy === 'push') {
        return '\n_sync-policy argocd: only apps with `syncPolicy.automated` that are OutOfSync are synced on push; other apps are synced by a `workflow_dispatch` run naming them in input `app` (set `sync-policy: all` to sync every app on every push)._\n';
    }
    if (policy === 'reconcile')
        return '\n_reconcile: `automated` + `selfHeal` apps are reverted to Git; other drift is reported only._\n';
    return '';
}
const DEPLOYMENT_STATE = {
    Succeeded: 'success',
    Failed: 'failure',
    Error: 'error',
    Running: 'error',
    Terminating: 'error',
};
/**
 * With the `deployments` input, a GitHub Deployment per app that passed its gates, on the pushed
 * commit: `in_progress` when its sync starts, then Argo CD's outcome. GitHub trouble is a warning.
 */
async function deploymentHooks(settings, io, env) {
    if (!settings.sync.deployments)
        return {};
    if (settings.sync.dryRun) {
        io.info('dry run: no GitHub deployments');
        return {};
    }
    const token = settings.diff.githubToken;
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const ref = env.GITHUB_SHA;
    if (!token || !owner || !repo || !ref) {
        io.warning(`deployments: ${token ? 'GITHUB_REPOSITORY or GITHUB_SHA is not set' : 'no github-token'}, so no GitHub deployments are created`);
        return {};
    }
    // The GitHub client (Octokit) loads only when it is used.
    const { makeOctokit } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2842));
    const { setDeploymentStatus, startDeployment } = await __webpack_require__.e(/* import() */ 542).then(__webpack_require__.bind(__webpack_require__, 3542));
    const octokit = makeOctokit(token, { baseUrl: env.GITHUB_API_URL, onWarning: io.warning });
    const logUrl = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`;
    const ids = new Map();
    const warn = (app, w) => {
        if (w)
            io.warning(`${app}: ${w}`);
    };
    return {
        async onAppStart(app, destination) {
            const environment = settings.sync.deploymentEnvironment.replaceAll('{app}', app);
            const where = `${destination.context}/${destination.namespace || '-'}`;
            const started = await startDeployment(octokit, { owner, repo, ref, environment, description: `gitops-sync: ${app} to ${where}`, payload: { app, destination } });
            if ('warning' in started)
                return warn(app, started.warning);
            ids.set(app, started.id);
            io.info(`${app}: GitHub deployment ${started.id} (environment ${environment})`);
            warn(app, await setDeploymentStatus(octokit, { owner, repo, id: started.id, state: 'in_progress', description: `Syncing to ${where}`, logUrl }));
        },
        async onAppEnd(report) {
            const id = ids.get(report.app);
            if (id === undefined)
                return;
            const state = DEPLOYMENT_STATE[report.outcome.phase];
            // The commit did not deploy either way; say what the cluster runs now when a rollback ran.
            const rb = report.rollback;
            const rolledBack = rb ? `rolled back to ${rb.revision.slice(0, 7)} (${rb.outcome.phase}); ` : '';
            const description = `${rolledBack}${report.outcome.message}`;
            warn(report.app, await setDeploymentStatus(octokit, { owner, repo, id, state, description, logUrl }));
        },
    };
}
/** `app <name>: <Argo CD message>` per app that did not sync. */
function failureMessage(reports, problems) {
    const failed = reports.filter((r) => r.outcome.phase !== 'Succeeded' && !r.skipped).map((r) => `app ${r.app}: ${r.outcome.message}`);
    const all = [...problems, ...failed];
    return all.length > 0 ? all.join('\n') : undefined;
}


/***/ })

};
