/**
 * Ties the parts of a drawn diagram back to the model elements they show,
 * without Mermaid `click` directives (user text never becomes a callback):
 * each part gets `data-element` (an element key), which the app turns into
 * `reveal` on click and uses for cursor-sync highlights.
 *
 * The parts are found the way the shared generators write them
 * (language-server/core/mermaid): the Blueprint's block ids derive from
 * element ids; journey tasks and xychart categories come in journey order.
 */
import { blueprintLayout } from '../../language-server/core/mermaid/blueprint.js';
import { journeyActor } from '../../language-server/core/mermaid/escape.js';
import { emotionCurveLayout } from '../../language-server/core/mermaid/emotion-curve.js';
import { isShownScore, ModelLabels, shownPersonas } from '../../language-server/core/model/model-lookup.js';
import type { RenderJourney, RenderModel, RenderStage, RenderTouchpoint } from '../../language-server/core/model/render-model.js';
import { journeyKey, personaKey, stageKey, touchpointKey } from '../../language-server/core/model/element-keys.js';
import type { DiagramView } from './diagram-source.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function linkDiagram(svg: SVGSVGElement, view: DiagramView, model: RenderModel, journey: RenderJourney, persona: string | undefined, before?: RenderModel): void {
    switch (view) {
        case 'journey': linkJourneyDiagram(svg, model, journey, persona); break;
        case 'emotions': linkEmotionCurve(svg, model, journey, persona, before); break;
        case 'blueprint': linkBlueprint(svg, model, journey); break;
    }
    for (const part of svg.querySelectorAll('[data-element]')) part.classList.add('is-navigable');
}

function tag(element: Element | null | undefined, key: string, title?: string): void {
    if (!element) return;
    element.setAttribute('data-element', key);
    if (title !== undefined && !element.querySelector(':scope > title')) {
        const tooltip = document.createElementNS(SVG_NS, 'title');
        tooltip.textContent = title;
        element.prepend(tooltip);
    }
}

function scoredBy(touchpoint: RenderTouchpoint, persona: string): boolean {
    return touchpoint.emotions.some(emotion => emotion.persona === persona && isShownScore(emotion));
}

