import type { Problem } from './problems.js';
import type { ShardContext, ShardOutline } from './workspace-shard.js';
import type { JourneySource } from '../workspace.js';

/** Data a check worker starts with. */
export interface ShardWorkerData {
    /** The folder of journey.config.json. */
    readonly root: string;
}

/** A request from the main thread to a check worker. */
export type ShardRequest =
    | { readonly method: 'outline'; readonly sources: JourneySource[] }
    | { readonly method: 'check'; readonly context: ShardContext };

/** A check worker's answer to the latest request. */
export type ShardResponse =
    | { readonly outline: ShardOutline }
    | { readonly problems: Problem[][] }
    | { readonly error: { readonly message: string; readonly input: boolean; readonly stack?: string } };
