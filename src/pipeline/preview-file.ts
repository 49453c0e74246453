// A shard's preview file: the findings of one `shard: i/n` job of a pull-request preview, versioned
// JSON with every registered secret masked, for the merge job (merge-shards.ts) to combine.
import { readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { findSpecFiles } from '../load/discover.js';
import type { Shard } from './select-apps.js';
import type { PresentOptions, PreviewFindings } from './preview-present.js';

export const PREVIEW_FILE_FORMAT = 'gitops-sync-preview';
/** Bumped whenever the findings' shape changes: a merge never reads files it might misread. */
export const PREVIEW_FILE_VERSION = 1;

export interface PreviewFile {
  format: typeof PREVIEW_FILE_FORMAT;
  version: number;
  shard: Shard;
  /** The pull request previewed; absent when the CLI wrote the file. */
  pullRequest?: { repository: string; number: number };
  /** The inputs the comment depends on besides the findings. */
  sync: PresentOptions['sync'];
  findings: PreviewFindings;
}

/** The file of one shard's findings; `shard` defaults to 1/1 (a merge of one file is that run). */
export function previewFile(findings: PreviewFindings, sync: PresentOptions['sync'], shard: Shard = { index: 1, count: 1 }, pullRequest?: PreviewFile['pullRequest']): PreviewFile {
  return {
    format: PREVIEW_FILE_FORMAT,
    version: PREVIEW_FILE_VERSION,
    shard,
    ...(pullRequest ? { pullRequest } : {}),
    sync: { prune: sync.prune, confirmPrune: sync.confirmPrune },
    findings,
  };
}

/** A preview file that cannot be read or is not one this version understands; the message names the file. */
export class PreviewFileError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'PreviewFileError';
  }
}

export async function readPreviewFile(path: string): Promise<PreviewFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new PreviewFileError(path, `cannot read the preview file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new PreviewFileError(path, `not a gitops-sync preview file: invalid JSON (${(e as Error).message})`);
  }
  const v = value as Partial<PreviewFile> | null;
  if (!v || typeof v !== 'object' || v.format !== PREVIEW_FILE_FORMAT) throw new PreviewFileError(path, `not a gitops-sync preview file (no "format": "${PREVIEW_FILE_FORMAT}")`);
  if (v.version !== PREVIEW_FILE_VERSION) {
    throw new PreviewFileError(path, `preview file version ${String(v.version)}, but this gitops-sync reads version ${PREVIEW_FILE_VERSION}: every shard and the merge must run the same gitops-sync release`);
  }
  const shardOk = v.shard && Number.isInteger(v.shard.index) && Number.isInteger(v.shard.count) && v.shard.index >= 1 && v.shard.index <= v.shard.count;
  if (!shardOk) throw new PreviewFileError(path, 'field shard: expected {index, count} with 1 ≤ index ≤ count');
  const f = v.findings as Partial<PreviewFindings> | undefined;
  const lists = ['diffs', 'renames', 'policy', 'problems', 'failedApps', 'appSetDeletions', 'keptDeletions', 'renderNotes', 'warnings', 'plannedFromCluster'] as const;
  const bad = f && typeof f === 'object' ? lists.find((k) => !Array.isArray(f[k])) : 'findings';
  if (bad) throw new PreviewFileError(path, `field findings${bad === 'findings' ? '' : `.${bad}`}: missing or not a list`);
  return v as PreviewFile;
}

/**
 * The files the globs name (relative to `cwd`, or absolute), sorted. A glob that matches no file is
 * an error naming it: a merge over fewer files than were meant must never look complete.
 */
export async function findPreviewFiles(globs: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const glob of globs) {
    const files = await filesOf(resolve(cwd, glob));
    if (files.length === 0) throw new PreviewFileError(glob, 'matches no file (preview-files: did the download-artifact step run, and into this path?)');
    for (const file of files) found.add(file);
  }
  return [...found].sort();
}

/** A path, or a glob searched from its last directory without wildcards. */
async function filesOf(pattern: string): Promise<string[]> {
  const parts = pattern.split(sep);
  const wild = parts.findIndex((p) => /[*?[{]/.test(p));
  if (wild === -1) return (await stat(pattern).catch(() => undefined))?.isFile() ? [pattern] : [];
  const root = parts.slice(0, wild).join(sep) || sep;
  if (!(await stat(root).catch(() => undefined))?.isDirectory()) return [];
  return (await findSpecFiles(root, [parts.slice(wild).join('/')])).map((rel) => join(root, rel));
}
