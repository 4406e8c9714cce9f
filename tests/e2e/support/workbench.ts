import type { FrameLocator, Locator, Page } from 'playwright-core';
import { PATIENCE_MS, waitUntil } from './wait.js';

/**
 * What a user does in VS Code 1.100 (code-server), with the selectors that work there
 * (docs/e2e.md). Every wait polls for a visible outcome; none sleeps for a fixed time.
 */
export class Workbench {
    constructor(readonly page: Page) {}

    /** The workbench is up and the explorer lists the workspace. */
    async waitUntilReady(fileName: string): Promise<void> {
        await this.page.locator('.monaco-workbench').waitFor({ timeout: PATIENCE_MS });
        await this.explorerItem(fileName).waitFor({ timeout: PATIENCE_MS });
    }

    explorerItem(fileName: string): Locator {
        return this.page.getByRole('treeitem', { name: new RegExp(`^${escapeRegExp(fileName)}`) }).first();
    }

    /** The text editor showing `fileName` (`data-uri` is the document's URI). */
    editor(fileName: string): Locator {
        return this.page.locator(`.monaco-editor[data-uri$="/${fileName}"]`).first();
    }

    /** Opens a file by double-clicking it in the explorer and waits for its text. */
    async openFile(fileName: string, expectedText: string): Promise<Locator> {
        const item = this.explorerItem(fileName);
        if (!await item.isVisible()) await this.runCommand('Explorer: Focus on Folders View');
        await item.dblclick();
        const editor = this.editor(fileName);
        await this.focusEditor(fileName);
        // A file opened before comes back scrolled where it was left: start at the top.
        await this.page.keyboard.press('Control+Home');
        await waitUntil(`${fileName} to show "${expectedText}"`, () => this.editorText(fileName), text => text.includes(expectedText));
        return editor;
    }

    /** Gives the text editor of `fileName` the focus (a click on its text, as a user does). */
    async focusEditor(fileName: string): Promise<void> {
        const lines = this.editor(fileName).locator('.view-lines');
        await lines.waitFor({ timeout: PATIENCE_MS });
        await lines.click();
    }

    /** The editor's visible lines, in order, with ordinary spaces. */
    async editorLines(fileName: string): Promise<string[]> {
        return this.editor(fileName).locator('.view-lines').evaluate(viewLines =>
            [...viewLines.querySelectorAll<HTMLElement>('.view-line')]
                .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
                .map(line => (line.textContent ?? '').replace(/\u00a0/g, ' ')));
    }

    async editorText(fileName: string): Promise<string> {
        return (await this.editorLines(fileName)).join('\n');
    }

    /** The status bar's language mode, e.g. "Journey". */
    async languageMode(): Promise<string> {
        return (await this.page.locator('[id="status.editor.mode"]').innerText()).trim();
    }

    /** The cursor position from the status bar: `{ line, column }`, 1-based. */
    async cursor(): Promise<{ line: number; column: number }> {
        const text = await this.page.locator('[id="status.editor.selection"]').innerText();
        const match = /Ln (\d+), Col (\d+)/.exec(text);
        if (!match) throw new Error(`status bar shows no cursor position: "${text}"`);
        return { line: Number(match[1]), column: Number(match[2]) };
    }

