import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import type { JourneySource } from '../workspace.js';
import { sortProblems, type CheckResult, type Problem } from './problems.js';
import type { ShardRequest, ShardResponse, ShardWorkerData } from './shard-protocol.js';
import { WorkspaceShard, type ShardContext, type ShardOutline, type SharedDescription } from './workspace-shard.js';

/** A shard of the workspace, in this thread or in a worker. */
interface Shard {
    outline(sources: JourneySource[]): Promise<ShardOutline>;
    check(context: ShardContext): Promise<Problem[][]>;
    close(): void;
}

/**
 * Checks the files in several threads, one share each (see thread-plan.ts):
 * the first share in this thread, the others in worker threads. The result is
 * the single-threaded check's: each thread also loads the files declaring what
 * its files refer to, and sees the declarations of every file.
 */
export async function checkInParallel(shares: JourneySource[][], root: string): Promise<CheckResult> {
    // Workers first: they start up while this thread creates its services and parses.
    const workers = shares.slice(1).map(() => new WorkerShard(root));
    const shards: Shard[] = [];
    try {
        shards.push(await LocalShard.create(root), ...workers);
        const outlines = await Promise.all(shares.map((share, index) => shards[index].outline(share)));
        const files = shares.flatMap((share, index) => share.map((source, position) => ({ source, exports: outlines[index].exports[position] })))
            .sort((a, b) => compare(a.source.path, b.source.path));
        const exports = files.map(({ source, exports }) => ({ path: source.path, descriptions: exports }));
        const problems = await Promise.all(shares.map((share, index) => {
            const own = new Set(share.map(source => source.path));
            const words = wordsOf(share);
            const extras = files.filter(file => !own.has(file.source.path) && declaresAny(file.exports, words)).map(file => file.source);
            return shards[index].check({ extras, exports });
        }));
        // Concatenated in path order, each file's problems in the validator's order, then sorted as a single-threaded check sorts.
        const byPath = new Map(shares.flatMap((share, index) => share.map((source, position) => [source.path, problems[index][position]] as const)));
        return { fileCount: files.length, problems: sortProblems(files.flatMap(file => byPath.get(file.source.path) ?? [])) };
    } finally {
        for (const worker of workers) worker.close();
    }
}

/**
 * Every word that could be an identifier in the files: a superset of the
 * names their references use (the grammar's ID is `[A-Za-z_][A-Za-z0-9_]*`,
 * a token the lexer never starts in the middle of such a word). Found in the
 * text rather than the tree: Langium's generic tree walk cost as much as
 * linking. A word from a string or comment at worst loads one file too many.
 */
function wordsOf(sources: JourneySource[]): Set<string> {
    const words = new Set<string>();
    for (const source of sources) {
        for (const [word] of source.text.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) words.add(word);
    }
    return words;
}

function declaresAny(descriptions: SharedDescription[], names: Set<string>): boolean {
    return descriptions.some(description => names.has(description.name));
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** The main thread's share. */
class LocalShard implements Shard {
    private constructor(private readonly shard: WorkspaceShard) {}

    static async create(root: string): Promise<LocalShard> {
        return new LocalShard(await WorkspaceShard.create(root));
    }

    outline(sources: JourneySource[]): Promise<ShardOutline> {
        return this.shard.outline(sources);
    }

    check(context: ShardContext): Promise<Problem[][]> {
        return this.shard.check(context);
    }

    close(): void {}
}

/** A share checked in a worker thread (dist/check-worker.js, next to dist/cli.js). */
class WorkerShard implements Shard {
    private readonly worker: Worker;
    private pending?: { resolve(response: ShardResponse): void; reject(error: Error): void };

    constructor(root: string) {
        const workerData: ShardWorkerData = { root };
        this.worker = new Worker(join(__dirname, 'check-worker.js'), { workerData });
        this.worker.on('message', (response: ShardResponse) => this.settle(pending => pending.resolve(response)));
        this.worker.on('error', error => this.settle(pending => pending.reject(error)));
        this.worker.on('exit', code => this.settle(pending => pending.reject(new Error(`check worker stopped (exit code ${code})`))));
    }

    async outline(sources: JourneySource[]): Promise<ShardOutline> {
        const response = await this.request({ method: 'outline', sources });
        if (!('outline' in response)) throw new Error('check worker: unexpected answer');
        return response.outline;
    }

    async check(context: ShardContext): Promise<Problem[][]> {
        const response = await this.request({ method: 'check', context });
        if (!('problems' in response)) throw new Error('check worker: unexpected answer');
        return response.problems;
    }

    close(): void {
        void this.worker.terminate();
    }

    private async request(request: ShardRequest): Promise<ShardResponse> {
        const response = await new Promise<ShardResponse>((resolve, reject) => {
            this.pending = { resolve, reject };
            this.worker.postMessage(request);
        });
        if ('error' in response) {
            if (response.error.input) throw new InputError(response.error.message);
            const error = new Error(response.error.message);
            error.stack = response.error.stack;
            throw error;
        }
        return response;
    }

    private settle(action: (pending: NonNullable<WorkerShard['pending']>) => void): void {
        const pending = this.pending;
        this.pending = undefined;
        if (pending) action(pending);
    }
}
