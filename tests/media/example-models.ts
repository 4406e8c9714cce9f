/** The render models of examples/*.journey, built by the language server's own builder as one workspace, by file name. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildRenderModel } from '../../language-server/language/render/build-render-model.js';
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { buildWorkspace } from '../language-server/language/test-services.js';

export async function buildExampleModels(into: Map<string, RenderModel>): Promise<void> {
    const files = Object.fromEntries(readdirSync('examples').filter(name => name.endsWith('.journey'))
        .map(name => [name, readFileSync(join('examples', name), 'utf8')]));
    const { services, documents } = await buildWorkspace(files);
    for (const document of documents) into.set(document.uri.path.split('/').pop()!, buildRenderModel(document, services.Journey));
}
