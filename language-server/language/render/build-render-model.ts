import type { AstNode, LangiumCoreServices, LangiumDocument, NameProvider, Reference } from 'langium';
import {
    isChannel,
    isJourney,
    isPersona,
    isResearch,
    isSystem,
    isTeam,
    type Channel,
    type Journey,
    type Metric,
    type Model,
    type Opportunity,
    type Persona,
    type Research,
    type Stage,
    type System,
    type Team,
    type Touchpoint
} from '../generated/ast.js';
import { lastOf, referencedId, referencedIds, resolvedIds } from '../ast-values.js';
import type { JourneyServices } from '../journey-module.js';
import { emotionScale } from '../../core/model/emotion-scale.js';
import { getJourneyPersonas } from '../references/journey-personas.js';
import { elementIssues, toRenderDiagnostic } from './render-diagnostics.js';
import type {
    RenderChannel,
    RenderElement,
    RenderJourney,
    RenderMetric,
    RenderModel,
    RenderOpportunity,
    RenderPersona,
    RenderResearchSource,
    RenderSystem,
    RenderStage,
    RenderTeam,
    RenderText,
    RenderTouchpoint
} from '../../core/model/render-model.js';
import { sourceOf } from './source-location.js';
import { isValidScoreText, writtenScore } from '../validation/emotion-checks.js';
import { isShownScore } from '../../core/model/model-lookup.js';

/**
 * Builds the render model of a document from the AST Langium parsed, linked and
 * validated (never by parsing again). Works on the recovered AST of a document
 * with syntax errors: missing names become empty ids, unfinished lines are left
 * out, nothing throws.
 */
export function buildRenderModel(document: LangiumDocument<Model>, services: LangiumCoreServices): RenderModel {
    // The scale's words come from journey.config.json, which the language's own services read.
    const settings = (services as Partial<JourneyServices>).validation?.DiagnosticSeverities?.settings;
    return new RenderModelBuilder(services.references.NameProvider, settings?.emotionScale ?? {}).build(document);
}

const LANES = { frontstage: 'frontstage', backstage: 'backstage', support: 'support', evidence: 'evidence' } as const;

class RenderModelBuilder {
    /** Personas, teams and channels in the order the document declares or first uses them. */
    private readonly personas = new Set<Persona>();
    private readonly teams = new Set<Team>();
    private readonly channels = new Set<Channel>();
    private readonly systems = new Set<System>();
    private readonly sources = new Set<Research>();

    constructor(private readonly names: NameProvider, private readonly scaleWords: Readonly<Record<number, string>>) {}

    build(document: LangiumDocument<Model>): RenderModel {
        const elements = document.parseResult.value?.elements ?? [];
        for (const element of elements) {
            if (isPersona(element)) this.personas.add(element);
            else if (isTeam(element)) this.teams.add(element);
            else if (isChannel(element)) this.channels.add(element);
            else if (isSystem(element)) this.systems.add(element);
            else if (isResearch(element)) this.sources.add(element);
        }
        const journeys = elements.filter(isJourney).map(journey => this.journey(journey));
        const uri = document.uri.toString();
        return {
            version: 2,
            uri,
            journeys,
            personas: [...this.personas].map(persona => this.persona(persona)),
            teams: [...this.teams].map(team => this.team(team)),
            channels: [...this.channels].map(channel => this.channel(channel)),
            systems: [...this.systems].map(system => this.system(system)),
            sources: [...this.sources].map(research => this.research(research)),
            emotionScale: emotionScale(this.scaleWords),
            diagnostics: (document.diagnostics ?? []).map(diagnostic => toRenderDiagnostic(uri, diagnostic))
        };
    }

    private element(node: AstNode & { name?: string; label?: string }): RenderElement {
        const source = sourceOf(node, this.names);
        const id = node.name ?? '';
        return { id, label: node.label ?? id, source, issues: elementIssues(node, source) };
    }

