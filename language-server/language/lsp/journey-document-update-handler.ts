import { URI, type FileSystemProvider, type LangiumDocuments, type TextDocumentProvider } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Langium keeps a closed document's last text: after "Don't Save" (or closing
 * an edited buffer in any editor) its diagnostics, definitions and duplicate
 * ids stayed those of text that no longer exists anywhere. On close, a
 * workspace file is read again from disk; a document that is not a file of the
 * language on disk (untitled, deleted, a `.txt` shown as Journey) is dropped.
 */
export class JourneyDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly fileSystem: FileSystemProvider;
    private readonly documents: LangiumDocuments;
    private readonly textDocuments: TextDocumentProvider | undefined;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
        this.documents = services.workspace.LangiumDocuments;
        this.textDocuments = services.workspace.TextDocuments;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        void this.reloadOrDrop(URI.parse(event.document.uri));
    }

    private async reloadOrDrop(uri: URI): Promise<void> {
        if (!this.documents.hasDocument(uri)) return;
        const onDisk = uri.scheme === 'file' && this.isLanguageFile(uri) && (await this.isFile(uri));
        // Reopened meanwhile: the editor's text is the truth again.
        if (this.textDocuments?.get(uri.toString())) return;
        if (onDisk) this.fireDocumentUpdate([uri], []);
        else this.fireDocumentUpdate([], [uri]);
    }

    /** Whether the workspace would load this file by its name (not only because an editor showed it as Journey). */
    private isLanguageFile(uri: URI): boolean {
        const extensions = this.serviceRegistry.all.flatMap(language => language.LanguageMetaData.fileExtensions);
        return extensions.some(extension => uri.path.endsWith(extension));
    }

    private async isFile(uri: URI): Promise<boolean> {
        try {
            return (await this.fileSystem.stat(uri)).isFile;
        } catch {
            return false;
        }
    }
}
