/** The problems strip: the document's diagnostics, each one revealing its range when clicked. */
import type { RenderDiagnostic } from '../../language-server/core/model/render-model.js';
import { h } from './dom.js';

const severityOrder = { error: 0, warning: 1, info: 2, hint: 3 } as const;

export class ProblemsStrip {
    readonly element = h('details', { className: 'problems' });

    constructor(private readonly reveal: (diagnostic: RenderDiagnostic) => void) {
        this.element.open = true;
    }

    update(diagnostics: RenderDiagnostic[], documentUri: string): void {
        const sorted = [...diagnostics].sort((a, b) =>
            severityOrder[a.severity] - severityOrder[b.severity]
            || (a.uri === documentUri ? 0 : 1) - (b.uri === documentUri ? 0 : 1)
            || a.range.start.line - b.range.start.line);
        this.element.hidden = sorted.length === 0;
        const counts = (['error', 'warning'] as const)
            .map(severity => [severity, sorted.filter(d => d.severity === severity).length] as const)
            .filter(([, count]) => count > 0)
            .map(([severity, count]) => `${count} ${severity}${count === 1 ? '' : 's'}`);
        const summary = h('summary', { text: `Problems: ${counts.join(', ') || `${sorted.length}`}` });
        const list = h('ul', { className: 'problems-list' }, sorted.map(diagnostic => this.item(diagnostic, documentUri)));
        this.element.replaceChildren(summary, list);
    }

    private item(diagnostic: RenderDiagnostic, documentUri: string): HTMLLIElement {
        const where = diagnostic.uri === documentUri ? '' : `${fileName(diagnostic.uri)} `;
        const entry = h('button', {
            className: `problem problem-${diagnostic.severity}`,
            attributes: { type: 'button', 'data-code': diagnostic.code }
        }, [
            h('span', { className: 'problem-severity', text: diagnostic.severity }),
            h('span', { className: 'problem-location', text: `${where}line ${diagnostic.range.start.line + 1}` }),
            h('span', { className: 'problem-message', text: diagnostic.message }),
            h('span', { className: 'problem-code', text: diagnostic.code })
        ]);
        entry.addEventListener('click', () => this.reveal(diagnostic));
        return h('li', {}, [entry]);
    }
}

function fileName(uri: string): string {
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
