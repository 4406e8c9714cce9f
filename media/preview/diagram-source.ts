/**
 * The Mermaid text of each diagram view, from the shared generators (the same
 * ones the Markdown export and the CLI use).
 */
import { blueprint, emotionCurve, journeyDiagram } from '../../language-server/core/mermaid/index.js';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import type { PreviewView } from '../../language-server/protocol/webview-messages.js';

export type DiagramView = Exclude<PreviewView, 'details'>;

/** `before`: a previous version of the model, whose emotion lines the curve draws faded. */
export function diagramText(view: DiagramView, model: RenderModel, journeyId: string, persona: string | undefined, before?: RenderModel): string {
    switch (view) {
        case 'journey': return journeyDiagram(model, journeyId, { persona });
        case 'emotions': return emotionCurve(model, journeyId, { persona, before });
        case 'blueprint': return blueprint(model, journeyId);
    }
}
