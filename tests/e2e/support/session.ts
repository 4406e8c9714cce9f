import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import {
    chromiumOptions, commitAsNewRepository, ensureCodeServer, ensureVsix, prepareProfile, repoRoot, startCodeServer, type RunningCodeServer
} from '../../../scripts/code-server.mjs';
import { PATIENCE_MS } from './wait.js';

export const fixtureWorkspace = join(repoRoot, 'tests/e2e/fixtures/workspace');

/** Settings for the test profile on top of the quiet defaults. */
const testSettings = {
    // The scenarios read the Mermaid journey diagram's nodes; the Map view (the default) is tested in Chromium (tests/media/map-*.test.ts).
    'journey.preview.defaultView': 'journey',
    // Edits are saved at once, so closing an editor never asks, and the disk matches the screen.
    'files.autoSave': 'afterDelay',
    'files.autoSaveDelay': 100,
    'workbench.editor.enablePreview': false,
    'editor.minimap.enabled': false,
    'window.restoreWindows': 'none',
    // Compare with Previous Version reads HEAD through VS Code's git, as in the `npm start` workspace.
    'git.enabled': true
};

export interface Session {
    page: Page;
    workspace: string;
    runDir: string;
    server: RunningCodeServer;
    close(): Promise<void>;
}

/**
 * One run: the packaged extension in a fresh profile, code-server on a free port of
 * 127.0.0.1 with a fresh copy of the fixture workspace, and Chromium on the workbench.
 * `close()` always stops code-server's whole process group, also when a step failed.
 */
export async function startSession(options: { settings?: Record<string, unknown> } = {}): Promise<Session> {
    ensureCodeServer();
    // JOURNEY_E2E_VSIX tests a given package instead of packaging the working tree.
    const vsix = process.env.JOURNEY_E2E_VSIX ?? ensureVsix();
    const runDir = mkdtempSync(join(tmpdir(), 'journey-e2e-'));
    const workspace = join(runDir, 'workspace');
    cpSync(fixtureWorkspace, workspace, { recursive: true });
    // A repository before code-server starts, like npm start's playground: git finds it when it starts
    // instead of noticing a `git init` made halfway through the run (slow, the more so under load).
    commitAsNewRepository(workspace, 'The fixture maps');
    const profile = prepareProfile(join(runDir, 'profile'), { vsix, settings: { ...testSettings, ...options.settings } });

    let log = '';
    const server = await startCodeServer(profile, { workspace, log: text => { log += text; } });
    let context: BrowserContext | undefined;
    const close = async () => {
        await context?.close().catch(() => undefined);
        server.stop();
        await server.exited;
        writeFileSync(join(runDir, 'code-server.log'), log);
        if (!process.env.JOURNEY_E2E_KEEP) rmSync(runDir, { recursive: true, force: true });
    };
    try {
        context = await chromium.launchPersistentContext(join(runDir, 'chromium'), chromiumOptions({ width: 1600, height: 1000 }));
        const page = context.pages()[0] ?? await context.newPage();
        // Any wait without a limit of its own gets the generous one (a loaded machine is slow, not broken).
        page.setDefaultTimeout(PATIENCE_MS);
        await page.goto(server.url);
        return { page, workspace, runDir, server, close };
    } catch (error) {
        await close();
        throw error;
    }
}
