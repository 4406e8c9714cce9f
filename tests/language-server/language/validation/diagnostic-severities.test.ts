import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJourneyServices } from '../../../../language-server/language/journey-module.js';
import { DiagnosticConfigError, parseConfig } from '../../../../language-server/language/validation/diagnostic-severities.js';
import { buildWorkspace, createTestServices } from '../test-services.js';

const MAP = `team sales
persona maya
journey j {
  personas maya
  stage empty {
  }
  stage done {
    owner sales
    touchpoint t {
      emotion maya 9
    }
  }
}
`;

/** `code severity` for each diagnostic of the map, severity as a word. */
async function severities(configure: (services: ReturnType<typeof createTestServices>) => void | Promise<void>) {
    const services = createTestServices();
    await configure(services);
    const { documents } = await buildWorkspace({ 'map.journey': MAP }, services);
    const words = ['', 'error', 'warning', 'info', 'hint'];
    return (documents[0].diagnostics ?? []).map(d => `${d.code} ${words[d.severity ?? 0]}`).sort();
}

describe('severities per code', () => {
    it('uses the defaults of docs/language.md without a config', async () => {
        expect(await severities(() => {})).toEqual([
            'emotion-out-of-range error',
            'stage-without-owner warning',
            'stage-without-touchpoints warning'
        ]);
    });

    it('applies configured severities, and "off" drops the diagnostic', async () => {
        const config = JSON.stringify({
            diagnostics: { 'stage-without-owner': 'error', 'stage-without-touchpoints': 'off', 'emotion-out-of-range': 'hint' }
        });
        expect(await severities(services => void services.Journey.validation.DiagnosticSeverities.applyConfigText(config, 'journey.config.json'))).toEqual([
            'emotion-out-of-range hint',
            'stage-without-owner error'
        ]);
    });

    it('applies to syntax errors and unresolved references too', async () => {
        const services = createTestServices();
        services.Journey.validation.DiagnosticSeverities.applyConfigText('{ "diagnostics": { "syntax-error": "info", "unresolved-reference": "off" } }', 'c.json');
        const { documents } = await buildWorkspace({ 'x.journey': 'team a @\njourney j { stage s { owner nobody } }\n' }, services);
        const diagnostics = documents[0].diagnostics ?? [];
        expect(diagnostics.filter(d => d.code === 'syntax-error').map(d => d.severity)).toEqual([3]);
        expect(diagnostics.filter(d => d.code === 'unresolved-reference')).toEqual([]);
    });
});

describe('invalid journey.config.json: every problem with file, line and column', () => {
    const problems = (text: string) => parseConfig(text, 'journey.config.json').problems.map(p => `${p.line}:${p.column}-${p.endLine}:${p.endColumn} ${p.message}`);

    it('reports bad JSON', () => {
        expect(problems('{\n  "diagnostics": {\n    "stage-without-owner": "error",\n  }\n}\n')).toEqual([
            '4:3-4:4 invalid JSON: property name expected'
        ]);
        expect(problems('{ "diagnostics": { "syntax-error" "off" } }')).toEqual(['1:35-1:40 invalid JSON: colon expected']);
        expect(problems(' \n')).toEqual([]);
    });

    it('reports an unknown code on the code, keeping the valid entries', () => {
        const { severities, problems: found } = parseConfig('{\r\n  "diagnostics": {\r\n    "stage-without-ownr": "error",\r\n    "duplicate-id": "warning"\r\n  }\r\n}', 'c.json');
        expect(found.map(p => `${p.line}:${p.column} ${p.message}`)).toEqual([
            "3:5 unknown diagnostic code 'stage-without-ownr' (known codes: stage-without-touchpoints, stage-without-owner, persona-without-emotions, emotion-out-of-range, duplicate-id, unresolved-reference, persona-not-in-journey, syntax-error, unterminated-string)"
        ]);
        expect([...severities]).toEqual([['duplicate-id', 'warning']]);
    });

    it('reports a bad severity on the value, not counting a BOM as a column', () => {
        expect(problems('\uFEFF{ "diagnostics": { "syntax-error": "fatal", "duplicate-id": 2 } }')).toEqual([
            '1:36-1:43 invalid severity "fatal" for \'syntax-error\' (use one of: "error", "warning", "info", "hint", "off")',
            '1:61-1:62 invalid severity 2 for \'duplicate-id\' (use one of: "error", "warning", "info", "hint", "off")'
        ]);
    });

    it('reports a wrong shape', () => {
        expect(problems('[]')).toEqual(['1:1-1:3 expected an object like { "diagnostics": { … } }']);
        expect(problems('{ "diagnostics": ["off"] }')).toEqual(['1:18-1:25 "diagnostics" must be an object mapping diagnostic codes to severities']);
    });

    it('ignores other settings and allows comments', () => {
        expect(problems('{ "$schema": "x", // comment\n "preview": {}, "diagnostics": {} }')).toEqual([]);
    });
});

