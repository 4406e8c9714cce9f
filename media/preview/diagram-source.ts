/**
 * The Mermaid text of each diagram view, from the shared generators (the same
 * ones the Markdown export and the CLI use).
 */
import { blueprint, emotionCurve, journeyDiagram } from '../../language-server/core/mermaid/index.js';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import type { VIEWS } from '../../language-server/core/views.js';

/** The views Mermaid draws (the registry's `renderer: 'mermaid'` entries). */
export type DiagramView = Extract<(typeof VIEWS)[number], { renderer: 'mermaid' }>['id'];

/** `before`: a previous version of the model, whose emotion lines the curve draws faded. */
export function diagramText(view: DiagramView, model: RenderModel, journeyId: string, persona: string | undefined, before?: RenderModel): string {
    switch (view) {
        case 'journey': return journeyDiagram(model, journeyId, { persona });
        case 'emotions': return emotionCurve(model, journeyId, { persona, before });
        case 'blueprint': return blueprint(model, journeyId);
    }
}
