// The small part of fengari's C-style API the health VM uses (the package ships no types).
declare module 'fengari' {
  export type LuaState = { readonly __luaState: unique symbol };
  type LuaString = Uint8Array;
  type CFunction = (L: LuaState) => number;

  export const lua: {
    LUA_OK: number;
    LUA_MULTRET: number;
    LUA_MASKCOUNT: number;
    LUA_TNIL: number;
    LUA_TBOOLEAN: number;
    LUA_TNUMBER: number;
    LUA_TSTRING: number;
    LUA_TTABLE: number;
    lua_close(L: LuaState): void;
    lua_dump(L: LuaState, writer: (L: LuaState, chunk: LuaString, size: number) => number, data: null, strip: boolean): number;
    lua_createtable(L: LuaState, narr: number, nrec: number): void;
    lua_error(L: LuaState): never;
    lua_gettop(L: LuaState): number;
    lua_getfield(L: LuaState, idx: number, k: LuaString): number;
    lua_pcall(L: LuaState, nargs: number, nresults: number, msgh: number): number;
    lua_pop(L: LuaState, n: number): void;
    lua_pushboolean(L: LuaState, b: boolean): void;
    lua_pushnil(L: LuaState): void;
    lua_pushnumber(L: LuaState, n: number): void;
    lua_pushstring(L: LuaState, s: LuaString): void;
    lua_pushvalue(L: LuaState, idx: number): void;
    lua_rawseti(L: LuaState, idx: number, n: number): void;
    lua_setfield(L: LuaState, idx: number, k: LuaString): void;
    lua_setglobal(L: LuaState, name: LuaString): void;
    lua_sethook(L: LuaState, f: CFunction | null, mask: number, count: number): void;
    lua_tojsstring(L: LuaState, idx: number): string;
    lua_type(L: LuaState, idx: number): number;
    lua_typename(L: LuaState, t: number): LuaString;
  };
  export const lauxlib: {
    luaL_newstate(): LuaState;
    luaL_loadbuffer(L: LuaState, s: LuaString, sz: number | null, name: LuaString): number;
    luaL_requiref(L: LuaState, modname: LuaString, openf: CFunction, glb: number): void;
    luaL_tolstring(L: LuaState, idx: number): LuaString;
  };
  export const lualib: {
    luaopen_base: CFunction;
    luaopen_package: CFunction;
    luaopen_table: CFunction;
    luaopen_string: CFunction;
    luaopen_math: CFunction;
    luaopen_coroutine: CFunction;
    luaopen_utf8: CFunction;
    luaopen_os: CFunction;
  };
  export function to_luastring(s: string): LuaString;
  export function to_jsstring(s: LuaString): string;
}

// fengari's number-to-string conversion, replaced in number-format.ts to print numbers as gopher-lua does.
declare module 'fengari/src/lobject.js' {
  interface TValue {
    value: number;
    ttisinteger(): boolean;
    setsvalue(ts: unknown): void;
  }
  const lobject: { luaO_tostring(L: unknown, obj: TValue): void };
  export default lobject;
}

declare module 'fengari/src/lstring.js' {
  const lstring: { luaS_bless(L: unknown, buff: Uint8Array): unknown };
  export default lstring;
}
