// GitHub failures said plainly: which call failed, with GitHub's status and message and what they
// mean. Only a refusal that is about the token's rights suggests a permission: a rate limit that
// never lifted, a server error after the retries, or a locked pull request each say so instead.

export interface CallMeaning {
  /** The permission the call needs, named when GitHub's answer means the token lacks it. */
  permission: string;
  /** A 404 here means the token cannot see the repository (GitHub hides what a token may not read). */
  notFoundIsPermission: boolean;
}

export class GitHubCallError extends Error {
  constructor(
    /** What was attempted, e.g. `update comment 123 on pull request #7`. */
    readonly call: string,
    readonly status: number | undefined,
    /** GitHub refused the token: the caller may treat it as "no access" rather than a failure. */
    readonly permission: boolean,
    /** Status, GitHub's message and what they mean, without the call. */
    readonly reason: string,
  ) {
    super(`GitHub ${call} failed: ${reason}`);
    this.name = 'GitHubCallError';
  }
}

interface OctokitError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | undefined>; data?: { message?: string; errors?: ({ message?: string } | string)[] } };
  request?: { request?: { retryCount?: number } };
  /** Rate-limit retries made, set by the client (client.ts). */
  retries?: number;
}

/** Runs one GitHub call; a failure becomes a GitHubCallError naming `call` and the real cause. */
export async function gitHubCall<T>(call: string, meaning: CallMeaning, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw callError(call, meaning, err);
  }
}

export function callError(call: string, meaning: CallMeaning, err: unknown): GitHubCallError {
  const e = (err ?? {}) as OctokitError;
  const status = typeof e.status === 'number' ? e.status : undefined;
  const { cause, permission } = explain(status, e, meaning);
  return new GitHubCallError(call, status, permission, cause);
}

function explain(status: number | undefined, e: OctokitError, meaning: CallMeaning): { cause: string; permission: boolean } {
  const data = e.response?.data;
  const details = (data?.errors ?? []).flatMap((x) => (typeof x === 'string' ? [x] : x.message ? [x.message] : []));
  const message = [data?.message ?? e.message ?? String(e), ...details].join(': ');
  if (status === undefined) return { cause: `the GitHub API did not answer (${message})`, permission: false };
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
  if (status === 401) return { cause: `${http}: the token is invalid or expired`, permission: false };
  if (status === 403 && /locked/i.test(message)) return { cause: `${http}: the conversation is locked`, permission: false };
  if (status === 403 || (status === 404 && meaning.notFoundIsPermission)) {
    return { cause: `${http}: does the token have ${meaning.permission}?`, permission: true };
  }
  if (status >= 500) return { cause: `${http}: a GitHub server error${after}`, permission: false };
  return { cause: http, permission: false };
}
