/**
 * How messages to the webview travel. A render model crosses as one JSON
 * string instead of an object graph: `postMessage` structured-clones its
 * data, and at 300 touchpoints the model's thousands of small objects took
 * 17 ms to clone and 8 ms to read back in the webview's thread, where one
 * string is copied whole and `JSON.parse` reads it in about 8 ms. Both sides
 * go through these two functions; the rest of the code sees `ToWebviewMessage`.
 */
import type { RenderModel } from '../core/model/render-model.js';
import type { ToWebviewMessage } from './webview-messages.js';

type ModelMessage = Extract<ToWebviewMessage, { type: 'model' }>;
type BeforeMessage = Extract<ToWebviewMessage, { type: 'before' }>;

/** A `ToWebviewMessage` as posted: the model messages carry the model as JSON text. */
export type ToWebviewWire =
    | Exclude<ToWebviewMessage, ModelMessage | BeforeMessage>
    | { type: 'model'; modelJson: string; version: number }
    | { type: 'before'; modelJson: string | null };

export function toWebviewWire(message: ToWebviewMessage): ToWebviewWire {
    switch (message.type) {
        case 'model':
            return { type: 'model', modelJson: JSON.stringify(message.model), version: message.version };
        case 'before':
            return { type: 'before', modelJson: message.model && JSON.stringify(message.model) };
        default:
            return message;
    }
}

/** The message a posted value stands for; undefined for anything else (not from the extension, or broken). */
export function fromWebviewWire(data: unknown): ToWebviewMessage | undefined {
    if (!data || typeof data !== 'object' || typeof (data as { type?: unknown }).type !== 'string') return undefined;
    const wire = data as ToWebviewWire;
    if (wire.type === 'model') {
        const model = parseModel(wire.modelJson);
        return model && { type: 'model', model, version: wire.version };
    }
    if (wire.type === 'before') {
        if (wire.modelJson === null) return { type: 'before', model: null };
        const model = parseModel(wire.modelJson);
        return model && { type: 'before', model };
    }
    return wire;
}

function parseModel(json: unknown): RenderModel | undefined {
    if (typeof json !== 'string') return undefined;
    try {
        const model = JSON.parse(json) as unknown;
        return model && typeof model === 'object' ? model as RenderModel : undefined;
    } catch {
        return undefined;
    }
}
