import { AstUtils, GrammarAST, isAstNode, isMultiReference, isReference, type AstNode, type Mutable, type ReferenceInfo } from 'langium';
import { JourneyMapsGrammar } from '../generated/grammar.js';

/**
 * Grammar-specific versions of Langium's `streamAst` and `streamReferences`.
 * Langium's are generic: for every node they list `Object.keys(node)` and test
 * each value, through a stream of iterator objects; on a 5,000-line map that
 * is a few tens of thousands of nodes per walk, three walks per keystroke
 * (linking, reference index, validation), and much of the garbage collected.
 * Here the properties holding child nodes and references are named per type,
 * as the grammar defines them.
 * The order is Langium's: a node, then its children in property order
 * (the order the parser first assigned them), depth first; a node's
 * references in property order, then array index. Types not in the grammar's
 * rules (there are none) fall back to Langium's generic functions.
 */

/**
 * Properties that contain child nodes, and properties that hold
 * cross-references (`[Persona:Name]` and the like), per node type: read from
 * the grammar itself, so that a property added to the grammar is never skipped.
 * Each parser rule is one node type here (the grammar has no actions or
 * `returns` types other than datatype rules); fragments add their assignments
 * to the rules that call them.
 */
const { children: CHILD_PROPERTIES, references: REFERENCE_PROPERTIES } = walkTablesOf(JourneyMapsGrammar());

export function walkTablesOf(grammar: GrammarAST.Grammar): {
    children: Record<string, string[]>;
    references: Record<string, string[]>;
} {
    const children: Record<string, string[]> = {};
    const references: Record<string, string[]> = {};
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || rule.fragment || isDataType(rule)) continue;
        const childNames = new Set<string>();
        const referenceNames = new Set<string>();
        collectAssignments(rule, childNames, referenceNames, new Set());
        children[rule.name] = [...childNames];
        references[rule.name] = [...referenceNames];
    }
    return { children, references };
}

/** A rule that returns a value (`Name returns string`), not a node. */
function isDataType(rule: GrammarAST.ParserRule): boolean {
    return rule.dataType !== undefined;
}

function collectAssignments(rule: GrammarAST.ParserRule, childNames: Set<string>, referenceNames: Set<string>, seen: Set<GrammarAST.ParserRule>): void {
    if (seen.has(rule)) return;
    seen.add(rule);
    for (const node of AstUtils.streamAst(rule.definition)) {
        if (GrammarAST.isAssignment(node)) {
            const terminal = node.terminal;
            if (GrammarAST.isCrossReference(terminal)) referenceNames.add(node.feature);
            else if (GrammarAST.isRuleCall(terminal) && GrammarAST.isParserRule(terminal.rule.ref) && !isDataType(terminal.rule.ref)) childNames.add(node.feature);
        } else if (GrammarAST.isRuleCall(node) && GrammarAST.isParserRule(node.rule.ref) && node.rule.ref.fragment) {
            collectAssignments(node.rule.ref, childNames, referenceNames, seen);
        }
    }
}

const CHILDREN = propertyLookup(CHILD_PROPERTIES);
const REFERENCES = propertyLookup(REFERENCE_PROPERTIES);

/**
 * Calls `visit` for the root and every node below it, in the order of Langium's `streamAst(root)`;
 * when `visit` returns false, the node's children are left out (as `prune()` on Langium's iterator).
 */
export function forEachAstNode(root: AstNode, visit: (node: AstNode) => boolean | void): void {
    if (visit(root) === false) return;
    const properties = CHILDREN.get(root.$type);
    if (properties === undefined) {
        AstUtils.streamContents(root).forEach(child => forEachAstNode(child, visit));
        return;
    }
    // Loops rather than callbacks: this runs for every node of the file on every keystroke.
    const values = root as unknown as Record<string, unknown>;
    if (properties.names.length === 1) {
        visitChildren(values[properties.names[0]], visit);
    } else if (properties.names.length > 1) {
        // `for...in` lists the keys in the order of `Object.keys` without allocating them.
        for (const key in values) {
            if (properties.has.has(key)) visitChildren(values[key], visit);
        }
    }
}

function visitChildren(value: unknown, visit: (node: AstNode) => boolean | void): void {
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            if (isAstNode(value[i])) forEachAstNode(value[i], visit);
        }
    } else if (isAstNode(value)) {
        forEachAstNode(value, visit);
    }
}

