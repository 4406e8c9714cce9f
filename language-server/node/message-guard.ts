import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Message, MessageStrategy, RequestMessage } from 'vscode-languageserver/node.js';

/** Internal methods an invalid request is routed to, so that it gets the right answer under its own id. */
export const INVALID_PARAMS_METHOD = '$journey/invalidParams';
export const NO_DOCUMENT_METHOD = '$journey/noDocument';

/** What the guard asks the server: whether it holds a document (open or loaded from the workspace). */
export interface DocumentLookup {
    hasDocument(uri: string): boolean;
}

/**
 * Checks every message from the client before any handler sees it (handlers
 * read `params.textDocument.uri` and friends without looking): `didOpen` with
 * `text: null` killed the server, `hover` with null params, `workspace/symbol`
 * without a query or a request on a file that exists nowhere answered
 * internal errors. A malformed notification is dropped; a malformed request
 * is answered InvalidParams; a request on a document the server does not hold
 * and that is no file on disk is answered `null` (nothing there).
 */
export class MessageGuard implements MessageStrategy {
    documents: DocumentLookup | undefined;

    handleMessage(message: Message, next: (message: Message) => void): void {
        if (!isCall(message)) {
            next(message);
            return;
        }
        const normalised = normaliseParams(message);
        const problem = paramsProblem(normalised);
        const isRequest = 'id' in normalised && normalised.id !== undefined && normalised.id !== null;
        if (problem) {
            if (isRequest) next({ ...normalised, method: INVALID_PARAMS_METHOD, params: { method: normalised.method, problem } } as RequestMessage);
            else console.error(`Ignored ${normalised.method}: ${problem}`);
            return;
        }
        if (isRequest && this.isOnMissingDocument(normalised)) {
            next({ ...normalised, method: NO_DOCUMENT_METHOD, params: {} } as RequestMessage);
            return;
        }
        next(normalised);
    }

    private isOnMissingDocument(message: Call): boolean {
        if (!needsDocument(message.method)) return false;
        const uri = documentUriOf(message.params);
        if (uri === undefined || this.documents?.hasDocument(uri)) return false;
        return !isFileOnDisk(uri);
    }
}

type Call = { jsonrpc: string; method: string; params?: unknown; id?: number | string | null };

function isCall(message: Message): message is Message & Call {
    return typeof (message as { method?: unknown }).method === 'string';
}

/** Requests answered from one document (its uri under `textDocument`, or `uri` for the Journey requests). */
function needsDocument(method: string): boolean {
    return (method.startsWith('textDocument/') && !method.startsWith('textDocument/did') && !method.startsWith('textDocument/will'))
        || method === 'journey/renderModel' || method === 'journey/diff';
}

function documentUriOf(params: unknown): string | undefined {
    const record = params as { textDocument?: { uri?: unknown }; uri?: unknown } | undefined;
    const uri = record?.textDocument?.uri ?? record?.uri;
    return typeof uri === 'string' ? uri : undefined;
}

function isFileOnDisk(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    try {
        return statSync(fileURLToPath(uri)).isFile();
    } catch {
        return false;
    }
}

/** Fills what clients may leave out and LSP defines a default for. */
function normaliseParams<T extends Call>(message: T): T {
    if (message.method === 'workspace/symbol' && isObject(message.params) && typeof message.params.query !== 'string') {
        return { ...message, params: { ...message.params, query: '' } };
    }
    return message;
}

/** Why the params cannot be handled, or undefined when they can. */
export function paramsProblem(message: { method: string; params?: unknown }): string | undefined {
    const { method, params } = message;
    const needsParams = method.startsWith('textDocument/') || method.startsWith('journey/') || method === 'workspace/symbol';
    if (!needsParams) return undefined;
    if (!isObject(params)) return 'params must be an object';
    if (method.startsWith('journey/')) {
        return typeof params.uri === 'string' ? undefined : 'params.uri must be a string';
    }
    if (method.startsWith('textDocument/')) {
        const textDocument = params.textDocument;
        if (!isObject(textDocument) || typeof textDocument.uri !== 'string') return 'params.textDocument.uri must be a string';
        if (method === 'textDocument/didOpen') {
            if (typeof textDocument.text !== 'string') return 'params.textDocument.text must be a string';
            if (typeof textDocument.languageId !== 'string') return 'params.textDocument.languageId must be a string';
            if (typeof textDocument.version !== 'number') return 'params.textDocument.version must be a number';
        }
        if (method === 'textDocument/didChange') {
            const changes = params.contentChanges;
            if (!Array.isArray(changes) || !changes.every(change => isObject(change) && typeof change.text === 'string' && (change.range === undefined || isRange(change.range)))) {
                return 'params.contentChanges must be a list of changes with a text';
            }
        }
        if ('position' in params && !isPosition(params.position)) return 'params.position must be a line and a character';
        if ('range' in params && !isRange(params.range)) return 'params.range must have a start and an end position';
    }
    return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPosition(value: unknown): boolean {
    return isObject(value) && isCount(value.line) && isCount(value.character);
}

function isRange(value: unknown): boolean {
    return isObject(value) && isPosition(value.start) && isPosition(value.end);
}

function isCount(value: unknown): boolean {
    return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
