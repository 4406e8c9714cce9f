import { AstUtils, GrammarUtils, UriUtils, type AstNode, type AstNodeDescription, type IndexManager, type URI, type ValidationAcceptor } from 'langium';
import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import type { Journey, Opportunity, Stage, TopLevelElement, Touchpoint } from '../generated/ast.js';
import { DiagnosticCode } from './diagnostic-codes.js';
import { report } from './report.js';
import { JourneyIndexManager } from '../langium-overrides/journey-index-manager.js';

type NamedNode = TopLevelElement | Stage | Touchpoint | Opportunity;

/**
 * How many other declarations a duplicate names (in its message and related
 * places) before "and N more": listing all of them made 1,000 copies of one id
 * a million entries (13 MB of `check` output, a 205 MB publishDiagnostics).
 */
export const MAX_LISTED_DUPLICATES = 5;

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
        const namesakes = this.indexManager instanceof JourneyIndexManager
            ? this.indexManager.elementsNamed(element.$type, element.name)
            : this.indexManager.allElements(element.$type).filter(description => description.name === element.name).toArray();
        const others = listOthers(namesakes, description => isDeclarationOf(description, element, uri));
        if (others.total > 0) {
            const listed = others.listed.map(description => ({ uri: description.documentUri, range: description.nameSegment?.range ?? ZERO_RANGE }));
            reportDuplicate(accept, element, element.$type.toLowerCase(), listed, others.total, uri, '');
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
                    const others = listOthers(namesakes, other => other === node);
                    const listed = others.listed.map(other => ({ uri, range: nameRange(other) ?? ZERO_RANGE }));
                    reportDuplicate(accept, node, kind, listed, others.total, uri, ` in journey '${journey.name}'`);
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

/**
 * The first MAX_LISTED_DUPLICATES namesakes that are not the element itself,
 * and how many there are in all: looks at no more than one beyond the listed
 * ones, so each duplicate costs the same however many copies there are.
 */
function listOthers<T>(namesakes: readonly T[], isSelf: (namesake: T) => boolean): { listed: T[]; total: number } {
    const listed: T[] = [];
    let selfSeen = false;
    let i = 0;
    for (; i < namesakes.length && listed.length < MAX_LISTED_DUPLICATES; i++) {
        if (!selfSeen && isSelf(namesakes[i])) selfSeen = true;
        else listed.push(namesakes[i]);
    }
    // Past the scanned ones, the element itself is among the rest unless seen (it is in the index it is checked against).
    const rest = namesakes.length - i;
    return { listed, total: listed.length + (selfSeen ? rest : Math.max(0, rest - 1)) };
}

function reportDuplicate(accept: ValidationAcceptor, node: NamedNode, kind: string, listed: OtherDeclaration[], total: number, ownUri: URI, scope: string): void {
    const relatedInformation: DiagnosticRelatedInformation[] = listed.map(other => ({
        location: { uri: other.uri.toString(), range: other.range },
        message: `'${node.name}' is also declared here.`
    }));
    const unlisted = total - listed.length;
    const more = unlisted > 0 ? ` and ${unlisted} more time${unlisted === 1 ? '' : 's'}` : '';
    const where = listed.map(other => placeName(other, ownUri)).join(', ') + more;
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