/** The targets of the references of `node` itself, in the order of `forEachReferenceOf`, for comparison (unresolved: undefined). */
export function ownReferenceTargets(node: AstNode): unknown[] {
    const properties = REFERENCES.get(node.$type);
    if (properties === undefined) {
        const targets: unknown[] = [];
        forEachReferenceOf(node, info => targets.push(isReference(info.reference) ? info.reference.ref : info.reference));
        return targets;
    }
    const targets: unknown[] = [];
    const values = node as unknown as Record<string, unknown>;
    // Property order does not matter for a comparison with the same node's earlier targets.
    for (const name of properties.names) {
        const value = values[name];
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) targets.push(isReference(value[i]) ? (value[i] as { ref: unknown }).ref : value[i]);
        } else if (value !== undefined) {
            targets.push(isReference(value) ? value.ref : value);
        }
    }
    return targets;
}

/** Calls `accept` for each reference of `node` itself (not of its children), as Langium's `streamReferences(node)` lists them. */
export function forEachReferenceOf(node: AstNode, accept: (info: ReferenceInfo) => void): void {
    const properties = REFERENCES.get(node.$type);
    if (properties === undefined) {
        AstUtils.streamReferences(node).forEach(accept);
        return;
    }
    const values = node as unknown as Record<string, unknown>;
    if (properties.names.length === 1) {
        acceptReferences(node, properties.names[0], values[properties.names[0]], accept);
    } else if (properties.names.length > 1) {
        for (const key in values) {
            if (properties.has.has(key)) acceptReferences(node, key, values[key], accept);
        }
    }
}

function acceptReferences(node: AstNode, property: string, value: unknown, accept: (info: ReferenceInfo) => void): void {
    if (isReference(value) || isMultiReference(value)) {
        accept({ reference: value, container: node, property });
    } else if (Array.isArray(value)) {
        for (let index = 0; index < value.length; index++) {
            const item: unknown = value[index];
            if (isReference(item) || isMultiReference(item)) accept({ reference: item, container: node, property, index });
        }
    }
}

const referencesOfRoot = new WeakMap<AstNode, ReferenceInfo[]>();

/**
 * Every reference of the tree below `root` (root included), in the order
 * Langium's linker visits them. Kept per root (a parse makes a new one): the
 * linker and the reference index ask for the same file one after the other.
 */
export function collectReferences(root: AstNode): readonly ReferenceInfo[] {
    let references = referencesOfRoot.get(root);
    if (!references) referencesOfRoot.set(root, (references = collectReferencesBelow(root)));
    return references;
}

/**
 * `old`, below `root`, was replaced by `replacement` in place (incremental-reparse.ts):
 * the list of `root`'s references takes the replacement's in place of the old
 * node's (a subtree's references are contiguous in the walk's order), else it
 * is listed again when next asked for.
 */
export function replaceReferencesBelow(root: AstNode, old: AstNode, replacement: AstNode): void {
    const references = referencesOfRoot.get(root);
    if (!references) return;
    const removed = collectReferencesBelow(old);
    const first = removed[0]?.reference;
    const at = first === undefined ? -1 : references.findIndex(info => info.reference === first);
    if (at < 0 || references[at + removed.length - 1]?.reference !== removed[removed.length - 1].reference) {
        referencesOfRoot.delete(root);
        return;
    }
    references.splice(at, removed.length, ...collectReferencesBelow(replacement));
}

function collectReferencesBelow(node: AstNode): ReferenceInfo[] {
    const found: ReferenceInfo[] = [];
    forEachAstNode(node, child => forEachReferenceOf(child, info => found.push(info)));
    return found;
}

interface PropertyLookup {
    readonly names: readonly string[];
    readonly has: ReadonlySet<string>;
}

function propertyLookup(table: Readonly<Record<string, readonly string[]>>): Map<string, PropertyLookup> {
    return new Map(Object.entries(table).map(([type, names]) => [type, { names, has: new Set(names) }]));
}

/**
 * Sets `$container`, `$containerProperty` and `$containerIndex` on every node below `root`,
 * as Langium's `linkContentToContainer(root, { deep: true })` does after a parse
 * (which lists `Object.entries` of every node and calls a closure per array item).
 */
export function linkContentToContainerDeep(root: AstNode): void {
    const properties = CHILDREN.get(root.$type);
    if (properties === undefined) {
        AstUtils.linkContentToContainer(root, { deep: true });
        return;
    }
    const values = root as unknown as Record<string, unknown>;
    for (const name of properties.names) {
        const value = values[name];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (isAstNode(item)) {
                    (item as Mutable<AstNode>).$container = root;
                    (item as Mutable<AstNode>).$containerProperty = name;
                    (item as Mutable<AstNode>).$containerIndex = index;
                    linkContentToContainerDeep(item);
                }
            }
        } else if (isAstNode(value)) {
            (value as Mutable<AstNode>).$container = root;
            (value as Mutable<AstNode>).$containerProperty = name;
            linkContentToContainerDeep(value);
        }
    }
}
