// Language server benchmark over real LSP stdio: time from `initialize` to the
// first diagnostics of an opened map, edit → diagnostics, completion and hover
// latency, and server memory once every file of the workspace is validated.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection,
    StreamMessageReader,
    StreamMessageWriter
} from 'vscode-languageserver-protocol/node.js';
import { summarize } from './stats.mjs';

const root = new URL('..', import.meta.url).pathname;

/** With BENCH_CPU_PROF=dir, the server writes a V8 CPU profile there when it exits (open it in Chrome DevTools). */
function serverArgs() {
    const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];
    // BENCH_JOURNEY_BIN: another build of the CLI (e.g. a worktree of an older commit), for before/after numbers.
    return [...profile, process.env.BENCH_JOURNEY_BIN ?? join(root, 'bin/journey.js'), 'lsp', '--stdio'];
}

/** CPU time (user + system) the process has used so far, in ms: unlike wall time, barely affected by a busy machine. */
function cpuTime(pid) {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in clock ticks of 10 ms
}

async function startServer(workspaceDir) {
    const child = spawn(process.execPath, serverArgs(), { stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise(resolve => child.once('exit', resolve));
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const diagnosticsWaiters = [];
    // Langium publishes the diagnostics of every file it validates, opened or not: all of them published = the workspace is indexed and validated.
    const published = new Set();
    let allPublished;
    connection.onNotification('textDocument/publishDiagnostics', params => {
        published.add(params.uri);
        if (allPublished && published.size >= allPublished.count) allPublished.resolve();
        for (const waiter of [...diagnosticsWaiters]) {
            if (waiter.uri === params.uri) {
                diagnosticsWaiters.splice(diagnosticsWaiters.indexOf(waiter), 1);
                waiter.resolve(params);
            }
        }
    });
    connection.onRequest('workspace/configuration', params => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
    const rootUri = pathToFileURL(workspaceDir).href;
    const initializeSent = performance.now();
    await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri,
        workspaceFolders: [{ uri: rootUri, name: 'bench' }],
        capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { publishDiagnostics: { versionSupport: true } } }
    });
    await connection.sendNotification('initialized', {});
    const nextDiagnostics = uri => new Promise(resolve => diagnosticsWaiters.push({ uri, resolve }));
    const rss = () => {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) * 1024;
    };
    const stop = async () => {
        await connection.sendRequest('shutdown').catch(() => undefined);
        await connection.sendNotification('exit').catch(() => undefined);
        // Let the server exit by itself (it writes its CPU profile then); kill it only if it does not.
        const timer = setTimeout(() => child.kill(), 5000);
        await exited;
        clearTimeout(timer);
        connection.dispose();
    };
    const workspaceValidated = count => new Promise(resolve => {
        allPublished = { count, resolve };
        if (published.size >= count) resolve();
    });
    return { connection, initializeSent, nextDiagnostics, workspaceValidated, rss, cpu: () => cpuTime(child.pid), stop };
}

/** Position (0-based) of the first line matching `pattern` at or after the file's middle, and the column after the match. */
function positionInMiddle(text, pattern) {
    const lines = text.split('\n');
    for (let line = Math.floor(lines.length / 2); line < lines.length; line++) {
        const match = pattern.exec(lines[line]);
        if (match) return { line, character: match.index + match[0].length };
    }
    throw new Error(`no line matches ${pattern}`);
}

function journeyFileCount(dir) {
    return readdirSync(dir, { recursive: true }).filter(name => String(name).endsWith('.journey')).length;
}

/**
 * `editAt`: where the edit retypes one character (the one after the match); the default retypes an emotion
 * score. `requests: false` skips completion and hover (for files that have no `owner` or `emotion` line).
 */
export async function benchLsp(workspaceDir, file, runs, { editAt = /emotion \w+ /, requests = true } = {}) {
    const server = await startServer(workspaceDir);
    try {
        const uri = pathToFileURL(join(workspaceDir, file)).href;
        const text = readFileSync(join(workspaceDir, file), 'utf8');
        const opened = server.nextDiagnostics(uri);
        await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'journey', version: 1, text } });
        await opened;
        const firstDiagnostics = performance.now() - server.initializeSent;
        await server.workspaceValidated(journeyFileCount(workspaceDir));
        const indexedRss = server.rss();

        // An edit in the middle: retype the character after `editAt` (by default a digit of an emotion score: the file stays valid).
        const scorePosition = positionInMiddle(text, editAt);
        const editToDiagnostics = [];
        const cpuBefore = server.cpu();
        for (let i = 0; i < runs; i++) {
            const diagnostics = server.nextDiagnostics(uri);
            const start = performance.now();
            await server.connection.sendNotification('textDocument/didChange', {
                textDocument: { uri, version: i + 2 },
                contentChanges: [{ range: { start: scorePosition, end: { ...scorePosition, character: scorePosition.character + 1 } }, text: String(1 + (i % 5)) }]
            });
            await diagnostics;
            editToDiagnostics.push(performance.now() - start);
        }
        const cpuPerEdit = (server.cpu() - cpuBefore) / runs;

        const completion = [];
        const hover = [];
        for (let i = 0; requests && i < runs; i++) {
            const ownerPosition = positionInMiddle(text, /owner /);
            const start = performance.now();
            const result = await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: ownerPosition });
            completion.push(performance.now() - start);
            if (i === 0 && !(result?.items ?? result)?.length) throw new Error('completion returned nothing');
        }

        for (let i = 0; requests && i < runs; i++) {
            const hoverPosition = positionInMiddle(text, /emotion /);
            const start = performance.now();
            await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { ...hoverPosition, character: hoverPosition.character + 1 } });
            hover.push(performance.now() - start);
        }
        return {
            lines: text.split('\n').length,
            firstDiagnostics,
            indexedRss,
            editToDiagnostics: summarize(editToDiagnostics),
            cpuPerEdit,
            completion: requests ? summarize(completion) : undefined,
            hover: requests ? summarize(hover) : undefined,
            rss: server.rss()
        };
    } finally {
        await server.stop();
    }
}
