// What a mode may do to the outside world in the action: log, set outputs, write the job summary.
// main.ts builds it from @actions/core; tests build it over arrays, so modes stay testable. Every
// text passes the secret redactor on its way out (redactingIO), whatever a render put in it.
import * as core from '@actions/core';
import { MIN_SECRET_LENGTH, secrets, type Redactor } from '../secrets/redact.js';

export interface ActionIO {
  info(message: string): void;
  /** Shown only when the run has step debugging on (ACTIONS_STEP_DEBUG). */
  debug(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  setOutput(name: string, value: string): void;
  /** Registers a secret: masked in every later log line, output, summary, comment and file. */
  setSecret(value: string): void;
  /** Appends markdown to the job summary. */
  summary(markdown: string): Promise<void>;
  /** Fails the step with this message. */
  setFailed(message: string): void;
}

/** GitHub's job summary is limited to 1 MiB per step; past that the upload fails. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024;

/**
 * `io` with every string argument of every method redacted, so a method added later cannot skip
 * the filter; setSecret registers with the redactor instead.
 */
export function redactingIO(io: ActionIO, redactor: Redactor): ActionIO {
  const wrapped = Object.fromEntries(
    Object.entries(io).map(([name, fn]: [string, (...args: unknown[]) => unknown]) => [
      name,
      (...args: unknown[]) => fn(...args.map((a) => (typeof a === 'string' ? redactor.redact(a) : a))),
    ]),
  ) as unknown as ActionIO;
  wrapped.setSecret = (v) => {
    redactor.register(v);
  };
  return wrapped;
}

/** GitHub's runner masks line by line, so a multi-line secret is registered with it line by line too. */
function maskWithRunner(value: string): void {
  core.setSecret(value);
  if (!value.includes('\n')) return;
  for (const line of value.split(/\r?\n/)) if (line.trim().length >= MIN_SECRET_LENGTH) core.setSecret(line.trim());
}

export function coreIO(): ActionIO {
  // Secrets registered anywhere in the process (exec plugins' credentials too) reach the runner's masker.
  secrets.onRegister(maskWithRunner);
  const raw: ActionIO = {
    info: (m) => core.info(m),
    debug: (m) => core.debug(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
    setOutput: (n, v) => core.setOutput(n, v),
    setSecret: () => undefined,
    async summary(markdown) {
      const room = JOB_SUMMARY_LIMIT - 1024;
      const text = markdown.length > room ? `${markdown.slice(0, room)}\n\n… cut at GitHub's 1 MiB job summary limit; the diff-file output has everything.\n` : markdown;
      await core.summary.addRaw(text, true).write();
    },
    setFailed: (m) => core.setFailed(m),
  };
  return redactingIO(raw, secrets);
}
