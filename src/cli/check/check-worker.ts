// Entry of a `journey check` worker thread (dist/check-worker.js): checks the
// files the main thread gives it, as one shard of the workspace.
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../errors.js';
import type { ShardRequest, ShardResponse, ShardWorkerData } from './shard-protocol.js';
import { WorkspaceShard } from './workspace-shard.js';

const port = parentPort!;
// Created at once, while the main thread still reads and parses: the services are ready when the first request comes.
const shard = WorkspaceShard.create((workerData as ShardWorkerData).root);
// A failure (an invalid journey.config.json) is answered to the first request, not thrown here.
shard.catch(() => undefined);

port.on('message', (request: ShardRequest) => {
    void answer(request).then(response => port.postMessage(response));
});

async function answer(request: ShardRequest): Promise<ShardResponse> {
    try {
        if (request.method === 'outline') return { outline: await (await shard).outline(request.sources) };
        return { problems: await (await shard).check(request.context) };
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { error: { message, input: error instanceof InputError, stack: error instanceof Error ? error.stack : undefined } };
    }
}
