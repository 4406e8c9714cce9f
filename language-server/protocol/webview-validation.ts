/**
 * Runtime checks of every message the webview sends to the extension. The
 * webview runs a page that shows user text; whatever it posts is treated as
 * untrusted input, as VS Code's Markdown preview does: a message whose shape,
 * types or sizes are not exactly those of `FromWebviewMessage` is dropped.
 */
import { isViewId } from '../core/views.js';
import type { Range } from '../core/model/render-model.js';
import type { ExportFormat, FromWebviewMessage, ImageFormat } from './webview-messages.js';

/** A URI longer than this is no document of a workspace. */
export const MAX_URI_LENGTH = 4096;
/** An exported image (SVG text or a PNG data URL) of a large map stays well below this. */
export const MAX_IMAGE_LENGTH = 256 * 1024 * 1024;
/** An error message the webview reports. */
export const MAX_ERROR_LENGTH = 4096;

const IMAGE_FORMATS: readonly ImageFormat[] = ['svg', 'png'];
const EXPORT_FORMATS: readonly ExportFormat[] = ['svg', 'png', 'html', 'markdown'];

export type WebviewMessageCheck = { ok: true; message: FromWebviewMessage } | { ok: false; reason: string };

type Checker = (message: Record<string, unknown>) => string | undefined;

/** Per message type: its fields (required or optional) and what each must be. `undefined` = accepted. */
const MESSAGE_CHECKS: Record<FromWebviewMessage['type'], { required: string[]; optional?: string[]; check?: Checker }> = {
    ready: { required: [] },
    beforeCleared: { required: [] },
    reveal: {
        required: ['uri', 'range'],
        check: message => checkString(message.uri, 'uri', MAX_URI_LENGTH) ?? checkRange(message.range)
    },
    export: {
        required: ['format'],
        check: message => (EXPORT_FORMATS as readonly unknown[]).includes(message.format) ? undefined : 'format is not an export format'
    },
    imageExported: {
        required: ['requestId', 'format', 'view'],
        optional: ['data', 'error'],
        check: message => {
            if (!Number.isSafeInteger(message.requestId)) return 'requestId is not an integer';
            if (!(IMAGE_FORMATS as readonly unknown[]).includes(message.format)) return 'format is not an image format';
            if (!isViewId(message.view)) return 'view is not a view';
            if (message.data !== undefined) return checkString(message.data, 'data', MAX_IMAGE_LENGTH);
            if (message.error !== undefined) return checkString(message.error, 'error', MAX_ERROR_LENGTH);
            return undefined;
        }
    }
};

/** `value` as a message of the protocol, or why it is not one. */
export function checkWebviewMessage(value: unknown): WebviewMessageCheck {
    if (!isPlainObject(value)) return { ok: false, reason: 'not an object' };
    const type = value.type;
    if (typeof type !== 'string' || !Object.hasOwn(MESSAGE_CHECKS, type)) {
        return { ok: false, reason: `unknown message type ${typeof type === 'string' ? JSON.stringify(type.slice(0, 40)) : typeof type}` };
    }
    const { required, optional = [], check } = MESSAGE_CHECKS[type as FromWebviewMessage['type']];
    const allowed = new Set(['type', ...required, ...optional]);
    const extra = Object.keys(value).find(key => !allowed.has(key));
    if (extra !== undefined) return { ok: false, reason: `${type}: unexpected field ${JSON.stringify(extra.slice(0, 40))}` };
    const missing = required.find(key => value[key] === undefined);
    if (missing !== undefined) return { ok: false, reason: `${type}: missing ${missing}` };
    const problem = check?.(value);
    return problem ? { ok: false, reason: `${type}: ${problem}` } : { ok: true, message: value as unknown as FromWebviewMessage };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const prototype = Object.getPrototypeOf(value) as unknown;
    return prototype === Object.prototype || prototype === null;
}

function checkString(value: unknown, name: string, maxLength: number): string | undefined {
    if (typeof value !== 'string') return `${name} is not a string`;
    return value.length > maxLength ? `${name} is longer than ${maxLength} characters` : undefined;
}

function checkRange(value: unknown): string | undefined {
    if (!isPlainObject(value) || Object.keys(value).length !== 2) return 'range is not a range';
    const range = value as Partial<Record<keyof Range, unknown>>;
    return isPosition(range.start) && isPosition(range.end) ? undefined : 'range is not a range';
}

function isPosition(value: unknown): boolean {
    if (!isPlainObject(value) || Object.keys(value).length !== 2) return false;
    return isLineOrColumn(value.line) && isLineOrColumn(value.character);
}

function isLineOrColumn(value: unknown): boolean {
    return Number.isSafeInteger(value) && (value as number) >= 0;
}
