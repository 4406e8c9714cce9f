/**
 * A minimal LSP client for tests: starts the BUILT server as an editor
 * does (`node bin/journey.js lsp --stdio`) and speaks JSON-RPC to it over
 * its stdin/stdout, keeping every publishDiagnostics it sends.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
    ExitNotification,
    InitializedNotification,
    InitializeRequest,
    PublishDiagnosticsNotification,
    ShutdownRequest,
    StreamMessageReader,
    StreamMessageWriter,
    createProtocolConnection,
    type ClientCapabilities,
    type Diagnostic,
    type InitializeResult,
    type ProtocolConnection
} from 'vscode-languageserver-protocol/node.js';
import type { RequestDescriptor } from '../../../../language-server/protocol/index.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export interface StdioServer {
    connection: ProtocolConnection;
    /** A custom request of the Journey protocol (language-server/protocol), typed by its descriptor. */
    request<P, R>(type: RequestDescriptor<P, R>, params: P): Promise<R>;
    /** The first diagnostics published for `uri` (from the `from`-th publication on) that satisfy `accept`; waits for them. */
    diagnosticsFor(uri: string, accept: (diagnostics: Diagnostic[]) => boolean, from?: number): Promise<Diagnostic[]>;
    /** How many publications `uri` has had so far: pass it as `from` to wait for the next one. */
    publicationCount(uri: string): number;
    /** What the server wrote to stderr. */
    stderr(): string;
    /** The exit code, or null while the server runs. */
    exitCode(): number | null;
    /** Shutdown + exit, as a client ends a session, and waits for the process to end. */
    stop(): Promise<void>;
}

/** Starts `journey lsp --stdio` in `cwd` and connects to it; the caller sends `initialize`. */
export function startStdioServer(cwd: string): StdioServer {
    const server = spawn(process.execPath, [join(repoRoot, 'bin', 'journey.js'), 'lsp', '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    server.stderr.on('data', chunk => { stderr += String(chunk); });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    const published = new Map<string, Diagnostic[][]>();
    let waiting: Array<() => void> = [];
    connection.onNotification(PublishDiagnosticsNotification.type, params => {
        published.set(params.uri, [...(published.get(params.uri) ?? []), params.diagnostics]);
        const wake = waiting;
        waiting = [];
        wake.forEach(resolve => resolve());
    });
    connection.listen();

    return {
        connection,
        request: (type, params) => connection.sendRequest(type.method, params),
        async diagnosticsFor(uri, accept, from = 0) {
            for (;;) {
                const match = (published.get(uri) ?? []).slice(from).find(accept);
                if (match) return match;
                await new Promise<void>(resolve => waiting.push(resolve));
            }
        },
        publicationCount: uri => published.get(uri)?.length ?? 0,
        stderr: () => stderr,
        exitCode: () => server.exitCode,
        async stop() {
            if (server.exitCode === null) {
                const exited = new Promise<void>(resolve => server.once('exit', () => resolve()));
                await connection.sendRequest(ShutdownRequest.type);
                await connection.sendNotification(ExitNotification.type);
                await exited;
            }
            connection.dispose();
        }
    };
}

/** `initialize` with `folder` as the one workspace folder, then `initialized`, as an editor opening a folder does. */
export async function initializeWorkspace(
    server: StdioServer,
    folder: string,
    capabilities: ClientCapabilities = { textDocument: { publishDiagnostics: {} } }
): Promise<InitializeResult> {
    const uri = pathToFileURL(folder).toString();
    const result = await server.connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: uri,
        workspaceFolders: [{ uri, name: 'maps' }],
        capabilities
    });
    await server.connection.sendNotification(InitializedNotification.type, {});
    return result;
}
