import { AstUtils, GrammarUtils, UriUtils, type AstNode, type AstNodeDescription, type IndexManager, type URI, type ValidationAcceptor } from 'langium';
import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import type { Journey, Opportunity, Stage, TopLevelElement, Touchpoint } from '../generated/ast.js';
import { DiagnosticCode } from './diagnostic-codes.js';
import { report } from './report.js';

type NamedNode = TopLevelElement | Stage | Touchpoint | Opportunity;

/** Where another element with the same id is declared. */
interface OtherDeclaration {
    uri: URI;
    range: Range;
}

/**
 * `duplicate-id`: personas, teams, channels and journeys are unique among their
 * kind across the whole workspace (read from Langium's index of every file),
 * as are systems and research; stages, touchpoints and opportunities within their journey. Every occurrence is reported, so
 * that each file involved shows the problem, with the others as related places.
 */
export class DuplicateIdCheck {
    constructor(private readonly indexManager: IndexManager) {}

    checkUniqueInWorkspace = (element: TopLevelElement, accept: ValidationAcceptor): void => {
        if (!element.name) {
            return;
        }
        const uri = AstUtils.getDocument(element).uri;
        const others = this.indexManager
            .allElements(element.$type)
            .filter(description => description.name === element.name && !isDeclarationOf(description, element, uri))
            .map(description => ({ uri: description.documentUri, range: description.nameSegment?.range ?? ZERO_RANGE }))
            .toArray();
        if (others.length > 0) {
            reportDuplicate(accept, element, element.$type.toLowerCase(), others, uri, '');
        }
    };

    checkUniqueInJourney = (journey: Journey, accept: ValidationAcceptor): void => {
        const uri = AstUtils.getDocument(journey).uri;
        const groups: Array<[string, NamedNode[]]> = [
            ['stage', journey.stages],
            ['touchpoint', journey.stages.flatMap(stage => stage.touchpoints)],
            ['opportunity', journey.stages.flatMap(stage => stage.touchpoints.flatMap(touchpoint => touchpoint.opportunities))]
        ];
        for (const [kind, nodes] of groups) {
            // Grouped by name in one pass: comparing every pair grew with the square of the touchpoints.
            const byName = groupByName(nodes);
            for (const node of nodes) {
                const namesakes = node.name ? byName.get(node.name) ?? [] : [];
                if (namesakes.length > 1) {
                    const others = namesakes.filter(other => other !== node).map(other => ({ uri, range: nameRange(other) ?? ZERO_RANGE }));
                    reportDuplicate(accept, node, kind, others, uri, ` in journey '${journey.name}'`);
                }
            }
        }
    };
}

/** The nodes of each name (nameless nodes are a syntax error, not a duplicate). */
function groupByName(nodes: NamedNode[]): Map<string, NamedNode[]> {
    const byName = new Map<string, NamedNode[]>();
    for (const node of nodes) {
        if (!node.name) continue;
        const group = byName.get(node.name);
        if (group) group.push(node);
        else byName.set(node.name, [node]);
    }
    return byName;
}

function reportDuplicate(accept: ValidationAcceptor, node: NamedNode, kind: string, others: OtherDeclaration[], ownUri: URI, scope: string): void {
    const relatedInformation: DiagnosticRelatedInformation[] = others.map(other => ({
        location: { uri: other.uri.toString(), range: other.range },
        message: `'${node.name}' is also declared here.`
    }));
    const where = others.map(other => placeName(other, ownUri)).join(', ');
    report(accept, DiagnosticCode.DuplicateId, `Duplicate ${kind} id '${node.name}'${scope}: also declared ${where}.`, {
        node,
        property: 'name',
        relatedInformation
    });
}

/** `at line 9` in the same file, `in people.journey line 9` elsewhere (path relative to this file's folder). */
function placeName(other: OtherDeclaration, ownUri: URI): string {
    const line = other.range.start.line + 1;
    if (UriUtils.equals(other.uri, ownUri)) {
        return `at line ${line}`;
    }
    return `in ${UriUtils.relative(UriUtils.dirname(ownUri), other.uri)} line ${line}`;
}

/** Whether an index entry is this very element (and not a namesake). */
function isDeclarationOf(description: AstNodeDescription, element: AstNode, uri: URI): boolean {
    if (description.node) {
        return description.node === element;
    }
    const range = nameRange(element);
    return UriUtils.equals(description.documentUri, uri) && range !== undefined && description.nameSegment !== undefined
        && description.nameSegment.range.start.line === range.start.line
        && description.nameSegment.range.start.character === range.start.character;
}

function nameRange(node: AstNode): Range | undefined {
    return GrammarUtils.findNodeForProperty(node.$cstNode, 'name')?.range;
}

const ZERO_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
