/**
 * Messages to the webview as they travel: the model messages carry the model
 * as JSON text and read back equal; anything that is not such a message, or a
 * model that is not JSON of an object, is dropped rather than drawn.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RenderModel } from '../../../language-server/core/model/render-model.js';
import { fromWebviewWire, toWebviewWire, type ToWebviewMessage } from '../../../language-server/protocol/index.js';
import { buildRenderModel } from '../../../language-server/language/render/build-render-model.js';
import { buildWorkspace } from '../language/test-services.js';

async function checkoutModel(): Promise<RenderModel> {
    const { services, documents } = await buildWorkspace({
        'people.journey': readFileSync('examples/people.journey', 'utf8'),
        'checkout.journey': readFileSync('examples/checkout.journey', 'utf8')
    });
    return buildRenderModel(documents.find(document => document.uri.path.endsWith('checkout.journey'))!, services.Journey);
}

describe('the webview wire', () => {
    it('carries a model as one string and reads back the same message, for the model and the previous version', async () => {
        const model = await checkoutModel();
        const messages: ToWebviewMessage[] = [
            { type: 'model', model, version: 7 }, { type: 'before', model }, { type: 'before', model: null },
            { type: 'highlight', elementId: 'touchpoint:first_purchase/cart' }, { type: 'locked', locked: true }, { type: 'exportImage', requestId: 2, format: 'png' }
        ];
        for (const message of messages) {
            const wire = toWebviewWire(message);
            // What postMessage clones: no object graph for a model, only its text.
            if ('modelJson' in wire && wire.modelJson !== null) expect(typeof wire.modelJson).toBe('string');
            expect(fromWebviewWire(structuredClone(wire))).toEqual(message);
        }
    });

    it('drops what is not a message from the extension, and a model that is not JSON of an object', () => {
        for (const value of [undefined, null, 'model', 42, {}, { type: 7 }, { type: 'model', model: {} }, { type: 'model', modelJson: '{"journeys":' },
            { type: 'model', modelJson: '3' }, { type: 'model', modelJson: 'null' }, { type: 'before', modelJson: 17 }]) {
            expect(fromWebviewWire(value)).toBeUndefined();
        }
    });
});
