import { DefaultServiceRegistry, type LangiumCoreServices, type URI } from 'langium';

/**
 * Langium's registry finds a document's language by its open text document or
 * by its file extension. A document opened under the Journey language without
 * the extension (`untitled:Untitled-1` from New Journey Map, a `.txt` file
 * switched to Journey) lost its language when it was closed: the next update
 * that touched it threw "The service registry contains no services for the
 * extension ''" and the server exited. Here such a document keeps the language
 * it was opened as until it is reopened under another one.
 */
export class JourneyServiceRegistry extends DefaultServiceRegistry {
    private readonly openedAs = new Map<string, string>();

    override getServices(uri: URI): LangiumCoreServices {
        const key = uri.toString();
        const openAs = this.textDocuments?.get(key)?.languageId;
        if (openAs !== undefined) this.openedAs.set(key, openAs);
        try {
            return super.getServices(uri);
        } catch (error) {
            const languageId = this.openedAs.get(key);
            const services = languageId !== undefined ? this.languageIdMap.get(languageId) : undefined;
            if (services) return services;
            throw error;
        }
    }
}
