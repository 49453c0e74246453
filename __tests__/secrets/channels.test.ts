// Each outgoing channel passes the process's redactor: the action's io (every method, including ones
// added later), the GitHub client (comment bodies, deployment descriptions and payloads, as the
// local API stand-in receives them) and the output files.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { redactingIO, type ActionIO } from '../../src/action/io.js';
import { makeOctokit } from '../../src/github/client.js';
import { upsertStickyComments } from '../../src/github/comments.js';
import { partMarker } from '../../src/report/markdown.js';
import { setDeploymentStatus, startDeployment } from '../../src/github/deployments.js';
import { writeOutputFile, writeOutputJson } from '../../src/secrets/channels.js';
import { Redactor, secrets } from '../../src/secrets/redact.js';
import { captureIO } from '../support/capture-io.js';
import { FakeGitHub } from '../support/github-server.js';

const PLANTED = 'planted-Cr3dential-9f8e7d';
const b64 = Buffer.from(`x${PLANTED}`).toString('base64');

describe('redactingIO', () => {
  it('redacts every string argument of every method and registers setSecret values instead of passing them on', async () => {
    const r = new Redactor();
    const c = captureIO();
    const extra: string[] = [];
    // A method the interface does not have yet is wrapped all the same.
    const io = redactingIO({ ...c.io, notice: (m: string) => extra.push(m) } as ActionIO, r);
    io.setSecret(PLANTED);
    expect(c.secrets).toEqual([]);
    io.info(`info ${PLANTED}`);
    io.warning(`warning ${b64}`);
    io.error(`error "${JSON.stringify(PLANTED)}"`);
    io.setOutput('changed-apps', JSON.stringify([PLANTED]));
    await io.summary(`| ${PLANTED} |`);
    io.setFailed(`failed: ${encodeURIComponent(PLANTED)}`);
    io.debug(`debug ${PLANTED}`);
    (io as unknown as { notice: (m: string) => void }).notice(`notice ${PLANTED}`);
    const everything = JSON.stringify([c.logs, c.outputs, c.summaries, c.failed, extra]);
    expect(everything).not.toContain(PLANTED);
    expect(everything).not.toContain(b64.slice(2, 20));
    expect(c.logs[0]).toBe('info: info ***');
    expect(c.outputs['changed-apps']).toBe('["***"]');
    expect(extra).toEqual(['notice ***']);
    expect(c.logs).toContain('debug: debug ***');
  });
});

describe('GitHub client', () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    secrets.register(PLANTED);
    gh = new FakeGitHub();
    await gh.start();
  });
  afterAll(() => gh.stop());

  it('posts comments, deployments and their statuses with registered secrets redacted, authenticating with its token', async () => {
    const octokit = makeOctokit('test-token', { baseUrl: gh.baseUrl, retryAfterBaseValue: 1 });
    const parts = [`${partMarker('k', 0)}\nvalue: ${PLANTED}\nb64: ${b64}`];
    expect(await upsertStickyComments(octokit, { owner: 'o', repo: 'r', issueNumber: 3, key: 'k', parts })).toMatchObject({ created: 1 });
    // The next run with the same preview leaves the (redacted) comment alone.
    expect(await upsertStickyComments(octokit, { owner: 'o', repo: 'r', issueNumber: 3, key: 'k', parts })).toMatchObject({ created: 0, updated: 0 });
    const started = await startDeployment(octokit, { owner: 'o', repo: 'r', ref: 'abc', environment: 'prod', description: `to ${PLANTED}`, payload: { app: PLANTED } });
    expect('id' in started).toBe(true);
    const id = (started as { id: number }).id;
    expect(await setDeploymentStatus(octokit, { owner: 'o', repo: 'r', id, state: 'failure', description: `failed: ${PLANTED}`, logUrl: 'https://x/run' })).toBeUndefined();

    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0].body).toContain('value: ***');
    const received = JSON.stringify([gh.comments, gh.deployments]);
    expect(received).not.toContain(PLANTED);
    expect(received).not.toContain(b64.slice(2, 20));
    expect(gh.deployments[0].request).toMatchObject({ description: 'to ***', payload: { app: '***' } });
    expect(gh.deployments[0].statuses[0]).toMatchObject({ description: 'failed: ***' });

    // A secret where GitHub's 140 characters are cut is masked whole, not cut in half.
    const long = `${'x'.repeat(125)}${PLANTED} and more`;
    expect(await setDeploymentStatus(octokit, { owner: 'o', repo: 'r', id, state: 'error', description: long, logUrl: 'https://x/run' })).toBeUndefined();
    expect(gh.deployments[0].statuses[1].description).toBe(`${'x'.repeat(125)}*** and more`);
  });
});

describe('writeOutputFile', () => {
  let dir: string;
  beforeAll(() => {
    secrets.register(PLANTED);
    dir = mkdtempSync(join(tmpdir(), 'out-files-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('redacts the text and the file name', async () => {
    const written = await writeOutputFile(join(dir, `${PLANTED}.yaml`), `data:\n  leaked: ${PLANTED}\n`);
    expect(written).toBe(join(dir, '***.yaml'));
    expect(readdirSync(dir)).toEqual(['***.yaml']);
    expect(readFileSync(written, 'utf8')).toBe('data:\n  leaked: ***\n');
  });
});

describe('writeOutputJson', () => {
  let dir: string;
  // Quotes and a backslash: masked in the serialized text, the mask could cut an escape sequence in half.
  const tricky = 'tr1cky"Secret\\value';
  beforeAll(() => {
    secrets.register(PLANTED);
    secrets.register(tricky);
    dir = mkdtempSync(join(tmpdir(), 'out-json-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('masks every string (keys too) before serializing, so the file stays valid JSON without a secret', async () => {
    const value = { findings: { diff: `+ token: ${PLANTED}`, [PLANTED]: [tricky, `b64 ${b64}`], n: 3 } };
    const written = await writeOutputJson(join(dir, `${PLANTED}.json`), value);
    expect(written).toBe(join(dir, '***.json'));
    const text = readFileSync(written, 'utf8');
    for (const s of [PLANTED, tricky, JSON.stringify(tricky).slice(1, -1)]) expect(text).not.toContain(s);
    expect(JSON.parse(text)).toEqual({ findings: { diff: '+ token: ***', '***': ['***', expect.stringMatching(/^b64 .*\*\*\*/)], n: 3 } });
  });
});
