/**
 * The render model: what the preview, the CLI exports and the semantic diff
 * read. Built by the language server from the same Langium AST it validates
 * (see build-render-model.ts); plain JSON, so it crosses LSP, the webview
 * boundary and `journey render --format json` unchanged.
 *
 * Positions are LSP positions: 0-based line, 0-based UTF-16 character.
 *
 * Version 2 added research evidence (`sources` on facts, `RenderModel.sources`),
 * the service-blueprint lanes of a touchpoint, systems, opportunities as work,
 * moments of truth and failure points, the teams involved in a journey, the
 * current-state journey a future state replaces, and the emotion scale's words.
 * Every field of version 1 keeps its meaning. docs/render-model.md documents the JSON.
 */

export interface Position {
    line: number;
    character: number;
}

export interface Range {
    start: Position;
    end: Position;
}

/** Where an element is written: `nameRange` is its id (what navigation selects), `range` the whole element. */
export interface SourceLocation {
    uri: string;
    range: Range;
    nameRange: Range;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface RenderDiagnostic {
    uri: string;
    range: Range;
    severity: Severity;
    /** A stable code of docs/language.md, e.g. `stage-without-owner`. */
    code: string;
    message: string;
}

/** A diagnostic attached to the element it is about (its range is the element's name). */
export interface ElementIssue {
    code: string;
    severity: Severity;
    message: string;
}

export interface RenderElement {
    id: string;
    /** The quoted label, or the id when there is none. */
    label: string;
    source: SourceLocation;
    issues: ElementIssue[];
}

export interface RenderPersona extends RenderElement {
    description?: string;
    goals: string[];
    needs: string[];
    frustrations: string[];
    quotes: string[];
}

export interface RenderTeam extends RenderElement {
    description?: string;
    /** A partner or supplier outside the organisation. */
    external: boolean;
}

/** A system behind the touchpoints (CRM, ERP, e-mail platform, website, a partner's system), declared once. */
export interface RenderSystem extends RenderElement {
    description?: string;
    /** Free kind, e.g. `crm`, `erp`, `email`. */
    kind?: string;
}

/** A piece of research that facts cite: declared once anywhere in the workspace, like a persona. */
export interface RenderResearchSource extends RenderElement {
    /** e.g. `interviews`, `survey`, `analytics`, `support-tickets`, `usability-test`. */
    kind: string;
    /** ISO date (YYYY-MM-DD or YYYY-MM) of the research, when given. */
    date?: string;
    sampleSize?: number;
    /** An http(s) link to the study. */
    link?: string;
}

/**
 * Research ids a fact cites. Empty: the fact is an assumption. The ids are of
 * `RenderModel.sources` (unresolved citations are left out and reported as diagnostics).
 */
export type Evidence = string[];

export interface RenderChannel extends RenderElement {
    description?: string;
}

export interface RenderMetric {
    label: string;
    value: number;
    percent: boolean;
    target?: number;
    targetPercent?: boolean;
    sources: Evidence;
    source: SourceLocation;
}

export interface RenderThought {
    /** Persona id, when the thought names one. */
    persona?: string;
    text: string;
    sources: Evidence;
    source: SourceLocation;
}

export interface RenderEmotion {
    persona: string;
    score: number;
    note?: string;
    sources: Evidence;
    source: SourceLocation;
}

export interface RenderText {
    text: string;
    source: SourceLocation;
}

export interface RenderPain extends RenderText {
    sources: Evidence;
    /** Marked as a failure point of the service blueprint. */
    failurePoint: boolean;
}

export type OpportunityStatus = 'idea' | 'planned' | 'in-progress' | 'done' | 'dropped';
export type OpportunityPriority = 'high' | 'medium' | 'low';

/** An opportunity, and when the map says so, the work done about it. */
export interface RenderOpportunity extends RenderText {
    /** Its id, when it has one (needed to follow it across versions and in the backlog). */
    id?: string;
    priority?: OpportunityPriority;
    status?: OpportunityStatus;
    /** Team id. */
    owner?: string;
    impact?: string;
    effort?: string;
    /** http(s) links, e.g. the issue that tracks it. */
    links: string[];
    sources: Evidence;
}

export interface RenderTouchpoint extends RenderElement {
    /** Channel ids, in the order of the `via` clause. */
    channels: string[];
    /** Team ids of the touchpoint's own `owner` lines. */
    owners: string[];
    actions: RenderText[];
    thoughts: RenderThought[];
    emotions: RenderEmotion[];
    pains: RenderPain[];
    opportunities: RenderOpportunity[];
    metrics: RenderMetric[];
    /** A moment of truth: where the relationship is won or lost. */
    momentOfTruth: boolean;
    /** Service-blueprint lanes: what employees do in view of the customer, out of view, and the processes that support them. */
    frontstage: RenderText[];
    backstage: RenderText[];
    support: RenderText[];
    /** System ids, in the order written. */
    systems: string[];
    /** Physical evidence: what the customer sees or keeps (a receipt, an e-mail). */
    evidence: RenderText[];
}

export interface RenderStage extends RenderElement {
    /** Team ids of the stage's `owner` lines. */
    owners: string[];
    metrics: RenderMetric[];
    touchpoints: RenderTouchpoint[];
}

export interface RenderJourney extends RenderElement {
    description?: string;
    goals: string[];
    state?: 'current' | 'future';
    /** The journey's personas (its `personas` line, or every persona of its file). */
    personas: string[];
    /** Personas of the journey without any emotion in it (`persona-without-emotions`). */
    personasWithoutEmotions: string[];
    /** Team ids of the teams (partners and suppliers included) involved in making the map. */
    involved: string[];
    /** The current-state journey a future-state journey replaces, resolved across the workspace. */
    replaces?: { id: string; label: string; journey?: RenderJourney };
    stages: RenderStage[];
}

/** A point of the 1–5 emotion scale and the word the team uses for it (journey.config.json `emotionScale`). */
export interface EmotionScalePoint {
    score: number;
    word: string;
}

export interface RenderModel {
    /** Bumped when the shape changes. */
    version: 2;
    /** The document the model was built for. */
    uri: string;
    journeys: RenderJourney[];
    /** Every persona, team and channel a journey of this document uses or the document declares, wherever declared. */
    personas: RenderPersona[];
    teams: RenderTeam[];
    channels: RenderChannel[];
    /** Every system the document's journeys use or the document declares. */
    systems: RenderSystem[];
    /** Every research source the document's facts cite or the document declares. */
    sources: RenderResearchSource[];
    /** The words of the emotion scale, 1 to 5 (defaults: docs/language.md). */
    emotionScale: EmotionScalePoint[];
    /** The document's current diagnostics, as the editor shows them. */
    diagnostics: RenderDiagnostic[];
}
