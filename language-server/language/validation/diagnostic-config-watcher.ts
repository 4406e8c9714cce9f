import { URI, UriUtils } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { JourneyServices } from '../journey-module.js';
import { workspaceRootsOf } from '../workspace/workspace-roots.js';
import { CONFIG_FILE_NAME, DiagnosticConfigError, type ConfigProblem } from './diagnostic-severities.js';
import type { JourneyWorkspaceManager } from '../langium-overrides/journey-workspace-manager.js';

/**
 * Language server side of journey.config.json: loads it from the workspace
 * folders when the client initializes (validation waits for it, so the first
 * diagnostics already use it), and reloads it and re-validates every document
 * when the client reports that the file changed. Problems in the file are
 * published as diagnostics on the file itself.
 */
export function watchDiagnosticConfig(shared: LangiumSharedServices, journey: JourneyServices): void {
    const severities = journey.validation.DiagnosticSeverities;
    const connection = shared.lsp.Connection;
    let roots: URI[] = [];
    let problemFiles: string[] = [];

    const publishProblems = (problems: ConfigProblem[]) => {
        const byFile = new Map<string, Diagnostic[]>(problemFiles.map(uri => [uri, []]));
        for (const problem of problems) {
            const uri = URI.file(problem.file).toString();
            byFile.set(uri, [...(byFile.get(uri) ?? []), toDiagnostic(problem)]);
        }
        for (const [uri, diagnostics] of byFile) {
            void connection?.sendDiagnostics({ uri, diagnostics });
        }
        problemFiles = problems.map(problem => URI.file(problem.file).toString());
    };

    const load = async () => {
        try {
            await severities.loadFrom(roots);
            publishProblems([]);
        } catch (error) {
            // Never let a config problem take the server down: report it and go on with the defaults.
            connection?.console.error(error instanceof Error ? error.message : String(error));
            if (error instanceof DiagnosticConfigError) {
                publishProblems(error.problems);
            }
        }
    };

    shared.lsp.LanguageServer.onInitialize(params => {
        roots = workspaceRootsOf(params).map(folder => URI.parse(folder.uri));
        void load();
    });
    // A folder added or removed brings or takes its journey.config.json: the severities are read again
    // before the folder's maps are built (changeFolders builds after its listeners ran).
    (shared.workspace.WorkspaceManager as JourneyWorkspaceManager).onDidChangeFolders(folders => {
        roots = folders.map(folder => URI.parse(folder.uri));
        void load();
    });

    shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
        const configChanged = params.changes.some(change => {
            const uri = URI.parse(change.uri);
            return UriUtils.basename(uri) === CONFIG_FILE_NAME && roots.some(root => UriUtils.equals(UriUtils.dirname(uri), root));
        });
        if (configChanged) {
            void load().then(() =>
                shared.workspace.WorkspaceLock.write(token =>
                    shared.workspace.DocumentBuilder.build(shared.workspace.LangiumDocuments.all.toArray(), { validation: true }, token)
                )
            );
        }
    });
}

function toDiagnostic(problem: ConfigProblem): Diagnostic {
    return {
        severity: 1,
        range: { start: { line: problem.line - 1, character: problem.column - 1 }, end: { line: problem.endLine - 1, character: problem.endColumn - 1 } },
        message: problem.message,
        source: 'journey'
    };
}
