import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'eslint/**/*.test.ts'],
          exclude: ['src/**/*.routes.test.ts', 'src/**/*.db.test.ts'],
          environment: 'node',
        },
      },
      {
        // In-process route tests against a real PostgreSQL: the bundled server by
        // default, or the one DATABASE_URL names (CI runs both).
        test: {
          name: 'routes',
          include: ['src/**/*.routes.test.ts', 'src/**/*.db.test.ts'],
          globalSetup: ['tests/support/global-db.ts'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Starts the whole app as a child process and kills it; bundled server only.
        test: {
          name: 'lifecycle',
          include: ['tests/lifecycle/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
