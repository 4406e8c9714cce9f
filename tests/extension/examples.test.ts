import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AstUtils } from 'langium';
import { describe, expect, it } from 'vitest';
import { isJourney, isMetric, type Journey } from '../../language-server/language/generated/ast.js';
import { buildWorkspace } from '../language-server/language/test-services.js';

// examples/ is what a newcomer opens first (`npm run start`): it must pass
// `journey check` and show off the language, across several industries.

const root = fileURLToPath(new URL('../../', import.meta.url));
const exampleFiles = readdirSync(`${root}/examples`).filter(name => name.endsWith('.journey')).sort();

async function exampleJourneys(): Promise<Journey[]> {
    const files = Object.fromEntries(exampleFiles.map(name => [name, readFileSync(`${root}/examples/${name}`, 'utf8')]));
    const { documents } = await buildWorkspace(files);
    return documents.flatMap(doc => doc.parseResult.value.elements.filter(isJourney));
}

describe('examples/', () => {
    it('has a shared people file and maps from at least three industries', () => {
        expect(exampleFiles).toContain('people.journey');
        expect(exampleFiles.filter(name => name !== 'people.journey').length).toBeGreaterThanOrEqual(3);
    });

    it('passes `journey check` with only the deliberate warning of the hospital map', () => {
        const result = spawnSync(process.execPath, ['bin/journey.js', 'check', 'examples', '--format', 'json'], { cwd: root, encoding: 'utf8' });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        const report = JSON.parse(result.stdout);
        expect(report.files).toBe(exampleFiles.length);
        expect(report.diagnostics.map((d: { file: string; line: number; severity: string; code: string }) => `${d.file}:${d.line} ${d.severity} ${d.code}`))
            .toEqual(['examples/hospital-appointment.journey:116 warning stage-without-owner']);
    });

    it('gives every map 4 to 6 stages and two personas who feel something at every touchpoint', async () => {
        const journeys = await exampleJourneys();
        expect(journeys.length).toBeGreaterThanOrEqual(4);
        for (const journey of journeys.filter(j => !j.state.includes('future'))) {
            expect(journey.stages.length, journey.name).toBeGreaterThanOrEqual(4);
            expect(journey.stages.length, journey.name).toBeLessThanOrEqual(6);
            expect(journey.personas.length, journey.name).toBe(2);
            for (const touchpoint of journey.stages.flatMap(s => s.touchpoints)) {
                const felt = touchpoint.emotions.map(e => e.persona.ref?.name).sort();
                expect(felt, `${journey.name}/${touchpoint.name}`).toEqual(journey.personas.map(p => p.ref?.name).sort());
            }
        }
    });

    it('uses every kind of fact: actions, thoughts, pains, opportunities and metrics with targets', async () => {
        for (const journey of await exampleJourneys()) {
            if (journey.state.includes('future')) continue;
            const touchpoints = journey.stages.flatMap(s => s.touchpoints);
            for (const facts of ['actions', 'thoughts', 'pains', 'opportunities'] as const) {
                expect(touchpoints.some(t => t[facts].length > 0), `${journey.name} ${facts}`).toBe(true);
            }
            const metrics = AstUtils.streamAllContents(journey).filter(isMetric).toArray();
            expect(metrics.filter(m => m.target !== undefined).length, journey.name).toBeGreaterThanOrEqual(3);
        }
    });
});
