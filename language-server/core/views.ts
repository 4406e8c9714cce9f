/**
 * The views of a map: the one table that the preview's toolbar, the
 * `journey.preview.defaultView` setting, `journey render --view`, the exports
 * and the tests read. Adding a view is one entry here (and its renderer).
 */
export interface ViewInfo {
    /** The id used in settings, `--view`, saved preview state and export file names. */
    readonly id: string;
    /** The toolbar's label. */
    readonly label: string;
    /** The setting's enum description. */
    readonly description: string;
    /** Drawn by Mermaid (so `journey render --format mermaid|markdown` can write it), or by the preview itself. */
    readonly renderer: 'mermaid' | 'html';
    /** The same for every persona (the persona filter does not apply). */
    readonly personaIndependent: boolean;
    /** Exports as one picture (SVG, PNG): every view but a table. */
    readonly image: boolean;
}

export const VIEWS = [
    { id: 'map', label: 'Map', description: 'The journey map canvas: personas, stages, touchpoints and every lane (actions, thoughts, the emotion curve, pains, opportunities, owners, metrics).', renderer: 'html', personaIndependent: false, image: true },
    { id: 'journey', label: 'Journey', description: 'Mermaid journey diagram: stages, touchpoints and scores per persona.', renderer: 'mermaid', personaIndependent: false, image: true },
    { id: 'emotions', label: 'Emotion curve', description: 'Emotion curve of each persona across the touchpoints.', renderer: 'mermaid', personaIndependent: false, image: true },
    { id: 'blueprint', label: 'Blueprint', description: 'Service blueprint: customer actions, frontstage, backstage, support processes and systems under the stages.', renderer: 'mermaid', personaIndependent: true, image: true },
    { id: 'details', label: 'Details', description: 'Table of every fact: actions, thoughts, pains, opportunities, metrics.', renderer: 'html', personaIndependent: false, image: false }
] as const satisfies readonly ViewInfo[];

export type ViewId = (typeof VIEWS)[number]['id'];

export const VIEW_IDS: readonly ViewId[] = VIEWS.map(view => view.id);

/** The view a preview opens with when neither the setting nor saved state says otherwise. */
export const DEFAULT_VIEW: ViewId = 'map';

export function isViewId(value: unknown): value is ViewId {
    return typeof value === 'string' && (VIEW_IDS as readonly string[]).includes(value);
}

export function viewInfo(id: ViewId): ViewInfo {
    return VIEWS.find(view => view.id === id)!;
}
