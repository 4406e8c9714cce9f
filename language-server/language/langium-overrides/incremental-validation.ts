import type { AstNode, ValidationAcceptor } from 'langium';
import { isStage, type Stage } from '../generated/ast.js';
import { splicesOf, type Splice } from './incremental-reparse.js';

type AcceptorCall = Parameters<ValidationAcceptor>;

/** The acceptor calls of the checks of a stage and every node in it, in the validator's order. */
interface StageRecord {
    generation: number;
    readonly calls: AcceptorCall[];
}

/** What a complete validation of a tree saw. */
interface Completed {
    readonly generation: number;
    readonly splices: number;
    readonly settings: unknown;
    readonly categories: string;
    readonly otherFiles: number | undefined;
}

/**
 * After an edit re-parsed one block (incremental-reparse.ts), the stages
 * elsewhere in the file give the diagnostics they gave before: the acceptor
 * calls of the checks on a stage and on the nodes in it are recorded, and
 * replayed (each diagnostic and its range made again from its node, in the
 * same order) instead of walking the stage and running its checks.
 *
 * This holds because each check on a node inside a stage (stage-checks.ts,
 * emotion-checks.ts, `checkPersonaInJourney`, `checkStageOwnersInvolved`, the
 * opportunity, link, evidence and `repeated-line` checks) reads only its
 * node's subtree, the targets of references, its journey's header and the
 * configuration. A stage is replayed only when:
 * - the validation before was complete and exactly one block was put in place since;
 * - the stage is not the new block and does not contain it;
 * - no other file's declarations were indexed since (so every reference
 *   resolves to the same node: top-level declarations, never in a block);
 * - the configuration and the categories asked for are the same;
 * - it lies before the block, or the edit changed no line number (`repeated-line` quotes a line).
 * The journey's header and top-level declarations are not inside a block: an
 * edit there is a full parse, which makes new nodes, never replayed. Only the
 * trees of open files and of files edited in place are recorded (not a workspace's load).
 * A new check on a node inside a stage must read nothing else.
 */
export class ValidationReplay {
    private readonly records = new WeakMap<Stage, StageRecord>();
    private readonly completed = new WeakMap<AstNode, Completed>();
    private generation = 0;

    constructor(
        private readonly settings: () => unknown,
        /** How often other files' declarations were indexed, undefined when the index does not say. */
        private readonly otherFilesIndexed: (root: AstNode) => number | undefined
    ) {}

    /** A replay for one validation of `root`'s tree, or undefined when it is neither open in an editor nor ever edited in place. */
    begin(root: AstNode, categories: unknown, open: boolean): ReplaySession | undefined {
        const splices = splicesOf(root);
        if (!splices && !open) return undefined;
        const current: Completed = {
            generation: ++this.generation,
            splices: splices?.count ?? 0,
            settings: this.settings(),
            categories: JSON.stringify(categories ?? null),
            otherFiles: this.otherFilesIndexed(root)
        };
        const last = this.completed.get(root);
        const replayable = last !== undefined && current.otherFiles !== undefined && last.otherFiles === current.otherFiles
            && last.splices === current.splices - 1 && last.settings === current.settings && last.categories === current.categories;
        return new ReplaySession(this.records, current.generation, replayable && splices ? { generation: last.generation, splice: splices.last } : undefined, () => this.completed.set(root, current));
    }
}

export class ReplaySession {
    private readonly containersOfBlock = new Set<AstNode>();
    /** The records being made in this validation, per stage. */
    private readonly recording = new Map<AstNode, AcceptorCall[]>();

    constructor(
        private readonly records: WeakMap<Stage, StageRecord>,
        private readonly generation: number,
        private readonly previous: { generation: number; splice: Splice } | undefined,
        /** Called when the validation has checked every node. */
        readonly complete: () => void
    ) {
        for (let node = previous?.splice.block.$container; node; node = node.$container) this.containersOfBlock.add(node);
    }

    /** The acceptor calls of `stage` and the nodes in it in the validation before, when they hold now. */
    replayable(stage: Stage): readonly AcceptorCall[] | undefined {
        const previous = this.previous;
        if (!previous || stage === previous.splice.block || this.containersOfBlock.has(stage)) return undefined;
        const record = this.records.get(stage);
        if (!record || record.generation !== previous.generation) return undefined;
        if (previous.splice.linesChanged && (stage.$cstNode?.offset ?? Infinity) >= previous.splice.start) return undefined;
        record.generation = this.generation;
        return record.calls;
    }

    /** An acceptor that records the calls of `node`'s checks for its stage, then passes them on. */
    recordingFor(node: AstNode, acceptor: ValidationAcceptor): ValidationAcceptor {
        const stage = stageOf(node);
        if (!stage) return acceptor;
        let calls = this.recording.get(stage);
        if (!calls) {
            // The stage is checked before the nodes in it: its record starts here.
            if (stage !== node) return acceptor;
            this.recording.set(stage, (calls = []));
            this.records.set(stage, { generation: this.generation, calls });
        }
        const into = calls;
        return (...call) => {
            into.push(call);
            acceptor(...call);
        };
    }
}

function stageOf(node: AstNode): Stage | undefined {
    for (let ancestor: AstNode | undefined = node; ancestor; ancestor = ancestor.$container) if (isStage(ancestor)) return ancestor;
    return undefined;
}
