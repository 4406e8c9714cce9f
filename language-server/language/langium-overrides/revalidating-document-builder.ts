import {
    Cancellation,
    DefaultDocumentBuilder,
    DocumentState,
    isAstNode,
    type AstNode,
    type AstNodeDescription,
    type LangiumDocument,
    type Reference,
    type URI
} from 'langium';
import { changedKeys, exportSignatures, nameOfKey, NO_EXPORTS, signatureKey, type ExportSignatures } from './export-signatures.js';
import { JourneyIndexManager } from './journey-index-manager.js';

/** The documents an update rebuilt besides the changed ones, and those whose references it only renewed. */
export interface DependentsUpdate {
    relinked: LangiumDocument[];
    revalidated: LangiumDocument[];
    renewed: LangiumDocument[];
}

/**
 * Langium's `update` relinks and revalidates every file with a reference into
 * a changed file (an edit of the people file rebuilt all 500 maps of a
 * company workspace), and every file with an unresolved reference. Here the
 * changed files are built first; then, from what other files can see of
 * their declarations before and after (export-signatures.ts):
 * - files with a reference by one of the changed ids, resolved or not, are
 *   relinked and revalidated (the reference may now resolve elsewhere, or not at all);
 * - files declaring one of the changed ids are revalidated (`duplicate-id`
 *   spans files and its message quotes the other declaration's line);
 * - the other files with references into a changed file only have those
 *   references pointed at the new tree (same path, same id: same link, same
 *   diagnostics), and are announced through `onDependentsUpdated` (their
 *   render model reads labels of the new tree).
 * The index says which files have references into the changed ones
 * (JourneyIndexManager.referrersOf), so an edit does not walk every reference
 * of the workspace. An edit that changes no exported id thus revalidates the
 * one edited file.
 */
export class RevalidatingDocumentBuilder extends DefaultDocumentBuilder {
    /** Signatures of the files changed by updates whose dependents are not handled yet (an update can be cancelled). */
    private readonly pending = new Map<string, ExportSignatures>();
    private readonly dependentsListeners: Array<(update: DependentsUpdate) => void> = [];

    onDependentsUpdated(listener: (update: DependentsUpdate) => void): void {
        this.dependentsListeners.push(listener);
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const prefixes = [...changed, ...deleted].map(uri => uri.toString());
        for (const prefix of prefixes) if (!this.pending.has(prefix)) this.pending.set(prefix, this.signaturesOf(prefix));
        for (const document of this.langiumDocuments.all) {
            const uri = document.uri.toString();
            if (!this.pending.has(uri) && prefixes.some(prefix => uri.startsWith(`${prefix}/`))) this.pending.set(uri, this.signaturesOf(uri));
        }
        await super.update(changed, deleted, cancelToken);
        await this.updateDependents(cancelToken);
    }

    /** Relinking is decided after the changed files are indexed (updateDependents), not before as Langium does. */
    protected override shouldRelink(): boolean {
        return false;
    }

    private async updateDependents(cancelToken: Cancellation.CancellationToken): Promise<void> {
        const touched = new Set(this.pending.keys());
        for (const document of this.langiumDocuments.all) {
            const uri = document.uri.toString();
            if ([...this.pending.keys()].some(prefix => uri.startsWith(`${prefix}/`))) touched.add(uri);
        }
        const linkedKeys = new Set<string>();
        const declaredKeys = new Set<string>();
        for (const uri of touched) {
            const { linked, declared } = changedKeys(this.pending.get(uri) ?? NO_EXPORTS, this.signaturesOf(uri));
            linked.forEach(key => linkedKeys.add(key));
            declared.forEach(key => declaredKeys.add(key));
        }
        this.pending.clear();

        const names = new Set([...linkedKeys].map(nameOfKey));
        const byPath = new Map<string, Map<string, AstNodeDescription>>();
        const exportsByPath = (uri: string) => {
            if (!touched.has(uri)) return undefined;
            let exports = byPath.get(uri);
            if (!exports) byPath.set(uri, (exports = new Map([...this.exportsOf(uri)].map(description => [description.path, description]))));
            return exports;
        };
        const relinked: LangiumDocument[] = [];
        const revalidated: LangiumDocument[] = [];
        const renewed: LangiumDocument[] = [];
        // No id changed: only files with references into the touched ones have anything to renew.
        const candidates = names.size === 0 && declaredKeys.size === 0 ? this.referrersOf(touched) : undefined;
        for (const document of this.langiumDocuments.all) {
            const uri = document.uri.toString();
            if (touched.has(uri) || document.state < DocumentState.Linked) continue;
            if (candidates && !candidates.has(uri) && document.state >= DocumentState.IndexedReferences) continue;
            if (names.size > 0 && document.references.some(reference => names.has(reference.$refText))) {
                relinked.push(document);
                continue;
            }
            const outcome = this.renewReferences(document, exportsByPath);
            if (outcome === 'relink') relinked.push(document);
            else if (declaredKeys.size > 0 && this.declaresAny(uri, declaredKeys)) revalidated.push(document);
            else if (outcome === 'renewed') renewed.push(document);
        }
        relinked.forEach(document => this.resetToState(document, DocumentState.ComputedScopes));
        revalidated.forEach(document => this.resetToState(document, DocumentState.IndexedReferences));
        const update = { relinked, revalidated, renewed };
        this.dependentsListeners.forEach(listener => listener(update));
        if (relinked.length + revalidated.length > 0) await this.buildDocuments([...relinked, ...revalidated], this.updateBuildOptions, cancelToken);
    }

    /**
     * Points the references of `document` into the touched files at the nodes
     * now at the same path, and says whether it had any ('relink' if one
     * such path holds no declaration of its id any more: not expected, as
     * this is only asked when no id it refers to changed).
     */
    private renewReferences(document: LangiumDocument, exportsByPath: (uri: string) => Map<string, AstNodeDescription> | undefined): 'none' | 'renewed' | 'relink' {
        let outcome: 'none' | 'renewed' = 'none';
        for (const reference of document.references as Array<Reference & LinkState>) {
            const description = reference._nodeDescription;
            const exports = description && exportsByPath(description.documentUri.toString());
            if (!description || !exports) continue;
            const current = exports.get(description.path);
            if (!current || current.name !== description.name || current.type !== description.type || !isAstNode(current.node)) return 'relink';
            reference._nodeDescription = current;
            reference._ref = current.node;
            outcome = 'renewed';
        }
        return outcome;
    }

    /** The files whose indexed references point into any of `uris`, or undefined when the index does not know. */
    private referrersOf(uris: Iterable<string>): Set<string> | undefined {
        const index = this.indexManager;
        if (!(index instanceof JourneyIndexManager)) return undefined;
        const referrers = new Set<string>();
        for (const uri of uris) {
            const ofUri = index.referrersOf(uri);
            if (!ofUri) return undefined;
            ofUri.forEach(referrer => referrers.add(referrer));
        }
        return referrers;
    }

    private declaresAny(uri: string, keys: Set<string>): boolean {
        return [...this.exportsOf(uri)].some(description => keys.has(signatureKey(description.type, description.name)));
    }

    private signaturesOf(uri: string): ExportSignatures {
        return exportSignatures(this.exportsOf(uri));
    }

    private exportsOf(uri: string): Iterable<AstNodeDescription> {
        const index = this.indexManager;
        return index instanceof JourneyIndexManager ? index.exportsOf(uri) : index.allElements(undefined, new Set([uri]));
    }
}

/** The fields Langium's references (and JourneyReference) keep their link in. */
interface LinkState {
    _ref: AstNode | unknown;
    _nodeDescription?: AstNodeDescription;
}
