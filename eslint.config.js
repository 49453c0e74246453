import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Issue 9: every outgoing channel passes the secret redactor (src/secrets/redact.ts). These rules
// keep a new channel from going around it: logs, outputs and the summary only through the action's
// io (src/action/io.ts), GitHub only through src/github/client.ts, streams and output files only
// through src/secrets/channels.ts.
const redacted = 'goes around the secret redactor';
const coreOutput = {
  name: '@actions/core',
  importNames: ['info', 'warning', 'error', 'debug', 'notice', 'setOutput', 'setFailed', 'summary', 'markdownSummary', 'startGroup', 'group', 'exportVariable', 'saveState'],
  message: `${redacted}: use the ActionIO of src/action/io.ts`,
};
const octokit = { name: '@actions/github', importNames: ['getOctokit'], message: `${redacted}: use makeOctokit of src/github/client.ts` };
const fileWrites = ['node:fs', 'node:fs/promises'].map((name) => ({
  name,
  importNames: ['writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'createWriteStream'],
  message: `${redacted}: entry points write output files with writeOutputFile of src/secrets/channels.ts`,
}));
const restrictImports = (...paths) => ({ 'no-restricted-imports': ['error', { paths }] });

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'build/', 'coverage/', '__tests__/fixtures/', 'generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      ...restrictImports(coreOutput, octokit),
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'stdout', message: `${redacted}: use writeStdout of src/secrets/channels.ts` },
        { object: 'process', property: 'stderr', message: `${redacted}: use writeStderr of src/secrets/channels.ts` },
      ],
    },
  },
  { files: ['src/cli.ts', 'src/main.ts', 'src/action/**/*.ts'], rules: restrictImports(coreOutput, octokit, ...fileWrites) },
  { files: ['src/action/io.ts'], rules: restrictImports(octokit, ...fileWrites) },
  { files: ['src/github/client.ts'], rules: restrictImports(coreOutput) },
  { files: ['src/secrets/channels.ts'], rules: { 'no-restricted-properties': 'off' } },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
