import { existsSync, readFileSync } from 'node:fs';
import { DEFAULT_VIEW, VIEWS } from '../../language-server/core/views.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITIES } from '../../language-server/language/validation/diagnostic-codes.js';

// The manifest is what VS Code reads before running any code: a command id
// spelled differently in a menu, a setting without a default or a missing
// file only shows up as a silently broken feature, so each is checked here.

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path.replace(/^\.\//, ''), root), 'utf8');
const exists = (path: string) => existsSync(new URL(path.replace(/^\.\//, ''), root));

type Command = { command: string; title: string; category?: string; icon?: unknown };
type MenuItem = { command: string; when?: string };
type Setting = { type?: string; default?: unknown; description?: string; markdownDescription?: string; enum?: unknown[] };

const pkg = JSON.parse(read('package.json'));
const contributes = pkg.contributes;
const commands: Command[] = contributes.commands;
const commandIds = new Set(commands.map(c => c.command));

describe('package.json manifest', () => {
    it('identifies the extension and runs in VS Code 1.100', () => {
        for (const field of ['name', 'displayName', 'description', 'publisher', 'version', 'license', 'icon', 'main']) {
            expect(pkg[field], field).toEqual(expect.any(String));
        }
        expect(pkg.engines.vscode).toBe('^1.100.0');
        expect(pkg.repository.url).toEqual(expect.any(String));
        expect(pkg.categories.length).toBeGreaterThan(0);
        expect(pkg.keywords.length).toBeGreaterThan(0);
        expect(pkg.main).toBe('./dist/extension.js');
        expect(pkg.scripts.package).toBe('node scripts/package.mjs');
    });

    it('activates on the language, the preview panel and the entry commands only', () => {
        expect(pkg.activationEvents).toEqual(expect.arrayContaining(['onLanguage:journey', 'onWebviewPanel:journey.preview']));
        expect(pkg.activationEvents).not.toContain('*');
        for (const event of pkg.activationEvents as string[]) {
            if (event.startsWith('onCommand:')) expect(commandIds, event).toContain(event.slice('onCommand:'.length));
        }
    });

    it('declares that it runs no workspace code', () => {
        expect(pkg.capabilities.untrustedWorkspaces.supported).toBe(true);
        expect(pkg.capabilities.virtualWorkspaces).toBeDefined();
    });

    it('contributes every agreed command with a title in the Journey category', () => {
        expect([...commandIds].sort()).toEqual([
            'journey.compareWithPrevious', 'journey.export.html', 'journey.export.markdown', 'journey.export.pdf', 'journey.export.png',
            'journey.export.svg', 'journey.importMap', 'journey.newMap', 'journey.preview.show', 'journey.preview.showToSide', 'journey.preview.toggleLock'
        ]);
        for (const command of commands) {
            expect(command.title, command.command).toMatch(/\S/);
            expect(command.category, command.command).toBe('Journey');
        }
        expect(commands.find(c => c.command === 'journey.preview.showToSide')?.icon).toBeDefined();
    });

    it('references only contributed commands from menus and keybindings', () => {
        const menuItems = Object.entries(contributes.menus as Record<string, MenuItem[]>)
            .flatMap(([menu, items]) => items.map(item => ({ menu, ...item })));
        const references = [...menuItems, ...(contributes.keybindings as MenuItem[])];
        expect(references.filter(ref => !commandIds.has(ref.command)).map(ref => ref.command)).toEqual([]);
    });

    it('puts the preview button in the editor title of .journey files and binds Ctrl+K V', () => {
        expect(contributes.menus['editor/title']).toContainEqual(expect.objectContaining({
            command: 'journey.preview.showToSide', when: 'editorLangId == journey', group: 'navigation'
        }));
        expect(contributes.keybindings).toContainEqual({
            command: 'journey.preview.showToSide', key: 'ctrl+k v', mac: 'cmd+k v', when: 'editorLangId == journey'
        });
    });

    it('gives every setting a type, a default of that type and a description', () => {
        const settings = Object.entries(contributes.configuration.properties as Record<string, Setting>);
        expect(settings.map(([key]) => key)).toEqual(expect.arrayContaining([
            'journey.preview.defaultView', 'journey.preview.debounceMs', 'journey.preview.followActiveEditor', 'journey.trace.server'
        ]));
        for (const [key, setting] of settings) {
            expect(key).toMatch(/^journey\./);
            expect(setting.type, key).toEqual(expect.any(String));
            expect(setting.description ?? setting.markdownDescription, key).toMatch(/\S/);
            expect(setting.default, key).toBeDefined();
            const actual = Array.isArray(setting.default) ? 'array' : setting.default === null ? 'null' : typeof setting.default;
            expect(setting.type === 'integer' ? 'number' : setting.type, key).toBe(actual);
            if (setting.enum) expect(setting.enum, key).toContain(setting.default);
        }
        // The setting lists the view registry's views, described as the registry describes them, and defaults to its default.
        const defaultView = contributes.configuration.properties['journey.preview.defaultView'];
        expect(defaultView.enum).toEqual(VIEWS.map(view => view.id));
        expect(defaultView.enumDescriptions).toEqual(VIEWS.map(view => view.description));
        expect(defaultView.default).toBe(DEFAULT_VIEW);
        expect(contributes.configuration.properties['journey.trace.server'].enum).toEqual(['off', 'messages', 'verbose']);
    });

    it('names only files that exist', () => {
        const paths: string[] = [
            pkg.icon,
            ...contributes.languages.flatMap((l: { configuration?: string; icon?: { light: string; dark: string } }) =>
                [l.configuration, l.icon?.light, l.icon?.dark].filter((path): path is string => path !== undefined)),
            ...contributes.jsonValidation.map((v: { url: string }) => v.url),
            ...contributes.grammars.map((g: { path: string }) => g.path),
            ...contributes.walkthroughs.flatMap((w: { steps: Array<{ media: Record<string, string> }> }) =>
                w.steps.flatMap(step => Object.values(step.media).filter(v => typeof v === 'string')))
        ];
        expect(paths.length).toBeGreaterThan(8);
        expect(paths.filter(path => !exists(path))).toEqual([]);
    });

    it('ships a 128x128 PNG icon', () => {
        const png = readFileSync(new URL(pkg.icon, root));
        expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
    });

    it('wires the journey language to its grammar and configuration; snippets come from the server, not the manifest', () => {
        // Static snippets would be offered everywhere, also after `emotion ` (journey-snippets.ts serves them by position).
        expect(contributes.snippets).toBeUndefined();
        const [language] = contributes.languages;
        expect(language).toMatchObject({ id: 'journey', extensions: ['.journey'] });
        const grammar = JSON.parse(read(contributes.grammars[0].path));
        expect(contributes.grammars[0]).toMatchObject({ language: 'journey', scopeName: 'source.journey' });
        expect(grammar.scopeName).toBe('source.journey');
        const config = JSON.parse(read(language.configuration));
        expect(config.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
        expect(config.autoClosingPairs.map((p: { open: string }) => p.open)).toEqual(expect.arrayContaining(['{', '"']));
        expect(new RegExp(config.indentationRules.increaseIndentPattern).test('  stage purchase "Purchase" {')).toBe(true);
        expect(new RegExp(config.indentationRules.decreaseIndentPattern).test('  }')).toBe(true);
        const word = new RegExp(`^(?:${config.wordPattern})$`);
        expect(word.test('checkout_page')).toBe(true);
        expect(word.test('checkout-page')).toBe(false);
    });

    it('links walkthrough steps to commands that exist', () => {
        const steps = contributes.walkthroughs[0].steps as Array<{ description: string; completionEvents?: string[] }>;
        expect(steps.length).toBeGreaterThanOrEqual(3);
        expect(steps.length).toBeLessThanOrEqual(4);
        const linked = steps.flatMap(step => [
            ...[...step.description.matchAll(/command:([\w.]+)/g)].map(m => m[1]),
            ...(step.completionEvents ?? []).filter(e => e.startsWith('onCommand:')).map(e => e.slice('onCommand:'.length))
        ]);
        expect(linked.length).toBeGreaterThan(0);
        expect(linked.filter(id => !commandIds.has(id))).toEqual([]);
    });

    it('validates journey.config.json with a schema that knows every diagnostic code and its default', () => {
        expect(contributes.languages).toContainEqual({ id: 'jsonc', filenames: ['journey.config.json'] });
        const schema = JSON.parse(read(contributes.jsonValidation[0].url));
        const codes = schema.properties.diagnostics.properties as Record<string, { enum: string[]; default: string }>;
        expect(Object.fromEntries(Object.entries(codes).map(([code, rule]) => [code, rule.default]))).toEqual(DEFAULT_SEVERITIES);
        for (const rule of Object.values(codes)) expect(rule.enum).toEqual(['error', 'warning', 'info', 'hint', 'off']);
        expect(schema.properties.diagnostics.additionalProperties).toBe(false);
    });
});
