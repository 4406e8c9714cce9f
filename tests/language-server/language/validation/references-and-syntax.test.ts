import { expectError } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { coveredText, issues, journeyOf, validateMap } from './validation-workspace.js';

describe('unresolved-reference', () => {
    it('names the id and the expected kind, on the reference', async () => {
        const result = await validateMap('journey j {\n  personas maya\n  stage s {\n    owner salse\n    touchpoint t via webb {\n      emotion mya 3\n    }\n  }\n}\n');
        const stage = journeyOf(result).stages[0];
        expectError(result, "Unknown team 'salse'.", { node: stage, property: { name: 'owners', index: 0 }, code: 'unresolved-reference' });
        expect(issues(result, 'unresolved-reference')).toEqual([
            "Unknown team 'salse'. @ 4:11",
            "Unknown channel 'webb'. @ 5:22",
            "Unknown persona 'mya'. @ 6:15"
        ]);
        const diagnostic = result.diagnostics.find(d => d.code === 'unresolved-reference')!;
        expect(diagnostic.data).toMatchObject({ code: 'unresolved-reference', refText: 'salse', expectedType: 'Team' });
    });

    it('resolves by kind: a channel id is no owner, a team id is no channel', async () => {
        const result = await validateMap('journey j {\n  personas sales\n  stage s {\n    owner web\n    touchpoint t via sales {\n      emotion maya 3\n    }\n  }\n}\n');
        expect(issues(result, 'unresolved-reference')).toEqual([
            "Unknown persona 'sales'. @ 2:12",
            "Unknown team 'web'. @ 4:11",
            "Unknown channel 'sales'. @ 5:22"
        ]);
    });
});

describe('syntax-error', () => {
    it('gives parser errors the code, as errors, on the offending token', async () => {
        const result = await validateMap('journey j {\n  stage s {\n    owner sales\n    touchpoint t { actoin "x" }\n  }\n}\n');
        const errors = result.diagnostics.filter(d => d.code === 'syntax-error');
        expect(errors.length).toBeGreaterThan(0);
        expect(errors.every(d => d.severity === 1 && !d.message.includes('\n'))).toBe(true);
        expect(coveredText(result, errors[0])).toBe('actoin');
    });

    it('gives lexer errors the code and names the character', async () => {
        const result = await validateMap('team sales @\n');
        expect(issues(result, 'syntax-error')).toContain("Unexpected character '@'. @ 1:12");
    });

    it('reports no unresolved reference for a name the parser never got', async () => {
        const result = await validateMap('journey j {\n  stage s {\n    owner\n  }\n}\n');
        expect(issues(result, 'syntax-error').length).toBeGreaterThan(0);
        expect(issues(result, 'unresolved-reference')).toEqual([]);
    });

    it('gives every diagnostic of a broken file a known code', async () => {
        const result = await validateMap('journey j { stage { touchpoint t via { emotion maya 9 } } persona "x" ');
        const codes = new Set(result.diagnostics.map(d => d.code));
        expect([...codes].every(code => typeof code === 'string' && code.length > 0)).toBe(true);
        expect(codes.has('syntax-error')).toBe(true);
    });
});

describe('unterminated-string', () => {
    it('reports a string cut off by the end of its line once, and keeps its text as the label', async () => {
        const result = await validateMap('persona p "Maya, first\nteam t "Sales"\n', {});
        expect(issues(result, 'unterminated-string')).toEqual(['Unterminated string: add the closing " on the same line. @ 1:11']);
        expect(issues(result, 'syntax-error')).toEqual([]);
        const [persona, team] = result.document.parseResult.value.elements;
        expect([persona.label, team.label]).toEqual(['Maya, first', 'Sales']);
    });

    it('tells an escaped quote at the end of a line from a closing one', async () => {
        const result = await validateMap('persona p "a \\"quote\\"\npersona q "a backslash \\\\"\n', {});
        expect(issues(result, 'unterminated-string')).toEqual(['Unterminated string: add the closing " on the same line. @ 1:11']);
        expect(result.document.parseResult.value.elements.map(e => e.label)).toEqual(['a "quote"', 'a backslash \\']);
    });

    it('is one token however many escaped quotes follow (each quote used to start a new failed match)', async () => {
        const result = await validateMap(`persona p "${'\\"'.repeat(100_000)}\n`, {});
        expect(result.diagnostics.map(d => d.code)).toEqual(['unterminated-string']);
        expect(result.document.parseResult.lexerErrors).toHaveLength(1);
    });
});
