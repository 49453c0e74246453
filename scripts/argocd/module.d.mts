// Types of module.mjs for the TypeScript tests that use it.
export const ROOT: string;
export const RELEASE_FILE: string;
export const MODULE: string;
export const GO_TOOLCHAIN: string;
export function pinnedRelease(): string;
export function downloadModule(release: string): { Zip: string; Sum: string; Dir: string; Version: string };
export function readZip(buf: Buffer): { name: string; data: Buffer }[];
export function hash1(files: readonly { name: string; data: Buffer }[]): string;
