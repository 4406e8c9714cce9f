import { buildRenderModel } from '../../language-server/language/render/build-render-model.js';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { loadWorkspace } from './workspace.js';

/** The render model of every `.journey` file under `paths`, loaded as one workspace, in path order. */
export async function loadWorkspaceModels(paths: string[]): Promise<RenderModel[]> {
    const workspace = await loadWorkspace(paths.length > 0 ? paths : ['.']);
    return workspace.documents.map(document => buildRenderModel(document, workspace.services.Journey));
}
