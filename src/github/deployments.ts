// GitHub Deployments per synced app: one deployment on the pushed commit, statuses `in_progress`
// then `success` / `failure` / `error` with Argo CD's message. Reporting only: nothing here may fail
// a sync, so every GitHub error comes back as a warning for the caller to print.
import { secrets } from '../secrets/redact.js';
import type { GitHubClient } from './client.js';
import { callError, type CallMeaning } from './errors.js';

const DEPLOYMENTS: CallMeaning = { permission: 'deployments: write', notFoundIsPermission: true };

/** GitHub rejects a deployment status description longer than this (HTTP 422). */
export const STATUS_DESCRIPTION_LIMIT = 140;

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error';

export interface DeploymentRequest {
  owner: string;
  repo: string;
  /** The commit SHA deployed. */
  ref: string;
  environment: string;
  description: string;
  payload?: Record<string, unknown>;
}

export interface DeploymentStatusRequest {
  owner: string;
  repo: string;
  id: number;
  state: DeploymentState;
  /** Cut to GitHub's 140 characters. */
  description: string;
  /** The workflow run. */
  logUrl: string;
  environmentUrl?: string;
}

/** The deployment's id, or why none was created. */
export type StartedDeployment = { id: number } | { warning: string };

export async function startDeployment(octokit: GitHubClient, req: DeploymentRequest): Promise<StartedDeployment> {
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
    if ('id' in res.data) return { id: res.data.id };
    return { warning: `GitHub deployment for environment ${req.environment} not created: HTTP ${res.status}: ${res.data.message ?? ''}` };
  } catch (err) {
    return { warning: `GitHub deployment for environment ${req.environment} not created: ${callError('create deployment', DEPLOYMENTS, err).reason}` };
  }
}

/** Returns a warning when GitHub did not take the status, else undefined. */
export async function setDeploymentStatus(octokit: GitHubClient, req: DeploymentStatusRequest): Promise<string | undefined> {
  try {
    await octokit.rest.repos.createDeploymentStatus({
      owner: req.owner,
      repo: req.repo,
      deployment_id: req.id,
      state: req.state,
      // Redacted before it is cut: a cut secret would no longer match the filter of the client.
      description: truncateDescription(secrets.redact(req.description)),
      log_url: req.logUrl,
      ...(req.environmentUrl ? { environment_url: req.environmentUrl } : {}),
    });
    return undefined;
  } catch (err) {
    return `GitHub deployment ${req.id}: status ${req.state} not set: ${callError('create deployment status', DEPLOYMENTS, err).reason}`;
  }
}

/** At most 140 characters (code points, so no emoji is split), with an ellipsis when cut. */
export function truncateDescription(text: string): string {
  const chars = Array.from(text);
  return chars.length <= STATUS_DESCRIPTION_LIMIT ? text : `${chars.slice(0, STATUS_DESCRIPTION_LIMIT - 1).join('')}…`;
}
