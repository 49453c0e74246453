// Which apps this job handles: the `app` input's names, and the job's shard of a matrix (`shard: i/n`).
import type { AppSpec } from '../model/argocd.js';

export interface Shard {
  /** 1-based, as users write `1/3`. */
  index: number;
  count: number;
}

export function parseShard(value: string): Shard | undefined {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (!m) return undefined;
  const shard = { index: Number(m[1]), count: Number(m[2]) };
  return shard.count >= 1 && shard.index >= 1 && shard.index <= shard.count ? shard : undefined;
}

/**
 * An app's shard depends only on its name (FNV-1a), so adding or removing apps never moves the others
 * to another matrix job (and so never splits one app's history across jobs).
 */
export function shardOf(name: string, count: number): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(name, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % count) + 1;
}

export function selectApps(apps: readonly AppSpec[], names: readonly string[], shard?: Shard): AppSpec[] {
  const wanted = new Set(names);
  return apps.filter(
    (a) =>
      (wanted.size === 0 || wanted.has(a.app.metadata.name)) &&
      (!shard || shardOf(a.app.metadata.name, shard.count) === shard.index),
  );
}
