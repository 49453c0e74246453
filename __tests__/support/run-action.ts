// Runs the committed bundle dist/index.js the way GitHub runs a step on a pull_request event (an event
// payload file) or another event (push, schedule), inputs as INPUT_* variables, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, and
// GITHUB_API_URL pointing at the local API stand-in. Asynchronous, so an in-process server keeps
// answering while the action runs.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ACTION = join(process.cwd(), 'dist', 'index.js');

export interface PullRequestRun {
  /** Node.js binary to run the bundle with. */
  node: string;
  runnerTemp: string;
  apiUrl: string;
  repository: string;
  pr: { number: number; baseSha: string; headSha: string; headRef: string };
  /** Input name → value, as in the workflow's `with:`. */
  inputs: Record<string, string>;
  /** Variables the runner itself would set (ACTIONS_RUNTIME_TOKEN, …). */
  env?: Record<string, string>;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export async function runActionOnPullRequest(r: PullRequestRun): Promise<ActionRun> {
  const event = join(r.runnerTemp, 'event.json');
  const outputFile = join(r.runnerTemp, 'output');
  const summaryFile = join(r.runnerTemp, 'summary.md');
  const repo = { full_name: r.repository };
  writeFileSync(
    event,
    JSON.stringify({
      action: 'opened',
      number: r.pr.number,
      pull_request: {
        number: r.pr.number,
        base: { sha: r.pr.baseSha, ref: 'main', repo },
        head: { sha: r.pr.headSha, ref: r.pr.headRef, repo },
      },
    }),
  );
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputs = Object.fromEntries(Object.entries(r.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const ran = await spawnAction(r.node, {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...(process.env.GITOPS_SYNC_CACHE ? { GITOPS_SYNC_CACHE: process.env.GITOPS_SYNC_CACHE } : {}),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: r.repository,
    GITHUB_API_URL: r.apiUrl,
    GITHUB_WORKFLOW: 'preview',
    GITHUB_JOB: 'diff',
    RUNNER_TEMP: r.runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...r.env,
    ...inputs,
  });
  return { ...ran, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

export interface EventRun {
  node: string;
  runnerTemp: string;
  /** GITHUB_EVENT_NAME: push, schedule, workflow_dispatch. */
  event: string;
  repository: string;
  apiUrl?: string;
  inputs: Record<string, string>;
  env?: Record<string, string>;
}

/** The bundle on an event without a payload the action reads (push, schedule, workflow_dispatch). */
export async function runActionOnEvent(r: EventRun): Promise<ActionRun> {
  const outputFile = join(r.runnerTemp, 'output');
  const summaryFile = join(r.runnerTemp, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputs = Object.fromEntries(Object.entries(r.inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const ran = await spawnAction(r.node, {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...(process.env.GITOPS_SYNC_CACHE ? { GITOPS_SYNC_CACHE: process.env.GITOPS_SYNC_CACHE } : {}),
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: r.event,
    GITHUB_REPOSITORY: r.repository,
    ...(r.apiUrl ? { GITHUB_API_URL: r.apiUrl } : {}),
    GITHUB_WORKFLOW: r.event,
    GITHUB_JOB: 'gitops',
    RUNNER_TEMP: r.runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...r.env,
    ...inputs,
  });
  return { ...ran, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

function spawnAction(node: string, env: NodeJS.ProcessEnv): Promise<Pick<ActionRun, 'code' | 'stdout' | 'stderr'>> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [ACTION], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<DELIM`, the value, `DELIM`. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}
