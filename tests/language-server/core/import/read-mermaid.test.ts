import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstMermaidJourneyBlock, readMermaidJourney } from '../../../../language-server/core/import/read-mermaid.js';
import { parsedDiagram } from '../../../support/mermaid-node.js';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/import/mermaid');
const files = readdirSync(FIXTURES).filter(name => /\.(mmd|md)$/.test(name) && name !== 'README.md');
const options = { defaultPersona: 'Customer', fallbackTitle: 'Untitled' };

function diagramText(name: string): { text: string; firstLine: number } {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    return name.endsWith('.md') ? firstMermaidJourneyBlock(text)! : { text, firstLine: 0 };
}

describe('the Mermaid journey reader agrees with Mermaid\'s own parser', () => {
    for (const name of files) {
        it(name, async () => {
            const { text } = diagramText(name);
            const { db } = await parsedDiagram(text);
            const { map, problems } = readMermaidJourney(text, options);
            expect(problems).toEqual([]);
            const [journey] = map.journeys;
            const label = (id: string) => map.personas.find(persona => persona.id === id)!.label;
            expect(journey.label).toBe(db.getDiagramTitle());
            expect(journey.stages.map(stage => stage.label)).toEqual(db.getSections().map((section: string) => section.trim()));
            const tasks = db.getTasks() as Array<{ section: string; task: string; score: number; people: string[] }>;
            const touchpoints = journey.stages.flatMap(stage => stage.touchpoints.map(touchpoint => ({
                section: stage.label,
                task: touchpoint.label,
                scores: touchpoint.emotions.map(emotion => [label(emotion.persona), emotion.score])
            })));
            expect(touchpoints).toEqual(tasks.map(task => ({
                section: task.section.trim(),
                task: task.task.trim(),
                // A task without actors keeps its score on the default persona.
                scores: (task.people.filter(Boolean).length > 0 ? task.people.filter(Boolean) : ['Customer']).map(person => [person, task.score])
            })));
            expect(new Set(journey.personas.map(label))).toEqual(new Set([...db.getActors().filter(Boolean), ...(tasks.some(t => t.people.filter(Boolean).length === 0) ? ['Customer'] : [])]));
        });
    }

    it('reads the documentation example as two stages of tasks scored for Me and Cat', () => {
        const { map } = readMermaidJourney(diagramText('mermaid-docs-user-journey.mmd').text, options);
        expect(map.personas).toEqual([{ id: 'me', label: 'Me' }, { id: 'cat', label: 'Cat' }]);
        expect(map.journeys[0].stages[0].touchpoints[2]).toMatchObject({ id: 'do_work', label: 'Do work', emotions: [{ persona: 'me', score: 1 }, { persona: 'cat', score: 1 }] });
    });

    it('takes the first journey block of a Markdown file, and names the file\'s lines', () => {
        const block = diagramText('wiki-page.md');
        expect(block.firstLine).toBe(10);
        const broken = readMermaidJourney(`${block.text}\n    Finish: 9: Admin\n`, { ...options, lineOffset: block.firstLine });
        expect(broken.problems).toEqual([{ where: 'line 16', message: 'expected a score from 1 to 5 for the task "Finish", found "9"; the task is imported without it' }]);
        expect(broken.map.journeys[0].stages[0].touchpoints.map(t => t.label)).toEqual(['Create account', 'Invite team', 'Finish']);
    });

    it('reports what is not a journey', () => {
        expect(readMermaidJourney('flowchart LR\n  a --> b\n', options).problems).toEqual([
            { where: 'line 1', message: 'expected "journey", the first word of a Mermaid user journey, found "flowchart LR"' }
        ]);
        expect(readMermaidJourney('journey\n  title T\n  section S\n    no score here\n', options).problems).toEqual([
            { where: 'line 4', message: 'expected "title …", "section …" or a task "Name: score: actor, actor", found "no score here"; line skipped' }
        ]);
    });
});
