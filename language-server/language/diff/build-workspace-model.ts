/**
 * The workspace model of built documents: each document's render model (the
 * same builder the preview uses), merged by id.
 */
import type { LangiumCoreServices, LangiumDocument } from 'langium';
import type { Model } from '../generated/ast.js';
import { buildRenderModel } from '../render/build-render-model.js';
import { mergeRenderModels, type WorkspaceModel } from '../../core/diff/workspace-model.js';

export function buildWorkspaceModel(
    documents: Array<LangiumDocument<Model>>,
    services: LangiumCoreServices,
    fileOf?: (uri: string) => string
): WorkspaceModel {
    return mergeRenderModels(documents.map(document => buildRenderModel(document, services)), fileOf);
}
