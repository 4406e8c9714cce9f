import { DefaultLangiumDocumentFactory, type AstNode, type Cancellation, type LangiumDocument, type Mutable, type ParseResult, type URI } from 'langium';
import { reparseEditedBlock } from './incremental-reparse.js';

/**
 * Langium's `DefaultLangiumDocumentFactory.update` parses the whole new text
 * of a changed document. Here its parse step first tries to re-parse only the
 * edited block in the old tree (incremental-reparse.ts); when that does not
 * apply, it parses the whole text as Langium does. The rest of `update`
 * (reading the text, the text document, the state) is Langium's own.
 */
export class IncrementalDocumentFactory extends DefaultLangiumDocumentFactory {
    /** How the updates parsed: the tests check that most edits took the incremental path. */
    readonly reparses = { incremental: 0, full: 0 };
    /** The parse result before the update, per document being updated (Langium's `update` parses through `parseAsync`, which only gets the URI). */
    private readonly updating = new Map<string, ParseResult>();

    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        this.updating.set(key, document.parseResult);
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.updating.delete(key);
        }
    }

    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        const old = this.updating.get(uri.toString());
        if (old) {
            const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser;
            const reparsed = reparseEditedBlock(parser, old, text);
            if (reparsed) {
                this.reparses.incremental++;
                return reparsed as ParseResult<T>;
            }
            this.reparses.full++;
        }
        return super.parseAsync<T>(uri, text, cancellationToken);
    }
}
