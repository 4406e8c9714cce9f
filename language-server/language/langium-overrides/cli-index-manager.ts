import type { LangiumDocument } from 'langium';
import { JourneyIndexManager } from './journey-index-manager.js';

/**
 * Langium's index, as the CLI needs it. The reference index serves find
 * references, rename and relinking after an edit, none of which a one-shot
 * command does, and no check reads it: building it cost ~12% of `journey check`.
 */
export class CliIndexManager extends JourneyIndexManager {
    override async updateReferences(_document: LangiumDocument): Promise<void> {
        // Nothing to do: see above.
    }

    /** Unknown: no references are indexed here. */
    override referrersOf(_uri: string): ReadonlySet<string> | undefined {
        return undefined;
    }
}
