import { DefaultLanguageServer } from 'langium/lsp';
import type { InitializedParams, InitializeParams, InitializeResult } from 'vscode-languageserver';
import type { JourneyWorkspaceManager } from '../langium-overrides/journey-workspace-manager.js';

/**
 * Langium's language server, which says it supports workspace folders but
 * asks no client to tell it when they change: a folder added to a VS Code
 * workspace stayed unindexed, and its maps' ids showed as unresolved in the
 * others. Here the server asks for `workspace/didChangeWorkspaceFolders` and
 * hands each change to the workspace manager.
 */
export class JourneyLanguageServer extends DefaultLanguageServer {
    private clientSendsFolderChanges = false;

    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        const result = super.buildInitializeResult(params);
        this.clientSendsFolderChanges = Boolean(params.capabilities.workspace?.workspaceFolders);
        result.capabilities.workspace = { ...result.capabilities.workspace, workspaceFolders: { supported: true, changeNotifications: true } };
        return result;
    }

    override initialized(params: InitializedParams): void {
        const connection = this.services.lsp.Connection;
        if (connection && this.clientSendsFolderChanges) {
            const workspaceManager = this.services.workspace.WorkspaceManager as JourneyWorkspaceManager;
            connection.workspace.onDidChangeWorkspaceFolders(event => {
                workspaceManager.changeFolders(event).catch(error => console.error(`Workspace folders: ${error instanceof Error ? error.message : String(error)}`));
            });
        }
        super.initialized(params);
    }
}