    /** Moves the cursor with "Go to Line/Column" (`:line:column` in the quick input). */
    async goTo(line: number, column: number): Promise<void> {
        await this.openQuickInput(`:${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await waitUntil(`the cursor at ${line}:${column}`, () => this.cursor(),
            at => at.line === line && at.column === column);
    }

    /** Runs a command by its title from the command palette (F1). */
    async runCommand(title: string): Promise<void> {
        await this.openQuickInput(`>${title}`);
        const row = this.page.locator('.quick-input-list .monaco-list-row')
            .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) }).first();
        await row.waitFor({ timeout: PATIENCE_MS });
        await row.click();
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
    }

    /**
     * Answers the quick input titled `title` (an input box, or code-server's open-file
     * dialog, which is VS Code's simple dialog: a path in the quick input) with `value`.
     * The command palette may still be closing when it opens, and the simple dialog
     * fills in its own folder once that folder is listed (overwriting what was typed).
     * So: wait for the title, type until the input holds the value, press Enter until
     * the quick input closes.
     */
    async answerQuickInput(title: string, value: string): Promise<void> {
        const widget = this.page.locator('.quick-input-widget');
        await widget.locator('.quick-input-title', { hasText: title }).waitFor({ timeout: PATIENCE_MS });
        const input = widget.locator('input[type="text"]');
        await waitUntil(`"${title}" to take ${value}`, async () => {
            if (!await widget.isVisible()) return true;
            if (await input.inputValue({ timeout: 2_000 }) !== value) {
                await input.fill(value, { timeout: 2_000 });
                return false;
            }
            await input.press('Enter', { timeout: 2_000 });
            return widget.waitFor({ state: 'hidden', timeout: 3_000 }).then(() => true, () => false);
        }, Boolean);
    }

    private async openQuickInput(value: string): Promise<void> {
        const input = this.page.locator('.quick-input-widget input[type="text"]');
        if (!await input.isVisible()) await this.page.keyboard.press('F1');
        await input.waitFor({ timeout: PATIENCE_MS });
        await input.fill(value);
    }

    /** Types at the end of line `line` on a new line below it (auto-indented by the editor). */
    async typeOnNewLineAfter(line: number, text: string): Promise<void> {
        await this.goTo(line, 1);
        await this.page.keyboard.press('End');
        await this.page.keyboard.press('Enter');
        await this.page.keyboard.type(text);
    }

    /** Opens completion (Ctrl+Space) and returns the labels of its rows. */
    async completionLabels(): Promise<string[]> {
        await this.page.keyboard.press('Control+Space');
        const rows = this.page.locator('.editor-widget.suggest-widget.visible .monaco-list-row');
        await rows.first().waitFor({ timeout: PATIENCE_MS });
        return rows.locator('.label-name').allInnerTexts();
    }

    /** Filters the open completion list with `prefix`, accepts `label` (Enter) and waits for `expectedLine` in the editor. */
    async acceptCompletion(prefix: string, label: string, fileName: string, expectedLine: string): Promise<void> {
        await this.page.keyboard.type(prefix);
        await this.page.locator('.suggest-widget.visible .monaco-list-row.focused .label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }).waitFor();
        await this.page.keyboard.press('Enter');
        await waitUntil(`the line "${expectedLine}"`, () => this.editorLines(fileName),
            lines => lines.some(line => line.trim() === expectedLine));
    }

    /** Shows the hover at the cursor (Ctrl+K Ctrl+I) and returns its text once it has some. */
    async hoverText(expected: RegExp): Promise<string> {
        await this.page.keyboard.press('Control+K');
        await this.page.keyboard.press('Control+I');
        return waitUntil(`a hover showing ${expected}`, async () =>
            (await this.page.locator('.monaco-hover:not(.hidden)').allInnerTexts()).join('\n'), text => expected.test(text));
    }

    /** Rows of the Problems panel (opened when closed), each as its aria-label and visible text. */
    async problems(): Promise<string[]> {
        const panel = this.page.locator('.markers-panel');
        if (!await panel.isVisible()) {
            await this.page.keyboard.press('Control+Shift+M');
            await panel.waitFor({ timeout: PATIENCE_MS });
        }
        // The row's text has the code (`journey(stage-without-owner)`); its aria-label has the file name.
        return panel.locator('.monaco-list-row').evaluateAll(rows =>
            rows.map(row => `${row.getAttribute('aria-label') ?? ''} | ${row.textContent ?? ''}`));
    }

    /** Outline rows as `level label` (aria-level is the tree depth). */
    async outline(): Promise<string[]> {
        await this.runCommand('Explorer: Focus on Outline View');
        // The outline's tree is virtual: only rows that fit are in the page. Collapsing the
        // folders section above it gives it the sidebar's height.
        const folders = this.page.locator('.pane-header[aria-label^="Explorer Section"][aria-expanded="true"]');
        if (await folders.count()) await folders.first().click();
        return this.page.locator('.outline-pane .monaco-list-row').evaluateAll(rows =>
            rows.map(row => `${row.getAttribute('aria-level')} ${row.getAttribute('aria-label')}`));
    }

    activeTab(): Locator {
        return this.page.locator('.editor-group-container.active .tab.active');
    }

    /** The preview webview's document: an iframe holding another iframe, laid over the editor area. */
    webview(): FrameLocator {
        return this.page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
    }

    /**
     * The webview (Markdown preview, Journey preview…) whose document has `selector` with `text`:
     * each webview is an iframe holding another iframe, and several may be open at once.
     * `content` is its document, `element` the outer iframe in the workbench (for where it is on screen).
     */
    async webviewWith(selector: string, text: RegExp, timeout = PATIENCE_MS): Promise<{ content: FrameLocator; element: Locator }> {
        const frames = this.page.locator('iframe.webview.ready');
        const index = await waitUntil(`a webview showing ${selector} with ${text}`, async () => {
            const count = await frames.count();
            for (let i = 0; i < count; i++) {
                const content = this.page.frameLocator('iframe.webview.ready').nth(i).frameLocator('#active-frame').locator(selector, { hasText: text });
                if (await content.count() > 0) return i;
            }
            return -1;
        }, found => found >= 0, timeout);
        return { content: this.page.frameLocator('iframe.webview.ready').nth(index).frameLocator('#active-frame'), element: frames.nth(index) };
    }

    /** Where an element is on screen, or why it is not: hidden (behind another tab), or of no size. */
    async onScreen(element: Locator): Promise<{ x: number; y: number; width: number; height: number } | string> {
        if (!await element.isVisible()) return 'not visible';
        return await element.boundingBox() ?? 'no box';
    }

    /** The labels of the active tab of each editor group, left to right. */
    async activeTabs(): Promise<string[]> {
        return this.page.locator('.editor-group-container .tab.active').evaluateAll(tabs => tabs.map(tab => tab.getAttribute('aria-label') ?? ''));
    }

    /** Escapes open widgets and closes every editor, so a scenario starts from an empty editor area. */
    async closeAllEditors(): Promise<void> {
        await this.page.keyboard.press('Escape');
        await this.page.keyboard.press('Escape');
        await this.runCommand('View: Close All Editors');
        await waitUntil('every editor to close', () => this.page.locator('.tabs-container .tab').count(), count => count === 0);
    }
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
