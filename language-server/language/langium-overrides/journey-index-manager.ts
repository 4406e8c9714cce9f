import { DefaultIndexManager, type AstNodeDescription, type LangiumDocument, type ReferenceDescription, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * Langium's index plus a lookup of the declarations by kind and id, for the
 * workspace half of `duplicate-id`: filtering every declaration of a kind for
 * each declaration grew with the square (16,000 teams: 7-9 s per check). The
 * lookup is rebuilt once after the index changes, in the index's own order.
 *
 * It also keeps, per file, which other files' indexed references point into
 * it, updated as each file's references are indexed or removed: an edit asks
 * it which files need their references renewed instead of walking every
 * reference of the workspace (~9 ms per keystroke at 500 maps).
 */
export class JourneyIndexManager extends DefaultIndexManager {
    private byKindAndId: Map<string, AstNodeDescription[]> | undefined;
    private readonly referrersByTarget = new Map<string, Set<string>>();
    private readonly targetsBySource = new Map<string, Set<string>>();

    /** Every declaration of `type` named `name`, in the order of `allElements(type)`. */
    elementsNamed(type: string, name: string): readonly AstNodeDescription[] {
        if (!this.byKindAndId) {
            this.byKindAndId = new Map();
            for (const descriptions of this.symbolIndex.values()) {
                for (const description of descriptions) {
                    const key = lookupKey(description.type, description.name);
                    const group = this.byKindAndId.get(key);
                    if (group) group.push(description);
                    else this.byKindAndId.set(key, [description]);
                }
            }
        }
        return this.byKindAndId.get(lookupKey(type, name)) ?? [];
    }

    /** The declarations `uri` exports, in its order (none for a file not indexed). */
    exportsOf(uri: string): readonly AstNodeDescription[] {
        return this.symbolIndex.get(uri) ?? [];
    }

    override async updateContent(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        await super.updateContent(document, cancelToken);
        this.byKindAndId = undefined;
        this.countContentChange(document.uri.toString());
    }

    override removeContent(uri: URI): void {
        super.removeContent(uri);
        this.byKindAndId = undefined;
        this.countContentChange(uri.toString());
    }

    private contentChanges = 0;
    private readonly contentChangesOf = new Map<string, number>();

    /**
     * How many times the declarations of files other than `uri` were indexed
     * or removed so far: the same number twice means every link into another
     * file still resolves as it did (incremental-validation.ts).
     */
    contentChangesBesides(uri: string): number {
        return this.contentChanges - (this.contentChangesOf.get(uri) ?? 0);
    }

    private countContentChange(uri: string): void {
        this.contentChanges++;
        this.contentChangesOf.set(uri, (this.contentChangesOf.get(uri) ?? 0) + 1);
    }

    /**
     * The files whose indexed references point into `uri` (not counting its
     * own), or undefined when this index keeps no references (the CLI's).
     */
    referrersOf(uri: string): ReadonlySet<string> | undefined {
        return this.referrersByTarget.get(uri) ?? NO_REFERRERS;
    }

    override async updateReferences(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        await super.updateReferences(document, cancelToken);
        const source = document.uri.toString();
        this.recordReferrer(source, this.referenceIndex.get(source) ?? []);
    }

    override removeReferences(uri: URI): void {
        super.removeReferences(uri);
        this.recordReferrer(uri.toString(), []);
    }

    private recordReferrer(source: string, references: readonly ReferenceDescription[]): void {
        for (const target of this.targetsBySource.get(source) ?? []) {
            const referrers = this.referrersByTarget.get(target);
            referrers?.delete(source);
            if (referrers?.size === 0) this.referrersByTarget.delete(target);
        }
        const targets = new Set<string>();
        for (const reference of references) {
            const target = reference.targetUri.toString();
            if (target === source || targets.has(target)) continue;
            targets.add(target);
            let referrers = this.referrersByTarget.get(target);
            if (!referrers) this.referrersByTarget.set(target, (referrers = new Set()));
            referrers.add(source);
        }
        if (targets.size > 0) this.targetsBySource.set(source, targets);
        else this.targetsBySource.delete(source);
    }

    /** For subclasses that set `symbolIndex` entries themselves. */
    protected contentChanged(): void {
        this.byKindAndId = undefined;
    }
}

const NO_REFERRERS: ReadonlySet<string> = new Set();

function lookupKey(type: string, name: string): string {
    return `${type}\u0000${name}`;
}
