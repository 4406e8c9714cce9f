import { defineConfig } from 'vitest/config';

// The end-to-end tests drive one code-server and one Chromium: one file at a time,
// one worker, generous timeouts (the first run packages the extension and may install code-server).
export default defineConfig({
    test: {
        root: new URL('../..', import.meta.url).pathname,
        include: ['tests/e2e/**/*.e2e.test.ts'],
        testTimeout: 120_000,
        hookTimeout: 600_000,
        fileParallelism: false,
        maxWorkers: 1,
        reporters: ['default']
    }
});
