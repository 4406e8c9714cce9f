import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from '../../../scripts/code-server.mjs';

export const screenshotsDir = join(repoRoot, 'tests/e2e/screenshots');

/**
 * Runs the steps of the scenarios and photographs the workbench after each one, so a
 * failure can be read from the picture. Numbered in order, e.g. `07-preview-opens.png`.
 */
export class Steps {
    private count = 0;

    constructor(private readonly page: () => Page) {
        mkdirSync(screenshotsDir, { recursive: true });
    }

    async run<T>(name: string, action: () => Promise<T>): Promise<T> {
        this.count++;
        const file = join(screenshotsDir, `${String(this.count).padStart(2, '0')}-${slug(name)}.png`);
        try {
            const result = await action();
            await this.screenshot(file);
            return result;
        } catch (error) {
            const failedFile = file.replace(/\.png$/, '-FAILED.png');
            await this.screenshot(failedFile);
            const message = error instanceof Error ? error.message : String(error);
            const failure = new Error(`step "${name}" failed: ${message}\n  screenshot: ${relative(repoRoot, failedFile)}`);
            failure.stack = failure.message;
            throw failure;
        }
    }

    private async screenshot(file: string): Promise<void> {
        // A screenshot never hides the step's own outcome.
        await this.page().screenshot({ path: file, timeout: 10_000 }).catch(() => undefined);
    }
}

function slug(name: string): string {
    return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}
