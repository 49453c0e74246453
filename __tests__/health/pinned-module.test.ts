// The built-in health scripts come from the pinned Argo CD module, verified by its h1: hash.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { downloadModule, hash1, pinnedRelease, readZip } from '../../scripts/argocd/module.mjs';
import { HEALTH_SCRIPTS, RELEASE } from '../../generated/argocd/health-scripts.js';
import { ARGOCD_RELEASE } from '../../src/argocd-release.js';

describe('the pinned Argo CD module', () => {
  const release = pinnedRelease();
  const info = downloadModule(release);
  const files = readZip(readFileSync(info.Zip));

  it('is the release src/argocd-release.ts names, and the generated scripts are from it', () => {
    expect(release).toBe(ARGOCD_RELEASE);
    expect(RELEASE).toBe(ARGOCD_RELEASE);
  });

  it("hashes to the checksum database's h1: sum, and a changed byte does not", () => {
    expect(hash1(files)).toBe(info.Sum);
    const tampered = files.map((f, i) => (i === 0 ? { ...f, data: Buffer.concat([f.data, Buffer.from(' ')]) } : f));
    expect(hash1(tampered)).not.toBe(info.Sum);
  });

  it('yields exactly its resource_customizations health.lua files, byte for byte', () => {
    const prefix = `github.com/argoproj/argo-cd/v3@${release}/resource_customizations/`;
    const scripts = files.filter((f) => f.name.startsWith(prefix) && f.name.endsWith('/health.lua'));
    expect(Object.keys(HEALTH_SCRIPTS).sort()).toEqual(scripts.map((f) => f.name.slice(prefix.length, -'/health.lua'.length)).sort());
    for (const f of scripts) expect(HEALTH_SCRIPTS[f.name.slice(prefix.length, -'/health.lua'.length)]).toBe(f.data.toString('utf8'));
  });
});
