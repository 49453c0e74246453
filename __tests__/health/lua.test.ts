// Custom health checks from argocd-cm (semantics §4): both key forms, globs, libraries, failures, budget.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { healthOf, hookOutcome } from '../../src/health/health.js';
import { gobwasMatch as globMatch } from '../../src/glob/gobwas.js';
import { findHealthScript, healthOverrides } from '../../src/health/lua/overrides.js';
import { runIsolated } from '../../src/health/lua/isolate.js';
import type { LuaRunOptions } from '../../src/health/lua/vm.js';
import type { K8sObject } from '../../src/model/k8s.js';

const here = dirname(fileURLToPath(import.meta.url));
const argocdCm = (parse(readFileSync(join(here, '../fixtures/health/argocd-cm.yaml'), 'utf8')) as { data: Record<string, string> }).data;

const cr = (apiVersion: string, kind: string, status: unknown, name = 'x'): K8sObject => ({ apiVersion, kind, metadata: { name }, status });

describe('argocd-cm health scripts', () => {
  it('a split-key script decides a CR, reading nested fields of obj', () => {
    expect(healthOf(cr('example.com/v1', 'Widget', { ready: true, replicas: [1, 2, 3] }, 'w1'), { argocdCm })).toEqual({
      status: 'Healthy',
      message: 'widget w1 has 3 replicas',
    });
    expect(healthOf(cr('example.com/v1', 'Widget', { ready: false }), { argocdCm })).toEqual({ status: 'Progressing', message: 'waiting for widget' });
    expect(healthOf(cr('example.com/v1', 'Widget', undefined), { argocdCm })?.status).toBe('Progressing');
  });

  it('a YAML-form script runs with the libraries opened by a split useOpenLibs key', () => {
    const gadget = cr('example.com/v1beta1', 'Gadget', { conditions: [{ type: 'Ready' }, { type: 'Stalled' }] });
    expect(healthOf(gadget, { argocdCm })).toEqual({ status: 'Degraded', message: 'ready,stalled' });
  });

  it('without useOpenLibs the string library is absent, as in Argo CD, and the error becomes Unknown', () => {
    expect(healthOf(cr('example.com/v1', 'Gizmo', {}), { argocdCm })).toEqual({
      status: 'Unknown',
      message: "<string>:1: attempt to index a nil value (global 'string')",
    });
  });

  it('glob keys match any group/kind, and an invalid returned status becomes Unknown', () => {
    expect(healthOf(cr('db.acme.io/v1', 'Database', { phase: 'Healthy' }), { argocdCm })).toEqual({ status: 'Healthy', message: 'phase from status' });
    expect(healthOf(cr('db.acme.io/v1', 'Database', { phase: 'Great' }), { argocdCm })).toEqual({
      status: 'Unknown',
      message: 'Lua returned an invalid health status',
    });
    expect(healthOf(cr('other.io/v1', 'Database', { phase: 'Healthy' }), { argocdCm })).toBeUndefined();
  });

  it('a custom check replaces the built-in one, but deletion still comes first', () => {
    const dep: K8sObject = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 1 }, status: {} };
    expect(healthOf(dep, { argocdCm })).toEqual({ status: 'Suspended', message: 'custom check wins over the built-in one' });
    expect(healthOf(dep)?.status).toBe('Progressing');
    const deleting = { ...dep, metadata: { ...dep.metadata, deletionTimestamp: '2024-01-01T00:00:00Z' } };
    expect(healthOf(deleting, { argocdCm })).toEqual({ status: 'Progressing', message: 'Pending deletion' });
  });

  it('hook outcome follows a custom check too', () => {
    expect(hookOutcome(cr('example.com/v1', 'Widget', { ready: false }), { argocdCm })).toEqual({ phase: 'Running', message: 'waiting for widget' });
  });

  it('reports malformed settings without dropping the good ones', () => {
    const cm = {
      'resource.customizations': 'a: [unclosed',
      'resource.customizations.health.a_b_c': 'return {}',
      'resource.customizations.useOpenLibs.example.com_Thing': 'yes',
      'resource.customizations.health.Thing': 'return {status="Healthy"}',
    };
    const { problems } = healthOverrides(cm);
    expect(problems.map((p) => p.field)).toEqual([
      'data["resource.customizations"]',
      'data["resource.customizations.health.a_b_c"]',
      'data["resource.customizations.useOpenLibs.example.com_Thing"]',
    ]);
    expect(healthOf(cr('v1', 'Thing', {}), { argocdCm: cm })).toEqual({ status: 'Healthy', message: '' });
  });

  it('prefers an exact key over a glob and resolves `all` to every kind', () => {
    const overrides = healthOverrides({
      'resource.customizations.health.all': 'return {status="Missing"}',
      'resource.customizations.health.example.com_Widget': 'return {status="Healthy"}',
    });
    expect(findHealthScript(overrides, 'example.com', 'Widget')?.key).toBe('example.com/Widget');
    expect(findHealthScript(overrides, 'apps', 'Deployment')?.key).toBe('*/*');
  });

  it.each([
    ['*.acme.io/*', 'db.acme.io/Database', true],
    ['*', 'apps/Deployment', true],
    ['example.com/{Widget,Gadget}', 'example.com/Gadget', true],
    ['example.com/{Widget,Gadget}', 'example.com/Gizmo', false],
    ['example.com/W?dget', 'example.com/Widget', true],
    ['example.com/[!W]*', 'example.com/Widget', false],
    ['example.com/Widget', 'example.com/Widgets', false],
  ])('glob %s matches %s: %s', (pattern, text, expected) => {
    expect(globMatch(pattern, text)).toBe(expected);
  });
});