    /** `replacing`: false for the journey a future state replaces (its own `replaces` is not followed). */
    private journey(journey: Journey, replacing = true): RenderJourney {
        const personas = getJourneyPersonas(journey);
        personas.forEach(persona => this.personas.add(persona));
        const stages = (journey.stages ?? []).map(stage => this.stage(stage));
        const withEmotions = new Set(stages.flatMap(stage => stage.touchpoints.flatMap(tp => tp.emotions.map(emotion => emotion.persona))));
        const personaIds = personas.map(persona => persona.name);
        this.useTeams(journey.involved);
        const description = lastOf(journey.description);
        const state = lastOf(journey.state);
        const replaced = lastOf(journey.replaces);
        const replacedId = referencedId(replaced);
        return {
            ...this.element(journey),
            ...(description !== undefined ? { description } : {}),
            goals: journey.goals ?? [],
            ...(state ? { state } : {}),
            personas: personaIds,
            personasWithoutEmotions: personaIds.filter(id => !withEmotions.has(id)),
            involved: referencedIds(journey.involved),
            ...(replacing && replacedId
                ? {
                      replaces: {
                          id: replacedId,
                          label: replaced?.ref?.label ?? replacedId,
                          ...(replaced?.ref && replaced.ref !== journey ? { journey: this.journey(replaced.ref, false) } : {})
                      }
                  }
                : {}),
            stages
        };
    }

    private stage(stage: Stage): RenderStage {
        this.useTeams(stage.owners);
        return {
            ...this.element(stage),
            owners: referencedIds(stage.owners),
            metrics: this.metrics(stage.metrics),
            touchpoints: (stage.touchpoints ?? []).map(touchpoint => this.touchpoint(touchpoint))
        };
    }

    private touchpoint(touchpoint: Touchpoint): RenderTouchpoint {
        this.useTeams(touchpoint.owners);
        for (const channel of touchpoint.channels ?? []) {
            if (channel.ref) this.channels.add(channel.ref);
        }
        const texts = (nodes: Array<AstNode & { text?: string }> | undefined): RenderText[] =>
            (nodes ?? []).filter(node => node.text !== undefined).map(node => ({ text: node.text!, source: sourceOf(node, this.names, 'text') }));
        return {
            ...this.element(touchpoint),
            channels: referencedIds(touchpoint.channels),
            owners: referencedIds(touchpoint.owners),
            actions: texts(touchpoint.actions),
            thoughts: (touchpoint.thoughts ?? [])
                .filter(thought => thought.text !== undefined)
                .map(thought => {
                    this.usePersona(thought.persona);
                    const persona = referencedId(thought.persona);
                    return { ...(persona ? { persona } : {}), text: thought.text, sources: this.cited(thought.sources), source: sourceOf(thought, this.names, 'text') };
                }),
            emotions: (touchpoint.emotions ?? []).flatMap(emotion => {
                this.usePersona(emotion.persona);
                const persona = referencedId(emotion.persona);
                if (!persona || typeof emotion.score !== 'number' || Number.isNaN(emotion.score)) return [];
                // `3.0` or `05` is an emotion-out-of-range error whose value the diagrams would draw as 3 or 5:
                // left out like an unreadable score. Values outside 1-5 stay, as the details table names them.
                const written = writtenScore(emotion);
                if (written !== undefined && !isValidScoreText(written) && isShownScore(emotion)) return [];
                return [{ persona, score: emotion.score, ...(emotion.note !== undefined ? { note: emotion.note } : {}), sources: this.cited(emotion.sources), source: sourceOf(emotion, this.names, 'persona') }];
            }),
            pains: (touchpoint.pains ?? [])
                .filter(pain => pain.text !== undefined)
                .map(pain => ({ text: pain.text, source: sourceOf(pain, this.names, 'text'), sources: this.cited(pain.sources), failurePoint: pain.failurePoint === true })),
            opportunities: (touchpoint.opportunities ?? []).filter(opportunity => opportunity.text !== undefined).map(opportunity => this.opportunity(opportunity)),
            metrics: this.metrics(touchpoint.metrics),
            momentOfTruth: (touchpoint.momentOfTruth ?? []).length > 0,
            frontstage: texts((touchpoint.lanes ?? []).filter(line => line.lane === LANES.frontstage)),
            backstage: texts((touchpoint.lanes ?? []).filter(line => line.lane === LANES.backstage)),
            support: texts((touchpoint.lanes ?? []).filter(line => line.lane === LANES.support)),
            systems: this.useSystems(touchpoint.systems),
            evidence: texts((touchpoint.lanes ?? []).filter(line => line.lane === LANES.evidence))
        };
    }

