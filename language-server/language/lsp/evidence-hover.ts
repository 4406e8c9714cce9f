import type { AstNode, Reference } from 'langium';
import {
    isEmotion,
    isMetric,
    isOpportunity,
    isPain,
    isThought,
    type Emotion,
    type Metric,
    type Opportunity,
    type Pain,
    type Research,
    type System,
    type Thought
} from '../generated/ast.js';
import type { EmotionScalePoint } from '../../core/model/render-model.js';
import { lastOf } from '../ast-values.js';
import { displayName, joinSections, title } from './hover-text.js';
import { escapeMarkdown } from './markdown.js';
import { describeScore } from './journey-hover-provider.js';

/** A fact that can cite research (`from …`): an emotion, a thought, a pain, an opportunity or a metric. */
export type CitingFact = Emotion | Thought | Pain | Opportunity | Metric;

/** The fact a node is part of (the node itself for a fact line), if any. */
export function citingFact(node: AstNode | undefined): CitingFact | undefined {
    for (let current = node; current; current = current.$container) {
        if (isEmotion(current) || isThought(current) || isPain(current) || isOpportunity(current) || isMetric(current)) return current;
    }
    return undefined;
}

/** Backed (with the research it cites) or assumed: what the map shows for every fact. */
export function evidenceHover(fact: CitingFact, scale: EmotionScalePoint[]): string {
    return joinSections([factTitle(fact, scale), evidenceLine(fact.sources ?? [])]);
}

function factTitle(fact: CitingFact, scale: EmotionScalePoint[]): string {
    if (isEmotion(fact)) return `**Emotion** of ${displayName(fact.persona)}: ${describeScore(fact.score, scale)}`;
    if (isMetric(fact)) return `**Metric** ${escapeMarkdown(fact.label ?? '')}`;
    const kind = isPain(fact) ? (fact.failurePoint ? 'Pain (failure point)' : 'Pain') : isThought(fact) ? 'Thought' : 'Opportunity';
    return `**${kind}** ${escapeMarkdown(fact.text ?? '')}`;
}

function evidenceLine(sources: ReadonlyArray<Reference<Research>>): string {
    if (sources.length === 0) return '_Assumption_: no research cited. Add `from RESEARCH` to say where it comes from.';
    return `**Backed by**\n${sources.map(source => `- ${displayName(source)}${source.ref ? researchSummary(source.ref) : ' (unknown research)'}`).join('\n')}`;
}

/** ` (interviews, 2024-03, 12 participants)`. */
function researchSummary(research: Research): string {
    const sample = lastOf(research.sample);
    const parts = [lastOf(research.kind), lastOf(research.date), sample !== undefined ? `${sample} participants` : undefined].filter(Boolean);
    return parts.length > 0 ? ` (${parts.map(part => escapeMarkdown(String(part))).join(', ')})` : '';
}

export function researchHover(research: Research): string {
    const link = lastOf(research.link);
    return joinSections([
        title('research', research) + researchSummary(research),
        lastOf(research.description) ? escapeMarkdown(lastOf(research.description)!) : undefined,
        // Shown as code, never as a link: the text is the author's, not ours to make clickable.
        link ? `Link: \`${link.replace(/`/g, "'")}\`` : undefined
    ]);
}

export function systemHover(system: System): string {
    const kind = lastOf(system.kind);
    return joinSections([
        title('system', system) + (kind ? ` (${escapeMarkdown(kind)})` : ''),
        lastOf(system.description) ? escapeMarkdown(lastOf(system.description)!) : undefined
    ]);
}

export function opportunityHover(opportunity: Opportunity): string {
    const owner = lastOf(opportunity.owner);
    const work = [
        ['Priority', lastOf(opportunity.priority)],
        ['Status', lastOf(opportunity.status)],
        ['Impact', lastOf(opportunity.impact)],
        ['Effort', lastOf(opportunity.effort)]
    ].filter(([, value]) => value !== undefined).map(([name, value]) => `${name}: ${escapeMarkdown(value!)}`);
    return joinSections([
        `**${escapeMarkdown(opportunity.text ?? '')}** · opportunity \`${opportunity.name}\``,
        work.length > 0 ? work.join(' · ') : undefined,
        owner ? `Owner: ${displayName(owner)}` : undefined,
        (opportunity.links ?? []).length > 0 ? `Links: ${opportunity.links.map(link => `\`${link.replace(/`/g, "'")}\``).join(', ')}` : undefined,
        evidenceLine(opportunity.sources ?? [])
    ]);
}
