import {
    AstUtils,
    Cancellation,
    DefaultLinker,
    DocumentState,
    interruptAndCheck,
    isAstNode,
    isAstNodeDescription,
    isLinkingError,
    MultiMap,
    RefResolving,
    type AstNode,
    type AstNodeDescription,
    type CstNode,
    type LangiumDocument,
    type LinkingError,
    type Reference,
    type ReferenceInfo,
    type Scope
} from 'langium';
import type { LangiumCoreServices } from 'langium';
import { collectReferences } from './journey-ast-walk.js';
import { splicesOf } from './incremental-reparse.js';
import { JourneyIndexManager } from './journey-index-manager.js';

/** How many references are linked between two checks for cancellation (Langium checks at every node). */
const CHECK_EVERY = 256;

/**
 * Langium's linker, with two things made cheaper on large files:
 * - the references are found by the grammar-specific walk (journey-ast-walk.ts)
 *   instead of `streamAst` + `streamReferences` over every node;
 * - within one linking pass, each reference type gets its scope once and each
 *   name is looked up once. Langium builds a new scope for every reference;
 *   here every reference of a type sees the same scope, because only the
 *   file's root has local symbols (JourneyScopeComputation). If some other
 *   node ever has local symbols, the pass links as Langium does.
 * Linking results, their order in `document.references` and the linking
 * errors are the same as Langium's (tests/language-server/references).
 *
 * After an edit that re-parsed one block (incremental-reparse.ts), the
 * references outside it are the same objects: those that pointed into another
 * file get that link back instead of a lookup, when exactly one block was put
 * in place since the unlink and no other file's declarations were indexed in
 * between (the same names then find the same declarations: the file's own
 * top-level declarations, which win over other files', are never in a block).
 * References into the file itself are linked again: their descriptions are new.
 */
export class JourneyLinker extends DefaultLinker {
    /**
     * Per root node being linked: reference type → its scope and the names already looked up in it.
     * Keyed by root because `link` yields while it runs: a reference of another file may be resolved meanwhile.
     */
    private readonly lookups = new WeakMap<AstNode, Map<string, Lookup>>();
    /** Per root being relinked: its links into other files at the unlink, and what the tree and the index were then. */
    private readonly unlinked = new WeakMap<AstNode, UnlinkedLinks>();
    private readonly index: LangiumCoreServices['shared']['workspace']['IndexManager'];
    private readonly textDocuments: LangiumCoreServices['shared']['workspace']['TextDocuments'];

    constructor(services: LangiumCoreServices) {
        super(services);
        this.index = services.shared.workspace.IndexManager;
        this.textDocuments = services.shared.workspace.TextDocuments;
    }

    override unlink(document: LangiumDocument): void {
        const root = document.parseResult.value;
        const otherFiles = this.otherFilesIndexed(document);
        // Kept for open files and files edited in place (not for a workspace's relinks).
        if (otherFiles !== undefined && (splicesOf(root) || this.textDocuments?.get(document.uri.toString()))) {
            const uri = document.uri.toString();
            const links = new Map<Reference, LinkState>();
            for (const reference of document.references as Array<Reference & Partial<LinkState>>) {
                const description = reference._nodeDescription;
                if (isAstNode(reference._ref) && description && description.documentUri.toString() !== uri) links.set(reference, { _ref: reference._ref, _nodeDescription: description });
            }
            this.unlinked.set(root, { splices: splicesOf(root)?.count ?? 0, otherFiles, links });
        }
        super.unlink(document);
    }

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const root = document.parseResult.value;
        const unlinked = this.unlinked.get(root);
        this.unlinked.delete(root);
        const kept = unlinked && unlinked.otherFiles === this.otherFilesIndexed(document) && (splicesOf(root)?.count ?? 0) === unlinked.splices + 1 ? unlinked.links : undefined;
        const localSymbols = document.localSymbols;
        const sameScopeEverywhere = !localSymbols || (localSymbols instanceof MultiMap && [...localSymbols.keys()].every(node => node === root));
        if (sameScopeEverywhere) this.lookups.set(root, new Map());
        try {
            const references = collectReferences(root);
            for (let i = 0; i < references.length; i++) {
                if (i % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
                const reference = references[i].reference as Reference & LinkState;
                const link = kept?.get(reference);
                if (link && reference._ref === undefined) {
                    reference._ref = link._ref;
                    reference._nodeDescription = link._nodeDescription;
                    document.references.push(reference);
                } else {
                    this.doLink(references[i], document);
                }
            }
        } finally {
            this.lookups.delete(root);
        }
    }