describe('DiagnosticSeverities.loadFrom(rootDir), as the CLI calls it', () => {
    let root: string;
    beforeEach(() => {
        root = mkdtempSync(join(tmpdir(), 'journey-config-'));
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('returns undefined and keeps the defaults when there is no config', async () => {
        const { Journey } = createJourneyServices(NodeFileSystem);
        await expect(Journey.validation.DiagnosticSeverities.loadFrom(root)).resolves.toBeUndefined();
        expect(Journey.validation.DiagnosticSeverities.get('stage-without-owner')).toBe('warning');
    });

    it('reads the file and returns its path', async () => {
        writeFileSync(join(root, 'journey.config.json'), '{ "diagnostics": { "stage-without-owner": "off" } }');
        const { Journey } = createJourneyServices(NodeFileSystem);
        await expect(Journey.validation.DiagnosticSeverities.loadFrom(root)).resolves.toBe(join(root, 'journey.config.json'));
        expect(Journey.validation.DiagnosticSeverities.get('stage-without-owner')).toBe('off');
        rmSync(join(root, 'journey.config.json'));
        await Journey.validation.DiagnosticSeverities.loadFrom(root);
        expect(Journey.validation.DiagnosticSeverities.get('stage-without-owner')).toBe('warning');
    });

    it('throws a DiagnosticConfigError whose message is path:line:col: reason, never a crash', async () => {
        const file = join(root, 'journey.config.json');
        writeFileSync(file, '{\n  "diagnostics": {\n    "duplicate-id": "warning",\n    "stage-without-owner": "loud"\n  }\n}\n');
        const { Journey } = createJourneyServices(NodeFileSystem);
        const error = await Journey.validation.DiagnosticSeverities.loadFrom(root).catch(e => e);
        expect(error).toBeInstanceOf(DiagnosticConfigError);
        expect(error.message).toBe(`${file}:4:28: invalid severity "loud" for 'stage-without-owner' (use one of: "error", "warning", "info", "hint", "off")`);
        expect(error.problems).toEqual([{ file, line: 4, column: 28, endLine: 4, endColumn: 34, message: expect.stringContaining('"loud"') }]);
        expect(Journey.validation.DiagnosticSeverities.get('duplicate-id')).toBe('warning');
        expect(Journey.validation.DiagnosticSeverities.get('stage-without-owner')).toBe('warning');
    });

    it('reports a config path that is not a readable file', async () => {
        const { mkdirSync } = await import('node:fs');
        mkdirSync(join(root, 'journey.config.json'));
        const { Journey } = createJourneyServices(NodeFileSystem);
        const error = await Journey.validation.DiagnosticSeverities.loadFrom(root).catch(e => e);
        expect(error).toBeInstanceOf(DiagnosticConfigError);
        expect(error.message).toMatch(/journey\.config\.json:1:1: cannot read the file: /);
    });
});
