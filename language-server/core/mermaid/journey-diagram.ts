import { displayName, isShownScore, ModelLabels, requireJourney, shownPersonas } from '../model/model-lookup.js';
import type { RenderJourney, RenderModel } from '../model/render-model.js';
import { emptyState } from './empty-state.js';
import { journeyActor, journeyText } from './escape.js';
import { journeyPersonaStyles, personaStyleOf } from './persona-colours.js';

/** Mermaid's default room left of the tasks for the legend (before 11.5 it cuts longer names there). */
const LEFT_MARGIN = 150;
/** Approximate width of a character of the legend's 16 px text. */
const LEGEND_CHARACTER_WIDTH = 9;

export interface JourneyDiagramOptions {
    /** Show one persona only (its id); all the journey's personas otherwise. */
    persona?: string;
}

/**
 * The Journey view as a Mermaid `journey` diagram: a section per stage, a task
 * per touchpoint and persona.
 *
 * Mermaid gives a task one score, so a touchpoint is written once per persona
 * that scored it, in persona order (`Checkout: 1: Maya`, `Checkout: 4: Sam`):
 * each face is a real score and its actor says whose. With the `persona`
 * option only that persona's tasks remain.
 *
 * A touchpoint no shown persona scored has no task (Mermaid needs a score and
 * we never invent one); out-of-range scores are left out the same way. A stage
 * none of whose touchpoints has a shown score has no section, since Mermaid
 * only draws sections around tasks. The Blueprint and Details views show
 * every touchpoint. With no score at all, the text is a one-node flowchart
 * that says so (a journey of just a title would look blank).
 */
export function journeyDiagram(model: RenderModel, journeyId: string, options: JourneyDiagramOptions = {}): string {
    return journeyDiagramLayout(model, journeyId, options).text;
}

/** What the journey diagram draws, in drawing order, so the preview can tie each SVG part to its element. */
export interface JourneyDiagramLayout {
    text: string;
    /** Stage ids of the sections, in order (stages without a scored touchpoint have none). */
    sections: string[];
    /** One task per (touchpoint, persona) score, in order. */
    tasks: Array<{ stageId: string; touchpointId: string; persona: string }>;
    /** Persona ids in the order of Mermaid's legend (it sorts the actors by their text as parsed). */
    actors: string[];
    /** Each actor's colour from the persona palette, in legend order (see journey-actor-colours.ts). */
    actorColours: string[];
    /** `journey`, or `empty` when no touchpoint has a shown score and the text is a one-node flowchart saying so. */
    kind: 'journey' | 'empty';
}

export function journeyDiagramLayout(model: RenderModel, journeyId: string, options: JourneyDiagramOptions = {}): JourneyDiagramLayout {
    const journey = requireJourney(model, journeyId);
    const labels = new ModelLabels(model);
    const personas = shownPersonas(journey, options.persona);
    const lines = ['journey', `    title ${journeyText(displayName(journey))}`];
    const layout: Pick<JourneyDiagramLayout, 'sections' | 'tasks'> = { sections: [], tasks: [] };
    for (const stage of journey.stages) {
        const tasks: string[] = [];
        for (const touchpoint of stage.touchpoints) {
            for (const persona of personas) {
                const emotion = touchpoint.emotions.find(candidate => candidate.persona === persona && isShownScore(candidate));
                if (emotion) {
                    tasks.push(`        ${journeyText(displayName(touchpoint))}: ${emotion.score}: ${journeyActor(labels.persona(persona))}`);
                    layout.tasks.push({ stageId: stage.id, touchpointId: touchpoint.id, persona });
                }
            }
        }
        if (tasks.length > 0) {
            lines.push(`    section ${journeyText(displayName(stage))}`, ...tasks);
            layout.sections.push(stage.id);
        }
    }
    if (layout.tasks.length === 0) {
        const whose = options.persona ? ` for ${labels.persona(options.persona)}` : '';
        return { text: emptyState(`${displayName(journey)}: no emotion scores${whose} yet`), kind: 'empty', sections: [], tasks: [], actors: [], actorColours: [] };
    }
    const actors = legendOrder(layout.tasks.map(task => task.persona), labels);
    const styles = journeyPersonaStyles(model, journey);
    const actorColours = actors.map(id => personaStyleOf(styles, id).color);
    return { text: frontMatter(actors, labels) + lines.join('\n') + '\n', kind: 'journey', ...layout, actors, actorColours };
}

/**
 * A legend margin wide enough for the longest persona name, in front matter
 * (Mermaid 11.0–11.4 cut longer names at the default 150 px). The actors'
 * colours cannot be set from the text: neither `journey.actorColours` nor the
 * `actor0…` theme variables of front matter reach the legend in 10.9–11.17,
 * so the preview and the CLI paint the drawing (journey-actor-colours.ts).
 */
function frontMatter(actors: string[], labels: ModelLabels): string {
    const longest = Math.max(0, ...actors.map(id => labels.persona(id).length));
    const leftMargin = Math.max(LEFT_MARGIN, Math.ceil(longest * LEGEND_CHARACTER_WIDTH + 40));
    return [
        '---',
        'config:',
        '    journey:',
        `        leftMargin: ${leftMargin}`,
        '---',
        ''
    ].join('\n');
}

/**
 * The persona a journey diagram shows when none is chosen: its first persona
 * with a score. A diagram of all personas draws each touchpoint once per
 * persona, side by side; the preview's "All" and `--persona` still offer that.
 */
export function defaultJourneyPersona(journey: RenderJourney): string | undefined {
    const scored = (persona: string) => journey.stages.some(stage => stage.touchpoints.some(tp => tp.emotions.some(e => e.persona === persona && isShownScore(e))));
    return shownPersonas(journey).find(scored);
}

/** Mermaid parses `#N;` as a placeholder (`ﬂ°°N¶ß`) and sorts the actors by that text, code unit by code unit. */
function legendOrder(personas: string[], labels: ModelLabels): string[] {
    const parsed = (id: string) => journeyActor(labels.persona(id)).replace(/#(\d+);/g, '\ufb02\u00b0\u00b0$1\u00b6\u00df');
    return [...new Set(personas)]
        .map(id => ({ id, key: parsed(id) }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        .map(actor => actor.id);
}
