import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { BOUNDARIES, type Boundary } from './boundaries.js';

const REPO = join(import.meta.dirname, '../..');

function sourceFiles(folder: string): string[] {
    const out: string[] = [];
    for (const entry of readdirSync(join(REPO, folder), { withFileTypes: true, recursive: true })) {
        if (entry.isFile() && /\.(ts|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
            out.push(relative(REPO, join(entry.parentPath, entry.name)).split('\\').join('/'));
        }
    }
    return out;
}

/** Every module specifier a file imports or re-exports, `import type` included (types cross boundaries too). */
function importsOf(file: string): string[] {
    const info = ts.preProcessFile(readFileSync(join(REPO, file), 'utf8'), true, true);
    return info.importedFiles.map(f => f.fileName);
}

function violations(boundary: Boundary): string[] {
    const found: string[] = [];
    for (const file of sourceFiles(boundary.folder)) {
        for (const spec of importsOf(file)) {
            if (spec.startsWith('.')) {
                const target = posix.normalize(posix.join(posix.dirname(file), spec));
                const allowed = [boundary.folder, ...boundary.mayImportFolders].some(folder => target.startsWith(folder));
                if (!allowed) found.push(`${file} imports ${spec} (${target})`);
            } else {
                const allowed = boundary.mayImportPackages.some(p =>
                    p.endsWith('/') || p.endsWith(':') ? spec.startsWith(p) : spec === p);
                if (!allowed) found.push(`${file} imports package '${spec}'`);
            }
        }
    }
    return found;
}

describe('dependency boundaries (tests/architecture/boundaries.ts)', () => {
    for (const boundary of BOUNDARIES) {
        it(`${boundary.folder} imports only what its row allows`, () => {
            expect(sourceFiles(boundary.folder).length).toBeGreaterThan(0);
            expect(violations(boundary)).toEqual([]);
        });
    }

    it('a wrong import is caught: vscode in the core, node:fs in the webview', () => {
        const core = BOUNDARIES.find(b => b.folder === 'language-server/core/')!;
        const webview = BOUNDARIES.find(b => b.folder === 'media/preview/')!;
        const check = (b: Boundary, spec: string) => b.mayImportPackages.some(p =>
            p.endsWith('/') || p.endsWith(':') ? spec.startsWith(p) : spec === p);
        expect(check(core, 'vscode')).toBe(false);
        expect(check(core, 'langium')).toBe(false);
        expect(check(webview, 'node:fs')).toBe(false);
    });

    it('every source folder of the product is covered by a row', () => {
        const roots = ['language-server/', 'src/', 'media/preview/'];
        const files = roots.flatMap(root => sourceFiles(root));
        const uncovered = files.filter(f => !BOUNDARIES.some(b => f.startsWith(b.folder)));
        expect(uncovered).toEqual([]);
    });
});
