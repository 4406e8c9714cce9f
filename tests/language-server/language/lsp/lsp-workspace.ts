import { readFileSync } from 'node:fs';
import { buildWorkspace } from '../test-services.js';

/** The examples of docs/language.md, shared by the editor-feature tests. */
export const PEOPLE = readFileSync(new URL('../../../fixtures/language-md/people.journey', import.meta.url), 'utf8');
export const CHECKOUT = readFileSync(new URL('../../../fixtures/language-md/checkout.journey', import.meta.url), 'utf8');

/**
 * Services whose workspace already holds the library file `people.journey`
 * (personas, teams, channels), as a real workspace would: the document under
 * test is then parsed next to it by the `langium/test` helpers.
 */
export async function servicesWithLibrary(extraFiles: Record<string, string> = {}) {
    const { services } = await buildWorkspace({ 'people.journey': PEOPLE, ...extraFiles });
    return services;
}
