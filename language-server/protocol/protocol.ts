/**
 * Every custom LSP request and notification of the Journey language server,
 * declared once and shared by the server, the VS Code client and the webview
 * (which imports the types only).
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { RenderModel } from '../core/model/render-model.js';

export type { RenderModel } from '../core/model/render-model.js';

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
export const RenderModelRequest = new RequestType<RenderModelParams, RenderModelResult | null, void>('journey/renderModel');

export interface DocumentValidatedParams {
    uri: string;
    version: number;
}

/** Server → client: a document was (re)validated, so its render model may have changed. */
export const DocumentValidatedNotification = new NotificationType<DocumentValidatedParams>('journey/documentValidated');

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
export const DiffRequest = new RequestType<DiffParams, DiffResponse | null, void>('journey/diff');

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
