import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, ShutdownRequest, ExitNotification } from 'vscode-languageserver-protocol/node.js';
import { journey, journeyProcess, REPO } from './run-journey.js';


const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
const COMMANDS = ['check', 'fmt', 'import', 'lsp'];

describe('journey --help and --version', () => {
    it('prints the version at the top level and for every command', async () => {
        // The process itself once (its exit code and stdout), the rest in-process through the same entry.
        expect(journeyProcess(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
        for (const args of [['-v'], ...COMMANDS.map(command => [command, '--version'])]) {
            expect(await journey(args), args.join(' ')).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
        }
    });

    it('lists every command with a summary', async () => {
        const run = await journey(['--help']);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('Usage: journey <command> [options]');
        for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
        expect(run.stdout).toContain('--version');
    });

    it("prints each command's usage and options", async () => {
        expect((await journey(['check', '--help'])).stdout).toMatch(/^Usage: journey check \[paths\.\.\.\] \[options\]\n[\s\S]*-f, --format <text\|json\|github> +Output format \(default: text\)/);
        expect((await journey(['fmt', '-h'])).stdout).toMatch(/^Usage: journey fmt \[paths\.\.\.\] \[options\]\n[\s\S]*-c, --check +Change nothing/);
        expect((await journey(['lsp', '--help'])).stdout).toMatch(/^Usage: journey lsp \[options\]\n[\s\S]*--stdio +Speak LSP over stdin\/stdout/);
    });
});

// The first two as true processes (exit code 2, what reaches stderr); the others in-process.
describe('journey usage errors exit 2 with one line and no stack trace', () => {
    it('no command: the help, on stderr', () => {
        const run = journeyProcess([]);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain('Usage: journey <command> [options]');
    });

    it('an unknown command', () => {
        expect(journeyProcess(['render-all'])).toMatchObject({ status: 2, stdout: '', stderr: "journey: unknown command 'render-all' (see 'journey --help')\n" });
    });

    it('an unknown top-level option', async () => {
        expect(await journey(['--colour'])).toMatchObject({ status: 2, stderr: "journey: unknown option '--colour' (see 'journey --help')\n" });
    });

    it('lsp without a transport', async () => {
        expect(await journey(['lsp'])).toMatchObject({
            status: 2,
            stderr: "journey: journey lsp needs a transport: --stdio, --node-ipc or --socket <port> (see 'journey lsp --help')\n"
        });
    });

    it('positional arguments where a command takes none', async () => {
        const run = await journey(['lsp', '--stdio', 'extra']);
        expect(run.status).toBe(2);
        expect(run.stderr).toMatch(/^journey: .*'extra'.*\n$/);
    });
});

describe('journey lsp --stdio', () => {
    it('answers initialize with the language features, formatting included, and exits on request', async () => {
        const server = spawn(process.execPath, [join(REPO, 'bin/journey.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        const exited = new Promise<number | null>(resolve => server.on('exit', code => resolve(code)));
        const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
        connection.listen();
        try {
            const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
            expect(result.capabilities.documentFormattingProvider).toBeTruthy();
            expect(result.capabilities.completionProvider).toBeTruthy();
            await connection.sendRequest(ShutdownRequest.type);
            await connection.sendNotification(ExitNotification.type);
            expect(await exited).toBe(0);
        } finally {
            connection.dispose();
            server.kill();
        }
    });
});
