import { describe, expect, it } from 'vitest';
import { JOURNEY_SNIPPETS } from '../../../../language-server/language/lsp/journey-snippets.js';
import { buildWorkspace } from '../test-services.js';

// Expands the snippets the server's completion offers as an editor does when the
// user accepts every default, and checks that what lands in the editor is a valid map.

const snippets = Object.fromEntries(JOURNEY_SNIPPETS.map(snippet => [snippet.name, snippet]));

/** Replaces tab stops by their default (`${1:x}` → x, `${2|a,b|}` → a, `$1` → tab stop 1's default). */
function expand(body: string[]): string {
    const text = body.join('\n').replace(/\t/g, '  ');
    const defaults = new Map<string, string>();
    for (const match of text.matchAll(/\$\{(\d+):([^}]*)\}/g)) defaults.set(match[1], match[2]);
    for (const match of text.matchAll(/\$\{(\d+)\|([^,|]*)[^}]*\}/g)) defaults.set(match[1], match[2]);
    return text
        .replace(/\$\{(\d+):([^}]*)\}/g, (_, __, value: string) => value)
        .replace(/\$\{(\d+)\|([^,|]*)[^}]*\}/g, (_, __, value: string) => value)
        .replace(/\$(\d+)/g, (_, n: string) => defaults.get(n) ?? '');
}

const errorsOf = async (files: Record<string, string>) => {
    const { documents } = await buildWorkspace(files);
    return documents.flatMap(doc => [
        ...doc.parseResult.lexerErrors.map(e => e.message),
        ...doc.parseResult.parserErrors.map(e => e.message),
        ...(doc.diagnostics ?? []).filter(d => d.severity === 1).map(d => `${d.code} ${d.message}`)
    ]);
};

describe('snippets', () => {
    it('offers persona, team, channel, journey, stage, touchpoint and a whole starter map', () => {
        const labels = JOURNEY_SNIPPETS.map(snippet => snippet.label);
        expect(labels).toEqual(expect.arrayContaining(['persona', 'team', 'channel', 'journey', 'stage', 'touchpoint', 'journeymap']));
        for (const snippet of JOURNEY_SNIPPETS) expect(snippet.description, snippet.name).toMatch(/\S/);
    });

    it('starts each snippet with the keyword it is offered for (completion offers it where the grammar allows that keyword)', () => {
        for (const snippet of JOURNEY_SNIPPETS) expect(snippet.body[0], snippet.name).toMatch(new RegExp(`^${snippet.keyword} `));
    });

    it('expands the starter map to a map with no errors', async () => {
        const text = expand(snippets['Starter journey map'].body);
        expect(text).toContain('stage advocacy');
        expect(await errorsOf({ 'starter.journey': text })).toEqual([]);
    });

    it('expands the declaration and journey snippets to valid text once their references exist', async () => {
        const declarations = ['Persona', 'Team', 'Channel'].map(name => expand(snippets[name].body)).join('\n')
            .replace('persona id', 'persona customer').replace('team id', 'team sales').replace('channel id', 'channel web');
        const journey = expand(snippets['Journey'].body).replace('journey id', 'journey my_map');
        const stage = expand(snippets['Stage'].body).replace('stage id', 'stage next').replace('touchpoint id', 'touchpoint tp');
        const withStage = journey.replace(/\}\s*$/, `${stage}\n}`);
        expect(await errorsOf({ 'people.journey': declarations, 'map.journey': withStage })).toEqual([]);
    });
});
