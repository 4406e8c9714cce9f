import { type Cancellation, type FileSystemProvider, type LangiumDocument, type LangiumSharedCoreServices, type Mutable, type URI, type AstNode } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { RefusedFileError } from './refused-file.js';
import { IncrementalDocumentFactory } from '../langium-overrides/incremental-document-factory.js';
import { DiagnosticCode } from '../validation/diagnostic-codes.js';

/** Why a workspace file could not be read, for the documents made of no text in its place. */
const unreadable = new WeakMap<LangiumDocument, string>();

/**
 * The document factory (incremental-document-factory.ts), for workspace files the file system refuses to
 * read (RefusedFileError: a link whose target is outside the workspace, a
 * FIFO, a file too large, a broken link): instead of the file being skipped with a line in a
 * log nobody reads (workspace loading) or a failed update (a change on disk),
 * it becomes an empty document whose one diagnostic says why, on the file
 * itself, in the Problems view. It declares nothing, so none of the target's
 * text ever shows. Once the file can be read again, it is an ordinary document.
 */
export class JourneyDocumentFactory extends IncrementalDocumentFactory {
    /** The reason of the latest refused read, per URI, until the document it is for takes it. */
    private readonly failures = new Map<string, string>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        // Both fromUri and update read through this field: a read that fails becomes empty text and a noted reason.
        (this as unknown as { fileSystemProvider: FileSystemProvider }).fileSystemProvider = explainingFailures(this.fileSystemProvider, this.failures);
    }

    override async fromUri<T extends AstNode = AstNode>(uri: URI, cancellationToken?: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        return this.noteFailure(await super.fromUri<T>(uri, cancellationToken));
    }

    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        return this.noteFailure(await super.update(document, cancellationToken));
    }

    private noteFailure<T extends AstNode>(document: LangiumDocument<T>): LangiumDocument<T> {
        const key = document.uri.toString();
        const reason = this.failures.get(key);
        this.failures.delete(key);
        if (reason !== undefined) unreadable.set(document, reason);
        else unreadable.delete(document);
        return document;
    }
}

/** The diagnostic of a document that stands for a file that could not be read, if it is one. */
export function unreadableFileDiagnostic(document: LangiumDocument): Diagnostic | undefined {
    const reason = unreadable.get(document);
    if (reason === undefined) return undefined;
    return {
        severity: 1,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message: reason,
        code: DiagnosticCode.UnreadableFile,
        source: 'journey'
    };
}

function explainingFailures(files: FileSystemProvider, failures: Map<string, string>): FileSystemProvider {
    return new Proxy(files, {
        get(target, property, receiver) {
            if (property !== 'readFile') return Reflect.get(target, property, receiver);
            return async (uri: URI) => {
                try {
                    return await target.readFile(uri);
                } catch (error) {
                    // A file that is not there stays an error (Langium then has no document for it).
                    if (!(error instanceof RefusedFileError)) throw error;
                    failures.set(uri.toString(), error.message);
                    return '';
                }
            };
        }
    });
}
