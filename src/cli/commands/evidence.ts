import { evidenceShare, formatShare } from '../../../language-server/core/model/evidence-share.js';
import type { CliCommand } from '../command.js';
import { UsageError } from '../errors.js';
import { loadWorkspaceModels } from '../workspace-models.js';

const FORMATS = ['text', 'json'] as const;

/** `journey evidence [paths...]`: per journey, the share of facts backed by research (the rest are assumptions). */
export const evidenceCommand: CliCommand = {
    name: 'evidence',
    summary: 'Report the share of facts backed by research, per journey',
    description: [
        'For every journey of the .journey files under the paths (default: the current folder),',
        'counts its emotions, thoughts, pains, opportunities and metrics, and how many of them',
        'cite research with `from` (backed); the others are assumptions.'
    ].join('\n'),
    positionals: '[paths...]',
    options: {
        format: { type: 'string', short: 'f', valueName: FORMATS.join('|'), description: 'Output format', default: 'text' }
    },
    async run({ values, positionals, io }) {
        const format = String(values.format);
        if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format '${format}' for --format (use ${FORMATS.join(', ')})`);
        const journeys = (await loadWorkspaceModels(positionals)).flatMap(model => model.journeys);
        const rows = journeys.map(journey => ({ id: journey.id, label: journey.label, ...evidenceShare(journey) }));
        if (format === 'json') {
            io.stdout.write(`${JSON.stringify(rows.map(row => ({ ...row, assumed: row.facts - row.backed })), undefined, 2)}\n`);
        } else {
            const width = Math.max(0, ...rows.map(row => row.id.length));
            for (const row of rows) {
                io.stdout.write(`${row.id.padEnd(width)}  ${formatShare(row).padStart(4)} backed  (${row.backed} of ${row.facts} facts; ${row.facts - row.backed} assumed)\n`);
            }
        }
        return 0;
    }
};
