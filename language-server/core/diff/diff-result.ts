/**
 * The result of a semantic diff, as `journey diff --format json` prints it.
 * Every change names its element by id path: `journey`, `journey/stage`,
 * `journey/stage/touchpoint` (a touchpoint's path uses its stage on the new
 * side), or a bare id for personas, teams and channels.
 */

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';

export type ChangeElement =
    | 'persona'
    | 'team'
    | 'channel'
    | 'journey'
    | 'stage'
    | 'touchpoint'
    | 'metric'
    | 'system'
    | 'research'
    /** A named opportunity's work (`field`: `<id> status`, `<id> priority`…), at its touchpoint. */
    | 'opportunity'
    /** The research a fact at a touchpoint cites (`field` names the fact; empty: an assumption). */
    | 'evidence'
    /** One persona's score at one touchpoint; `field` is the persona id. */
    | 'emotion'
    /** One persona's average score over a stage's touchpoints; `field` is the persona id. */
    | 'stage-emotion';

export type ChangeValue = string | number | string[] | undefined;

export interface Change {
    kind: ChangeKind;
    element: ChangeElement;
    id: string;
    /** Which field changed: `label`, `owners`, `pains`…; the persona id for emotions; the metric's name for metrics. */
    field?: string;
    before?: ChangeValue;
    after?: ChangeValue;
}

export interface DiffDiagnostic {
    file: string;
    /** 1-based, as people count lines. */
    line: number;
    severity: string;
    code: string;
    message: string;
}

export interface DiffResult {
    changes: Change[];
    diagnostics: {
        introduced: DiffDiagnostic[];
        fixed: DiffDiagnostic[];
    };
}
