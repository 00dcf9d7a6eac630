import { defineConfig } from 'vitest/config';

// Unhandled rejections and uncaught exceptions fail the test they happen in.
const setupFiles = ['test/support/fail-on-unhandled-errors.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          setupFiles,
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          setupFiles,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Integration suites share servers (PostgreSQL, Dovecot); run files one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
