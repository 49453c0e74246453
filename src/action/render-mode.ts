// Mode `render`: render every app and report failures; the app list is an output for matrix jobs.
import { formatProblem } from '../model/errors.js';
import { renderRepo } from '../pipeline/render-repo.js';
import type { Settings } from '../settings.js';
import type { ActionIO } from './io.js';

/** Returns the failure message for the step, or undefined when every app rendered. */
export async function runRenderMode(settings: Settings, io: ActionIO): Promise<string | undefined> {
  const result = await renderRepo(settings, io.info);
  const apps = result.rendered.map((a) => ({
    name: a.name,
    project: a.spec.app.spec.project,
    destination: a.spec.app.spec.destination,
    resources: a.objects.length,
    ok: a.problems.length === 0,
  }));
  io.setOutput('apps', JSON.stringify(apps));
  for (const a of result.rendered) for (const w of a.warnings) io.warning(`${a.name}: ${w}`);
  for (const n of result.notes) io.info(`note: ${n}`);
  const problems = [...result.problems, ...result.rendered.flatMap((a) => a.problems)];
  for (const p of problems) io.error(formatProblem(p));
  io.info(`rendered ${apps.filter((a) => a.ok).length} of ${apps.length} app(s)`);
  return problems.length > 0 ? `${problems.length} problem(s) while rendering; see the errors above` : undefined;
}
