/**
 * The same .vsix in VS Code's web worker extension host, as vscode.dev and
 * github.dev run it: `remote.extensionKind` makes code-server run the
 * extension's browser entry (dist/web/extension.js) in the page, whose
 * language server is a Web Worker (dist/web/server.js) reading the workspace
 * through vscode.workspace.fs. A map opens with diagnostics from the worker
 * (a persona declared in another file resolves) and its preview draws.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from './support/session.js';
import { Steps } from './support/steps.js';
import { waitUntil } from './support/wait.js';
import { Workbench } from './support/workbench.js';

let session: Session | undefined;
let workbench: Workbench;
const steps = new Steps(() => workbench.page);

beforeAll(async () => {
    session = await startSession({ settings: { 'remote.extensionKind': { 'journey-maps.journey-maps': ['web'] } } });
    workbench = new Workbench(session.page);
    await steps.run('workbench shows the workspace', () => workbench.waitUntilReady('checkout.journey'));
});

afterAll(async () => {
    await session?.close();
});

describe('the extension in the web worker extension host', () => {
    it('checks a map with the Web Worker server and previews it', async () => {
        const editor = await steps.run('open onboarding.journey', () => workbench.openFile('onboarding.journey', 'journey'));
        await steps.run('language mode "Journey"', () =>
            waitUntil('language mode "Journey"', () => workbench.languageMode(), mode => mode === 'Journey', 60_000));
        await steps.run('the web worker host runs the extension', async () => {
            const hosts = await waitUntil('the extension in the web worker extension host', () => workbench.page.evaluate(() =>
                [...document.querySelectorAll('iframe')].map(frame => frame.getAttribute('src') ?? '')), sources =>
                sources.some(src => src.includes('webWorkerExtensionHostIframe')), 60_000);
            expect(hosts.some(src => src.includes('webWorkerExtensionHostIframe'))).toBe(true);
        });
        await steps.run('diagnostics from the worker: the stage without owner is underlined', () =>
            waitUntil('a warning squiggle', () => editor.locator('.squiggly-warning, .squiggly-error').count(), count => count > 0, 90_000));
        await steps.run('Problems lists it, and no unresolved persona (people.journey was read through vscode.workspace.fs)', async () => {
            const problems = await waitUntil('problems', () => workbench.problems(), rows => rows.length > 0, 60_000);
            expect(problems.join('\n')).not.toMatch(/Unknown persona/);
        });
        await steps.run('the preview draws the map', async () => {
            await workbench.runCommand('Journey: Open Preview to the Side');
            await workbench.webviewWith('#journey-preview', /Sign-up form/, 90_000);
        });
    });
});
