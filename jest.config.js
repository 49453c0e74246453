// ESM all the way: @actions/* and octokit ship only ES modules, so tests run under
// --experimental-vm-modules with ts-jest's ESM mode instead of transpiling node_modules.
//
// Two projects: `unit` and `e2e` (__tests__/e2e, against a real local control plane). Jest runs a
// project's globalSetup only when some of that project's test files are selected, so the e2e
// global setup builds/starts the cluster (scripts/controlplane) only for runs that include e2e
// tests, and its teardown stops it. The reporter prints control-plane logs when an e2e test fails.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const shared = {
  rootDir: dirname(fileURLToPath(import.meta.url)),
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testTimeout: 60000,
  setupFiles: ['<rootDir>/__tests__/support/setup-env.ts'],
};

/** @type {import('jest').Config} */
export default {
  testTimeout: 60000,
  reporters: ['default', '<rootDir>/__tests__/e2e/support/log-reporter.mjs'],
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/__tests__/e2e/'],
      globalSetup: '<rootDir>/__tests__/support/generated.mjs',
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/__tests__/e2e/support/global-setup.mjs',
      globalTeardown: '<rootDir>/__tests__/e2e/support/global-teardown.mjs',
    },
  ],
};
