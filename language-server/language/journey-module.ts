import { createLangiumParser, inject, type Module } from 'langium';
import {
    createDefaultModule,
    createDefaultSharedModule,
    type DefaultSharedModuleContext,
    type LangiumServices,
    type LangiumSharedServices,
    type PartialLangiumServices,
    type PartialLangiumSharedServices
} from 'langium/lsp';
import { JourneyGeneratedSharedModule, JourneyMapsGeneratedModule } from './generated/module.js';
import { JourneyValidator, registerValidationChecks } from './validation/journey-validator.js';
import { DiagnosticSeverities } from './validation/diagnostic-severities.js';
import { JourneyDocumentValidator } from './langium-overrides/journey-document-validator.js';
import { RevalidatingDocumentBuilder } from './langium-overrides/revalidating-document-builder.js';
import { JourneyCodeActionProvider } from './lsp/journey-code-action-provider.js';
import { JourneyFormatter } from './formatting/journey-formatter.js';
import { JourneyLspModule, JourneyLspSharedModule } from './lsp/journey-lsp-module.js';
import { JourneyScopeComputation } from './references/journey-scope-computation.js';
import { useLazyCstRanges } from './langium-overrides/lazy-range-cst.js';
import { useGrammarContainerLinks } from './langium-overrides/grammar-container-links.js';
import { JourneyLinker } from './langium-overrides/journey-linker.js';
import { JourneyReferenceDescriptionProvider } from './langium-overrides/journey-reference-description-provider.js';
import { JourneyValueConverter } from './langium-overrides/journey-value-converter.js';
import { JourneyIndexManager } from './langium-overrides/journey-index-manager.js';
import { useBoundedRecovery } from './langium-overrides/bounded-recovery.js';
import { JourneyLexer } from './langium-overrides/journey-lexer.js';
import { JourneyWorkspaceManager } from './langium-overrides/journey-workspace-manager.js';
import { JourneyServiceRegistry } from './langium-overrides/journey-service-registry.js';
import { JourneyDocumentFactory } from './workspace/unreadable-files.js';

/** Services that the Journey language adds to Langium's defaults. */
export type JourneyAddedServices = {
    validation: {
        JourneyValidator: JourneyValidator;
        DiagnosticSeverities: DiagnosticSeverities;
    };
};

export type JourneyServices = LangiumServices & JourneyAddedServices;

/** Dependency injection module: Langium's defaults are overridden here, one line per service. */
export const JourneyModule: Module<JourneyServices, PartialLangiumServices & JourneyAddedServices> = {
    validation: {
        JourneyValidator: services => new JourneyValidator(services),
        DiagnosticSeverities: services => new DiagnosticSeverities(services.shared.workspace.FileSystemProvider),
        DocumentValidator: services => new JourneyDocumentValidator(services)
    },
    parser: {
        // Every choice of the grammar is decided by its next token or two: chevrotain's LL(k) lookahead
        // parses faster than Langium's default LL(*) (which must also build its prediction tables per process).
        ParserConfig: () => ({ maxLookahead: 3 }),
        ValueConverter: () => new JourneyValueConverter(),
        Lexer: services => new JourneyLexer(services),
        LangiumParser: services => useBoundedRecovery(useGrammarContainerLinks(useLazyCstRanges(createLangiumParser(services))))
    },
    references: {
        ScopeComputation: services => new JourneyScopeComputation(services),
        Linker: services => new JourneyLinker(services)
    },
    workspace: {
        ReferenceDescriptionProvider: services => new JourneyReferenceDescriptionProvider(services)
    },
    lsp: {
        Formatter: services => new JourneyFormatter(services.shared.workspace.LangiumDocumentFactory),
        CodeActionProvider: services => new JourneyCodeActionProvider(services)
    }
};

/**
 * Creates the shared services and the Journey language services. Used by the
 * language server (with an LSP connection), the CLI and the tests (without).
 * `sharedOverrides` replaces shared services for one use (the CLI keeps no reference index).
 */
export function createJourneyServices(context: DefaultSharedModuleContext, sharedOverrides: Module<LangiumSharedServices, PartialLangiumSharedServices> = {}): {
    shared: LangiumSharedServices;
    Journey: JourneyServices;
} {
    const shared = inject(createDefaultSharedModule(context), JourneyGeneratedSharedModule, JourneyLspSharedModule, {
        ServiceRegistry: services => new JourneyServiceRegistry(services),
        workspace: {
            DocumentBuilder: services => new RevalidatingDocumentBuilder(services),
            IndexManager: services => new JourneyIndexManager(services),
            WorkspaceManager: services => new JourneyWorkspaceManager(services),
            LangiumDocumentFactory: services => new JourneyDocumentFactory(services)
        }
    }, sharedOverrides);
    const Journey = inject(createDefaultModule({ shared }), JourneyMapsGeneratedModule, JourneyModule, JourneyLspModule);
    shared.ServiceRegistry.register(Journey);
    registerValidationChecks(Journey);
    if (!context.connection) {
        // No LSP client will announce the configuration: mark it ready ourselves.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Journey };
}
