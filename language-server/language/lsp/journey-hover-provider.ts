import { CstUtils, type AstNode, type LangiumDocument } from 'langium';
import { AstNodeHoverProvider, type LangiumServices } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import {
    isChannel,
    isJourney,
    isOpportunity,
    isPersona,
    isResearch,
    isStage,
    isSystem,
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
import { emotionAverage, emotionScale, isOnScale, scoreWord } from '../../core/model/emotion-scale.js';
import type { EmotionScalePoint } from '../../core/model/render-model.js';
import { lastOf } from '../ast-values.js';
import type { JourneyServices } from '../journey-module.js';
import { escapeMarkdown } from './markdown.js';
import { displayName, joinSections, title } from './hover-text.js';
import { citingFact, evidenceHover, opportunityHover, researchHover, systemHover } from './evidence-hover.js';

/**
 * Hover on any declaration or reference: a Markdown summary of the element.
 * Every piece of user text goes through `escapeMarkdown`, so labels and
 * descriptions are shown literally and cannot inject links or HTML.
 */
export class JourneyHoverProvider extends AstNodeHoverProvider {
    private readonly services: LangiumServices;

    constructor(services: LangiumServices) {
        super(services);
        this.services = services;
    }

    /** The 1–5 scale with the words of journey.config.json. */
    private get scale(): EmotionScalePoint[] {
        return emotionScale((this.services as Partial<JourneyServices>).validation?.DiagnosticSeverities?.settings.emotionScale);
    }

    protected getAstNodeHoverContent(node: AstNode): string | undefined {
        if (isPersona(node)) return personaHover(node);
        if (isTeam(node) || isChannel(node)) return simpleHover(node);
        if (isSystem(node)) return systemHover(node);
        if (isResearch(node)) return researchHover(node);
        if (isOpportunity(node)) return opportunityHover(node);
        if (isJourney(node)) return journeyHover(node);
        if (isStage(node)) return stageHover(node, this.scale);
        if (isTouchpoint(node)) return touchpointHover(node, this.scale);
        return undefined;
    }

    /** Elsewhere on a fact line (`emotion`, `pain`…): whether the fact is backed by research or an assumption. */
    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const hover = await super.getHoverContent(document, params);
        if (hover) return hover;
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        const fact = leaf && citingFact(leaf.astNode);
        return fact ? { contents: { kind: 'markdown', value: evidenceHover(fact, this.scale) } } : undefined;
    }
}

function bulletList(heading: string, items: string[]): string | undefined {
    if (items.length === 0) return undefined;
    return `**${heading}**\n${items.map(item => `- ${escapeMarkdown(item)}`).join('\n')}`;
}

function personaHover(persona: Persona): string {
    return joinSections([
        title('persona', persona),
        description(lastOf(persona.description)),
        bulletList('Goals', persona.goals),
        bulletList('Needs', persona.needs)
    ]);
}

function simpleHover(element: Team | Channel): string {
    const kind = isTeam(element) ? (element.external ? 'external team (partner or supplier)' : 'team') : 'channel';
    return joinSections([title(kind, element), description(element.description)]);
}

function description(text: string | undefined): string | undefined {
    return text ? escapeMarkdown(text) : undefined;
}

function journeyHover(journey: Journey): string {
    const personas = journey.personas.map(displayName);
    const involved = journey.involved.map(displayName);
    const replaced = lastOf(journey.replaces);
    return joinSections([
        title('journey', journey),
        description(lastOf(journey.description)),
        personas.length > 0 ? `Personas: ${personas.join(', ')}` : undefined,
        involved.length > 0 ? `Involved: ${involved.join(', ')}` : undefined,
        replaced ? `Replaces: ${displayName(replaced)}` : undefined,
        `${journey.stages.length} ${plural(journey.stages.length, 'stage')}`
    ]);
}

function stageHover(stage: Stage, scale: EmotionScalePoint[]): string {
    const count = stage.touchpoints.length;
    // The stage's own owners first, then those its touchpoints add.
    const owners = uniqueByText([...stage.owners, ...stage.touchpoints.flatMap(t => t.owners)].map(displayName));
    const averages = averageEmotions(stage.touchpoints.flatMap(t => t.emotions)).map(({ persona, average }) =>
        `- ${persona}: ${average.toFixed(1)} (${escapeMarkdown(scoreWord(scale, average) ?? '')})`);
    return joinSections([
        title('stage', stage),
        `${count} ${plural(count, 'touchpoint')}`,
        owners.length > 0 ? `Owners: ${owners.join(', ')}` : 'No owner',
        averages.length > 0 ? `**Average emotion**\n${averages.join('\n')}` : undefined
    ]);
}

function touchpointHover(touchpoint: Touchpoint, scale: EmotionScalePoint[]): string {
    const channels = touchpoint.channels.map(displayName);
    const ownOwners = touchpoint.owners.map(displayName);
    const stageOwners = isStage(touchpoint.$container) ? touchpoint.$container.owners.map(displayName) : [];
    const owners = ownOwners.length > 0 ? ownOwners.join(', ')
        : stageOwners.length > 0 ? `${stageOwners.join(', ')} (from the stage)` : undefined;
    const emotions = touchpoint.emotions.map(emotion => {
        const score = describeScore(emotion.score, scale);
        const note = emotion.note ? ` — ${escapeMarkdown(emotion.note)}` : '';
        return `- ${displayName(emotion.persona)}: ${score}${note}`;
    });
    return joinSections([
        title('touchpoint', touchpoint),
        channels.length > 0 ? `Channels: ${channels.join(', ')}` : undefined,
        owners ? `Owners: ${owners}` : 'No owner',
        touchpoint.momentOfTruth.length > 0 ? '**Moment of truth**' : undefined,
        touchpoint.systems.length > 0 ? `Systems: ${touchpoint.systems.map(displayName).join(', ')}` : undefined,
        emotions.length > 0 ? `**Emotions**\n${emotions.join('\n')}` : undefined
    ]);
}

/** `4 (positive)`; a score a half-typed line lacks, or one off the scale, is said so. */
export function describeScore(score: number | undefined, scale: EmotionScalePoint[]): string {
    if (typeof score !== 'number') return 'no score';
    return isOnScale(score) ? `${score} (${escapeMarkdown(scoreWord(scale, score) ?? '')})` : `${score} (out of range)`;
}

/**
 * Mean score per persona, in order of first appearance. Scores outside the
 * 1–5 scale are left out: they are errors, and would skew the mean.
 */
function averageEmotions(emotions: Emotion[]): Array<{ persona: string; average: number }> {
    const byPersona = new Map<string, { persona: string; scores: number[] }>();
    for (const emotion of emotions) {
        if (!isOnScale(emotion.score)) continue;
        const id = emotion.persona.ref?.name ?? emotion.persona.$refText;
        const entry = byPersona.get(id) ?? { persona: displayName(emotion.persona), scores: [] };
        entry.scores.push(emotion.score);
        byPersona.set(id, entry);
    }
    return [...byPersona.values()].map(({ persona, scores }) => ({ persona, average: emotionAverage(scores) ?? 0 }));
}

function uniqueByText(items: string[]): string[] {
    return [...new Set(items)];
}

function plural(count: number, word: string): string {
    return count === 1 ? word : `${word}s`;
}
