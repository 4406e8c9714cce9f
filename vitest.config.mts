import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['tests/**/*.test.ts'],
        exclude: ['tests/e2e/**', 'node_modules/**'],
        // dist/ is built once per run, before the test files (tests/global-setup.ts).
        globalSetup: ['tests/global-setup.ts'],
        testTimeout: 30_000,
        hookTimeout: 60_000,
        // Browser and process tests are heavy; two cores.
        maxWorkers: 2
    }
});
