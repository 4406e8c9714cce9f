import { expectNoIssues, expectWarning } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { CHECKOUT, PEOPLE } from '../lsp/lsp-workspace.js';
import { coveredText, issues, journeyOf, validateMap } from './validation-workspace.js';

const stage = (body: string) => `  stage s {
    owner sales
    touchpoint t {
${body}
    }
  }`;

describe('persona-without-emotions', () => {
    it('warns on the persona in the personas line', async () => {
        const result = await validateMap(`persona bob\njourney j {\n  personas maya, bob\n${stage('      emotion maya 3')}\n}\n`);
        const journey = journeyOf(result);
        expectWarning(result, "Persona 'bob' has no emotion in journey 'j'.", {
            node: journey,
            property: { name: 'personas', index: 1 },
            code: 'persona-without-emotions'
        });
        expect(issues(result, 'persona-without-emotions')).toHaveLength(1);
    });

    it("without a personas line, takes the file's personas and warns on the journey name", async () => {
        const result = await validateMap(`persona ann\npersona bob\njourney j {\n${stage('      emotion ann 4')}\n}\n`);
        expectWarning(result, "Persona 'bob' has no emotion in journey 'j'.", { node: journeyOf(result), property: 'name', code: 'persona-without-emotions' });
        expect(issues(result, 'persona-without-emotions')).toEqual(["Persona 'bob' has no emotion in journey 'j'. @ 3:9"]);
    });

    it("counts only the emotions of that journey's touchpoints", async () => {
        const result = await validateMap(
            `journey a {\n  personas maya\n${stage('      emotion maya 3')}\n}\njourney b {\n  personas maya\n${stage('      action "Waits"')}\n}\n`
        );
        expect(issues(result, 'persona-without-emotions')).toEqual(["Persona 'maya' has no emotion in journey 'b'. @ 11:12"]);
    });

    it('is quiet when every persona has an emotion (the example of docs/language.md)', async () => {
        expectNoIssues(await validateMap(CHECKOUT), { code: 'persona-without-emotions' });
    });
});

describe('persona-not-in-journey', () => {
    it('warns on an emotion and a thought naming a persona outside the personas line', async () => {
        const result = await validateMap(`persona bob\njourney j {\n  personas maya\n${stage('      emotion maya 3\n      emotion bob 2\n      thought bob "Hmm"')}\n}\n`);
        const diagnostics = result.diagnostics.filter(d => d.code === 'persona-not-in-journey');
        expect(diagnostics.map(d => d.message)).toEqual([
            "Persona 'bob' is not one of the personas of journey 'j'. Add it to the journey's 'personas' line.",
            "Persona 'bob' is not one of the personas of journey 'j'. Add it to the journey's 'personas' line."
        ]);
        expect(diagnostics.map(d => coveredText(result, d))).toEqual(['bob', 'bob']);
        expect(diagnostics.every(d => d.severity === 2)).toBe(true);
    });

    it('is quiet for a thought without persona and for personas of the journey', async () => {
        const result = await validateMap(`journey j {\n  personas maya\n${stage('      thought "Anyone"\n      thought maya "Me"\n      emotion maya 3')}\n}\n`);
        expectNoIssues(result);
    });
});

describe('the library-file case: personas declared in another file', () => {
    it('resolves them through the personas line, with no warning', async () => {
        expectNoIssues(await validateMap(CHECKOUT, { 'people.journey': PEOPLE }));
    });

    it('without a personas line, the journey has no personas: emotions name a persona not in the journey', async () => {
        const result = await validateMap(`journey j {\n${stage('      emotion maya 3')}\n}\n`);
        expect(issues(result, 'persona-without-emotions')).toEqual([]);
        expect(issues(result, 'persona-not-in-journey')).toEqual([
            "Persona 'maya' is not one of the personas of journey 'j'. Add a 'personas' line naming it to the journey. @ 5:15"
        ]);
    });
});
