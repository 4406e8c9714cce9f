/**
 * Severities per diagnostic code, read from `journey.config.json` at the
 * workspace root, so that the editor and the CLI (and so CI) always agree.
 *
 *     { "diagnostics": { "stage-without-owner": "error", "persona-not-in-journey": "off" } }
 *
 * Values: "error" | "warning" | "info" | "hint" | "off" ("off" drops the
 * diagnostic). Codes not listed keep their default (DEFAULT_SEVERITIES). Other
 * top-level keys are ignored, so the file can carry more settings later.
 * Comments are allowed; trailing commas are not.
 *
 * API, for the CLI (the language server does the same through
 * `watchDiagnosticConfig`, see diagnostic-config-watcher.ts):
 *
 *     const severities = services.Journey.validation.DiagnosticSeverities;
 *     try {
 *         const configPath = await severities.loadFrom(rootDir); // string path or URI of the workspace root
 *         // configPath: the file read, or undefined when there is none (all defaults)
 *     } catch (error) {
 *         if (!(error instanceof DiagnosticConfigError)) throw error;
 *         // error.message: one line per problem, "path/journey.config.json:3:5: unknown diagnostic code ..."
 *         // error.problems: ConfigProblem[] (file, 1-based line/column/endLine/endColumn, message)
 *         // The valid entries are in force; invalid ones keep their default severity.
 *     }
 *     // ...then build the documents with validation: severities apply when a document is validated.
 *
 * Choice: an invalid file is an exception (with file:line:col) rather than a
 * diagnostic, because it is not a `.journey` document; the CLI turns it into a
 * usage error, the language server into diagnostics on the config file itself.
 */
import { URI, UriUtils, type FileSystemProvider } from 'langium';
import { createScanner, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Diagnostic } from 'vscode-languageserver-types';
import {
    ALL_DIAGNOSTIC_CODES,
    CONFIGURED_SEVERITIES,
    DEFAULT_SEVERITIES,
    isDiagnosticCode,
    type ConfiguredSeverity,
    type DiagnosticCode
} from './diagnostic-codes.js';
import { RefusedFileError } from '../workspace/refused-file.js';
import { defaultSettings, parseSettings, propertyValue, type JourneySettings } from './config-settings.js';

export const CONFIG_FILE_NAME = 'journey.config.json';

/** One problem in the config file; lines and columns are 1-based. */
export interface ConfigProblem {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    message: string;
}

