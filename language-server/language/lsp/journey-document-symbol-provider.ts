import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';

/**
 * The outline (journey → stages → touchpoints, and the library's personas,
 * teams and channels), with each element's quoted label as the detail next
 * to its id. Symbol kinds come from `JourneyNodeKindProvider`.
 */
export class JourneyDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override createSymbol(
        document: LangiumDocument,
        astNode: AstNode,
        cstNode: CstNode,
        nameNode: CstNode,
        computedName?: string
    ): DocumentSymbol {
        const symbol = super.createSymbol(document, astNode, cstNode, nameNode, computedName);
        const label = (astNode as { label?: unknown }).label;
        if (typeof label === 'string' && label.length > 0) {
            symbol.detail = label;
        }
        return symbol;
    }
}