/** A script run the way healthOf runs it (in the Lua worker), as status and message. */
function runHealthScript(script: string, obj: unknown, opts?: LuaRunOptions) {
  const r = runIsolated('example.com/Test', script, obj, opts);
  return r && { status: r.status, message: r.message };
}

describe('Lua runner', () => {
  it('turns a Lua runtime error into Unknown with the error text', () => {
    expect(runHealthScript('local s = obj.spec.missing.deeper\nreturn {status="Healthy"}', { spec: {} })).toEqual({
      status: 'Unknown',
      message: "<string>:1: attempt to index a nil value (field 'missing')",
    });
    expect(runHealthScript('error("custom failure")', {})).toEqual({ status: 'Unknown', message: '<string>:1: custom failure' });
  });

  it('requires a table result', () => {
    expect(runHealthScript('return "Healthy"', {})).toEqual({ status: 'Unknown', message: 'expect table output from Lua script, not string' });
    expect(runHealthScript('return {status="Healthy", message=42}', {})?.status).toBe('Unknown');
  });

  it('stops an infinite loop after the 1 s budget', () => {
    const started = Date.now();
    expect(runHealthScript('while true do end', {})).toEqual({ status: 'Unknown', message: 'context deadline exceeded' });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(elapsed).toBeLessThan(5000);
  });

  it('keeps the budget even when the script catches errors with pcall', () => {
    const script = 'while true do pcall(function() while true do end end) end';
    expect(runHealthScript(script, {}, { timeoutMs: 200 })).toEqual({ status: 'Unknown', message: 'context deadline exceeded' });
  });

  it('exposes os.time/os.date only through require("os"), and no file or process access', () => {
    expect(runHealthScript('local os = require("os"); return {status="Healthy", message=os.date("%Y", 40000000) .. tostring(os.time() > 1.7e9)}', {})).toEqual({
      status: 'Healthy',
      message: '1971true',
    });
    const probe = 'return {status="Healthy", message=tostring(os) .. tostring(io) .. tostring(dofile) .. tostring(require("os").exit)}';
    expect(runHealthScript(probe, {})).toEqual({ status: 'Healthy', message: 'nilnilnilnil' });
    expect(runHealthScript('return {status="Healthy", message=tostring(os.exit) .. tostring(io)}', {}, { useOpenLibs: true })).toEqual({
      status: 'Healthy',
      message: 'nilnil',
    });
    expect(runHealthScript('return require("socket")', {})?.status).toBe('Unknown');
  });
});

