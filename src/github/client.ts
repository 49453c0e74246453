// The GitHub client: @actions/github's Octokit with GitHub's recommended request pacing (throttling)
// and retries of transient failures (5xx, secondary rate limits). Every request's parameters (comment
// bodies, deployment descriptions and payloads) pass the secret redactor, so nothing posted to
// GitHub can carry a registered secret. ESLint keeps getOctokit out of every other module.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { secrets } from '../secrets/redact.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  /** API root; GITHUB_API_URL on GitHub Enterprise, a local server in tests. */
  baseUrl?: string;
  /** Milliseconds multiplied by the retry plugins' back-off and retry-after; small values make tests fast. */
  retryAfterBaseValue?: number;
  /** Times a rate-limited request is retried after GitHub's retry-after. */
  rateLimitRetries?: number;
  /** Where to say that a request was rate limited (the action passes core.warning). */
  onWarning?: (message: string) => void;
}

export function makeOctokit(token: string, opts: ClientOptions = {}): GitHubClient {
  const limit = opts.rateLimitRetries ?? 2;
  // A warning that announces a retry is only written when that retry will happen; past the limit
  // the request fails, and its error (errors.ts) says the limit never lifted.
  // Retries made per request, for its error: the error object the throttling plugin rejects with predates its last count.
  const limitRetries = new WeakMap<object, number>();
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    const retrying = retryCount < limit;
    limitRetries.set(options, retryCount);
    if (retrying) opts.onWarning?.(`GitHub ${kind} rate limit on ${options.method} ${options.url}; retry ${retryCount + 1} of ${limit} in ${retryAfter} s`);
    return retrying;
  };
  const octokit = getOctokit(
    token,
    {
      ...(opts.baseUrl ? { baseUrl: opts.baseUrl.replace(/\/+$/, '') } : {}),
      retry: opts.retryAfterBaseValue === undefined ? {} : { retryAfterBaseValue: opts.retryAfterBaseValue },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        ...(opts.retryAfterBaseValue === undefined ? {} : { retryAfterBaseValue: opts.retryAfterBaseValue }),
      },
    },
    retry,
    throttling,
  );
  octokit.hook.error('request', (err, options) => {
    const retries = limitRetries.get(options);
    throw retries === undefined ? err : Object.assign(err, { retries });
  });
  octokit.hook.before('request', (options) => {
    for (const [name, value] of Object.entries(options)) if (!ROUTING.has(name)) options[name] = secrets.redactDeep(value);
  });
  return octokit;
}

/** Request options that address the request rather than carry its content (the token is in headers). */
const ROUTING = new Set(['method', 'url', 'baseUrl', 'headers', 'request', 'mediaType', 'owner', 'repo']);

/**
 * The sticky comment's key: the `comment-key` input when given, else workflow and job, so several
 * environments or instances commenting on one PR never overwrite each other. Only characters that
 * are safe inside an HTML comment marker are kept.
 */
export function commentKey(workflow: string, job: string, input?: string): string {
  const raw = input && input.trim() ? input.trim() : `${workflow}/${job}`;
  // `--` could end the HTML comment early, so dash runs collapse too.
  return raw.replace(/[^A-Za-z0-9._/-]+/g, '-').replace(/-{2,}/g, '-');
}
