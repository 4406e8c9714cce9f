import { GrammarUtils, type AstNode, type ValidationAcceptor } from 'langium';
import { DiagnosticCode } from './diagnostic-codes.js';
import { report } from './report.js';

/**
 * Lines that say one thing about their element, per node type: the keyword as
 * written and the AST property that keeps every occurrence (journey.langium
 * assigns them with `+=`). A second one is `repeated-line`; the last counts.
 */
export const SINGLE_VALUE_LINES: Readonly<Record<string, ReadonlyArray<readonly [keyword: string, property: string]>>> = {
    Persona: [['description', 'description']],
    Journey: [['description', 'description'], ['state', 'state'], ['replaces', 'replaces']],
    System: [['kind', 'kind'], ['description', 'description']],
    Research: [['kind', 'kind'], ['date', 'date'], ['sample', 'sample'], ['link', 'link'], ['description', 'description']],
    Opportunity: [['priority', 'priority'], ['status', 'status'], ['owner', 'owner'], ['impact', 'impact'], ['effort', 'effort']],
    Touchpoint: [['moment-of-truth', 'momentOfTruth']]
};

/** `repeated-line`: every occurrence after the first, pointing at the first. */
export function checkRepeatedLines(node: AstNode, accept: ValidationAcceptor): void {
    const values = node as unknown as Record<string, unknown[] | undefined>;
    for (const [keyword, property] of SINGLE_VALUE_LINES[node.$type] ?? []) {
        const count = values[property]?.length ?? 0;
        if (count < 2) continue;
        const written = GrammarUtils.findNodesForProperty(node.$cstNode, property);
        const firstLine = (written[0]?.range.start.line ?? 0) + 1;
        for (let index = 1; index < count; index++) {
            const kind = node.$type === 'Research' ? 'research' : node.$type.toLowerCase();
            report(accept, DiagnosticCode.RepeatedLine,
                `Repeated '${keyword}' line: ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} has one, and only the last counts (the first is at line ${firstLine}).`,
                { node, property: property as never, index });
        }
    }
}
