import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { writeJourney } from '../../language-server/core/import/write-journey.js';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { readTables } from '../../language-server/core/spreadsheet/read-table.js';
import { journeySheets } from '../../language-server/core/spreadsheet/table-rows.js';
import { buildRenderModel } from '../../language-server/language/render/build-render-model.js';
import { formatSource } from '../../src/cli/format-source.js';
import { createCliServices, loadWorkspaceFromTexts } from '../../src/cli/workspace.js';
import { readCsv } from '../../src/spreadsheet/read-csv.js';
import { readXlsx } from '../../src/spreadsheet/read-xlsx.js';
import { csvText } from '../../src/spreadsheet/write-csv.js';
import { xlsxBuffer } from '../../src/spreadsheet/write-xlsx.js';

const EXAMPLES = join(import.meta.dirname, '../../examples');
const LIBRARY = 'people.journey';
const examples = readdirSync(EXAMPLES).filter(name => name.endsWith('.journey') && name !== LIBRARY);

async function renderModel(files: Record<string, string>, name: string): Promise<RenderModel> {
    const workspace = await loadWorkspaceFromTexts(files, '/tmp/round-trip');
    const document = workspace.documents.find(d => d.uri.toString() === URI.file(`/tmp/round-trip/${name}`).toString())!;
    return buildRenderModel(document, workspace.services.Journey);
}

/** What the spreadsheet columns carry, by label (ids are made again from labels). */
function content(model: RenderModel) {
    const label = (list: Array<{ id: string; label: string }>, id: string) => list.find(e => e.id === id)?.label ?? id;
    const persona = (id: string | undefined) => (id === undefined ? undefined : label(model.personas, id));
    const metric = (m: RenderModel['journeys'][0]['stages'][0]['metrics'][0]) => [m.label, m.value, m.percent, m.target, m.target === undefined ? undefined : m.targetPercent];
    return model.journeys.map(journey => ({
        label: journey.label,
        personas: journey.personas.map(persona),
        stages: journey.stages.map(stage => ({
            label: stage.label,
            owners: stage.owners.map(id => label(model.teams, id)),
            metrics: stage.metrics.map(metric),
            touchpoints: stage.touchpoints.map(t => ({
                label: t.label,
                channels: t.channels.map(id => label(model.channels, id)),
                owners: t.owners.map(id => label(model.teams, id)),
                actions: t.actions.map(a => a.text),
                // Thoughts come back grouped by persona (a row's thoughts are its persona's).
                thoughts: [...new Set(t.thoughts.map(th => th.persona))].map(p => [persona(p), t.thoughts.filter(th => th.persona === p).map(th => th.text)]),
                emotions: t.emotions.map(e => [persona(e.persona), e.score, e.note]),
                pains: t.pains.map(p => p.text),
                opportunities: t.opportunities.map(o => o.text),
                metrics: t.metrics.map(metric)
            }))
        }))
    }));
}

const sortThoughts = (c: ReturnType<typeof content>) => JSON.parse(JSON.stringify(c, (key, value) =>
    key === 'thoughts' ? [...value].sort((a: [string | null], b: [string | null]) => String(a[0]).localeCompare(String(b[0]))) : value));

describe('import(export(map)) has the same content, on every example', () => {
    const library = readFileSync(join(EXAMPLES, LIBRARY), 'utf8');
    for (const name of examples) {
        for (const format of ['csv', 'xlsx'] as const) {
            it(`${name} through ${format}`, async () => {
                const original = await renderModel({ [LIBRARY]: library, [name]: readFileSync(join(EXAMPLES, name), 'utf8') }, name);
                expect(original.journeys.flatMap(j => j.stages.flatMap(s => s.touchpoints)).length).toBeGreaterThan(2);
                const sheets = journeySheets(original);
                const tables = format === 'csv'
                    ? [readCsv(csvText(sheets, { bom: true }), 'export')]
                    : await readXlsx(await xlsxBuffer(sheets));
                const { map, problems } = readTables(tables, { defaultPersona: 'Customer' });
                expect(problems).toEqual([]);
                const text = writeJourney(map);
                // The writer's layout is the formatter's: formatting changes nothing.
                const formatted = await formatSource(createCliServices(), { path: '/tmp/round-trip/imported.journey', text, bom: false });
                expect(formatted.formatted).toBe(text);
                const imported = await renderModel({ 'imported.journey': text }, 'imported.journey');
                expect(imported.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
                expect(sortThoughts(content(imported))).toEqual(sortThoughts(content(original)));
            });
        }
    }
});
