import { DocumentState, URI } from 'langium';
import { expectError, expectNoIssues } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Model } from '../../../../language-server/language/generated/ast.js';
import { buildWorkspace } from '../test-services.js';
import { coveredText, issues, validateMap } from './validation-workspace.js';

const duplicates = (diagnostics: { code?: unknown; message: string; range: { start: { line: number } } }[] | undefined) =>
    (diagnostics ?? []).filter(d => d.code === 'duplicate-id').map(d => `${d.message} @ ${d.range.start.line + 1}`);

describe('duplicate-id across the workspace', () => {
    it('reports a persona, team, channel and journey declared in two files, in both files', async () => {
        const { documents } = await buildWorkspace({
            'people.journey': 'persona maya\nteam sales\nchannel web\n',
            'maps.journey': 'persona maya "Maya again"\nteam sales\nchannel web\njourney j {\n}\n',
            'other.journey': 'journey j {\n}\n'
        });
        expect(duplicates(documents[0].diagnostics)).toEqual([
            "Duplicate persona id 'maya': also declared in maps.journey line 1. @ 1",
            "Duplicate team id 'sales': also declared in maps.journey line 2. @ 2",
            "Duplicate channel id 'web': also declared in maps.journey line 3. @ 3"
        ]);
        expect(duplicates(documents[1].diagnostics)).toEqual([
            "Duplicate persona id 'maya': also declared in people.journey line 1. @ 1",
            "Duplicate team id 'sales': also declared in people.journey line 2. @ 2",
            "Duplicate channel id 'web': also declared in people.journey line 3. @ 3",
            "Duplicate journey id 'j': also declared in other.journey line 1. @ 4"
        ]);
        const related = documents[1].diagnostics!.find(d => d.message.includes("'maya'"))!.relatedInformation!;
        expect(related).toEqual([
            { location: { uri: URI.file('/workspace/people.journey').toString(), range: { start: { line: 0, character: 8 }, end: { line: 0, character: 12 } } }, message: "'maya' is also declared here." }
        ]);
        expect(documents[1].diagnostics!.every(d => d.code !== 'duplicate-id' || d.severity === 1)).toBe(true);
    });

    it('lets different kinds share an id', async () => {
        const { documents } = await buildWorkspace({ 'a.journey': 'team web\nchannel web\npersona web\n', 'b.journey': 'team sales\n' });
        expect(duplicates(documents[0].diagnostics)).toEqual([]);
    });

    it('puts the range on the name, twice in one file', async () => {
        const result = await validateMap('team sales "Sales"\nteam sales "Sales again"\n', {});
        const [first, second] = result.document.parseResult.value.elements;
        expectError(result, "Duplicate team id 'sales': also declared at line 2.", { node: first, property: 'name', code: 'duplicate-id' });
        expectError(result, "Duplicate team id 'sales': also declared at line 1.", { node: second, property: 'name', code: 'duplicate-id' });
    });

    it('is re-checked in the other file when an edit adds the duplicate there', async () => {
        const { services, documents } = await buildWorkspace({ 'a.journey': 'team sales\n', 'b.journey': 'team other\n' });
        expect(documents[0].diagnostics).toEqual([]);
        services.shared.workspace.TextDocuments!.set(TextDocument.create(documents[1].uri.toString(), 'journey', 2, 'team other\nteam sales\n'));
        await services.shared.workspace.DocumentBuilder.update([documents[1].uri], []);
        expect(duplicates(documents[0].diagnostics)).toEqual(["Duplicate team id 'sales': also declared in b.journey line 2. @ 1"]);
    });

    it('is re-checked in the other file when the duplicate goes away', async () => {
        const { services, documents } = await buildWorkspace({ 'a.journey': 'team sales\n', 'b.journey': 'team sales\n' });
        expect(duplicates(documents[0].diagnostics)).toHaveLength(1);
        await services.shared.workspace.DocumentBuilder.update([], [documents[1].uri]);
        expect(documents[0].state).toBe(DocumentState.Validated);
        expect(documents[0].diagnostics).toEqual([]);
    });
});

