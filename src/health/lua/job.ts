// What the main thread sends the Lua worker, and what comes back.
import type { LuaOutcome, LuaRunOptions } from './vm.js';

export interface LuaJob {
  script: string;
  obj: unknown;
  options: LuaRunOptions;
}

export type LuaAnswer = { result: LuaOutcome } | { error: string };
