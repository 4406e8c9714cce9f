import { DefaultIndexManager, type AstNodeDescription, type LangiumDocument, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * Langium's index plus a lookup of the declarations by kind and id, for the
 * workspace half of `duplicate-id`: filtering every declaration of a kind for
 * each declaration grew with the square (16,000 teams: 7-9 s per check). The
 * lookup is rebuilt once after the index changes, in the index's own order.
 */
export class JourneyIndexManager extends DefaultIndexManager {
    private byKindAndId: Map<string, AstNodeDescription[]> | undefined;

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
    }

    override removeContent(uri: URI): void {
        super.removeContent(uri);
        this.byKindAndId = undefined;
    }

    /** For subclasses that set `symbolIndex` entries themselves. */
    protected contentChanged(): void {
        this.byKindAndId = undefined;
    }
}

function lookupKey(type: string, name: string): string {
    return `${type}\u0000${name}`;
}
