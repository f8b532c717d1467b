import { defineConfig } from 'vitest/config';
import { LongestFirst } from './tests/helpers/longest-first.js';

/**
 * Two projects. "default" (`npm test`) is what a developer runs after a change. "slow" holds the
 * tests that cost many seconds each and check few new things per second: real faults during real
 * builds and browsers, installing the packed package, the generated CI workflow played through,
 * PDF shards, the largest bad input, the third-party harness's verdicts (it needs ../shared/verify),
 * the imports' fidelity as PDF,
 * the boundary rules on scratch trees. `npm run test:slow` runs it; `.ci/run` runs both.
 */
const SLOW = [
  'tests/cli/faults.test.ts',
  'tests/unit/lint-lsp-parity.test.ts',
  'tests/unit/boundaries.test.ts',
  'tests/cli/pack.test.ts',
  'tests/cli/ci-workflow.test.ts',
  'tests/pdf/shared-printer.test.ts',
  'tests/pdf/failures.test.ts',
  'tests/cli/shard-pdf.test.ts',
  'tests/cli/bad-input-largest.test.ts',
  'tests/cli/verify-harness.test.ts',
  'tests/pdf/import-fidelity.test.ts',
];

export default defineConfig({
  test: {
    // The end-to-end tests run the compiled bin: compile once before them all.
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Counts expect() calls per test when STUDYPLAN_COUNT_ASSERTIONS is set (npm run test:count).
    setupFiles: ['tests/helpers/count-assertions.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: three files at a time, since a CLI or PDF test mostly waits on a child process
    // (the bin, npm, Chromium); more would have the Chromiums of PDF files compete.
    maxWorkers: 3,
    // Longest files first, over both projects (tests/durations.json): the run's tail is short.
    sequence: { sequencer: LongestFirst },
    // The compiled CLI that tests run in-process (tests/helpers/cli.ts: runMain) is loaded by node
    // itself, as the bin loads it, not transformed by vitest.
    server: { deps: { external: [/\/dist\//] } },
    projects: [
      // Files of the default project share a worker's module cache (isolate: false): the unit
      // files' imports cost half their time otherwise. A file that mocks a module re-imports
      // after vi.resetModules() (locked-output.test.ts); a file that changes process-wide state
      // (process.env, timers, console) puts it back, or belongs in the slow project.
      { extends: true, test: { name: 'default', include: ['tests/**/*.test.ts'], exclude: SLOW, isolate: false } },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
});
