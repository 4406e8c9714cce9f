import { Cancellation, DefaultDocumentBuilder, DocumentState, type LangiumDocument, type URI } from 'langium';
import { DiagnosticCode } from '../validation/diagnostic-codes.js';

/**
 * `duplicate-id` compares ids across every file of the workspace, so editing
 * one file can add or remove a duplicate in another file that Langium would
 * not rebuild (it only relinks files whose references are affected). After
 * each update, this builder validates again (without relinking) the other
 * files that declare an id the changed files now declare, and those that
 * currently show a duplicate, which may have gone away.
 */
export class RevalidatingDocumentBuilder extends DefaultDocumentBuilder {
    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        await super.update(changed, deleted, cancelToken);
        const touched = new Set([...changed, ...deleted].map(uri => uri.toString()));
        const affected = this.documentsSharingIdsWith(touched).filter(document => document.state >= DocumentState.Validated);
        if (affected.length > 0) {
            affected.forEach(document => this.resetToState(document, DocumentState.IndexedReferences));
            await this.buildDocuments(affected, this.updateBuildOptions, cancelToken);
        }
    }

    private documentsSharingIdsWith(touched: Set<string>): LangiumDocument[] {
        const key = (description: { type: string; name: string }) => `${description.type} ${description.name}`;
        const declaredByTouched = new Set(
            this.indexManager.allElements().filter(description => touched.has(description.documentUri.toString())).map(key)
        );
        const sharing = new Set(
            this.indexManager
                .allElements()
                .filter(description => declaredByTouched.has(key(description)))
                .map(description => description.documentUri.toString())
        );
        return this.langiumDocuments.all
            .filter(document => !touched.has(document.uri.toString()))
            .filter(document => sharing.has(document.uri.toString()) || (document.diagnostics ?? []).some(d => d.code === DiagnosticCode.DuplicateId))
            .toArray();
    }
}
