/**
 * `journey diff` builds only the files a change can reach (src/cli/diff/diff-sides.ts
 * narrowedSides). Each case compares the report of the narrowed sides with the
 * report of the whole workspaces: they must be the same text, whatever changed.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffReport } from '../../../language-server/core/diff/diff-report.js';
import { narrowedSides, sideModel, type SideFiles } from '../../../src/cli/diff/diff-sides.js';
import { REPO } from '../run-journey.js';

const EXAMPLES = join(REPO, 'examples');
const ROOT = mkdtempSync(join(tmpdir(), 'journey-narrowed-'));

/** The examples, with insurance-claim.journey split so that the future state lives in another file than the journey it replaces. */
function examples(): SideFiles {
    const files: SideFiles = {};
    for (const name of readdirSync(EXAMPLES).filter(name => name.endsWith('.journey'))) files[name] = readFileSync(join(EXAMPLES, name), 'utf8');
    const claim = files['insurance-claim.journey'];
    const future = claim.indexOf('journey water_damage_claim_future');
    delete files['insurance-claim.journey'];
    files['claim-today.journey'] = claim.slice(0, future);
    files['claim-future.journey'] = claim.slice(future);
    return files;
}

function edited(edit: (files: SideFiles) => void): SideFiles {
    const files = examples();
    edit(files);
    return files;
}

function replaceIn(files: SideFiles, name: string, from: string | RegExp, to: string): void {
    const text = files[name].replace(from, to);
    expect(text, `${name} has ${from}`).not.toBe(files[name]);
    files[name] = text;
}

async function report(before: SideFiles, after: SideFiles): Promise<string> {
    const [old, now] = await Promise.all([sideModel(before, ROOT), sideModel(after, ROOT)]);
    return diffReport(old, now, { format: 'markdown', title: 'Changes', curves: true }).text;
}

async function expectSameReport(before: SideFiles, after: SideFiles): Promise<{ text: string; loaded: string[] }> {
    const narrowed = narrowedSides(before, after);
    const text = await report(narrowed.before, narrowed.after);
    expect(text).toBe(await report(before, after));
    return { text, loaded: [...new Set([...Object.keys(narrowed.before), ...Object.keys(narrowed.after)])].sort() };
}

describe('journey diff builds only the files a change reaches, with the same report', () => {
    it('a persona label edited in people.journey shows in the otherwise unchanged map that uses it', async () => {
        const after = edited(files => replaceIn(files, 'people.journey', '"Maya, first-time buyer"', '"Maya, first-time shopper"'));
        const { text, loaded } = await expectSameReport(examples(), after);
        expect(text).toContain('Maya, first-time shopper');
        // checkout.journey names maya; the maps that do not are not built.
        expect(loaded).toContain('checkout.journey');
        expect(loaded).not.toContain('saas-onboarding.journey');
        expect(loaded).not.toContain('hospital-appointment.journey');
    });

    it('a touchpoint edited in one map builds that map and what it names, not the others', async () => {
        const after = edited(files => replaceIn(files, 'saas-onboarding.journey', /emotion (\w+) \d/, 'emotion $1 1'));
        const { text, loaded } = await expectSameReport(examples(), after);
        expect(text).not.toContain('No change in meaning');
        expect(loaded).toEqual(['people.journey', 'saas-onboarding.journey']);
    });

    it('a persona renamed: the maps naming the old id show the broken reference', async () => {
        const after = edited(files => replaceIn(files, 'people.journey', 'persona tom ', 'persona thomas '));
        const { text } = await expectSameReport(examples(), after);
        expect(text).toContain('unresolved-reference');
    });

    it('declarations moved down a line (positions quoted by duplicate-id) and a new duplicate', async () => {
        const after = edited(files => {
            files['people.journey'] = `\n${files['people.journey']}`;
            files['checkout.journey'] += '\npersona leo "Another Leo"\n';
        });
        const { text } = await expectSameReport(examples(), after);
        expect(text).toContain('duplicate-id');
    });

    it('a declaration moved to a new file, and a deleted map', async () => {
        const after = edited(files => {
            const people = files['people.journey'];
            const start = people.indexOf('persona maya');
            const end = people.indexOf('persona tom');
            files['maya.journey'] = people.slice(start, end);
            files['people.journey'] = people.slice(0, start) + people.slice(end);
            delete files['hospital-appointment.journey'];
        });
        await expectSameReport(examples(), after);
    });

    it('a change in a current-state journey reaches the future state in another file that draws it', async () => {
        const after = edited(files => replaceIn(files, 'claim-today.journey', /touchpoint (\w+) "[^"]*"/, 'touchpoint $1 "Renamed touchpoint"'));
        const { loaded } = await expectSameReport(examples(), after);
        expect(loaded).toContain('claim-future.journey');
    });

    it('a persona of the replaced journey, which the future state does not name, reaches the future state', async () => {
        const withMaya = (files: SideFiles): void => replaceIn(files, 'claim-today.journey', 'personas hannah, george', 'personas hannah, george, maya');
        const before = edited(withMaya);
        const after = edited(files => {
            withMaya(files);
            replaceIn(files, 'people.journey', '"Maya, first-time buyer"', '"Maya, first-time shopper"');
        });
        expect(after['claim-future.journey']).not.toContain('maya');
        const { loaded } = await expectSameReport(before, after);
        expect(loaded).toContain('claim-future.journey');
    });

    it('nothing changed: nothing is built', async () => {
        const narrowed = narrowedSides(examples(), examples());
        expect(narrowed).toEqual({ before: {}, after: {} });
    });
});
