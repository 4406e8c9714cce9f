import { defineConfig } from 'vitest/config';

// The end-to-end tests drive one code-server and one Chromium: one file at a time,
// one worker, generous timeouts (the first run packages the extension and may install
// code-server: 1.5 min on an idle machine, 5 min on a loaded one, more with a cold npm cache).
export default defineConfig({
    test: {
        root: new URL('../..', import.meta.url).pathname,
        include: ['tests/e2e/**/*.e2e.test.ts'],
        // A scenario is a handful of waits of up to 90 s each (tests/e2e/support/wait.ts): a loaded machine is slow.
        testTimeout: 600_000,
        hookTimeout: 1_200_000,
        fileParallelism: false,
        maxWorkers: 1,
        reporters: ['default']
    }
});