describe('duplicate-id within a journey', () => {
    const journey = (body: string) => `journey j {\n  personas maya\n${body}\n}\n`;
    const stage = (name: string, touchpoints: string[]) =>
        `  stage ${name} {\n    owner sales\n${touchpoints.map(t => `    touchpoint ${t} {\n      emotion maya 3\n    }`).join('\n')}\n  }`;

    it('reports two stages with the same id on both names', async () => {
        const result = await validateMap(journey(`${stage('s', ['a'])}\n${stage('s', ['b'])}`));
        expect(issues(result, 'duplicate-id')).toEqual([
            "Duplicate stage id 's' in journey 'j': also declared at line 9. @ 3:9",
            "Duplicate stage id 's' in journey 'j': also declared at line 3. @ 9:9"
        ]);
    });

    it('reports touchpoints sharing an id across the stages of a journey', async () => {
        const result = await validateMap(journey(`${stage('one', ['t'])}\n${stage('two', ['t', 'u'])}`));
        expect(issues(result, 'duplicate-id')).toEqual([
            "Duplicate touchpoint id 't' in journey 'j': also declared at line 11. @ 5:16",
            "Duplicate touchpoint id 't' in journey 'j': also declared at line 5. @ 11:16"
        ]);
        const diagnostic = result.diagnostics.find(d => d.code === 'duplicate-id')!;
        expect(coveredText(result, diagnostic)).toBe('t');
    });

    it('lets two journeys reuse stage and touchpoint ids', async () => {
        const result = await validateMap(`${journey(stage('s', ['t']))}${journey(stage('s', ['t'])).replace('journey j', 'journey k')}`);
        expectNoIssues(result);
    });
});

describe('duplicate-id and the library file', () => {
    it('does not confuse a map that uses library ids with one that redeclares them', async () => {
        const { documents } = await buildWorkspace({
            'people.journey': 'persona maya\nteam sales\n',
            'map.journey': 'journey j {\n  personas maya\n  stage s {\n    owner sales\n    touchpoint t {\n      emotion maya 3\n    }\n  }\n}\n'
        });
        expect(documents.map(d => (d as { diagnostics?: unknown[] }).diagnostics)).toEqual([[], []]);
        expect((documents[1].parseResult.value as Model).elements).toHaveLength(1);
    });
});

describe('duplicate-id with many copies of one id', () => {
    it('names the first five others and counts the rest, in the message and the related places', async () => {
        const copies = Array.from({ length: 1000 }, () => 'persona dup "D"').join('\n');
        const { documents } = await buildWorkspace({ 'many.journey': copies });
        const diagnostics = (documents[0].diagnostics ?? []).filter(d => d.code === 'duplicate-id');
        expect(diagnostics).toHaveLength(1000);
        expect(diagnostics[0].message).toBe(
            "Duplicate persona id 'dup': also declared at line 2, at line 3, at line 4, at line 5, at line 6 and 994 more times."
        );
        expect(diagnostics[999].message).toBe(
            "Duplicate persona id 'dup': also declared at line 1, at line 2, at line 3, at line 4, at line 5 and 994 more times."
        );
        expect(diagnostics.every(d => d.relatedInformation?.length === 5)).toBe(true);
    });

    it('counts one more time without listing it when seven stages of a journey share an id', async () => {
        const stages = Array.from({ length: 7 }, () => '  stage s {\n  }').join('\n');
        const result = await validateMap(`journey j {\n${stages}\n}\n`);
        expect(issues(result, 'duplicate-id')[0]).toBe(
            "Duplicate stage id 's' in journey 'j': also declared at line 4, at line 6, at line 8, at line 10, at line 12 and 1 more time. @ 2:9"
        );
    });
});
