/**
 * The overrides in language-server/language/langium-overrides/ copy or replace
 * Langium internals of one version: upgrading Langium is a deliberate act.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUDITED_LANGIUM_VERSION } from '../../../../language-server/language/langium-overrides/audited-version.js';

const installed = (JSON.parse(readFileSync('node_modules/langium/package.json', 'utf8')) as { version: string }).version;
const readme = readFileSync('language-server/language/langium-overrides/README.md', 'utf8');

describe('the Langium overrides', () => {
    it('were audited against the installed Langium', () => {
        expect(installed, `Langium ${installed} is installed but the overrides were audited against ${AUDITED_LANGIUM_VERSION}: `
            + 're-audit every row of language-server/language/langium-overrides/README.md against the new sources, then bump AUDITED_LANGIUM_VERSION').toBe(AUDITED_LANGIUM_VERSION);
    });

    it('are each listed in the README\'s table, which names the audited version', () => {
        const files = readdirSync('language-server/language/langium-overrides').filter(file => file.endsWith('.ts') && file !== 'audited-version.ts');
        expect(files.length).toBeGreaterThanOrEqual(9);
        for (const file of files) expect(readme, `${file} has no row in the README's table`).toContain(`| [${file}](${file}) |`);
        expect(readme).toContain(`Langium ${AUDITED_LANGIUM_VERSION}`);
    });
});
