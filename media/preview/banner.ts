/**
 * The error banner: shown when the document does not parse (the last good
 * drawing stays underneath) or Mermaid cannot draw a view.
 */
import type { RenderDiagnostic } from '../../language-server/core/model/render-model.js';
import { h } from './dom.js';

export class ErrorBanner {
    readonly element = h('div', { className: 'error-banner', attributes: { role: 'alert', hidden: '' } });

    showSyntaxError(diagnostic: RenderDiagnostic, onReveal: () => void): void {
        this.element.replaceChildren(
            h('span', { className: 'error-banner-title', text: 'The file does not parse; showing the last valid map.' }),
            ' ',
            linkButton(`Line ${diagnostic.range.start.line + 1}: ${diagnostic.message}`, onReveal)
        );
        this.element.hidden = false;
    }

    showRenderError(viewName: string, message: string): void {
        this.element.replaceChildren(
            h('span', { className: 'error-banner-title', text: `The ${viewName} view could not be drawn.` }),
            ' ',
            h('span', { text: message })
        );
        this.element.hidden = false;
    }

    hide(): void {
        this.element.hidden = true;
        this.element.replaceChildren();
    }
}

function linkButton(text: string, onClick: () => void): HTMLButtonElement {
    const element = h('button', { className: 'link-button', text, attributes: { type: 'button' } });
    element.addEventListener('click', onClick);
    return element;
}
