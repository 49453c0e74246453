// Runs an Argo CD health script (util/lua/lua.go) in fengari, a Lua VM in plain synchronous JavaScript
// (see docs/health-lua.md for the choice). Same contract as Argo CD: a fresh state per call, the object
// as global `obj`, the script's last return value must be a table with a valid status, 1 s budget.
// Only the Lua worker (worker.ts) calls this: the worker's limits catch what the in-VM budget cannot
// (one huge allocation). Numbers are Lua 5.1 floats printed as gopher-lua prints them.
import { lauxlib, lua, lualib, to_luastring, type LuaState } from 'fengari';
import { useGoNumberFormat } from './number-format.js';
import type { CheckResult } from '../status.js';
import { isHealthStatusCode } from '../status.js';

/** What a script decided; a script returning nil decides nothing (Argo CD then falls back to its Go checks). */
export type LuaOutcome = CheckResult | undefined;

export interface LuaRunOptions {
  /** `resource.customizations.useOpenLibs.<group_kind>`: string, math, coroutine and utf8 libraries and a global `os`. */
  useOpenLibs?: boolean;
  /** Wall-clock budget; Argo CD gives every script one second. */
  timeoutMs?: number;
}

export const INVALID_HEALTH_STATUS = 'Lua returned an invalid health status';
const DEADLINE_MESSAGE = 'context deadline exceeded';
/** How many VM instructions run between two clock checks. */
const HOOK_EVERY = 1000;

/**
 * The health the script decides for `obj`. Failures become Unknown with the reason, like Argo CD:
 * a Lua error, the time budget running out, or a result that is not a table with a valid status.
 */
export function runHealthScript(script: string, obj: unknown, opts: LuaRunOptions = {}): LuaOutcome {
  useGoNumberFormat();
  const L = lauxlib.luaL_newstate();
  try {
    openLibraries(L, opts.useOpenLibs === true);
    pushValue(L, obj);
    lua.lua_setglobal(L, to_luastring('obj'));
    const deadline = Date.now() + (opts.timeoutMs ?? 1000);
    const expire = (state: LuaState): number => {
      // Past the deadline, fail on every instruction, so a script that catches the error with pcall
      // meets it again as soon as control leaves the protected call.
      lua.lua_sethook(state, expire, lua.LUA_MASKCOUNT, 1);
      lua.lua_pushstring(state, to_luastring(DEADLINE_MESSAGE));
      return lua.lua_error(state);
    };
    lua.lua_sethook(L, (state) => (Date.now() <= deadline ? 0 : expire(state)), lua.LUA_MASKCOUNT, HOOK_EVERY);
    // Chunk name `=<string>` makes errors read `<string>:3: ...`, as gopher-lua's DoString does.
    if (!loadChunk(L, script, '=<string>')) return unknown(errorText(L));
    if (lua.lua_pcall(L, 0, lua.LUA_MULTRET, 0) !== lua.LUA_OK) return unknown(errorText(L));
    return readResult(L);
  } finally {
    lua.lua_close(L);
  }
}

/** A failed script: Argo CD reports the error as Unknown. */
function unknown(message: string): CheckResult {
  return { status: 'Unknown', message, error: true };
}

function errorText(L: LuaState): string {
  return lua.lua_type(L, -1) === lua.LUA_TSTRING
    ? lua.lua_tojsstring(L, -1)
    : `(error object is a ${lua.lua_tojsstring(L, -1) || typeName(L, -1)} value)`;
}

function typeName(L: LuaState, idx: number): string {
  return new TextDecoder().decode(lua.lua_typename(L, lua.lua_type(L, idx)));
}

/** Run once per state with the full os table and the useOpenLibs flag: the environment Argo CD gives scripts. */
const SANDBOX = `
  local fullos, open = ...
  local safeos = { time = fullos.time, date = fullos.date }
  if open then safeos.clock = fullos.clock; safeos.difftime = fullos.difftime; os = safeos end
  package.loaded.os = nil
  package.preload.os = function() return safeos end
  package.searchers = { package.searchers[1] }
  package.loadlib, package.path, package.cpath = nil, '', ''
  dofile, loadfile = nil, nil
  print = function() end
  -- tostring formats numbers by another path than '..'; route it through '..' (see number-format.ts).
  local rawtostring = tostring
  tostring = function(v) if type(v) == 'number' then return v .. '' end return rawtostring(v) end
  -- Lua 5.1 names gopher-lua has and Argo CD's scripts use (fengari is Lua 5.3).
  unpack = table.unpack
  loadstring = load
  table.getn = function(t) return #t end
  table.maxn = function(t)
    local n = 0
    for k in pairs(t) do if type(k) == 'number' and k > n then n = k end end
    return n
  end
  if math then
    math.pow = function(x, y) return x ^ y end
    math.mod = math.fmod
    math.log10 = function(x) return math.log(x, 10) end
    math.ldexp = function(m, e) return m * 2.0 ^ e end
  end
  if string then
    string.gfind = string.gmatch
    -- '%s' of a number formats it by the tostring path too.
    local rawformat = string.format
    string.format = function(fmt, ...)
      local args, i = { ... }, 0
      for spec in rawtostring(fmt):gmatch('%%[-#0 +]*%d*%.?%d*([%a%%])') do
        if spec ~= '%' then
          i = i + 1
          if spec == 's' and type(args[i]) == 'number' then args[i] = args[i] .. '' end
        end
      end
      return rawformat(fmt, table.unpack(args, 1, select('#', ...)))
    end
  end
`;

