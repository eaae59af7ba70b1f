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
          // Files share the lane's module graph instead of importing it afresh (89 s a lane in CI).
          // None mocks modules or changes process.env; state a file leaves is its own to clean up.
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'web',
          include: ['web/src/**/*.test.ts', 'web/src/**/*.test.tsx'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'web-e2e',
          include: ['web/e2e/**/*.test.ts'],
          // Builds the web app if needed and boots the real server on a free port with its own data.
          globalSetup: ['web/e2e/global-setup.ts'],
          // One server and one browser: files take turns.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
