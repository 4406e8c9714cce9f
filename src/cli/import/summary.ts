import type { ImportedFile } from '../../spreadsheet/import-file.js';

/** `wrote x.journey: 2 journeys, 7 stages, 15 touchpoints, 3 personas (2 cells skipped)`. */
/** `destination` undefined: the map went to stdout. */
export function importSummary(imported: ImportedFile, destination: string | undefined): string {
    const { map, problems } = imported;
    const stages = map.journeys.flatMap(journey => journey.stages);
    const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const parts = [
        count(map.journeys.length, 'journey'),
        count(stages.length, 'stage'),
        count(stages.flatMap(stage => stage.touchpoints).length, 'touchpoint'),
        count(map.personas.length, 'persona')
    ];
    const skipped = problems.length > 0 ? ` (${count(problems.length, 'problem')}: not imported, listed above)` : '';
    return `${destination === undefined ? 'imported' : `wrote ${destination}`}: ${parts.join(', ')}${skipped}`;
}
