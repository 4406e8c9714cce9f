/**
 * The extension as a user meets it: the packaged .vsix in a real VS Code
 * (code-server 4.100.3 = VS Code 1.100.3) driven in Debian's Chromium. Each scenario
 * asserts what is on screen; each step leaves a screenshot in tests/e2e/screenshots/.
 * docs/e2e.md describes the setup; `npm run test:e2e` runs it.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { positionIn } from './support/fixture-positions.js';
import { startSession, type Session } from './support/session.js';
import { screenshotsDir, Steps } from './support/steps.js';
import { PATIENCE_MS, waitUntil } from './support/wait.js';
import { Workbench } from './support/workbench.js';

let session: Session | undefined;
let workbench: Workbench;
const steps = new Steps(() => workbench.page);

beforeAll(async () => {
    rmSync(screenshotsDir, { recursive: true, force: true });
    session = await startSession();
    workbench = new Workbench(session.page);
    await steps.run('workbench shows the workspace', () => workbench.waitUntilReady('checkout.journey'));
});

afterAll(async () => {
    await session?.close();
});

beforeEach(async () => {
    // Every scenario starts from an empty editor area (files are saved as they are typed).
    await workbench.closeAllEditors();
});

describe('a .journey file in VS Code', () => {
    it('activates the extension: language mode "Journey", keywords and strings in different colours', async () => {
        await steps.run('open checkout.journey', () => workbench.openFile('checkout.journey', 'journey first_purchase'));
        await steps.run('status bar shows the Journey language mode', () =>
            waitUntil('language mode "Journey"', () => workbench.languageMode(), mode => mode === 'Journey'));
        await steps.run('keyword and string have different colours', async () => {
            const colours = await waitUntil('coloured tokens on the journey line', () =>
                workbench.editor('checkout.journey').locator('.view-line').evaluateAll(lines => {
                    const spans = lines.flatMap(line => [...line.querySelectorAll('span > span')]);
                    const colourOf = (text: string) => {
                        const span = spans.find(candidate => candidate.textContent?.replace(/\u00a0/g, ' ') === text);
                        return span ? getComputedStyle(span).color : undefined;
                    };
                    return { keyword: colourOf('journey'), string: colourOf('"First online purchase"'), plain: colourOf(' ') };
                }), found => Boolean(found.keyword && found.string));
            expect(colours.keyword).not.toBe(colours.string);
            expect(colours.keyword).not.toBe(colours.plain);
            expect(colours.string).not.toBe(colours.plain);
        });
    });

    it('completes teams after "owner " and the journey\'s personas after "emotion ", and inserts the choice', async () => {
        const touchpointLine = positionIn('support.journey', 'touchpoint phone_call', 'touchpoint').line;
        await steps.run('open support.journey', () => workbench.openFile('support.journey', 'journey support_call'));

        const ownerLabels = await steps.run('completion after "owner " lists the teams', async () => {
            await workbench.typeOnNewLineAfter(touchpointLine, 'owner ');
            return waitUntil('the teams in the completion list', () => workbench.completionLabels(),
                labels => ['marketing', 'sales', 'support'].every(team => labels.includes(team)));
        });
        expect(ownerLabels).not.toContain('maya');
        expect(ownerLabels).not.toContain('leo');

        await steps.run('accepting "sales" inserts it', () => workbench.acceptCompletion('sal', 'sales', 'support.journey', 'owner sales'));

        const emotionLabels = await steps.run('completion after "emotion " lists the journey\'s personas', async () => {
            await workbench.typeOnNewLineAfter(touchpointLine + 1, 'emotion ');
            return waitUntil('maya in the completion list', () => workbench.completionLabels(), labels => labels.includes('maya'));
        });
        // leo is declared in people.journey but is not one of this journey's personas; teams are no personas.
        expect(emotionLabels).not.toContain('leo');
        expect(emotionLabels).not.toContain('sales');

        await steps.run('accepting "maya" inserts it', async () => {
            await workbench.acceptCompletion('ma', 'maya', 'support.journey', 'emotion maya');
            // A score completes the line, so the workspace has no syntax error for later scenarios.
            await workbench.page.keyboard.type(' 4');
            await workbench.page.keyboard.press('Escape');
            await waitUntil('the line "emotion maya 4"', () => workbench.editorLines('support.journey'),
                lines => lines.filter(line => line.trim() === 'emotion maya 4').length === 1);
        });
    });

    it('warns about a stage without owner and fixes it with the quick fix', async () => {
        const stageName = positionIn('onboarding.journey', 'stage signup', 'signup');
        const editor = await steps.run('open onboarding.journey', () => workbench.openFile('onboarding.journey', 'stage signup'));

        await steps.run('warning squiggle under the stage', () =>
            waitUntil('a warning squiggle', () => editor.locator('.squiggly-warning').count(), count => count > 0));
        await steps.run('Problems panel lists stage-without-owner', () =>
            waitUntil('a Problems row with the code stage-without-owner', () => workbench.problems(),
                rows => rows.some(row => row.includes('stage-without-owner') && row.includes('signup'))));

        await steps.run('Ctrl+. offers adding an owner', async () => {
            await editor.locator('.view-lines').click();
            await workbench.goTo(stageName.line, stageName.column + 1);
            await workbench.page.keyboard.press('Control+.');
            // The first fix is focused: "Add owner 'marketing'" (one per declared team).
            await workbench.page.locator('.action-widget .monaco-list-row.focused', { hasText: /Add owner/i }).waitFor({ timeout: PATIENCE_MS });
        });
        await steps.run('applying the quick fix adds the owner line', async () => {
            await workbench.page.keyboard.press('Enter');
            await waitUntil('an owner line in stage signup', () => workbench.editorLines('onboarding.journey'), lines => {
                const stage = lines.findIndex(line => line.includes('stage signup'));
                const end = lines.findIndex((line, index) => index > stage && line.trim().startsWith('stage '));
                return lines.slice(stage + 1, end).some(line => /^\s*owner [a-z_]+/.test(line));
            });
        });
        await steps.run('the warning is gone', async () => {
            await waitUntil('no warning squiggle', () => editor.locator('.squiggly-warning').count(), count => count === 0);
            await waitUntil('no stage-without-owner row in Problems', () => workbench.problems(),
                rows => !rows.some(row => row.includes('stage-without-owner')));
        });
    });

    it('shows a persona\'s description on hover', async () => {
        const reference = positionIn('checkout.journey', 'emotion maya 3', 'maya');
        await steps.run('open checkout.journey', () => workbench.openFile('checkout.journey', 'journey first_purchase'));
        await steps.run('hover on the persona reference maya', async () => {
            await workbench.goTo(reference.line, reference.column + 1);
            await workbench.hoverText(/Freelance designer, 29, shops on her phone/);
        });
    });

    it('goes to the definition of a persona in another file', async () => {
        const reference = positionIn('checkout.journey', 'personas maya', 'maya');
        const declaration = positionIn('people.journey', 'persona maya', 'maya');
        await steps.run('open checkout.journey', () => workbench.openFile('checkout.journey', 'journey first_purchase'));
        await steps.run('F12 on maya opens people.journey at the declaration', async () => {
            await workbench.goTo(reference.line, reference.column + 1);
            await workbench.page.keyboard.press('F12');
            await waitUntil('people.journey as the active tab', () => workbench.activeTab().getAttribute('aria-label'),
                label => Boolean(label?.startsWith('people.journey')));
            await waitUntil(`the cursor on line ${declaration.line}`, () => workbench.cursor(), at => at.line === declaration.line);
        });
    });

    it('outlines journey → stages → touchpoints', async () => {
        await steps.run('open checkout.journey', () => workbench.openFile('checkout.journey', 'journey first_purchase'));
        const rows = await steps.run('outline view shows the tree', () =>
            waitUntil('the outline of first_purchase', () => workbench.outline(), found => found.some(row => row.includes('follow_up'))));
        const tree = rows.map(row => row.replace(/ \(.*\)$/, '').replace(/\s+/g, ' ').trim());
        expect(tree).toEqual([
            '1 first_purchase',
            '2 awareness', '3 sponsored_post',
            '2 purchase', '3 checkout_page',
            '2 retention', '3 follow_up'
        ].map(expected => expect.stringMatching(new RegExp(`^${expected}\\b`))));
    });

    it('previews the map beside the editor, live, in every view, and navigates back to the text', async () => {
        const followUpEnd = positionIn('checkout.journey', 'emotion maya 4', 'emotion').line + 1;
        const checkout = positionIn('checkout.journey', 'touchpoint checkout_page', 'checkout_page');
        await steps.run('open checkout.journey', () => workbench.openFile('checkout.journey', 'journey first_purchase'));
        const webview = workbench.webview();
        await steps.run('Journey: Open Preview to the Side shows stages and touchpoints', async () => {
            await workbench.runCommand('Journey: Open Preview to the Side');
            const diagram = webview.locator('.diagram[data-view="journey"] svg');
            await waitUntil('the journey diagram with every stage and touchpoint', () => diagram.textContent({ timeout: 2_000 }),
                text => ['Awareness', 'Purchase', 'Retention', 'Sponsored post', 'Checkout', 'Order follow-up']
                    .every(label => Boolean(text?.includes(label))));
            // Beside: the editor stays visible in its own group, left of the preview.
            const editorBox = await workbench.editor('checkout.journey').boundingBox();
            const previewBox = await workbench.page.locator('iframe.webview.ready').first().boundingBox();
            expect(editorBox && previewBox && editorBox.x + editorBox.width <= previewBox.x + 1).toBe(true);
        });
        await steps.run('a touchpoint typed in the editor appears in the preview', async () => {
            await workbench.focusEditor('checkout.journey');
            await workbench.typeOnNewLineAfter(followUpEnd, 'touchpoint review_request "Review request" via email { emotion maya 5 ');
            await workbench.page.keyboard.press('Escape');
            await waitUntil('"Review request" in the journey diagram',
                () => webview.locator('.diagram[data-view="journey"] svg').textContent({ timeout: 2_000 }),
                text => Boolean(text?.includes('Review request')));
        });
        for (const [button, view, expected] of [
            ['Emotion curve', 'emotions', 'Review request'],
            ['Blueprint', 'blueprint', 'Review request'],
            ['Details', 'details', 'Enters card details'],
            ['Journey', 'journey', 'Review request']
        ] as const) {
            await steps.run(`switch to the ${button} view`, async () => {
                await webview.getByRole('button', { name: button, exact: true }).click();
                const content = view === 'details' ? webview.locator('.viewport table') : webview.locator(`.diagram[data-view="${view}"] svg`);
                await waitUntil(`the ${button} view showing "${expected}"`, () => content.textContent({ timeout: 2_000 }),
                    text => Boolean(text?.includes(expected)));
            });
        }
        await steps.run('clicking a touchpoint in the preview moves the cursor to it', async () => {
            await workbench.focusEditor('checkout.journey');
            await workbench.goTo(1, 1);
            // The task box's visible label (Mermaid draws it in a foreignObject over the box).
            await webview.locator('.diagram[data-view="journey"] svg').getByText('Checkout', { exact: true }).filter({ visible: true }).first().click();
            await waitUntil(`the cursor on line ${checkout.line}`, () => workbench.cursor(), at => at.line === checkout.line);
        });
    });

    it('keeps the last render and shows an error banner while the text does not parse', async () => {
        const retentionOwner = positionIn('checkout.journey', 'owner support', 'owner').line;
        await steps.run('open checkout.journey with the preview', async () => {
            await workbench.openFile('checkout.journey', 'journey first_purchase');
            await workbench.runCommand('Journey: Open Preview to the Side');
            await waitUntil('the journey diagram', () => workbench.webview().locator('.diagram svg').textContent({ timeout: 2_000 }),
                text => Boolean(text?.includes('Order follow-up')));
            await workbench.focusEditor('checkout.journey');
        });
        const banner = workbench.webview().locator('.error-banner');
        await steps.run('a syntax error shows the banner over the last render', async () => {
            await workbench.typeOnNewLineAfter(retentionOwner, 'touchpoint = broken');
            await workbench.page.keyboard.press('Escape');
            await banner.waitFor({ state: 'visible', timeout: PATIENCE_MS });
            expect(await banner.textContent()).toMatch(/does not parse/);
            expect(await workbench.webview().locator('.diagram svg').textContent()).toContain('Order follow-up');
        });
        await steps.run('fixing the error clears the banner', async () => {
            await workbench.page.keyboard.press('Control+Shift+K'); // delete the broken line
            await waitUntil('the broken line to be gone', () => workbench.editorText('checkout.journey'), text => !text.includes('broken'));
            await banner.waitFor({ state: 'hidden', timeout: PATIENCE_MS });
            expect(await workbench.webview().locator('.diagram svg').textContent()).toContain('Order follow-up');
        });
    });

    it('Journey: New Journey Map creates a map without problems', async () => {
        await steps.run('open checkout.journey', () => workbench.openFile('checkout.journey', 'journey first_purchase'));
        await steps.run('run Journey: New Journey Map and name it', async () => {
            await workbench.runCommand('Journey: New Journey Map');
            await workbench.answerQuickInput('New Journey Map', 'welcome_tour');
            await waitUntil('welcome_tour.journey open', () => workbench.editorText('welcome_tour.journey'),
                text => text.includes('welcome_tour'));
        });
        await steps.run('the new map has no problems', async () => {
            // The preview draws the map only after the server has built and validated it.
            const label = /journey welcome_tour "([^"]+)"/.exec(await workbench.editorText('welcome_tour.journey'))?.[1];
            expect(label, 'the new map declares journey welcome_tour with a label').toBeTruthy();
            await workbench.runCommand('Journey: Open Preview to the Side');
            await waitUntil(`"${label}" drawn in the preview`, () => workbench.webview().locator('.diagram svg').textContent({ timeout: 2_000 }),
                text => Boolean(text?.includes(label!)));
            expect(await workbench.webview().locator('.problems .problem').count()).toBe(0);
            const rows = await workbench.problems();
            expect(rows.filter(row => row.includes('welcome_tour'))).toEqual([]);
            expect(await workbench.editor('welcome_tour.journey').locator('.squiggly-error, .squiggly-warning').count()).toBe(0);
        });
    });
    it('Journey: Compare with Previous Version, with the preview open, shows the changes since HEAD beside the map and its previous emotion curve', async () => {
        await steps.run('commit the maps as they are now', async () => {
            // The session made the workspace a repository before code-server started (as npm start does):
            // this commit makes HEAD whatever the earlier scenarios left, so this one depends on none of them.
            const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Journey E2E', '-c', 'user.email=e2e@example.com', ...args],
                { cwd: session!.workspace, encoding: 'utf8' });
            git('add', '-A');
            git('commit', '-q', '--allow-empty', '-m', 'Maps before the change');
        });
        await steps.run('open checkout.journey with its preview beside it', async () => {
            await workbench.openFile('checkout.journey', 'journey first_purchase');
            await workbench.runCommand('Journey: Open Preview to the Side');
            await workbench.webviewWith('.diagram svg', /Order follow-up/);
        });
        await steps.run('change maya\'s emotion at Checkout from 1 to 4 and save', async () => {
            await workbench.focusEditor('checkout.journey');
            const line = (await workbench.editorLines('checkout.journey')).findIndex(text => text.includes('emotion maya 1 "Shipping')) + 1;
            expect(line, 'checkout.journey shows "emotion maya 1" at the checkout page').toBeGreaterThan(0);
            const column = (await workbench.editorLines('checkout.journey'))[line - 1].indexOf('maya 1') + 'maya '.length + 1;
            await workbench.goTo(line, column);
            await workbench.page.keyboard.press('Shift+ArrowRight');
            await workbench.page.keyboard.type('4');
            await workbench.page.keyboard.press('Control+S');
            await waitUntil('the line "emotion maya 4" at the checkout page', () => workbench.editorLines('checkout.journey'),
                lines => lines.some(text => text.includes('emotion maya 4 "Shipping')));
            await waitUntil('checkout.journey saved (no dirty tab)', () => workbench.page.locator('.tab.dirty').count(), count => count === 0);
        });
        const comparison = await steps.run('Journey: Compare with Previous Version opens the changes on screen, beside the preview', async () => {
            await workbench.focusEditor('checkout.journey');
            await workbench.runCommand('Journey: Compare with Previous Version');
            const markdown = await workbench.webviewWith('h2', /Changes in checkout\.journey since HEAD/);
            // On screen: the active tab of its group, visible, and not covering the map's preview (nor covered by it).
            await waitUntil('the comparison as the active tab of a group', () => workbench.activeTabs(),
                labels => labels.some(label => /Preview Changes in checkout\.journey/.test(label)));
            const shown = await waitUntil('the comparison visible on screen', () => workbench.onScreen(markdown.element), box => typeof box !== 'string');
            const preview = await workbench.webviewWith('.diagram svg', /Checkout/);
            const previewShown = await waitUntil('the journey preview still visible beside it', () => workbench.onScreen(preview.element), box => typeof box !== 'string');
            if (typeof shown === 'string' || typeof previewShown === 'string') throw new Error('unreachable');
            const apart = shown.x + shown.width <= previewShown.x + 1 || previewShown.x + previewShown.width <= shown.x + 1;
            expect(apart, `comparison at x ${shown.x}..${shown.x + shown.width}, preview at x ${previewShown.x}..${previewShown.x + previewShown.width}`).toBe(true);
            return markdown.content;
        });
        await steps.run('the comment shows maya\'s emotion at Checkout before and after', async () => {
            const rows = await waitUntil('the emotion rows of the comment', () => comparison.locator('table tr').allInnerTexts(),
                texts => texts.some(text => text.includes('Checkout')));
            const checkoutRow = rows.find(text => text.includes('Checkout'))!.replace(/\s+/g, ' ');
            expect(checkoutRow).toMatch(/Maya.*Purchase › Checkout.* 1\.0 4\.0 ↑ better/);
            expect(await comparison.locator('h3').allInnerTexts()).toContain('How customers feel');
        });
        await steps.run('the journey preview, still on screen, draws the previous version faded on the emotion curve', async () => {
            const preview = await workbench.webviewWith('.toolbar-label', /Showing previous version \(faded\)/);
            await waitUntil('the emotion curve view', () => preview.content.locator('.diagram[data-view="emotions"] svg').textContent({ timeout: 2_000 }),
                text => Boolean(text?.includes('Checkout')));
            await waitUntil('the journey preview visible', () => workbench.onScreen(preview.element), box => typeof box !== 'string');
        });
    });
    it('Journey: Import from CSV, Excel or Mermaid… turns a CSV into a map and previews it', async () => {
        await steps.run('open checkout.journey', () => workbench.openFile('checkout.journey', 'journey first_purchase'));
        await steps.run('run the import command and pick clinic-visit.csv', async () => {
            await workbench.runCommand('Journey: Import from CSV, Excel or Mermaid…');
            await workbench.answerQuickInput('Import a journey map', `${session!.workspace}/clinic-visit.csv`);
            await waitUntil('clinic-visit.journey open', () => workbench.editorText('clinic-visit.journey'),
                text => text.includes('journey clinic_visit "Clinic visit"'), 30_000);
        });
        await steps.run('the new map is previewed and has no problems', async () => {
            const text = await workbench.editorText('clinic-visit.journey');
            expect(text).toContain('touchpoint check_in_kiosk "Check-in kiosk" via kiosk');
            expect(text).toContain('emotion patient 2');
            await waitUntil('"Clinic visit" drawn in the preview', () => workbench.webview().locator('.diagram svg').textContent({ timeout: 2_000 }),
                content => Boolean(content?.includes('Clinic visit')), 30_000);
            expect(await workbench.webview().locator('.problems .problem').count()).toBe(0);
            expect((await workbench.problems()).filter(row => row.includes('clinic-visit'))).toEqual([]);
        });
    });
});
