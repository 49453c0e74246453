// Before anything is written (gitops-engine sync_context.go Sync, before the first wave): every task
// must be valid, then every apply is dry-run on the server; with ApplyOutOfSyncOnly=true, resources the
// dry run predicts unchanged are left out.
import { UnknownKindError } from '../../cluster/client.js';
import type { K8sObject } from '../../model/k8s.js';
import { applyTask, taskOption } from './apply-task.js';
import { inSync } from './ignored-fields.js';
import { kubectlName } from './result.js';
import type { Run, SyncContext } from './run-context.js';
import { errorMessage } from '../../model/errors.js';
import { setFailed } from './run-context.js';

/** Every task's kind must be served (or defined by a CRD in this sync) and allowed by the project. */
export async function validate(ctx: SyncContext): Promise<boolean> {
  const crdKinds = new Set(
    ctx.runs.flatMap((r) => {
      const spec = r.task.target?.spec as { group?: string; names?: { kind?: string } } | undefined;
      return r.task.key.kind === 'CustomResourceDefinition' && spec?.group ? [`${spec.group}/${spec.names?.kind}`] : [];
    }),
  );
  let ok = true;
  for (const r of ctx.runs) {
    const denied = ctx.o.permitted?.(r.task);
    if (denied) {
      setFailed(r, denied);
      ok = false;
      continue;
    }
    const obj = r.task.target ?? r.task.live;
    if (!obj || (await ctx.o.client.discovery.resolve(obj.apiVersion, obj.kind))) continue;
    if (skipDryRun(ctx, r) || crdKinds.has(`${r.task.key.group}/${r.task.key.kind}`)) continue;
    setFailed(r, new UnknownKindError(obj.apiVersion, obj.kind).message);
    ok = false;
  }
  return ok;
}

export function skipDryRun(ctx: SyncContext, r: Run): boolean {
  return taskOption(r.task, ctx.o.syncOptions, 'SkipDryRunOnMissingResource=true');
}

/** Server-side dry run of every apply; a kind created by a CRD of this sync cannot be dry-run yet. Returns the failed runs. */
export async function dryRun(ctx: SyncContext, runs: Run[]): Promise<Run[]> {
  const failed: Run[] = [];
  await Promise.all(
    runs.map(async (r) => {
      const target = r.task.target as K8sObject;
      if (!(await ctx.o.client.discovery.resolve(target.apiVersion, target.kind))) return;
      try {
        const applied = await applyTask(ctx.o.client, r.task, r.live, ctx.applySettings(true));
        r.predicted = applied.live;
        if (ctx.o.dryRun) ctx.setApplied(r, applied.verb, applied.message, 'Succeeded');
      } catch (err) {
        if (ctx.o.dryRun && isMissingNamespace(err, ctx.runs)) {
          ctx.setApplied(r, 'created', `${kubectlName(r.task.key)} created (server dry run; its namespace is created by this sync)`, 'Succeeded');
          return;
        }
        setFailed(r, errorMessage(err));
        failed.push(r);
      }
    }),
  );
  return failed;
}

/**
 * ApplyOutOfSyncOnly=true (filterOutOfSyncTasks): a resource whose dry-run prediction equals live after
 * the app's normalization is not applied. Hooks and objects to create always run.
 */
export async function skipInSync(ctx: SyncContext, runs: Run[]): Promise<void> {
  const comparison = ctx.o.comparison ?? { opts: {}, rules: [] };
  await Promise.all(
    runs.map(async (r) => {
      if (r.task.hookTypes.length > 0 || !r.live || !r.predicted || !(await inSync(r.predicted, r.live, comparison))) return;
      r.result = { ...r.result, code: 'Synced', state: 'Succeeded', action: 'skipped', message: `${kubectlName(r.task.key)} in sync (ApplyOutOfSyncOnly): not applied`, health: ctx.health(r.live) };
    }),
  );
}

/** In a dry run, objects inside a namespace the same sync creates cannot be checked by the server. */
function isMissingNamespace(err: unknown, runs: Run[]): boolean {
  const m = /namespaces "([^"]+)" not found/.exec(errorMessage(err));
  return !!m && runs.some((r) => r.task.key.kind === 'Namespace' && r.task.key.group === '' && r.task.key.name === m[1] && !r.live);
}
