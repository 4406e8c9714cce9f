import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExcel } from '../../src/spreadsheet/exceljs.js';
import { journey, REPO } from './run-journey.js';

const FIXTURES = join(REPO, 'tests/fixtures/import');

/** A scratch copy of the import fixtures (the command writes beside its input). */
function scratch(): string {
    const folder = mkdtempSync(join(tmpdir(), 'journey-import-'));
    cpSync(FIXTURES, folder, { recursive: true });
    return folder;
}

/** The imported map is formatted and has no error, as `journey fmt --check` and `journey check` see it. */
async function expectCleanMap(folder: string, file: string): Promise<void> {
    expect((await journey(['fmt', '--check', file], folder)).status).toBe(0);
    const check = await journey(['check', file], folder);
    expect(check.stdout).not.toMatch(/ error /);
    expect(check.status).toBe(0);
}

describe('journey import', () => {

    it('makes a map from a spreadsheet with two journeys, multi-line cells, an empty row and metrics', async () => {
        const folder = scratch();
        const run = await journey(['import', 'csv/two-journeys.csv'], folder);
        expect(run.stderr).toBe('wrote csv/two-journeys.journey: 2 journeys, 4 stages, 4 touchpoints, 3 personas\n');
        expect(run.status).toBe(0);
        const text = readFileSync(join(folder, 'csv/two-journeys.journey'), 'utf8');
        expect(text).toContain('persona maya "Maya"\npersona tom "Tom"\npersona ahmed "Ahmed"');
        expect(text).toContain('team customer_support "Customer Support"');
        expect(text).toContain('touchpoint checkout_page "Checkout page" via website, mobile_app {');
        expect(text).toContain('      action "Enters card details"\n      action "Chooses delivery"');
        expect(text).toContain('      thought maya "Looks nice, but how much is it?"');
        expect(text).toContain('      emotion tom 3 "Already knows the brand"');
        expect(text).toContain('      metric "Cart abandonment" 68% target 45%\n      metric "Orders per day" 210 target 260');
        expect(text).toContain('journey claim "Claim" {\n  personas ahmed');
        await expectCleanMap(folder, 'csv/two-journeys.journey');
    });

    it('reads a semicolon-separated CSV of a European Excel, with synonyms and decimal commas', async () => {
        const run = await journey(['import', 'csv/european-excel.csv', '-o', '-'], FIXTURES);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('persona jurgen "Jürgen"');
        expect(run.stdout).toContain('  stage entdeckung "Entdeckung" {\n    touchpoint anzeige_gesehen "Anzeige gesehen" via instagram {\n      emotion jurgen 3\n      pain "Preis fehlt"\n      metric "Klickrate" 1.8%');
    });

    it('lists each skipped cell with row and column, keeps the rest and exits with 1 (BOM, extra column, bad scores)', async () => {
        const run = await journey(['import', 'csv/bom-extra-column.csv', '-o', '-'], FIXTURES);
        expect(run.stderr).toBe([
            'csv/bom-extra-column.csv: column E "Notes": not a known column, 1 cell skipped (known columns: journey, stage, touchpoint, channel, persona, emotion, emotion note, action, thought, pain, opportunity, owner, metric, metric value, target)',
            'csv/bom-extra-column.csv: row 4, column D (emotion): expected a score from 1 to 5, found "happy"; cell skipped',
            'csv/bom-extra-column.csv: row 5, column D (emotion): expected a score from 1 to 5, found "7"; cell skipped',
            'imported: 1 journey, 2 stages, 2 touchpoints, 2 personas (3 problems: not imported, listed above)',
            ''
        ].join('\n'));
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('  stage awareness "Awareness" {\n    touchpoint ad "Ad" {\n      action "Sees an ad"\n      emotion maya 3');
    });

    it('gives scores without a persona to --persona', async () => {
        const run = await journey(['import', 'csv/no-persona.csv', '-o', '-', '--persona', 'Patient'], FIXTURES);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('persona patient "Patient"');
        expect(run.stdout).toContain('emotion patient 2');
    });

    it('imports every Mermaid fixture, the documentation example included, and the first journey block of Markdown', async () => {
        const folder = scratch();
        for (const file of ['mermaid-docs-user-journey.mmd', 'actors-and-comments.mmd', 'unicode.mmd', 'wiki-page.md']) {
            const run = await journey(['import', `mermaid/${file}`], folder);
            expect(run.status, run.stderr).toBe(0);
            await expectCleanMap(folder, `mermaid/${file.replace(/\.\w+$/, '.journey')}`);
        }
        const docs = readFileSync(join(folder, 'mermaid/mermaid-docs-user-journey.journey'), 'utf8');
        expect(docs).toContain('journey my_working_day "My working day" {\n  personas me, cat\n\n  stage go_to_work "Go to work" {');
        expect(docs).toContain('    touchpoint do_work "Do work" {\n      emotion me 1\n      emotion cat 1\n    }');
        const help = readFileSync(join(folder, 'mermaid/actors-and-comments.journey'), 'utf8');
        expect(help).toContain('    touchpoint problem_solved "Problem solved" {\n      emotion customer 5\n    }');
    });

    it('reads every sheet of a workbook as a journey', async () => {
        const folder = scratch();
        const { Workbook } = await loadExcel();
        const workbook = new Workbook();
        workbook.addWorksheet('Onboarding').addRows([['Stage', 'Touchpoint', 'Persona', 'Emotion', 'Metric', 'Metric value'], ['Sign up', 'Form', 'Admin', 4, 'Completion', 0.82]]);
        workbook.getWorksheet('Onboarding')!.getCell('F2').numFmt = '0%';
        workbook.addWorksheet('Renewal').addRows([['Stage', 'Touchpoint', 'Pain'], ['Renew', 'Invoice', 'Price went up\nNo warning']]);
        writeFileSync(join(folder, 'book.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));
        const run = await journey(['import', 'book.xlsx'], folder);
        expect(run.stderr).toBe('wrote book.journey: 2 journeys, 2 stages, 2 touchpoints, 1 persona\n');
        const text = readFileSync(join(folder, 'book.journey'), 'utf8');
        expect(text).toContain('journey onboarding "Onboarding" {');
        expect(text).toContain('      emotion admin 4\n      metric "Completion" 82%');
        expect(text).toContain('journey renewal "Renewal" {');
        expect(text).toContain('      pain "Price went up"\n      pain "No warning"');
    });

    it('never replaces a file without --force', async () => {
        const folder = scratch();
        writeFileSync(join(folder, 'csv/no-persona.journey'), 'keep me');
        const refused = await journey(['import', 'csv/no-persona.csv'], folder);
        expect(refused.stderr).toBe('journey: csv/no-persona.journey exists: give --force to replace it, or choose another -o\n');
        expect(refused.status).toBe(2);
        expect(readFileSync(join(folder, 'csv/no-persona.journey'), 'utf8')).toBe('keep me');
        expect((await journey(['import', 'csv/no-persona.csv', '--force'], folder)).status).toBe(0);
        expect(readFileSync(join(folder, 'csv/no-persona.journey'), 'utf8')).toContain('stage arrive "Arrive"');
    });

    it('exits with 2 and one line when the file cannot be read at all', async () => {
        const folder = scratch();
        writeFileSync(join(folder, 'broken.csv'), 'stage,touchpoint\nA,"unclosed\n');
        writeFileSync(join(folder, 'people.csv'), 'name,age\nAna,30\n');
        writeFileSync(join(folder, 'fake.xlsx'), 'not a zip');
        writeFileSync(join(folder, 'flow.mmd'), 'flowchart LR\n  a --> b\n');
        const cases: Array<[string[], string]> = [
            [['import', 'missing.csv'], 'journey: missing.csv: cannot read '],
            [['import', 'broken.csv'], 'journey: broken.csv: line 2: not valid CSV: Quote Not Closed'],
            [['import', 'people.csv'], 'journey: people.csv: no journey to import: row 1: expected a header row with at least a "stage" or a "touchpoint" column, found "name", "age"; sheet skipped\n'],
            [['import', 'fake.xlsx'], 'journey: fake.xlsx: not an Excel workbook (.xlsx): '],
            [['import', 'flow.mmd'], 'journey: flow.mmd: no journey to import: line 1: expected "journey", the first word of a Mermaid user journey, found "flowchart LR"\n'],
            [['import', 'notes.txt'], 'journey: notes.txt: cannot tell the kind of notes.txt from its extension: give --from csv|xlsx|mermaid\n']
        ];
        for (const [args, start] of cases) {
            const run = await journey(args, folder);
            expect(run.stderr.startsWith(start), `${args.join(' ')}: ${run.stderr}`).toBe(true);
            expect(run.stderr.split('\n')).toHaveLength(2);
            expect(run.status).toBe(2);
        }
        expect(existsSync(join(folder, 'broken.journey'))).toBe(false);
        expect((await journey(['import', 'x.csv', '--from', 'json'], folder)).stderr).toBe("journey: unknown kind 'json' for --from (use csv, xlsx, mermaid) (see 'journey import --help')\n");
    });
});

describe('journey render --format csv|xlsx', () => {

    it('writes RFC 4180 CSV with the documented header, a BOM on request, and formulas neutralised', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'journey-export-'));
        writeFileSync(join(folder, 'map.journey'), [
            'persona ana "Ana"',
            'journey j "J" {',
            '  stage s "S" {',
            '    touchpoint t "=HYPERLINK(\\"http://x\\")" {',
            '      emotion ana 2 "-bad"',
            '      pain "Slow; confusing"',
            '      pain "Lost, twice"',
            '    }',
            '  }',
            '}',
            ''
        ].join('\n'));
        const run = await journey(['render', 'map.journey', '--format', 'csv', '--bom'], folder);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('\uFEFFJourney,Stage,Touchpoint,Channel,Persona,Emotion,Emotion note,Action,Thought,Pain,Opportunity,Owner,Metric,Metric value,Target\r\n'
            + 'J,S,"\'=HYPERLINK(""http://x"")",,Ana,2,\'-bad,,,"Slow; confusing\nLost, twice",,,,,\r\n');
        writeFileSync(join(folder, 'map.csv'), run.stdout);
        const back = await journey(['import', 'map.csv', '-o', '-'], folder);
        expect(back.status).toBe(0);
        expect(back.stdout).toContain('touchpoint hyperlink_http_x "=HYPERLINK(\\"http://x\\")" {\n      emotion ana 2 "-bad"\n      pain "Slow; confusing"\n      pain "Lost, twice"');
    });

    it('writes an xlsx with one sheet per journey and a header row', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'journey-export-'));
        cpSync(join(REPO, 'examples'), folder, { recursive: true });
        expect((await journey(['render', 'checkout.journey', '--format', 'xlsx', '-o', 'checkout.xlsx'], folder)).status).toBe(0);
        const { Workbook } = await loadExcel();
        const workbook = new Workbook();
        await workbook.xlsx.load(readFileSync(join(folder, 'checkout.xlsx')) as unknown as ArrayBuffer);
        const sheet = workbook.worksheets[0];
        expect(sheet.name).toBe('First online purchase');
        expect(sheet.getRow(1).getCell(3).text).toBe('Touchpoint');
        expect(sheet.getRow(1).font?.bold).toBe(true);
        expect(sheet.getColumn(3).alignment?.wrapText).toBe(true);
    });
});
