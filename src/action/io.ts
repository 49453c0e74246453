// What a mode may do to the outside world in the action: log, set outputs, write the job summary.
// main.ts builds it from @actions/core; tests build it over arrays, so modes stay testable.
import * as core from '@actions/core';

export interface ActionIO {
  info(message: string): void;
  /** Shown only when the run has step debugging on (ACTIONS_STEP_DEBUG). */
  debug(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  setOutput(name: string, value: string): void;
  /** Masks a value in every later log line. */
  setSecret(value: string): void;
  /** Appends markdown to the job summary. */
  summary(markdown: string): Promise<void>;
}

/** GitHub's job summary is limited to 1 MiB per step; past that the upload fails. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024;

export function coreIO(): ActionIO {
  return {
    info: (m) => core.info(m),
    debug: (m) => core.debug(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
    setOutput: (n, v) => core.setOutput(n, v),
    setSecret: (v) => core.setSecret(v),
    async summary(markdown) {
      const room = JOB_SUMMARY_LIMIT - 1024;
      const text = markdown.length > room ? `${markdown.slice(0, room)}\n\n… cut at GitHub's 1 MiB job summary limit; the diff-file output has everything.\n` : markdown;
      await core.summary.addRaw(text, true).write();
    },
  };
}
