// The only ways text leaves the process besides the action's io (src/action/io.ts) and the GitHub
// client (src/github/client.ts): standard streams and output files, each through the redactor.
// ESLint forbids process.stdout/stderr and console everywhere else in src/.
import { writeFile } from 'node:fs/promises';
import { secrets } from './redact.js';

export function writeStdout(text: string): void {
  process.stdout.write(secrets.redact(text));
}

export function writeStderr(text: string): void {
  process.stderr.write(secrets.redact(text));
}

/** Writes an output file (diff file, rendered manifests); its name is redacted too. */
export async function writeOutputFile(path: string, text: string): Promise<string> {
  const safePath = secrets.redact(path);
  await writeFile(safePath, secrets.redact(text));
  return safePath;
}

/**
 * Writes `value` as a JSON output file (a shard's preview file). Strings are redacted before they
 * are serialized, so a mask can never cut a JSON escape in half; the name is redacted too.
 */
export async function writeOutputJson(path: string, value: unknown): Promise<string> {
  const safePath = secrets.redact(path);
  await writeFile(safePath, `${JSON.stringify(secrets.redactDeep(value))}\n`);
  return safePath;
}
