import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureWorkspace } from './session.js';

/**
 * Where `token` stands (1-based line and column) on the first line of a fixture file
 * that contains `lineContaining`, so the scenarios never hard-code positions that
 * would silently drift when a fixture changes.
 */
export function positionIn(fileName: string, lineContaining: string, token: string): { line: number; column: number } {
    const lines = readFileSync(join(fixtureWorkspace, fileName), 'utf8').split('\n');
    const index = lines.findIndex(line => line.includes(lineContaining));
    if (index < 0) throw new Error(`${fileName} has no line containing "${lineContaining}"`);
    const column = lines[index].indexOf(token, lines[index].indexOf(lineContaining));
    if (column < 0) throw new Error(`${fileName}:${index + 1} has no "${token}"`);
    return { line: index + 1, column: column + 1 };
}
