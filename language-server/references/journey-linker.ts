import {
    AstUtils,
    Cancellation,
    DefaultLinker,
    interruptAndCheck,
    MultiMap,
    type AstNode,
    type AstNodeDescription,
    type LangiumDocument,
    type LinkingError,
    type ReferenceInfo,
    type Scope
} from 'langium';
import { collectReferences } from './journey-ast-walk.js';

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
 */
export class JourneyLinker extends DefaultLinker {
    /**
     * Per root node being linked: reference type → its scope and the names already looked up in it.
     * Keyed by root because `link` yields while it runs: a reference of another file may be resolved meanwhile.
     */
    private readonly lookups = new WeakMap<AstNode, Map<string, Lookup>>();

    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const root = document.parseResult.value;
        const localSymbols = document.localSymbols;
        const sameScopeEverywhere = !localSymbols || (localSymbols instanceof MultiMap && [...localSymbols.keys()].every(node => node === root));
        if (sameScopeEverywhere) this.lookups.set(root, new Map());
        try {
            const references = collectReferences(root);
            for (let i = 0; i < references.length; i++) {
                if (i % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
                this.doLink(references[i], document);
            }
        } finally {
            this.lookups.delete(root);
        }
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
}

interface Lookup {
    readonly scope: Scope;
    readonly found: Map<string, AstNodeDescription | undefined>;
}
