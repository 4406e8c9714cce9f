/**
 * What an importer builds before any text is written: a map in the terms of the
 * language (personas, teams and channels declared once, journeys of stages of
 * touchpoints), with ids already made. write-journey.ts turns it into `.journey`
 * text; the spreadsheet and Mermaid readers fill it through map-builder.ts.
 */

export interface ImportedDeclaration {
    id: string;
    label: string;
}

export interface ImportedMetric {
    label: string;
    value: number;
    percent: boolean;
    target?: number;
    targetPercent?: boolean;
}

export interface ImportedTouchpoint extends ImportedDeclaration {
    /** Channel ids. */
    channels: string[];
    /** Team ids. */
    owners: string[];
    actions: string[];
    thoughts: Array<{ persona?: string; text: string }>;
    emotions: Array<{ persona: string; score: number; note?: string }>;
    pains: string[];
    opportunities: string[];
    metrics: ImportedMetric[];
}

export interface ImportedStage extends ImportedDeclaration {
    owners: string[];
    metrics: ImportedMetric[];
    touchpoints: ImportedTouchpoint[];
}

export interface ImportedJourney extends ImportedDeclaration {
    /** Persona ids, written as the journey's `personas` line. */
    personas: string[];
    stages: ImportedStage[];
}

export interface ImportedMap {
    personas: ImportedDeclaration[];
    teams: ImportedDeclaration[];
    channels: ImportedDeclaration[];
    journeys: ImportedJourney[];
}

/**
 * Something of the input that was not imported: where it is (`row 4, column F
 * (emotion)`, `line 7`) and what was expected there. An import with problems
 * still writes everything else; the CLI exits with 1.
 */
export interface ImportProblem {
    where: string;
    message: string;
}

export interface ImportResult {
    map: ImportedMap;
    problems: ImportProblem[];
}
