import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // One temporary folder for the run, removed at the end; one PostgreSQL server for the run, each test
    // file making its own database on it. Teardowns run in reverse order.
    globalSetup: ['test/setup/temp-root.ts', 'test/setup/postgres.ts'],
  },
});
