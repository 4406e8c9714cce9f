import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import type { Model } from '../generated/ast.js';

/**
 * Only personas, teams and channels are ever referenced, and they are
 * declared at the top level of a file. Langium's default puts every named
 * node (each stage and touchpoint) in its container's local scope, so that
 * linking each reference scanned all the touchpoints of its stage and the
 * stages of its journey, and the whole tree was walked on every keystroke.
 * Here a file's local scope holds its top-level declarations only: a
 * reference still prefers a declaration of its own file over a namesake
 * elsewhere, as before.
 */
export class JourneyScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(document: LangiumDocument): Promise<LocalSymbols> {
        const model = document.parseResult.value as Model;
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        for (const element of model.elements ?? []) {
            this.addLocalSymbol(element, document, symbols);
        }
        return symbols;
    }
}
