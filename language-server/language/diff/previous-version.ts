/**
 * A workspace in which one document has its previous text: built in its own
 * services instance, so the language server's index, diagnostics and caches
 * never see the old version.
 */
import { URI, type LangiumDocument } from 'langium';
import type { Model } from '../generated/ast.js';
import type { createJourneyServices } from '../journey-module.js';
import { buildRenderModel } from '../render/build-render-model.js';
import type { RenderModel } from '../../core/model/render-model.js';
import { buildWorkspaceModel } from './build-workspace-model.js';
import type { WorkspaceModel } from '../../core/diff/workspace-model.js';

export type JourneyServiceSet = ReturnType<typeof createJourneyServices>;

export interface WorkspaceText {
    uri: string;
    text: string;
}

/**
 * Builds `texts` (every document of the workspace, as they are now) in fresh
 * `services`, with `uri`'s text replaced by `previousText`. Returns the merged
 * model and the document's own render model.
 */
export async function buildPreviousVersion(
    services: JourneyServiceSet,
    texts: WorkspaceText[],
    uri: string,
    previousText: string,
    fileOf?: (uri: string) => string
): Promise<{ workspace: WorkspaceModel; document: RenderModel }> {
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const withPrevious = texts.some(entry => entry.uri === uri) ? texts : [...texts, { uri, text: previousText }];
    const documents = withPrevious.map(entry => {
        const document = factory.fromString<Model>(entry.uri === uri ? previousText : entry.text, URI.parse(entry.uri));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    const target = documents.find(document => document.uri.toString() === uri) as LangiumDocument<Model>;
    return {
        workspace: buildWorkspaceModel(documents, services.Journey, fileOf),
        document: buildRenderModel(target, services.Journey)
    };
}