    private otherFilesIndexed(document: LangiumDocument): number | undefined {
        return this.index instanceof JourneyIndexManager ? this.index.contentChangesBesides(document.uri.toString()) : undefined;
    }

    override getCandidate(refInfo: ReferenceInfo): AstNodeDescription | LinkingError {
        const lookups = this.lookups.get(AstUtils.findRootNode(refInfo.container));
        if (!lookups) return super.getCandidate(refInfo);
        const type = this.reflection.getReferenceType(refInfo);
        let lookup = lookups.get(type);
        if (!lookup) {
            lookup = { scope: this.scopeProvider.getScope(refInfo), found: new Map() };
            lookups.set(type, lookup);
        }
        const name = refInfo.reference.$refText;
        let description = lookup.found.get(name);
        if (description === undefined && !lookup.found.has(name)) {
            description = lookup.scope.getElement(name);
            lookup.found.set(name, description);
        }
        return description ?? this.createLinkingError(refInfo);
    }

    /** Langium's reference, made by a class: see JourneyReference. */
    override buildReference(node: AstNode, property: string, refNode: CstNode | undefined, refText: string): Reference {
        return new JourneyReference(this, node, property, refNode, refText);
    }

    /**
     * What reading `ref` does when the reference is not resolved yet: the body
     * of Langium's `ref` getter (DefaultLinker.buildReference), unchanged.
     */
    resolveOnRead(reference: JourneyReference, node: AstNode, property: string): AstNode | undefined {
        if (isAstNodeDescription(reference._nodeDescription)) {
            // A candidate has been found before, but it is not loaded yet.
            const linkedNode = this.loadAstNode(reference._nodeDescription);
            reference._ref = linkedNode ?? this.createLinkingError({ reference, container: node, property }, reference._nodeDescription);
        } else if (reference._ref === undefined) {
            // The reference has not been linked yet, so do that now.
            reference._ref = RefResolving;
            const document = AstUtils.findRootNode(node).$document;
            const refData = this.getLinkedNode({ reference, container: node, property });
            if (refData.error && document && document.state < DocumentState.ComputedScopes) {
                // Document scope is not ready, don't set `_ref` so the linker can retry later.
                return (reference._ref = undefined);
            }
            reference._ref = refData.node ?? refData.error;
            reference._nodeDescription = refData.descr;
            document?.references.push(reference);
        } else if (reference._ref === RefResolving) {
            this.throwCyclicReferenceError(node, property, reference.$refText);
        }
        return isAstNode(reference._ref) ? reference._ref : undefined;
    }
}

/**
 * A cross-reference that behaves as the one Langium's `buildReference` makes,
 * but whose accessors live on a prototype: Langium's object literal creates
 * three getter closures for each reference of every parse (a few thousand per
 * keystroke on a large map), a visible share of parsing and of its garbage.
 */
class JourneyReference implements Reference {
    readonly $refNode: CstNode | undefined;
    readonly $refText: string;
    _ref: AstNode | LinkingError | typeof RefResolving | undefined;
    _nodeDescription?: AstNodeDescription;
    readonly #linker: JourneyLinker;
    readonly #container: AstNode;
    readonly #property: string;

    constructor(linker: JourneyLinker, container: AstNode, property: string, refNode: CstNode | undefined, refText: string) {
        this.$refNode = refNode;
        this.$refText = refText;
        this._ref = undefined;
        this.#linker = linker;
        this.#container = container;
        this.#property = property;
    }

    get ref(): AstNode | undefined {
        // Most frequent case: the target is already resolved.
        return isAstNode(this._ref) ? this._ref : this.#linker.resolveOnRead(this, this.#container, this.#property);
    }

    get $nodeDescription(): AstNodeDescription | undefined {
        return this._nodeDescription;
    }

    get error(): LinkingError | undefined {
        return isLinkingError(this._ref) ? this._ref : undefined;
    }
}

interface LinkState {
    _ref: AstNode | LinkingError | typeof RefResolving | undefined;
    _nodeDescription?: AstNodeDescription;
}

interface UnlinkedLinks {
    readonly splices: number;
    readonly otherFiles: number;
    readonly links: Map<Reference, LinkState>;
}

interface Lookup {
    readonly scope: Scope;
    readonly found: Map<string, AstNodeDescription | undefined>;
}
