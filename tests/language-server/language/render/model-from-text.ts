import { readFileSync } from 'node:fs';
import { buildRenderModel } from '../../../../language-server/language/render/build-render-model.js';
import type { RenderModel } from '../../../../language-server/core/model/render-model.js';
import { buildWorkspace } from '../test-services.js';

/** A fixture file's text: `language-md/checkout.journey`, `render/two-personas.journey`… */
export function fixtureText(path: string): string {
    return readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');
}

/** Builds a workspace of in-memory files and returns the render model of the last one, as the server would serve it. */
export async function modelFromFiles(files: Record<string, string>): Promise<RenderModel> {
    const { services, documents } = await buildWorkspace(files);
    return buildRenderModel(documents[documents.length - 1], services.Journey);
}

/** The contract's example map (checkout.journey with people.journey beside it). */
export function checkoutModel(): Promise<RenderModel> {
    return modelFromFiles({ 'people.journey': fixtureText('language-md/people.journey'), 'checkout.journey': fixtureText('language-md/checkout.journey') });
}

export function twoPersonasModel(): Promise<RenderModel> {
    return modelFromFiles({ 'two-personas.journey': fixtureText('render/two-personas.journey') });
}
