// Which apps this job handles: the `app` input's names, and the job's shard of a matrix (`shard: i/n`).
import type { AppSpec } from '../model/argocd.js';
import { renamePairs } from './renames.js';

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

/**
 * A pull-request preview's shard of both sides. An app renamed by the PR goes with its new name on
 * both sides, so the shard that shows it can pair it with its old self (as an unsharded run does).
 */
export function previewShard(base: readonly AppSpec[], head: readonly AppSpec[], shard: Shard): { base: AppSpec[]; head: AppSpec[] } {
  const nameOf = (a: AppSpec) => a.app.metadata.name;
  const headNames = new Set(head.map(nameOf));
  const baseNames = new Set(base.map(nameOf));
  const removed = base.filter((a) => !headNames.has(nameOf(a))).map((spec) => ({ spec }));
  const added = head.filter((a) => !baseNames.has(nameOf(a))).map((spec) => ({ spec }));
  const renamedTo = new Map(renamePairs(removed, added).map(([from, to]) => [nameOf(from.spec), nameOf(to.spec)]));
  const mine = (name: string) => shardOf(name, shard.count) === shard.index;
  return { base: base.filter((a) => mine(renamedTo.get(nameOf(a)) ?? nameOf(a))), head: head.filter((a) => mine(nameOf(a))) };
}
