// runTool's memory limit: a tool whose resident memory passes it is stopped with a clear error, one
// below it runs to the end; what the tool's child processes use counts too. (The tool here is node itself, allocating and touching buffers.)
import { runTool } from '../../src/render/tools/exec.js';

const MiB = 2 ** 20;
const grow = (chunks: number) =>
  `const a = []; let i = 0; const t = setInterval(() => { a.push(Buffer.alloc(${32 * MiB}, 1)); if (++i === ${chunks}) { clearInterval(t); console.log('done'); } }, 20);`;

const onLinux = process.platform === 'linux' ? it : it.skip;

describe('runTool maxMemoryBytes', () => {
  onLinux('stops a tool that grows past the limit', async () => {
    const err = (await runTool(process.execPath, ['-e', grow(64)], { tool: 'jsonnet-deps', maxMemoryBytes: 256 * MiB, timeoutMs: 60_000 }).catch((e: unknown) => e)) as Error;
    expect(err.message).toBe(`\`${process.execPath} -e\` used more than 256 MiB of memory and was stopped`);
  });

  onLinux("counts the memory of the tool's child processes", async () => {
    // The tool itself stays small; the process it starts grows (kustomize runs helm and git).
    const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(grow(64))}], { stdio: 'inherit' });`;
    const err = (await runTool(process.execPath, ['-e', parent], { tool: 'kustomize', maxMemoryBytes: 256 * MiB, timeoutMs: 60_000 }).catch((e: unknown) => e)) as Error;
    expect(err.message).toBe(`\`${process.execPath} -e\` used more than 256 MiB of memory and was stopped`);
  });

  it('lets a tool below the limit finish', async () => {
    const { stdout } = await runTool(process.execPath, ['-e', grow(2)], { tool: 'jsonnet-deps', maxMemoryBytes: 1024 * MiB, timeoutMs: 60_000 });
    expect(stdout.trim()).toBe('done');
  });
});
