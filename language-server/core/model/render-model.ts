/**
 * The render model: what the preview, the CLI exports and the semantic diff
 * read. Built by the language server from the same Langium AST it validates
 * (see build-render-model.ts); plain JSON, so it crosses LSP, the webview
 * boundary and `journey render --format json` unchanged.
 *
 * Positions are LSP positions: 0-based line, 0-based UTF-16 character.
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
}

export interface RenderChannel extends RenderElement {
    description?: string;
}

export interface RenderMetric {
    label: string;
    value: number;
    percent: boolean;
    target?: number;
    targetPercent?: boolean;
    source: SourceLocation;
}

export interface RenderThought {
    /** Persona id, when the thought names one. */
    persona?: string;
    text: string;
    source: SourceLocation;
}

export interface RenderEmotion {
    persona: string;
    score: number;
    note?: string;
    source: SourceLocation;
}

export interface RenderText {
    text: string;
    source: SourceLocation;
}

export interface RenderTouchpoint extends RenderElement {
    /** Channel ids, in the order of the `via` clause. */
    channels: string[];
    /** Team ids of the touchpoint's own `owner` lines. */
    owners: string[];
    actions: RenderText[];
    thoughts: RenderThought[];
    emotions: RenderEmotion[];
    pains: RenderText[];
    opportunities: RenderText[];
    metrics: RenderMetric[];
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
    stages: RenderStage[];
}

export interface RenderModel {
    /** Bumped when the shape changes incompatibly. */
    version: 1;
    /** The document the model was built for. */
    uri: string;
    journeys: RenderJourney[];
    /** Every persona, team and channel a journey of this document uses or the document declares, wherever declared. */
    personas: RenderPersona[];
    teams: RenderTeam[];
    channels: RenderChannel[];
    /** The document's current diagnostics, as the editor shows them. */
    diagnostics: RenderDiagnostic[];
}
