import { GrammarUtils, interruptAndCheck, type LangiumDocuments } from 'langium';
import { DefaultWorkspaceSymbolProvider, type LangiumSharedServices } from 'langium/lsp';
import { CancellationToken, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { isJourney, isModel, type Journey, type Stage, type Touchpoint } from '../generated/ast.js';

/**
 * Workspace symbols: Langium's default lists what the index exports (personas,
 * teams, channels, journeys); stages and touchpoints are local to their
 * journey, so they are added here from the documents, with the journey as
 * container, so that "Go to Symbol in Workspace" also finds `checkout_page`.
 */
export class JourneyWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
    }

    override async getSymbols(params: WorkspaceSymbolParams, cancelToken = CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const symbols = await super.getSymbols(params, cancelToken);
        const query = params.query.toLowerCase();
        for (const document of this.documents.all) {
            await interruptAndCheck(cancelToken);
            const root = document.parseResult.value;
            const journeys = isModel(root) ? root.elements.filter(isJourney) : [];
            for (const journey of journeys) {
                for (const node of journey.stages.flatMap(stage => [stage, ...stage.touchpoints])) {
                    if (node.name && this.fuzzyMatcher.match(query, node.name)) {
                        const symbol = this.localSymbol(node, journey, document.uri.toString());
                        if (symbol) symbols.push(symbol);
                    }
                }
            }
        }
        return symbols;
    }

    private localSymbol(node: Stage | Touchpoint, journey: Journey, uri: string): WorkspaceSymbol | undefined {
        const nameNode = GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
        if (!nameNode) return undefined;
        return {
            kind: this.nodeKindProvider.getSymbolKind(node),
            name: node.name,
            containerName: journey.name,
            location: { uri, range: nameNode.range }
        };
    }
}
