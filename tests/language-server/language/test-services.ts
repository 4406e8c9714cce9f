import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createJourneyServices } from '../../../language-server/language/journey-module.js';
import type { Model } from '../../../language-server/language/generated/ast.js';

/** Fresh services over an in-memory file system, as the unit tests use them. */
export function createTestServices() {
    return createJourneyServices(EmptyFileSystem);
}

/**
 * Loads several in-memory files as one workspace, builds them with validation,
 * and returns the documents in the order given.
 */
export async function buildWorkspace(
    files: Record<string, string>,
    services = createTestServices()
): Promise<{ services: ReturnType<typeof createTestServices>; documents: Array<LangiumDocument<Model>> }> {
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const documents = Object.entries(files).map(([path, text]) => {
        const doc = factory.fromString<Model>(text, URI.file(`/workspace/${path}`));
        services.shared.workspace.LangiumDocuments.addDocument(doc);
        return doc;
    });
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { services, documents };
}