/** Thrown by `loadFrom` when the config file is invalid or unreadable. */
export class DiagnosticConfigError extends Error {
    constructor(readonly problems: ConfigProblem[]) {
        super(problems.map(p => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
        this.name = 'DiagnosticConfigError';
    }
}

const LSP_SEVERITY: Record<Exclude<ConfiguredSeverity, 'off'>, Diagnostic['severity']> = { error: 1, warning: 2, info: 3, hint: 4 };

export class DiagnosticSeverities {
    private configured = new Map<DiagnosticCode, ConfiguredSeverity>();
    /** The config's other settings (emotion scale words, evidence age): see config-settings.ts. */
    settings: JourneySettings = defaultSettings();
    /** Today, for `stale-evidence`; tests set a fixed day. */
    now: () => Date = () => new Date();
    private loading: Promise<unknown> = Promise.resolve();

    constructor(private readonly fileSystem: FileSystemProvider) {}

    /** The severity in force for a code. */
    get(code: DiagnosticCode): ConfiguredSeverity {
        return this.configured.get(code) ?? DEFAULT_SEVERITIES[code];
    }

    /** Settles when the latest `loadFrom` has finished (whatever its outcome); validation waits for it. */
    get settled(): Promise<void> {
        return this.loading.then(() => undefined, () => undefined);
    }

    /**
     * Reads `journey.config.json` in `root` (an absolute folder path or URI; with several
     * roots, as in a multi-root workspace, the first one that has the file).
     * Returns the file's path, or undefined when there is none and the defaults
     * apply. Throws DiagnosticConfigError when the file is invalid or unreadable.
     */
    loadFrom(root: string | URI | ReadonlyArray<string | URI>): Promise<string | undefined> {
        const roots = (Array.isArray(root) ? root : [root]) as Array<string | URI>;
        const load = this.loadFirst(roots.map(r => (typeof r === 'string' ? URI.file(r) : r)));
        this.loading = load;
        return load;
    }

    /** Applies a config file's text; returns its problems (empty when valid). Also used by tests. */
    applyConfigText(text: string, file: string): ConfigProblem[] {
        const { severities, settings, problems } = parseConfig(text, file);
        this.configured = severities;
        this.settings = settings;
        return problems;
    }

    /** Back to the defaults of docs/language.md. */
    reset(): void {
        this.configured = new Map();
        this.settings = defaultSettings();
    }

    /** Gives each coded diagnostic its configured severity and drops those turned off. */
    apply(diagnostics: Diagnostic[]): Diagnostic[] {
        return diagnostics.flatMap(diagnostic => {
            if (!isDiagnosticCode(diagnostic.code)) {
                return [diagnostic];
            }
            const severity = this.get(diagnostic.code);
            return severity === 'off' ? [] : [{ ...diagnostic, severity: LSP_SEVERITY[severity] }];
        });
    }

    private async loadFirst(folders: URI[]): Promise<string | undefined> {
        for (const folder of folders) {
            const uri = UriUtils.joinPath(folder, CONFIG_FILE_NAME);
            if (await this.fileSystem.exists(uri)) {
                return this.load(uri);
            }
        }
        this.reset();
        return undefined;
    }

    private async load(uri: URI): Promise<string> {
        const file = uri.scheme === 'file' ? uri.fsPath : uri.toString();
        let text: string;
        try {
            text = await this.fileSystem.readFile(uri);
        } catch (error) {
            this.reset();
            // A refused file (a link out of the workspace, a broken link, a FIFO) says why in `reason`.
            const reason = error instanceof RefusedFileError ? error.reason : error instanceof Error ? error.message : String(error);
            throw new DiagnosticConfigError([{ file, line: 1, column: 1, endLine: 1, endColumn: 1, message: `cannot read the file: ${reason}` }]);
        }
        const problems = this.applyConfigText(text, file);
        if (problems.length > 0) {
            throw new DiagnosticConfigError(problems);
        }
        return file;
    }
}

/** Parses the config text, keeping every valid entry and a located problem for each invalid one. */
export function parseConfig(rawText: string, file: string): {
    severities: Map<DiagnosticCode, ConfiguredSeverity>;
    settings: JourneySettings;
    problems: ConfigProblem[];
} {
    // A BOM is not a column in any editor: drop it before computing positions.
    const text = rawText.startsWith('\uFEFF') ? rawText.slice(1) : rawText;
    const severities = new Map<DiagnosticCode, ConfiguredSeverity>();
    let settings = defaultSettings();
    const problems: ConfigProblem[] = [];
    const lines = lineStarts(text);
    const problem = (offset: number, length: number, message: string) => {
        const start = position(lines, offset);
        const end = position(lines, offset + length);
        problems.push({ file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, message });
    };

    const shape = scanShape(text);
    if (shape.empty) {
        return { severities, settings, problems }; // an empty file (or only comments, which the docs allow) sets nothing
    }
    if (shape.tooDeepAt !== undefined) {
        // jsonc-parser recurses per level: 100,000 `[` overflowed the stack (no real config nests beyond 3).
        problem(shape.tooDeepAt, 1, `invalid JSON: nested deeper than ${MAX_CONFIG_DEPTH} levels`);
        return { severities, settings, problems };
    }
    const syntaxErrors: ParseError[] = [];
    const root = parseTree(text, syntaxErrors, { allowTrailingComma: false, disallowComments: false });
    // jsonc-parser may report several errors at one place (`property name expected`, `value expected`): keep the first.
    const reported = new Set<number>();
    for (const error of syntaxErrors.filter(e => !reported.has(e.offset) && reported.add(e.offset))) {
        problem(error.offset, error.length, `invalid JSON: ${describeJsonError(printParseErrorCode(error.error))}`);
    }
    if (syntaxErrors.length > 0 || !root) {
        return { severities, settings, problems };
    }
    if (root.type !== 'object') {
        problem(root.offset, root.length, 'expected an object like { "diagnostics": { … } }');
        return { severities, settings, problems };
    }
    settings = parseSettings(root, problem);
    const diagnostics = propertyValue(root, 'diagnostics');
    if (!diagnostics) {
        return { severities, settings, problems };
    }
    if (diagnostics.type !== 'object') {
        problem(diagnostics.offset, diagnostics.length, '"diagnostics" must be an object mapping diagnostic codes to severities');
        return { severities, settings, problems };
    }
    for (const property of diagnostics.children ?? []) {
        const [key, value] = property.children ?? [];
        if (!key || !value) {
            continue;
        }
        const code = key.value as string;
        if (!isDiagnosticCode(code)) {
            problem(key.offset, key.length, `unknown diagnostic code '${code}' (known codes: ${ALL_DIAGNOSTIC_CODES.join(', ')})`);
            continue;
        }
        if (typeof value.value !== 'string' || !(CONFIGURED_SEVERITIES as readonly string[]).includes(value.value)) {
            const written = text.slice(value.offset, value.offset + value.length);
            problem(value.offset, value.length, `invalid severity ${written} for '${code}' (use one of: ${CONFIGURED_SEVERITIES.map(s => `"${s}"`).join(', ')})`);
            continue;
        }
        severities.set(code, value.value as ConfiguredSeverity);
    }
    return { severities, settings, problems };
}

/** Far beyond any real config ({ "diagnostics": { … } } is 2 levels), far below a stack overflow. */
export const MAX_CONFIG_DEPTH = 100;

/** jsonc-parser's SyntaxKind values (a const enum, which isolated modules cannot read). */
const TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, end: 17 } as const;

/** Whether the text holds no value at all (only whitespace and comments), and where it first nests too deep. */
function scanShape(text: string): { empty: boolean; tooDeepAt?: number } {
    const scanner = createScanner(text, true);
    let depth = 0;
    let empty = true;
    for (let kind = scanner.scan(); kind !== TOKEN.end; kind = scanner.scan()) {
        empty = false;
        if (kind === TOKEN.openBrace || kind === TOKEN.openBracket) {
            if (++depth > MAX_CONFIG_DEPTH) return { empty, tooDeepAt: scanner.getTokenOffset() };
        } else if (kind === TOKEN.closeBrace || kind === TOKEN.closeBracket) {
            depth = Math.max(0, depth - 1);
        }
    }
    return { empty };
}

/** `CommaExpected` → `comma expected`. */
function describeJsonError(code: string): string {
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function lineStarts(text: string): number[] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '\n') {
            starts.push(i + 1);
        }
    }
    return starts;
}

/** 1-based line and column (UTF-16 code units, as LSP counts them) of an offset. */
function position(starts: number[], offset: number): { line: number; column: number } {
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1] <= offset) {
        line++;
    }
    return { line: line + 1, column: offset - starts[line] + 1 };
}
