import type { Module } from 'langium';
import type { LangiumSharedServices, PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import type { JourneyServices } from '../journey-module.js';
import { JourneyCompletionProvider } from './journey-completion-provider.js';
import { JourneyDocumentUpdateHandler } from './journey-document-update-handler.js';
import { JourneyDocumentSymbolProvider } from './journey-document-symbol-provider.js';
import { JourneyHoverProvider } from './journey-hover-provider.js';
import { JourneyNodeKindProvider } from './journey-node-kind-provider.js';
import { JourneyRenameProvider } from './journey-rename-provider.js';
import { JourneySemanticTokenProvider } from './journey-semantic-tokens.js';
import { JourneyWorkspaceSymbolProvider } from './journey-workspace-symbol-provider.js';
import { JourneyLanguageServer } from './journey-language-server.js';

/** The editor features of the Journey language that differ from Langium's defaults. */
export const JourneyLspModule: Module<JourneyServices, PartialLangiumServices> = {
    lsp: {
        CompletionProvider: services => new JourneyCompletionProvider(services),
        HoverProvider: services => new JourneyHoverProvider(services),
        DocumentSymbolProvider: services => new JourneyDocumentSymbolProvider(services),
        RenameProvider: services => new JourneyRenameProvider(services),
        SemanticTokenProvider: services => new JourneySemanticTokenProvider(services)
    }
};

/** Editor services shared by every language of the server: icons per element kind, workspace symbols, workspace folder changes. */
export const JourneyLspSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        NodeKindProvider: () => new JourneyNodeKindProvider(),
        LanguageServer: services => new JourneyLanguageServer(services),
        DocumentUpdateHandler: services => new JourneyDocumentUpdateHandler(services),
        WorkspaceSymbolProvider: services => new JourneyWorkspaceSymbolProvider(services)
    }
};