    private opportunity(opportunity: Opportunity): RenderOpportunity {
        const owner = lastOf(opportunity.owner);
        this.useTeams(owner ? [owner] : []);
        const ownerId = referencedId(owner);
        const priority = lastOf(opportunity.priority);
        const status = lastOf(opportunity.status);
        const impact = lastOf(opportunity.impact);
        const effort = lastOf(opportunity.effort);
        return {
            text: opportunity.text,
            source: sourceOf(opportunity, this.names, 'text'),
            ...(opportunity.name ? { id: opportunity.name } : {}),
            ...(priority ? { priority } : {}),
            ...(status ? { status } : {}),
            ...(ownerId ? { owner: ownerId } : {}),
            ...(impact !== undefined ? { impact } : {}),
            ...(effort !== undefined ? { effort } : {}),
            links: opportunity.links ?? [],
            sources: this.cited(opportunity.sources)
        };
    }

    /** The research ids a fact cites, resolved ones only; each source joins the model's `sources`. */
    private cited(references: Array<Reference<Research>> | undefined): string[] {
        for (const reference of references ?? []) {
            if (reference.ref) this.sources.add(reference.ref);
        }
        return resolvedIds(references);
    }

    private useSystems(references: Array<Reference<System>> | undefined): string[] {
        for (const reference of references ?? []) {
            if (reference.ref) this.systems.add(reference.ref);
        }
        return referencedIds(references);
    }

    private metrics(metrics: Metric[] | undefined): RenderMetric[] {
        return (metrics ?? [])
            .filter(metric => metric.label !== undefined && typeof metric.value === 'number' && !Number.isNaN(metric.value))
            .map(metric => ({
                label: metric.label,
                value: metric.value,
                percent: metric.percent === true,
                ...(typeof metric.target === 'number' && !Number.isNaN(metric.target)
                    ? { target: metric.target, targetPercent: metric.targetPercent === true }
                    : {}),
                sources: this.cited(metric.sources),
                source: sourceOf(metric, this.names, 'label')
            }));
    }

    private persona(persona: Persona): RenderPersona {
        return {
            ...this.element(persona),
            ...optional('description', lastOf(persona.description)),
            goals: persona.goals ?? [],
            needs: persona.needs ?? [],
            frustrations: persona.frustrations ?? [],
            quotes: persona.quotes ?? []
        };
    }

    private team(team: Team): RenderTeam {
        return { ...this.element(team), ...optional('description', team.description), external: team.external === true };
    }

    private system(system: System): RenderSystem {
        return { ...this.element(system), ...optional('description', lastOf(system.description)), ...optional('kind', lastOf(system.kind)) };
    }

    private research(research: Research): RenderResearchSource {
        const sample = lastOf(research.sample);
        return {
            ...this.element(research),
            kind: lastOf(research.kind) ?? 'other',
            ...optional('date', lastOf(research.date)),
            ...(typeof sample === 'number' && !Number.isNaN(sample) ? { sampleSize: sample } : {}),
            ...optional('link', lastOf(research.link))
        };
    }

    private channel(channel: Channel): RenderChannel {
        return { ...this.element(channel), ...optional('description', channel.description) };
    }

    private useTeams(owners: ReadonlyArray<Reference<Team>> | undefined): void {
        for (const owner of owners ?? []) {
            if (owner.ref) this.teams.add(owner.ref);
        }
    }

    private usePersona(reference: Reference<Persona> | undefined): void {
        if (reference?.ref) this.personas.add(reference.ref);
    }
}

/** `{ [key]: value }` when the value is written, `{}` when not: the JSON has no `undefined` fields. */
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
    return (value !== undefined ? { [key]: value } : {}) as { [P in K]?: V };
}
