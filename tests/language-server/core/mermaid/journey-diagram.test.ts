import { describe, expect, it } from 'vitest';
import { journeyDiagram, journeyDiagramLayout } from '../../../../language-server/core/mermaid/index.js';
import { displayedText, parsedDiagram } from '../../../support/mermaid-node.js';
import { checkoutModel, modelFromFiles, twoPersonasModel } from '../../language/render/model-from-text.js';

async function tasksOf(text: string) {
    const { db } = await parsedDiagram(text);
    return db.getTasks().map((task: { section: string; task: string; score: number; people: string[] }) => ({
        section: displayedText(task.section),
        task: displayedText(task.task.trim()),
        score: task.score,
        people: task.people.map(displayedText)
    }));
}

describe('journeyDiagram', () => {
    it('draws the contract example: a section per stage, a task per touchpoint with the persona as actor', async () => {
        const model = await checkoutModel();
        const text = journeyDiagram(model, 'first_purchase');
        expect(text).toBe(
            [
                '---',
                'config:',
                '    journey:',
                // Wide enough for "Maya, first-time buyer" (Mermaid up to 11.4 cuts the legend at 150 px).
                '        leftMargin: 238',
                '---',
                'journey',
                '    title First online purchase',
                '    section Awareness',
                '        Sponsored post: 3: Maya#44; first-time buyer',
                '    section Purchase',
                '        Checkout: 1: Maya#44; first-time buyer',
                '    section Retention',
                '        Order follow-up: 4: Maya#44; first-time buyer',
                ''
            ].join('\n')
        );
        expect(await tasksOf(text)).toEqual([
            { section: 'Awareness', task: 'Sponsored post', score: 3, people: ['Maya, first-time buyer'] },
            { section: 'Purchase', task: 'Checkout', score: 1, people: ['Maya, first-time buyer'] },
            { section: 'Retention', task: 'Order follow-up', score: 4, people: ['Maya, first-time buyer'] }
        ]);
    });

    it('writes a touchpoint once per persona that scored it, and leaves out what nobody scored or scored out of range', async () => {
        const tasks = await tasksOf(journeyDiagram(await twoPersonasModel(), 'onboarding'));
        expect(tasks).toEqual([
            { section: 'Discover', task: 'Landing page', score: 3, people: ['Maya'] },
            { section: 'Discover', task: 'Newsletter', score: 4, people: ['Maya'] },
            { section: 'Discover', task: 'Newsletter', score: 2, people: ['Sam, returning customer'] },
            // Sam's 9 is out of range; "Welcome mail" and the stage "Later" have no score.
            { section: 'Sign up', task: 'Sign-up form', score: 1, people: ['Maya'] },
            { section: 'First order', task: 'Checkout', score: 4, people: ['Maya'] },
            { section: 'First order', task: 'Checkout', score: 5, people: ['Sam, returning customer'] }
        ]);
    });

    it('shows one persona with the persona option', async () => {
        const tasks = await tasksOf(journeyDiagram(await twoPersonasModel(), 'onboarding', { persona: 'sam' }));
        expect(tasks.map((t: { task: string; score: number }) => [t.task, t.score])).toEqual([
            ['Newsletter', 2],
            ['Checkout', 5]
        ]);
        expect(new Set(tasks.flatMap((t: { people: string[] }) => t.people))).toEqual(new Set(['Sam, returning customer']));
    });

    it('uses ids where there are no labels, and says so when no touchpoint has a score', async () => {
        const model = await modelFromFiles({ 'a.journey': 'persona p\njourney j {\n  stage s {\n    touchpoint t {\n      emotion p 5\n    }\n    touchpoint u {\n    }\n  }\n}\n' });
        expect(await tasksOf(journeyDiagram(model, 'j'))).toEqual([{ section: 's', task: 't', score: 5, people: ['p'] }]);
        const empty = await modelFromFiles({ 'b.journey': 'journey k {\n  stage s {\n  }\n}\n' });
        const { db } = await parsedDiagram(journeyDiagram(empty, 'k'));
        expect([...db.getVertices().values()].map((v: { text: string }) => displayedText(v.text))).toEqual(['k: no emotion scores yet']);
        expect(journeyDiagramLayout(empty, 'k')).toMatchObject({ kind: 'empty', sections: [], tasks: [], actors: [] });
        const { db: filtered } = await parsedDiagram(journeyDiagram(model, 'j', { persona: 'ghost' }));
        expect([...filtered.getVertices().values()].map((v: { text: string }) => displayedText(v.text))).toEqual(['j: no emotion scores for ghost yet']);
    });

    it('names the journeys a file has when asked for one it does not have', async () => {
        expect(() => journeyDiagram({ version: 2, uri: 'file:///x.journey', journeys: [], personas: [], teams: [], channels: [], systems: [], sources: [], emotionScale: [], diagnostics: [] }, 'nope')).toThrow(
            "No journey 'nope' in file:///x.journey (journeys: none)."
        );
    });
});

describe('journeyDiagramLayout', () => {
    it('lists the sections, tasks and legend actors in the order Mermaid draws them', async () => {
        const layout = journeyDiagramLayout(await twoPersonasModel(), 'onboarding');
        expect(layout.text).toBe(journeyDiagram(await twoPersonasModel(), 'onboarding'));
        expect(layout.sections).toEqual(['discover', 'signup', 'order']);
        expect(layout.tasks.map(task => `${task.stageId}/${task.touchpointId}/${task.persona}`)).toEqual([
            'discover/landing/maya',
            'discover/newsletter/maya',
            'discover/newsletter/sam',
            'signup/form/maya',
            'order/checkout/maya',
            'order/checkout/sam'
        ]);
        const { db } = await parsedDiagram(layout.text);
        db.getTasks();
        const actors = db.getActors().map(displayedText);
        expect(actors).toEqual(['Maya', 'Sam, returning customer']);
        expect(layout.actors).toEqual(['maya', 'sam']);
    });

    it('orders the actors as Mermaid does when labels start with escaped characters', async () => {
        const model = await modelFromFiles({
            'a.journey': 'persona b "Zed"\npersona a "#1 fan"\njourney j {\n  stage s {\n    touchpoint t {\n      emotion b 3\n      emotion a 4\n    }\n  }\n}\n'
        });
        const layout = journeyDiagramLayout(model, 'j');
        const { db } = await parsedDiagram(layout.text);
        const labelOf: Record<string, string> = { a: '#1 fan', b: 'Zed' };
        db.getTasks();
        expect(db.getActors().map(displayedText)).toEqual(layout.actors.map(id => labelOf[id]));
    });
});
