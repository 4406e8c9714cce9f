import type { AstNode, LangiumCoreServices, LangiumDocument, NameProvider, Reference } from 'langium';
import {
    isChannel,
    isJourney,
    isPersona,
    isTeam,
    type Channel,
    type Journey,
    type Metric,
    type Model,
    type Persona,
    type Stage,
    type Team,
    type Touchpoint
} from '../generated/ast.js';
import { getJourneyPersonas } from '../references/journey-personas.js';
import { elementIssues, toRenderDiagnostic } from './render-diagnostics.js';
import type {
    RenderChannel,
    RenderElement,
    RenderJourney,
    RenderMetric,
    RenderModel,
    RenderPersona,
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
    return new RenderModelBuilder(services.references.NameProvider).build(document);
}

/** The id an element's reference names: the target's name when it resolves, else the text as written. */
function referencedId(reference: Reference | undefined): string | undefined {
    const id = reference?.ref ? (reference.ref as AstNode & { name?: string }).name : reference?.$refText;
    return id || undefined;
}

function referencedIds(references: Reference[] | undefined): string[] {
    return (references ?? []).map(referencedId).filter((id): id is string => id !== undefined);
}

class RenderModelBuilder {
    /** Personas, teams and channels in the order the document declares or first uses them. */
    private readonly personas = new Set<Persona>();
    private readonly teams = new Set<Team>();
    private readonly channels = new Set<Channel>();

    constructor(private readonly names: NameProvider) {}

    build(document: LangiumDocument<Model>): RenderModel {
        const elements = document.parseResult.value?.elements ?? [];
        for (const element of elements) {
            if (isPersona(element)) this.personas.add(element);
            else if (isTeam(element)) this.teams.add(element);
            else if (isChannel(element)) this.channels.add(element);
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
            // Filled by the grammar's version-2 elements (systems, research sources, the config's scale words).
            systems: [],
            sources: [],
            emotionScale: [],
            diagnostics: (document.diagnostics ?? []).map(diagnostic => toRenderDiagnostic(uri, diagnostic))
        };
    }

    private element(node: AstNode & { name?: string; label?: string }): RenderElement {
        const source = sourceOf(node, this.names);
        const id = node.name ?? '';
        return { id, label: node.label ?? id, source, issues: elementIssues(node, source) };
    }

    private journey(journey: Journey): RenderJourney {
        const personas = getJourneyPersonas(journey);
        personas.forEach(persona => this.personas.add(persona));
        const stages = (journey.stages ?? []).map(stage => this.stage(stage));
        const withEmotions = new Set(stages.flatMap(stage => stage.touchpoints.flatMap(tp => tp.emotions.map(emotion => emotion.persona))));
        const personaIds = personas.map(persona => persona.name);
        return {
            ...this.element(journey),
            ...(journey.description !== undefined ? { description: journey.description } : {}),
            goals: journey.goals ?? [],
            ...(journey.state ? { state: journey.state } : {}),
            personas: personaIds,
            personasWithoutEmotions: personaIds.filter(id => !withEmotions.has(id)),
            involved: [],
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
                    return { ...(persona ? { persona } : {}), text: thought.text, sources: [], source: sourceOf(thought, this.names, 'text') };
                }),
            emotions: (touchpoint.emotions ?? []).flatMap(emotion => {
                this.usePersona(emotion.persona);
                const persona = referencedId(emotion.persona);
                if (!persona || typeof emotion.score !== 'number' || Number.isNaN(emotion.score)) return [];
                // `3.0` or `05` is an emotion-out-of-range error whose value the diagrams would draw as 3 or 5:
                // left out like an unreadable score. Values outside 1-5 stay, as the details table names them.
                const written = writtenScore(emotion);
                if (written !== undefined && !isValidScoreText(written) && isShownScore(emotion)) return [];
                return [{ persona, score: emotion.score, ...(emotion.note !== undefined ? { note: emotion.note } : {}), sources: [], source: sourceOf(emotion, this.names, 'persona') }];
            }),
            pains: texts(touchpoint.pains).map(pain => ({ ...pain, sources: [], failurePoint: false })),
            opportunities: texts(touchpoint.opportunities).map(opportunity => ({ ...opportunity, links: [], sources: [] })),
            metrics: this.metrics(touchpoint.metrics),
            momentOfTruth: false,
            frontstage: [],
            backstage: [],
            support: [],
            systems: [],
            evidence: []
        };
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
                sources: [],
                source: sourceOf(metric, this.names, 'label')
            }));
    }

    private persona(persona: Persona): RenderPersona {
        return {
            ...this.element(persona),
            ...(persona.description !== undefined ? { description: persona.description } : {}),
            goals: persona.goals ?? [],
            needs: persona.needs ?? [],
            frustrations: persona.frustrations ?? [],
            quotes: persona.quotes ?? []
        };
    }

    private team(team: Team): RenderTeam {
        return { ...this.element(team), ...(team.description !== undefined ? { description: team.description } : {}), external: false };
    }

    private channel(channel: Channel): RenderChannel {
        return { ...this.element(channel), ...(channel.description !== undefined ? { description: channel.description } : {}) };
    }

    private useTeams(owners: Array<Reference<Team>> | undefined): void {
        for (const owner of owners ?? []) {
            if (owner.ref) this.teams.add(owner.ref);
        }
    }

    private usePersona(reference: Reference<Persona> | undefined): void {
        if (reference?.ref) this.personas.add(reference.ref);
    }
}
