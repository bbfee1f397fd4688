// Two projects: fast unit and integration tests in parallel, and the slower end-to-end
// tests (a real bridge, a real Chromium) one file at a time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // The default second is too short for a screen to settle while the unit project
          // runs beside it on two cores; a poll still fails as soon as its time is up.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
