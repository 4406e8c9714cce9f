import type { AstNodeDescription, LangiumDocument } from 'langium';
import { JourneyIndexManager } from './journey-index-manager.js';

/**
 * Langium's index, as the CLI needs it. The reference index serves find
 * references, rename and relinking after an edit, none of which a one-shot
 * command does, and no check reads it: building it cost ~12% of `journey check`.
 * A parallel check also declares here the exports of files another thread
 * parses (see check/workspace-shard.ts).
 */
export class CliIndexManager extends JourneyIndexManager {
    override async updateReferences(_document: LangiumDocument): Promise<void> {
        // Nothing to do: see above.
    }

    /**
     * Sets the exported symbols of a file (by URI string). A file declared
     * before it is indexed keeps its place in `allElements()` (a Map keeps the
     * first insertion's order), so declaring every file of the workspace in
     * path order first gives the same order as a single-threaded build.
     */
    declareExports(uri: string, descriptions: AstNodeDescription[]): void {
        this.symbolIndex.set(uri, descriptions);
        this.symbolByTypeIndex.clear(uri);
        this.contentChanged();
    }
}
