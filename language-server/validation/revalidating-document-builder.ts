import { DefaultDocumentBuilder, DocumentState, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';

/**
 * `duplicate-id` compares ids across every file of the workspace, so editing
 * one file can add or remove a duplicate in another that Langium would not
 * rebuild (it only relinks files whose references are affected). Before each
 * update, this builder sends every other validated document back to be
 * validated again; linking is not repeated, so this stays cheap.
 */
export class RevalidatingDocumentBuilder extends DefaultDocumentBuilder {
    override async update(changed: URI[], deleted: URI[], cancelToken?: CancellationToken): Promise<void> {
        const touched = new Set([...changed, ...deleted].map(uri => uri.toString()));
        for (const document of this.langiumDocuments.all) {
            if (!touched.has(document.uri.toString()) && document.state >= DocumentState.Validated) {
                this.resetToState(document, DocumentState.IndexedReferences);
            }
        }
        return super.update(changed, deleted, cancelToken);
    }
}
