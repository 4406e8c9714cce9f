import {
    Cancellation,
    DefaultReferenceDescriptionProvider,
    interruptAndCheck,
    type LangiumDocument,
    type ReferenceDescription
} from 'langium';
import { collectReferences } from './journey-ast-walk.js';

/** How many references are described between two checks for cancellation (Langium checks at every node). */
const CHECK_EVERY = 256;

/**
 * Langium's reference index entries (find references, rename, which files to
 * relink after a change), with the references found by the grammar-specific
 * walk instead of `streamAst` + `streamReferences` over every node. Same
 * descriptions, in the same order (tests/language-server/references).
 */
export class JourneyReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        const references = collectReferences(document.parseResult.value);
        for (let i = 0; i < references.length; i++) {
            if (i % CHECK_EVERY === 0) await interruptAndCheck(cancelToken);
            if (!references[i].reference.error) descriptions.push(...this.createInfoDescriptions(references[i]));
        }
        return descriptions;
    }
}
