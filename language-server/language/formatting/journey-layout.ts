import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';

/** How an element is laid out: which keywords inside its `{ … }` start a line of their own. */
export interface ElementLayout {
    readonly lineStarts: ReadonlySet<string>;
}

const none: ElementLayout = { lineStarts: new Set() };

/**
 * One entry per element of docs/language.md. Child elements (stages,
 * touchpoints, actions, metrics…) always start their own line; this table only
 * lists the body lines that are not elements of their own.
 */
const layouts: Record<string, ElementLayout> = {
    [ast.Persona.$type]: { lineStarts: new Set(['description', 'goal', 'need', 'frustration', 'quote']) },
    [ast.Team.$type]: { lineStarts: new Set(['description']) },
    [ast.Channel.$type]: { lineStarts: new Set(['description']) },
    [ast.System.$type]: { lineStarts: new Set(['kind', 'description']) },
    [ast.Research.$type]: { lineStarts: new Set(['kind', 'date', 'sample', 'link', 'description']) },
    [ast.Journey.$type]: { lineStarts: new Set(['description', 'goal', 'personas', 'state', 'involved', 'replaces']) },
    [ast.Stage.$type]: { lineStarts: new Set(['owner']) },
    [ast.Touchpoint.$type]: { lineStarts: new Set(['owner', 'systems', 'moment-of-truth']) },
    [ast.BlueprintLine.$type]: none,
    [ast.Action.$type]: none,
    [ast.Thought.$type]: none,
    [ast.Emotion.$type]: none,
    [ast.Pain.$type]: none,
    [ast.Opportunity.$type]: { lineStarts: new Set(['priority', 'status', 'owner', 'impact', 'effort', 'link']) },
    [ast.Metric.$type]: none
};

/** The layout of an element, or undefined for nodes the formatter leaves alone. */
export function journeyLayout(node: AstNode): ElementLayout | undefined {
    return layouts[node.$type];
}
