/**
 * "Journey: Export as PDF" in the Node extension host: the command's exporter
 * finds playwright-core and Chromium on this machine and writes a real PDF
 * through the CLI's printer (src/print/); without them it says what to install
 * and offers the HTML export instead.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildRenderModel } from '../../../../language-server/language/render/build-render-model.js';
import type { RenderModel } from '../../../../language-server/core/model/render-model.js';
import { buildWorkspace } from '../../../language-server/language/test-services.js';
import { REPO } from '../../../cli/run-journey.js';

const warnings: Array<{ message: string; choices: string[] }> = [];
const executed: Array<{ command: string; args: unknown[] }> = [];
let warningChoice: string | undefined;

vi.mock('vscode', async () => {
    const fake = await import('../preview/fake-vscode.js');
    const fs = await import('node:fs');
    return {
        ...fake,
        ProgressLocation: { Notification: 15 },
        window: {
            ...fake.window,
            withProgress: (_options: unknown, task: () => Promise<unknown>) => task(),
            showWarningMessage: async (message: string, ...choices: string[]) => {
                warnings.push({ message, choices });
                return warningChoice;
            }
        },
        commands: { ...fake.commands, executeCommand: async (command: string, ...args: unknown[]) => { executed.push({ command, args }); } },
        workspace: {
            ...fake.workspace,
            fs: {
                readFile: async (uri: { fsPath: string }) => new Uint8Array(fs.readFileSync(uri.fsPath)),
                writeFile: async (uri: { fsPath: string }, bytes: Uint8Array) => fs.writeFileSync(uri.fsPath, bytes)
            }
        }
    };
});

const vscode = await import('vscode');
const { exportPdf } = await import('../../../../src/extension/export/pdf-export.js');
const { findPrinter } = await import('../../../../src/print/find-printer.js');

let model: RenderModel;
beforeAll(async () => {
    const { services, documents } = await buildWorkspace({ 'checkout.journey': readFileSync(join(REPO, 'examples/checkout.journey'), 'utf8') });
    model = buildRenderModel(documents[0], services.Journey);
});

const request = (file: string) => ({
    document: vscode.Uri.file(join(REPO, 'examples/checkout.journey')),
    model,
    distMedia: vscode.Uri.file(join(REPO, 'dist/media')),
    file: vscode.Uri.file(file)
});

describe('Export as PDF (extension)', { timeout: 180_000 }, () => {
    it('writes an A4 PDF of the Map view with its text through the shared printer', async () => {
        const file = join(mkdtempSync(join(tmpdir(), 'journey-pdf-ext-')), 'checkout.pdf');
        const printer = await findPrinter();
        expect(printer).toHaveProperty('browserPath');
        await expect(exportPdf({ ...request(file), printer })).resolves.toBe(true);
        expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
        const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
        expect(info).toContain('(A4)');
        const pages = Number(/^Pages:\s+(\d+)$/m.exec(info)![1]);
        expect(pages).toBeGreaterThan(1);
        const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
        for (const touchpoint of model.journeys[0].stages.flatMap(stage => stage.touchpoints)) expect(text).toContain(touchpoint.label);
        expect(text).toContain(`page ${pages} of ${pages}`);
        expect(warnings).toEqual([]);
    });

    it('without a browser: says what to install, offers the HTML export and runs it when chosen', async () => {
        const file = join(mkdtempSync(join(tmpdir(), 'journey-pdf-ext-')), 'none.pdf');
        const printer = await findPrinter({ PATH: '/nonexistent' });
        expect(printer).toHaveProperty('missing');
        warningChoice = 'Export as HTML';
        await expect(exportPdf({ ...request(file), printer })).resolves.toBe(false);
        expect(warnings).toHaveLength(1);
        expect(warnings[0].message).toMatch(/^A PDF is printed by a local browser: install a Chromium-family browser \(Chromium, Google Chrome or Microsoft Edge\)\. Or export the map as HTML/);
        expect(warnings[0].choices).toEqual(['Export as HTML']);
        expect(executed).toEqual([{ command: 'journey.export.html', args: [request(file).document] }]);
        expect(() => readFileSync(file)).toThrow();
    });
});

describe('playwright-core for the extension host', () => {
    it('is found in a global node_modules folder as well as beside the code', async () => {
        const { requirePlaywrightFrom } = await import('../../../../src/print/playwright.js');
        expect(requirePlaywrightFrom([join(REPO, 'node_modules')])?.chromium).toBeDefined();
        expect(requirePlaywrightFrom([mkdtempSync(join(tmpdir(), 'journey-empty-root-'))])).toBeUndefined();
    });
});
