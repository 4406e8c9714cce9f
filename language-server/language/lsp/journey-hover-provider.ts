import type { AstNode, Reference } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import {
    isChannel,
    isJourney,
    isPersona,
    isStage,
    isTeam,
    isTouchpoint,
    type Channel,
    type Emotion,
    type Journey,
    type Persona,
    type Stage,
    type Team,
    type Touchpoint
} from '../generated/ast.js';
import { EMOTION_SCORE_LABELS } from '../../core/model/emotion-scale.js';
import { escapeMarkdown } from './markdown.js';

/**
 * Hover on any declaration or reference: a Markdown summary of the element.
 * Every piece of user text goes through `escapeMarkdown`, so labels and
 * descriptions are shown literally and cannot inject links or HTML.
 */
export class JourneyHoverProvider extends AstNodeHoverProvider {

    protected getAstNodeHoverContent(node: AstNode): string | undefined {
        if (isPersona(node)) return personaHover(node);
        if (isTeam(node) || isChannel(node)) return simpleHover(node);
        if (isJourney(node)) return journeyHover(node);
        if (isStage(node)) return stageHover(node);
        if (isTouchpoint(node)) return touchpointHover(node);
        return undefined;
    }
}

type Named = AstNode & { name: string; label?: string };

/** `**Label** · kind \`id\``: the title line of every hover. */
function title(kind: string, element: Named): string {
    const label = element.label ? `**${escapeMarkdown(element.label)}** · ` : '';
    return `${label}${kind} \`${element.name}\``;
}

/** The label of a referenced element, or its id when it has no label or is unresolved. */
function displayName(ref: Reference<Named>): string {
    const target = ref.ref;
    return target?.label ? escapeMarkdown(target.label) : `\`${target?.name ?? ref.$refText}\``;
}

function bulletList(heading: string, items: string[]): string | undefined {
    if (items.length === 0) return undefined;
    return `**${heading}**\n${items.map(item => `- ${escapeMarkdown(item)}`).join('\n')}`;
}

function joinSections(sections: Array<string | undefined>): string {
    return sections.filter((s): s is string => s !== undefined && s.length > 0).join('\n\n');
}

function personaHover(persona: Persona): string {
    return joinSections([
        title('persona', persona),
        persona.description && escapeMarkdown(persona.description),
        bulletList('Goals', persona.goals),
        bulletList('Needs', persona.needs)
    ]);
}

function simpleHover(element: Team | Channel): string {
    return joinSections([
        title(isTeam(element) ? 'team' : 'channel', element),
        element.description && escapeMarkdown(element.description)
    ]);
}

function journeyHover(journey: Journey): string {
    const personas = journey.personas.map(displayName);
    return joinSections([
        title('journey', journey),
        journey.description && escapeMarkdown(journey.description),
        personas.length > 0 ? `Personas: ${personas.join(', ')}` : undefined,
        `${journey.stages.length} ${plural(journey.stages.length, 'stage')}`
    ]);
}

function stageHover(stage: Stage): string {
    const count = stage.touchpoints.length;
    // The stage's own owners first, then those its touchpoints add.
    const owners = uniqueByText([...stage.owners, ...stage.touchpoints.flatMap(t => t.owners)].map(displayName));
    const averages = averageEmotions(stage.touchpoints.flatMap(t => t.emotions)).map(({ persona, average }) =>
        `- ${persona}: ${average.toFixed(1)} (${EMOTION_SCORE_LABELS[Math.round(average)]})`);
    return joinSections([
        title('stage', stage),
        `${count} ${plural(count, 'touchpoint')}`,
        owners.length > 0 ? `Owners: ${owners.join(', ')}` : 'No owner',
        averages.length > 0 ? `**Average emotion**\n${averages.join('\n')}` : undefined
    ]);
}

function touchpointHover(touchpoint: Touchpoint): string {
    const channels = touchpoint.channels.map(displayName);
    const ownOwners = touchpoint.owners.map(displayName);
    const stageOwners = isStage(touchpoint.$container) ? touchpoint.$container.owners.map(displayName) : [];
    const owners = ownOwners.length > 0 ? ownOwners.join(', ')
        : stageOwners.length > 0 ? `${stageOwners.join(', ')} (from the stage)` : undefined;
    const emotions = touchpoint.emotions.map(emotion => {
        const score = describeScore(emotion.score);
        const note = emotion.note ? ` — ${escapeMarkdown(emotion.note)}` : '';
        return `- ${displayName(emotion.persona)}: ${score}${note}`;
    });
    return joinSections([
        title('touchpoint', touchpoint),
        channels.length > 0 ? `Channels: ${channels.join(', ')}` : undefined,
        owners ? `Owners: ${owners}` : 'No owner',
        emotions.length > 0 ? `**Emotions**\n${emotions.join('\n')}` : undefined
    ]);
}

/** `4 (positive)`; a score a half-typed line lacks, or one off the scale, is said so. */
function describeScore(score: number | undefined): string {
    if (typeof score !== 'number') return 'no score';
    const label = EMOTION_SCORE_LABELS[score];
    return label ? `${score} (${label})` : `${score} (out of range)`;
}

/**
 * Mean score per persona, in order of first appearance. Scores outside the
 * 1–5 scale are left out: they are errors, and would skew the mean.
 */
function averageEmotions(emotions: Emotion[]): Array<{ persona: string; average: number }> {
    const byPersona = new Map<string, { persona: string; scores: number[] }>();
    for (const emotion of emotions) {
        if (!Number.isInteger(emotion.score) || emotion.score < 1 || emotion.score > 5) continue;
        const id = emotion.persona.ref?.name ?? emotion.persona.$refText;
        const entry = byPersona.get(id) ?? { persona: displayName(emotion.persona), scores: [] };
        entry.scores.push(emotion.score);
        byPersona.set(id, entry);
    }
    return [...byPersona.values()].map(({ persona, scores }) => ({
        persona,
        average: scores.reduce((sum, v) => sum + v, 0) / scores.length
    }));
}

function uniqueByText(items: string[]): string[] {
    return [...new Set(items)];
}

function plural(count: number, word: string): string {
    return count === 1 ? word : `${word}s`;
}