/** Compiled chunks by source (as Argo CD caches compiled scripts): parsing costs more than running. */
const compiled = new Map<string, Uint8Array>();
const COMPILED_MAX = 1024;

/** Pushes the chunk's function, compiled once per source; false with the error on the stack. */
function loadChunk(L: LuaState, source: string, name: string): boolean {
  const hit = compiled.get(source);
  if (hit) return lauxlib.luaL_loadbuffer(L, hit, hit.length, to_luastring(name)) === lua.LUA_OK;
  const code = to_luastring(source);
  if (lauxlib.luaL_loadbuffer(L, code, code.length, to_luastring(name)) !== lua.LUA_OK) return false;
  const parts: Uint8Array[] = [];
  lua.lua_dump(L, (_L, chunk, size) => (parts.push(chunk.slice(0, size)), 0), null, false);
  if (compiled.size >= COMPILED_MAX) compiled.delete(compiled.keys().next().value!);
  compiled.set(source, Buffer.concat(parts));
  return true;
}

/**
 * Argo CD opens base, package and table, and makes only `time` and `date` of `os` reachable through
 * `require("os")`. With useOpenLibs it opens gopher-lua's full set; we leave out io, debug and the
 * process-touching parts of os, which would let a repository's script escape its sandbox and budget.
 */
function openLibraries(L: LuaState, open: boolean): void {
  const libs: [string, (L: LuaState) => number][] = [
    ['_G', lualib.luaopen_base],
    ['package', lualib.luaopen_package],
    ['table', lualib.luaopen_table],
  ];
  if (open) {
    libs.push(['string', lualib.luaopen_string], ['math', lualib.luaopen_math], ['coroutine', lualib.luaopen_coroutine], ['utf8', lualib.luaopen_utf8]);
  }
  for (const [name, openf] of libs) {
    lauxlib.luaL_requiref(L, to_luastring(name), openf, 1);
    lua.lua_pop(L, 1);
  }
  lauxlib.luaL_requiref(L, to_luastring('os'), lualib.luaopen_os, 0);
  loadChunk(L, SANDBOX, '=sandbox');
  lua.lua_pushvalue(L, -2);
  lua.lua_pushboolean(L, open);
  if (lua.lua_pcall(L, 2, 0, 0) !== lua.LUA_OK) throw new Error(`Lua sandbox setup failed: ${errorText(L)}`);
  lua.lua_pop(L, 1);
}

/** JSON-shaped data → Lua values (arrays 1-based; nulls become absent; numbers are Lua 5.1 floats). */
function pushValue(L: LuaState, v: unknown): void {
  if (v === null || v === undefined) lua.lua_pushnil(L);
  else if (typeof v === 'boolean') lua.lua_pushboolean(L, v);
  else if (typeof v === 'number') lua.lua_pushnumber(L, v);
  else if (typeof v === 'string') lua.lua_pushstring(L, to_luastring(v));
  else if (Array.isArray(v)) {
    lua.lua_createtable(L, v.length, 0);
    v.forEach((item, i) => {
      pushValue(L, item);
      lua.lua_rawseti(L, -2, i + 1);
    });
  } else if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>);
    lua.lua_createtable(L, 0, entries.length);
    for (const [k, item] of entries) {
      if (item === null || item === undefined) continue;
      pushValue(L, item);
      lua.lua_setfield(L, -2, to_luastring(k));
    }
  } else lua.lua_pushnil(L);
}

/** The script's last return value, read the way Argo CD decodes it into a HealthStatus. */
function readResult(L: LuaState): LuaOutcome {
  if (lua.lua_gettop(L) === 0 || lua.lua_type(L, -1) === lua.LUA_TNIL) return undefined;
  if (lua.lua_type(L, -1) !== lua.LUA_TTABLE) return unknown(`expect table output from Lua script, not ${typeName(L, -1)}`);
  const status = field(L, 'status');
  const message = field(L, 'message');
  const deletionMessage = field(L, 'deletionMessage');
  for (const [name, value] of [['message', message], ['deletionMessage', deletionMessage]] as const) {
    if (value !== undefined && typeof value !== 'string') {
      return unknown(`json: cannot unmarshal ${typeof value === 'number' ? 'number' : 'bool'} into Go struct field HealthStatus.${name} of type string`);
    }
  }
  if (!isHealthStatusCode(status)) return { status: 'Unknown', message: INVALID_HEALTH_STATUS };
  const result: CheckResult = { status, message: (message as string | undefined) ?? '' };
  if (deletionMessage) result.deletionMessage = deletionMessage as string;
  return result;
}

function field(L: LuaState, name: string): string | number | boolean | undefined {
  const t = lua.lua_getfield(L, -1, to_luastring(name));
  let value: string | number | boolean | undefined;
  if (t === lua.LUA_TSTRING) value = lua.lua_tojsstring(L, -1);
  else if (t === lua.LUA_TNUMBER) value = Number(lua.lua_tojsstring(L, -1));
  else if (t === lua.LUA_TBOOLEAN) value = true;
  lua.lua_pop(L, 1);
  return value;
}
