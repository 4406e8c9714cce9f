import { writeFileSync } from 'node:fs';
import type { CliCommand } from '../command.js';
import { InputError } from '../errors.js';
import { formatSource } from '../format-source.js';
import { displayPath } from '../paths.js';
import { createCliServices, findJourneyFiles, readJourneySource, readRoots } from '../workspace.js';

/**
 * `journey fmt [paths...] [--check]`: rewrites files in canonical form (the
 * editor's "Format Document"). Prints each file it rewrote, or with `--check`
 * each file that is not formatted, and each file it could not format because
 * of syntax errors (`path:line:col message`). Exit 1 when `--check` finds an
 * unformatted file or any file has syntax errors.
 */
export const fmtCommand: CliCommand = {
    name: 'fmt',
    summary: 'Rewrite .journey files in canonical form',
    description: [
        'Rewrites every .journey file under the paths (default: the current folder) in',
        'canonical form, as "Format Document" does in the editor, and lists the files it',
        'changed. A file with syntax errors is left untouched and reported; the exit code',
        'is then 1, as it is with --check when a file is not formatted.'
    ].join('\n'),
    positionals: '[paths...]',
    options: {
        check: { type: 'boolean', short: 'c', description: 'Change nothing: list the files that are not formatted and exit with 1 if there is one' }
    },
    async run({ values, positionals, io }) {
        const check = Boolean(values.check);
        const paths = positionals.length > 0 ? positionals : ['.'];
        const files = findJourneyFiles(paths);
        const roots = readRoots(paths);
        const services = createCliServices(roots);
        let changed = 0;
        let broken = 0;
        for (const path of files) {
            const source = readJourneySource(path, roots);
            const outcome = await formatSource(services, source);
            const shown = displayPath(path);
            if (outcome.syntaxErrors) {
                broken++;
                for (const error of outcome.syntaxErrors) {
                    io.stderr.write(`${shown}:${error.line}:${error.column} ${error.message} (not formatted)\n`);
                }
                continue;
            }
            const original = source.bom ? `\uFEFF${source.text}` : source.text;
            if (outcome.formatted === original) continue;
            changed++;
            if (!check) write(path, outcome.formatted);
            io.stdout.write(`${shown}\n`);
        }
        const verb = check ? 'not formatted' : 'formatted';
        const brokenNote = broken > 0 ? `, ${broken} with syntax errors left untouched` : '';
        io.stderr.write(`${changed} of ${files.length} file${files.length === 1 ? '' : 's'} ${verb}${brokenNote}\n`);
        return broken > 0 || (check && changed > 0) ? 1 : 0;
    }
};

function write(path: string, text: string): void {
    try {
        writeFileSync(path, text, 'utf8');
    } catch (error) {
        throw new InputError(`cannot write ${displayPath(path)}: ${error instanceof Error ? error.message : String(error)}`);
    }
}
