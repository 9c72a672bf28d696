import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // one file at a time: many tests hold Discord's 3 s and event-loop limits, which two files at once on
    // a 2-core machine break by load alone
    fileParallelism: false,
  },
});
