import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { DEFAULT_PERSONA, importFile, IMPORT_KINDS, type ImportKind } from '../../spreadsheet/import-file.js';
import { UnreadableFileError } from '../../spreadsheet/unreadable-file.js';
import type { CliCommand } from '../command.js';
import { describeError, InputError, UsageError } from '../errors.js';
import { displayPath } from '../paths.js';
import { canonicalImport } from '../import/canonical-import.js';
import { importSummary } from '../import/summary.js';
import { readRoots } from '../workspace.js';
import { entryExists, resolveWorkspaceFile } from '../../../language-server/node/workspace-file.js';
import { RefusedFileError } from '../../../language-server/language/workspace/refused-file.js';

/** `journey import FILE`: a map from a spreadsheet (CSV, xlsx) or a Mermaid journey. */
export const importCommand: CliCommand = {
    name: 'import',
    summary: 'Make a .journey map from a CSV, Excel or Mermaid file',
    description: [
        'Reads a spreadsheet (.csv, .xlsx: one row per touchpoint, columns such as stage,',
        'touchpoint, channel, persona, emotion, pain; see docs/cli.md) or a Mermaid journey',
        '(.mmd, or the first ```mermaid journey block of a .md file) and writes a formatted',
        '.journey map beside it (or to -o; "-o -" prints it). An existing file is only',
        'replaced with --force. Whatever cannot be read is listed with its row and column',
        '(or line) and skipped: the exit code is then 1; 2 when the file cannot be read at all.'
    ].join('\n'),
    positionals: 'FILE',
    options: {
        from: { type: 'string', valueName: IMPORT_KINDS.join('|'), description: 'The kind of FILE (default: by its extension)' },
        output: { type: 'string', short: 'o', valueName: 'file', description: 'Where to write the map (default: FILE with the .journey extension)' },
        force: { type: 'boolean', description: 'Replace the output file if it exists' },
        persona: { type: 'string', valueName: 'name', description: 'The persona of scores that name none', default: DEFAULT_PERSONA },
        delimiter: { type: 'string', valueName: 'char', description: 'CSV delimiter (default: the one of , ; or tab the header uses)' }
    },
    async run({ values, positionals, io }) {
        if (positionals.length !== 1) throw new UsageError('journey import needs one FILE');
        const kind = values.from === undefined ? undefined : String(values.from);
        if (kind !== undefined && !IMPORT_KINDS.includes(kind as ImportKind)) throw new UsageError(`unknown kind '${kind}' for --from (use ${IMPORT_KINDS.join(', ')})`);
        const delimiter = values.delimiter === undefined ? undefined : String(values.delimiter).replace(/^\\t$/, '\t');
        if (delimiter !== undefined && delimiter.length !== 1) throw new UsageError(`--delimiter takes one character, not '${delimiter}'`);
        const source = resolve(positionals[0]);
        const output = values.output === undefined ? join(dirname(source), `${basename(source, extname(source))}.journey`) : String(values.output);
        const toStdout = output === '-';
        if (!toStdout && resolve(output) === source) throw new UsageError('the output would replace the file being imported: choose another -o');
        if (!toStdout && existsSync(resolve(output)) && !values.force) {
            throw new InputError(`${displayPath(resolve(output))} exists: give --force to replace it, or choose another -o`);
        }

        try {
            // The rule of every reader: a regular file, not too large, a link only to a target inside the workspace.
            // (A missing file is left to importFile, which names its kind first.)
            if (entryExists(source)) resolveWorkspaceFile(source, readRoots([source]));
        } catch (error) {
            throw new InputError(`cannot read ${displayPath(source)}: ${error instanceof RefusedFileError ? error.reason : describeError(error)}`);
        }
        let imported;
        try {
            imported = await importFile(source, { kind: kind as ImportKind | undefined, defaultPersona: String(values.persona), delimiter });
        } catch (error) {
            if (error instanceof UnreadableFileError) throw new InputError(`${displayPath(source)}: ${error.message}`);
            throw error;
        }
        const text = await canonicalImport(imported.text, toStdout ? source.replace(/\.[^.]*$/, '.journey') : resolve(output));
        for (const problem of imported.problems) io.stderr.write(`${displayPath(source)}: ${problem.where}: ${problem.message}\n`);
        if (toStdout) {
            io.stdout.write(text);
        } else {
            try {
                writeFileSync(resolve(output), text, 'utf8');
            } catch (error) {
                throw new InputError(`cannot write ${output}: ${describeError(error)}`);
            }
        }
        io.stderr.write(`${importSummary(imported, toStdout ? undefined : displayPath(resolve(output)))}\n`);
        return imported.problems.length > 0 ? 1 : 0;
    }
};
