/**
 * Serves `journey/diff` for "Journey: Compare with Previous Version": the
 * document's previous text (the client reads git HEAD) is built in a separate
 * services instance with the other documents as they are now, then compared
 * with the live workspace, exactly as `journey diff` compares two versions.
 */
import { DocumentState, URI, UriUtils, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Model } from '../generated/ast.js';
import type { DiffParams, DiffResponse } from '../../protocol/index.js';
import type { RequestHandler } from '../lsp/custom-requests.js';
import { buildWorkspaceModel } from './build-workspace-model.js';
import { diffReport } from '../../core/diff/diff-report.js';
import { buildPreviousVersion, type JourneyServiceSet } from './previous-version.js';

export function diffRequestHandler(shared: LangiumSharedServices, createServices: () => JourneyServiceSet): RequestHandler<DiffParams, DiffResponse | null> {
    const documents = shared.workspace.LangiumDocuments;

    return async (params, token) => {
        const uri = URI.parse(params.uri);
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        if (!documents.hasDocument(uri)) return null;
        const current = documents.all.toArray() as Array<LangiumDocument<Model>>;
        const folders = (shared.workspace.WorkspaceManager.workspaceFolders ?? []).map(folder => URI.parse(folder.uri));
        const fileOf = (documentUri: string) => {
            const parsed = URI.parse(documentUri);
            const folder = folders.find(candidate => parsed.path.startsWith(`${candidate.path}/`));
            return folder ? UriUtils.relative(folder, parsed) : UriUtils.basename(parsed);
        };

        const after = buildWorkspaceModel(current, shared.ServiceRegistry.getServices(uri), fileOf);
        const previous = createServices();
        // The same journey.config.json severities on both sides, so no problem seems fixed or introduced by configuration.
        await previous.Journey.validation.DiagnosticSeverities.loadFrom(folders).catch(() => undefined);
        const before = await buildPreviousVersion(
            previous,
            current.map(document => ({ uri: document.uri.toString(), text: document.textDocument.getText() })),
            uri.toString(),
            params.previousText,
            fileOf
        );
        const name = fileOf(uri.toString());
        const { diff, text } = diffReport(before.workspace, after, {
            format: 'markdown',
            // Compare with Previous Version opens VS Code's Markdown preview, which draws no Mermaid: the curves as images.
            curveImages: true,
            title: `Changes in ${name} since ${params.previousName ?? 'the previous version'}`
        });
        return { markdown: text, before: before.document, changeCount: diff.changes.length + diff.diagnostics.introduced.length + diff.diagnostics.fixed.length };
    };
}
