import {
    Cancellation,
    CstUtils,
    DefaultReferenceDescriptionProvider,
    interruptAndCheck,
    isReference,
    type LangiumDocument,
    type Reference,
    type ReferenceDescription,
    type ReferenceInfo
} from 'langium';
import { collectReferences } from './journey-ast-walk.js';

/** How many references are described between two checks for cancellation (Langium checks at every node). */
const CHECK_EVERY = 256;

/**
 * Langium's reference index entries (find references, rename, which files to
 * relink after a change), with the references found by the grammar-specific
 * walk instead of `streamAst` + `streamReferences` over every node. Same
 * descriptions, in the same order (tests/language-server/references).
 *
 * A reference object outside the block an edit re-parsed (incremental-reparse.ts)
 * stays in the tree, in the same container at the same path: its description
 * of last time is kept while it points at the same target from the same place
 * (offset and range), or gets a new segment only; describing every reference
 * of a 5,000-line map again was ~5 ms per keystroke.
 */
export class JourneyReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    private readonly described = new WeakMap<Reference, ReferenceDescription>();

    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const references = collectReferences(document.parseResult.value);
        for (let i = 0; i < references.length; i++) {
            if (i % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
            const info = references[i];
            if (info.reference.error) continue;
            const kept = isReference(info.reference) ? this.describe(info, info.reference, document) : undefined;
            if (kept !== undefined) {
                if (kept) descriptions.push(kept);
            } else {
                descriptions.push(...this.createInfoDescriptions(info));
            }
        }
        return descriptions;
    }

    /** Langium's one description of a resolved single reference (false: none), from the one of last time when it holds. */
    private describe(info: ReferenceInfo, reference: Reference, document: LangiumDocument): ReferenceDescription | false {
        const target = reference.$nodeDescription;
        const refNode = reference.$refNode;
        if (!target || !refNode) return false;
        const last = this.described.get(reference);
        let description: ReferenceDescription;
        if (last && last.sourceUri === document.uri && last.targetPath === target.path
            && (last.targetUri === target.documentUri || last.targetUri.toString() === target.documentUri.toString())) {
            const same = last.segment.offset === refNode.offset && last.segment.range === refNode.range;
            description = same ? last : { ...last, segment: CstUtils.toDocumentSegment(refNode) };
        } else {
            description = this.createInfoDescriptions(info)[0];
        }
        if (description !== last) this.described.set(reference, description);
        return description;
    }
}
