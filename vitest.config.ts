import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', include: ['domain/src/**/*.test.ts'] } },
      {
        test: {
          name: 'db',
          include: ['api/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          globalSetup: ['api/src/testing/global-setup.ts'],
          // One embedded PostGIS serves the whole run; files take turns on it.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