describe('hard limits of the Lua worker', () => {
  const widget = cr('example.com/v1', 'Widget', { ready: true });
  const cm = (script: string) => ({ 'resource.customizations.health.example.com_Widget': script });

  it('stops a script whose string doubles past the memory limit, names it, and the next script still runs', () => {
    const bomb = 'local s = "x"\nwhile true do s = s .. s end';
    expect(healthOf(widget, { argocdCm: cm(bomb) })).toEqual({
      status: 'Unknown',
      message: expect.stringMatching(/^Lua health script for argocd-cm example\.com\/Widget was stopped: it (used more than \d+ MB of memory|did not finish within)/),
    });
    expect(process.memoryUsage.rss()).toBeLessThan(4 * 1024 ** 3);
    expect(healthOf(widget, { argocdCm: cm('return {status="Healthy", message="after"}') })).toEqual({ status: 'Healthy', message: 'after' });
  });

  it('stops one huge allocation the VM cannot interrupt', () => {
    const rep = 'local s = string.rep("x", 2^31 - 2)\nreturn {status="Healthy"}';
    const result = healthOf(widget, { argocdCm: { ...cm(rep), 'resource.customizations.useOpenLibs.example.com_Widget': 'true' } });
    expect(result?.status).toBe('Unknown');
    expect(result?.message).toMatch(/example\.com\/Widget/);
  });

  it('stops a table that grows without end at the heap limit', () => {
    const grow = 'local t = {}\nlocal i = 0\nwhile true do i = i + 1; t[i] = {i, i, i} end';
    const result = healthOf(widget, { argocdCm: cm(grow), luaTimeoutMs: 120_000 });
    expect(result).toEqual({ status: 'Unknown', message: expect.stringMatching(/^Lua health script for argocd-cm example\.com\/Widget was stopped: it used more than \d+ MB of memory/) });
    expect(healthOf(widget, { argocdCm: cm('return {status="Healthy"}') })).toEqual({ status: 'Healthy', message: '' });
  });

  it('ends an endless loop with the VM budget, as Argo CD does, and keeps serving', () => {
    expect(healthOf(widget, { argocdCm: cm('while true do end'), luaTimeoutMs: 100 })).toEqual({ status: 'Unknown', message: 'context deadline exceeded' });
    expect(healthOf(widget, { argocdCm: cm('return {status="Suspended"}') })).toEqual({ status: 'Suspended', message: '' });
  });
});

describe('Lua 5.1 semantics (gopher-lua), as Argo CD runs scripts', () => {
  const run = (script: string, obj: unknown = {}) => runHealthScript(script, obj, { useOpenLibs: true })?.message;

  it('formats whole numbers without a fraction, also after arithmetic', () => {
    expect(run('return {status="Healthy", message=obj.n .. " " .. obj.n / 2 .. " " .. 2^3 .. " " .. 0.5}', { n: 6 })).toBe('6 3 8 0.5');
    expect(run('return {status="Healthy", message=string.format("%s|%5.1f|%d|%%|%s", obj.n, obj.n, obj.n, "x") .. table.concat({obj.n, 2.5}, ",")}', { n: 6 })).toBe(
      '6|  6.0|6|%|x6,2.5',
    );
    expect(run('return {status="Healthy", message=tostring(1e15) .. " " .. 1234567.5 .. " " .. 1e-5 .. " " .. 0.1 + 0.2 .. " " .. 1e300}')).toBe(
      '1000000000000000 1.2345675e+06 1e-05 0.30000000000000004 1e+300',
    );
  });

  it('has the Lua 5.1 functions scripts use: table.getn, unpack, loadstring, math.pow', () => {
    expect(run('return {status="Healthy", message=table.getn({1,2,3}) .. select("#", unpack({1,2})) .. loadstring("return 4")() .. math.pow(2, 5)}')).toBe('32432');
  });
});
