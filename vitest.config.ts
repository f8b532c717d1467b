import { defineConfig } from 'vitest/config';

/**
 * Two projects. "default" (`npm test`) is what a developer runs after a change. "slow" holds the
 * tests that cost minutes and check few new things per second: real faults during real builds,
 * the editor parity through the verification harness, the boundary rules on scratch trees.
 * `npm run test:slow` runs it; `.ci/run` runs both (`npm run test:all`).
 */
const SLOW = ['tests/cli/faults.test.ts', 'tests/unit/lint-lsp-parity.test.ts', 'tests/unit/boundaries.test.ts'];

export default defineConfig({
  test: {
    // The end-to-end tests run the compiled bin: compile once before them all.
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Counts expect() calls per test when STUDYPLAN_COUNT_ASSERTIONS is set (npm run test:count).
    setupFiles: ['tests/helpers/count-assertions.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PDF tests start real Chromium; two cores, so keep files from all launching at once.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'default', include: ['tests/**/*.test.ts'], exclude: SLOW } },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
});
