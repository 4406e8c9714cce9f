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
    /**
     * The answer per document and the language it was open as then: Langium
     * asks this for every document in every build phase and on every update
     * (501 documents per keystroke in a company workspace), and the file
     * name parsing behind it cost ~1.7 ms per keystroke there.
     */
    private readonly answered = new Map<string, { openAs: string | undefined; services: LangiumCoreServices }>();

    override getServices(uri: URI): LangiumCoreServices {
        const key = uri.toString();
        const openAs = this.textDocuments?.get(key)?.languageId;
        const known = this.answered.get(key);
        if (known && known.openAs === openAs) return known.services;
        if (openAs !== undefined) this.openedAs.set(key, openAs);
        const services = this.lookUp(uri, key);
        this.answered.set(key, { openAs, services });
        return services;
    }

    override register(language: LangiumCoreServices): void {
        super.register(language);
        this.answered.clear();
    }

    private lookUp(uri: URI, key: string): LangiumCoreServices {
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