/** Journey diagram: a section per stage with tasks, a task per (touchpoint, persona) with a score, legend entries per actor. */
function linkJourneyDiagram(svg: SVGSVGElement, model: RenderModel, journey: RenderJourney, persona: string | undefined): void {
    const personas = shownPersonas(journey, persona);
    const tasks: Array<{ stage: RenderStage; touchpoint: RenderTouchpoint; persona: string }> = [];
    for (const stage of journey.stages) {
        for (const touchpoint of stage.touchpoints) {
            for (const id of personas) if (scoredBy(touchpoint, id)) tasks.push({ stage, touchpoint, persona: id });
        }
    }
    const stagesDrawn = journey.stages.filter(stage => tasks.some(task => task.stage === stage));
    const sectionRects = [...svg.querySelectorAll('rect.journey-section')];
    sectionRects.forEach((rect, index) => {
        const stage = stagesDrawn[index];
        if (stage) tag(rect.parentElement, stageKey(journey.id, stage.id));
    });
    const taskRects = [...svg.querySelectorAll('rect.task')];
    taskRects.forEach((rect, index) => {
        const task = tasks[index];
        if (!task) return;
        tag(rect.parentElement, touchpointKey(journey.id, task.touchpoint.id));
        // The actor dots on a task say whose score it is: they navigate to that persona.
        for (const dot of rect.parentElement?.querySelectorAll(':scope > circle[class^="actor-"]') ?? []) tag(dot, personaKey(task.persona));
    });
    // Mermaid lists the actors sorted by their text as its parser saw it (entity codes as placeholders).
    const labels = new ModelLabels(model);
    const parsedText = (id: string) => journeyActor(labels.persona(id)).replace(/#(\d+);/g, '\ufb02\u00b0\u00b0$1\u00b6\u00df');
    const actors = [...new Set(tasks.map(task => task.persona))]
        .map(id => ({ id, sortKey: parsedText(id) }))
        .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
    [...svg.querySelectorAll('text.legend')].forEach((legend, index) => {
        const actor = actors[index];
        if (!actor) return;
        restoreWrappedText(legend, labels.persona(actor.id));
        tag(legend, personaKey(actor.id));
        const dot = legend.previousElementSibling;
        if (dot?.matches('circle')) tag(dot, personaKey(actor.id));
    });
    tag(svg.querySelector('text.titleText'), journeyKey(journey.id));
}

/**
 * Emotion curve: one x category per scored touchpoint, one line per persona
 * with scores; the faded lines of a previous version or of the current state
 * a future state replaces come first, dashed, and are left untagged (they
 * show no element of this journey).
 */
function linkEmotionCurve(svg: SVGSVGElement, model: RenderModel, journey: RenderJourney, persona: string | undefined, before: RenderModel | undefined): void {
    const layout = emotionCurveLayout(model, journey.id, { persona, before });
    const current = new Set(journey.stages.flatMap(stage => stage.touchpoints.map(tp => tp.id)));
    const categories = [...svg.querySelectorAll('g.bottom-axis g.label text')];
    if (categories.length === layout.categories.length) {
        categories.forEach((text, index) => {
            const { touchpointId } = layout.categories[index];
            if (current.has(touchpointId)) tag(text, touchpointKey(journey.id, touchpointId));
        });
    }
    layout.lines.forEach((line, index) => {
        const plot = svg.querySelector(`g.plot g.line-plot-${index}`);
        const path = plot?.querySelector('path');
        if (!plot || !path) return;
        // The previous version's and the replaced current state's lines: faded by their colour, dashed here (xychart cannot say so).
        if (line.before || line.replaced) {
            path.setAttribute('stroke-dasharray', '6 4');
            path.classList.add('is-secondary');
            return;
        }
        // A wide invisible copy of the line, so that a 2-pixel line is easy to click.
        const hitArea = path.cloneNode() as SVGPathElement;
        hitArea.setAttribute('stroke', 'transparent');
        hitArea.setAttribute('stroke-width', '14');
        hitArea.classList.add('hit-area');
        plot.append(hitArea);
        tag(plot, personaKey(line.persona));
    });
    // Mermaid's legend lists the lines in the same order.
    [...svg.querySelectorAll('g.legend g.label text')].forEach((text, index) => {
        const line = layout.lines[index];
        if (line && !line.before && !line.replaced) tag(text, personaKey(line.persona));
    });
    tag(svg.querySelector('g.chart-title text'), journeyKey(journey.id));
}

/**
 * Blueprint: each stage's header leads to the stage (its gaps as a tooltip),
 * each touchpoint's name and every cell of its column to the touchpoint
 * (`blueprintLayout` names the blocks; lane titles and the line of
 * visibility show no element).
 */
function linkBlueprint(svg: SVGSVGElement, model: RenderModel, journey: RenderJourney): void {
    const prefix = `${svg.id}-`;
    const nodes = new Map(blueprintLayout(model, journey.id).nodes.map(node => [node.id, node]));
    const stages = new Map(journey.stages.map(stage => [stage.id, stage]));
    for (const element of svg.querySelectorAll('g.node')) {
        const node = nodes.get(element.id.startsWith(prefix) ? element.id.slice(prefix.length) : element.id);
        if (node?.touchpointId !== undefined) {
            tag(element, touchpointKey(journey.id, node.touchpointId));
        } else if (node?.kind === 'stage' && node.stageId !== undefined) {
            const issues = stages.get(node.stageId)?.issues ?? [];
            tag(element, stageKey(journey.id, node.stageId), issues.map(issue => issue.message).join('\n') || undefined);
            if (issues.length > 0) element.classList.add('has-gap');
        }
    }
}

/**
 * Mermaid wraps a long actor name in the journey legend letter by letter,
 * which can cut an entity placeholder in two and show its pieces. The lines
 * are refilled with the real label, keeping Mermaid's line lengths.
 */
function restoreWrappedText(text: Element, label: string): void {
    const lines = [...text.querySelectorAll('tspan')];
    const shown = lines.map(line => line.textContent ?? '').join(' ');
    if (lines.length === 0 || normalize(shown) === normalize(label)) return;
    const total = shown.length || 1;
    let start = 0;
    lines.forEach((line, index) => {
        const end = index === lines.length - 1 ? label.length : Math.round(start + (label.length * (line.textContent ?? '').length) / total);
        line.textContent = label.slice(start, end).trim();
        start = end;
    });
}

function normalize(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}
