import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { backlogOf, sortByPriority, type BacklogItem } from '../../../language-server/core/model/backlog.js';
import type { CliCommand } from '../command.js';
import { UsageError } from '../errors.js';
import { loadWorkspaceModels } from '../workspace-models.js';

const SORTS = ['file', 'priority'] as const;

/** The columns every format prints, in order: header → value. */
const COLUMNS: ReadonlyArray<readonly [string, (item: BacklogItem) => string]> = [
    ['priority', item => item.priority ?? ''],
    ['status', item => item.status ?? ''],
    ['id', item => item.id],
    ['opportunity', item => item.text],
    ['owner', item => item.owner ?? ''],
    ['impact', item => item.impact ?? ''],
    ['effort', item => item.effort ?? ''],
    ['journey', item => item.journey],
    ['stage', item => item.stage],
    ['touchpoint', item => item.touchpoint],
    ['evidence', item => item.sources.join('; ')],
    ['links', item => item.links.join(' ')],
    ['file', item => `${displayFile(item.uri)}:${item.line}`]
];

function displayFile(uri: string): string {
    return uri.startsWith('file:') ? relative(process.cwd(), fileURLToPath(uri)) : uri;
}

const FORMATS: Record<string, (items: BacklogItem[]) => string> = {
    text: items => {
        if (items.length === 0) return 'No opportunities.\n';
        const rows = [COLUMNS.map(([name]) => name), ...items.map(item => COLUMNS.map(([, value]) => value(item)))];
        const widths = COLUMNS.map((_, column) => Math.max(...rows.map(row => row[column].length)));
        return rows.map(row => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n') + '\n';
    },
    markdown: items => {
        const cell = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
        const header = `| ${COLUMNS.map(([name]) => name).join(' | ')} |`;
        const rule = `|${COLUMNS.map(() => '---').join('|')}|`;
        return [header, rule, ...items.map(item => `| ${COLUMNS.map(([, value]) => cell(value(item))).join(' | ')} |`)].join('\n') + '\n';
    },
    csv: items => stringify([COLUMNS.map(([name]) => name), ...items.map(item => COLUMNS.map(([, value]) => value(item)))]),
    json: items => `${JSON.stringify(items.map(item => ({ ...item, file: displayFile(item.uri) })), undefined, 2)}\n`
};

/** `journey opportunities [paths...]`: the backlog of every map, as text, a Markdown table, CSV or JSON. */
export const opportunitiesCommand: CliCommand = {
    name: 'opportunities',
    summary: 'List the opportunities of the maps as a backlog',
    description: [
        'Lists every opportunity of the .journey files under the paths (default: the current',
        'folder), with its priority, status, owner, impact, effort, evidence and links, in the',
        'order written or (--sort priority) high to low priority, unprioritised last.'
    ].join('\n'),
    positionals: '[paths...]',
    options: {
        format: { type: 'string', short: 'f', valueName: Object.keys(FORMATS).join('|'), description: 'Output format', default: 'text' },
        sort: { type: 'string', valueName: SORTS.join('|'), description: 'Order of the list', default: 'file' }
    },
    async run({ values, positionals, io }) {
        const format = FORMATS[String(values.format)];
        if (!format) throw new UsageError(`unknown format '${values.format}' for --format (use ${Object.keys(FORMATS).join(', ')})`);
        const sort = String(values.sort);
        if (!(SORTS as readonly string[]).includes(sort)) throw new UsageError(`unknown order '${sort}' for --sort (use ${SORTS.join(', ')})`);
        const items = backlogOf(await loadWorkspaceModels(positionals));
        io.stdout.write(format(sort === 'priority' ? sortByPriority(items) : items));
        return 0;
    }
};
