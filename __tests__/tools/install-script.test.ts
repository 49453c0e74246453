// scripts/tools/install.sh reads the pins from pins.ts and leaves tools that already report them alone.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { PINNED_VERSIONS, TOOL_NAMES } from '../../src/render/tools/versions.js';

const script = join(process.cwd(), 'scripts', 'tools', 'install.sh');
// jsonnet-deps is built from the same go-jsonnet release as jsonnet.
const tools: [string, string][] = [...TOOL_NAMES.map((t): [string, string] => [t, PINNED_VERSIONS[t]]), ['jsonnet-deps', PINNED_VERSIONS.jsonnet]];

it('skips every tool whose binary already reports the pinned version, then prints the versions', async () => {
  const cache = mkdtempSync(join(tmpdir(), 'install-sh-'));
  try {
    const bin = join(cache, 'tools', 'bin');
    mkdirSync(bin, { recursive: true });
    for (const [tool, pin] of tools) {
      // Stand-ins that print their pin for any arguments: the script must not rebuild them.
      writeFileSync(join(bin, tool), `#!/bin/sh\necho "fake ${tool} ${pin}"\n`);
      chmodSync(join(bin, tool), 0o755);
    }
    const stdout = execFileSync('bash', [script], { env: { ...process.env, GITOPS_SYNC_CACHE: cache }, encoding: 'utf8' });
    for (const [tool, pin] of tools) {
      expect(stdout).toContain(`${tool} ${pin} already installed in ${bin}`);
      expect(stdout).toMatch(new RegExp(`^  ${tool} +fake ${tool} ${pin.replace(/\./g, '\\.')}$`, 'm'));
    }
    expect(stdout).not.toContain('installing');
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
});
