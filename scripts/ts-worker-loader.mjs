// `node --import scripts/ts-worker-loader.mjs` runs a TypeScript module straight from src/ (the Lua
// worker under Jest, where no bundle exists): `.js` imports resolve to the `.ts` file beside them, and
// TypeScript strips the types.
import { register } from 'node:module';

register('./ts-worker-hooks.mjs', import.meta.url);
