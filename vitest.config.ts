import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The end-to-end tests run the compiled bin: compile once before them all.
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PDF tests start real Chromium; two cores, so keep files from all launching at once.
    maxWorkers: 2,
  },
});
