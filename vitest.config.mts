import { defineConfig } from 'vitest/config';

/**
 * Test files that replace a module with `vi.mock` (the `vscode` API) get a module registry of their own;
 * every other file shares its worker's: importing Langium, the grammar and the bundles' sources once per
 * worker instead of once per file saved about half a minute of each minute the suite spent importing.
 */
const OWN_MODULES = ['tests/src/extension/**/*.test.ts'];

export default defineConfig({
    test: {
        exclude: ['tests/e2e/**', 'node_modules/**'],
        // dist/ is built once per run, before the test files (tests/global-setup.ts).
        globalSetup: ['tests/global-setup.ts'],
        testTimeout: 30_000,
        hookTimeout: 60_000,
        // Browser and process tests are heavy; two cores.
        maxWorkers: 2,
        projects: [
            { extends: true, test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: ['tests/e2e/**', 'node_modules/**', ...OWN_MODULES], isolate: false } },
            { extends: true, test: { name: 'own-modules', include: OWN_MODULES } }
        ]
    }
});
