/**
 * The messages between the preview panel (extension host) and its webview,
 * declared once and imported by both sides through ./index.ts. What the webview
 * sends is checked at run time by webview-validation.ts before the extension acts.
 */
import type { Range, RenderModel } from '../core/model/render-model.js';
import { VIEW_IDS, type ViewId } from '../core/views.js';

/** The preview's views: the view registry's (language-server/core/views.ts). */
export type PreviewView = ViewId;

export const PREVIEW_VIEWS: readonly PreviewView[] = VIEW_IDS;

export type ImageFormat = 'svg' | 'png';

export type ExportFormat = ImageFormat | 'html' | 'markdown';

/** What the webview keeps across reloads with `vscode.setState` (and what the serializer gets back). */
export interface PreviewState {
    /** The previewed document, so that a restored panel knows what to ask for. */
    uri?: string;
    locked?: boolean;
    view: PreviewView;
    /** Persona id, or undefined for all personas (the Journey view then draws its default persona, see `allPersonas`). */
    persona?: string;
    /** "All personas" was chosen in the selector: the Journey view too draws every persona. */
    allPersonas?: boolean;
    /** Journey id, or undefined for the file's first journey. */
    journey?: string;
    zoom: number;
    /** Zoom follows the panel's width (until the user zooms by hand). */
    autoFit?: boolean;
    scrollLeft: number;
    scrollTop: number;
}

/** Extension → webview. */
export type ToWebviewMessage =
    /** A render model; `version` is the document version it was built from. */
    | { type: 'model'; model: RenderModel; version: number }
    /** The panel's lock, kept in the webview's state so that a restored panel stays locked. */
    | { type: 'locked'; locked: boolean }
    /** Cursor sync: the element under the editor's cursor (an element key), or null for none. */
    | { type: 'highlight'; elementId: string | null }
    /** The previous version of the document (Compare with Previous Version), drawn faded on the emotion curve; null clears it. */
    | { type: 'before'; model: RenderModel | null }
    /** Asks for the current view as an image; answered with `imageExported`. */
    | { type: 'exportImage'; requestId: number; format: ImageFormat };

/** Webview → extension. */
export type FromWebviewMessage =
    /** The webview script runs and listens; the panel sends the current model. */
    | { type: 'ready' }
    /** Reveal and select a range of a document in the editor. */
    | { type: 'reveal'; uri: string; range: Range }
    /** A toolbar export button: the panel runs the export command for its document. */
    | { type: 'export'; format: ExportFormat }
    /** The user cleared the previous version from the emotion curve: a reloaded webview should not get it again. */
    | { type: 'beforeCleared' }
    /** The answer to `exportImage`: SVG text or a PNG data URL, or an error message. */
    | { type: 'imageExported'; requestId: number; format: ImageFormat; view: PreviewView; data?: string; error?: string };
