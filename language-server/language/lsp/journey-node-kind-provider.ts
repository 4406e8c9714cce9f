import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import { DECLARATION_SYMBOL_KINDS } from '../../protocol/index.js';

/** Outline icons per element kind (the defaults show every element as a field). */
const SYMBOL_KINDS: Record<string, SymbolKind> = {
    Persona: DECLARATION_SYMBOL_KINDS.persona,
    Team: DECLARATION_SYMBOL_KINDS.team,
    Channel: DECLARATION_SYMBOL_KINDS.channel,
    Journey: DECLARATION_SYMBOL_KINDS.journey,
    Stage: SymbolKind.Namespace,
    Touchpoint: SymbolKind.Event,
    System: SymbolKind.Enum,
    Research: SymbolKind.File,
    Opportunity: SymbolKind.Function
};

const COMPLETION_KINDS: Record<string, CompletionItemKind> = {
    Persona: CompletionItemKind.Class,
    Team: CompletionItemKind.Struct,
    Channel: CompletionItemKind.Interface,
    Journey: CompletionItemKind.Module,
    Stage: CompletionItemKind.Module,
    Touchpoint: CompletionItemKind.Event,
    System: CompletionItemKind.Enum,
    Research: CompletionItemKind.File,
    Opportunity: CompletionItemKind.Function
};

export class JourneyNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return SYMBOL_KINDS[typeOf(node)] ?? super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return COMPLETION_KINDS[typeOf(node)] ?? super.getCompletionItemKind(node);
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
