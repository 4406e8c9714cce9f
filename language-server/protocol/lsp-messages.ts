/**
 * Every custom LSP request and notification of the Journey language server:
 * the method name and, in the type, its parameters and answer. Plain data (no
 * vscode-jsonrpc classes), so the server, the VS Code client (whose lazily
 * loaded bundle has its own vscode-jsonrpc) and the webview share one module.
 * The server registers them in language-server/language/lsp/custom-requests.ts,
 * the client sends them through src/extension/client/deferred-language-client.ts.
 */
import type { RenderModel } from '../core/model/render-model.js';

export type { RenderModel } from '../core/model/render-model.js';

/** A request: `method` on the wire; `P` and `R` exist in the type only. */
export interface RequestDescriptor<P, R> {
    readonly method: string;
    /** Never set: carries the parameter and result types. */
    readonly types?: { params: P; result: R };
}

/** A notification: `method` on the wire; `P` exists in the type only. */
export interface NotificationDescriptor<P> {
    readonly method: string;
    /** Never set: carries the parameter type. */
    readonly types?: { params: P };
}

export type ParamsOf<T> = T extends RequestDescriptor<infer P, unknown> ? P : T extends NotificationDescriptor<infer P> ? P : never;
export type ResultOf<T> = T extends RequestDescriptor<unknown, infer R> ? R : never;

export interface RenderModelParams {
    /** The document to render. */
    uri: string;
}

export interface RenderModelResult {
    /** The document version the model was built from; a client drops answers older than what it shows. */
    version: number;
    model: RenderModel;
}

/** Client → server: the render model of a document, built from the AST the server validated. */
export const RenderModelRequest: RequestDescriptor<RenderModelParams, RenderModelResult | null> = { method: 'journey/renderModel' };

export interface DocumentValidatedParams {
    uri: string;
    version: number;
}

/** Server → client: a document was (re)validated, so its render model may have changed. */
export const DocumentValidatedNotification: NotificationDescriptor<DocumentValidatedParams> = { method: 'journey/documentValidated' };

export interface DiffParams {
    /** The document whose previous version is compared with its current text. */
    uri: string;
    /** The previous version's text (e.g. git HEAD's), parsed apart from the workspace. */
    previousText: string;
    /** How to name the previous version in the comment's title, e.g. `HEAD`. */
    previousName?: string;
}

export interface DiffResponse {
    /** The review comment, as `journey diff` writes it. */
    markdown: string;
    /** The document's render model at the previous version: the preview draws its emotion lines faded. */
    before: RenderModel;
    /** How many changes the diff found (0: no change in meaning). */
    changeCount: number;
}

/** Client → server: the semantic diff of a document against a previous text, without touching the workspace index. */
export const DiffRequest: RequestDescriptor<DiffParams, DiffResponse | null> = { method: 'journey/diff' };

/** One choice of a client-side pick: what to show and the edit to apply when it is chosen. */
export interface EditChoice {
    label: string;
    detail?: string;
    /** An LSP workspace edit with `changes` only (uri → text edits). */
    edit: { changes: Record<string, Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>> };
}

/**
 * Client command a code action's "more…" entry runs with `[placeholder, EditChoice[]]`:
 * the client lets the user pick one choice and applies its edit (the VS Code extension
 * shows a quick pick). Clients without it still get the first choices as plain quick fixes.
 */
export const CHOOSE_EDIT_COMMAND = 'journey.chooseEdit';

/**
 * The LSP symbol kind the server gives each top-level declaration (outline icons, workspace
 * symbols): a client tells a persona from a journey of the same id by it. Numbers, as the
 * protocol sends them: the extension's bundle has the protocol's message types only.
 */
export const DECLARATION_SYMBOL_KINDS = {
    persona: 5, // SymbolKind.Class
    team: 23, // SymbolKind.Struct
    channel: 11, // SymbolKind.Interface
    journey: 2 // SymbolKind.Module
} as const;
