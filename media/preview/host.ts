/**
 * Where the preview runs: inside a VS Code webview (messages to and from the
 * extension, state kept by VS Code) or standalone, in the exported HTML file
 * (the model is embedded in the page, state lives in memory).
 */
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { fromWebviewWire, type FromWebviewMessage, type PreviewState, type ToWebviewMessage } from '../../language-server/protocol/index.js';

interface VsCodeApi {
    postMessage(message: FromWebviewMessage): void;
    getState(): PreviewState | undefined;
    setState(state: PreviewState): void;
}

declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

export interface PreviewHost {
    /** True in the exported HTML file: no editor to reveal in, exports download in the browser. */
    readonly standalone: boolean;
    getState(): PreviewState | undefined;
    setState(state: PreviewState): void;
    post(message: FromWebviewMessage): void;
    onMessage(listener: (message: ToWebviewMessage) => void): void;
}

/** The id of the `<script type="application/json">` holding the model in an exported file. */
export const EMBEDDED_MODEL_ID = 'journey-model';

class VsCodeHost implements PreviewHost {
    readonly standalone = false;
    constructor(private readonly api: VsCodeApi) {}
    getState(): PreviewState | undefined { return this.api.getState(); }
    setState(state: PreviewState): void { this.api.setState(state); }
    post(message: FromWebviewMessage): void { this.api.postMessage(message); }
    onMessage(listener: (message: ToWebviewMessage) => void): void {
        window.addEventListener('message', event => {
            const message = fromWebviewWire(event.data);
            if (message) listener(message);
        });
    }
}

class StandaloneHost implements PreviewHost {
    readonly standalone = true;
    private state: PreviewState | undefined;
    getState(): PreviewState | undefined { return this.state; }
    setState(state: PreviewState): void { this.state = state; }
    post(): void {
        // Nothing to talk to: reveal needs an editor; image exports are handled by the app itself.
    }
    onMessage(listener: (message: ToWebviewMessage) => void): void {
        const script = document.getElementById(EMBEDDED_MODEL_ID);
        if (!script?.textContent) return;
        const model = JSON.parse(script.textContent) as RenderModel;
        queueMicrotask(() => listener({ type: 'model', model, version: 0 }));
    }
}

export function createHost(): PreviewHost {
    return typeof acquireVsCodeApi === 'function' ? new VsCodeHost(acquireVsCodeApi()) : new StandaloneHost();
}
