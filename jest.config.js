// ESM all the way: @actions/* and octokit ship only ES modules, so tests run under
// --experimental-vm-modules with ts-jest's ESM mode instead of transpiling node_modules.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  setupFiles: ['<rootDir>/__tests__/support/setup-env.ts'],
};
