import { URI, type DocumentSegment, type LangiumDocument } from 'langium';
import type { Model } from '../../../language-server/language/generated/ast.js';
import { CliIndexManager } from '../../../language-server/language/langium-overrides/cli-index-manager.js';
import { createCliServices, loadSeverities, type JourneyServiceSet, type JourneySource } from '../workspace.js';
import { documentProblems, type Problem } from './problems.js';

/** An exported symbol of a file (persona, team, channel, journey) as it crosses between threads. */
export interface SharedDescription {
    readonly name: string;
    readonly type: string;
    readonly path: string;
    readonly nameSegment?: DocumentSegment;
    readonly selectionSegment?: DocumentSegment;
}

/** What a shard tells the others after parsing its own files. */
export interface ShardOutline {
    /** The exports of each of its files, in the order given. */
    readonly exports: SharedDescription[][];
}

/** What a shard needs to link and validate its files as part of the whole workspace. */
export interface ShardContext {
    /** Files of other shards declaring a name this shard refers to: parsed here too, not validated. */
    readonly extras: JourneySource[];
    /** The exports of every file of the workspace, in path order. */
    readonly exports: ReadonlyArray<{ readonly path: string; readonly descriptions: SharedDescription[] }>;
}

/**
 * Some of a workspace's files, checked in one thread as if the whole workspace
 * were built there. Parsing is most of the cost of `journey check` and each
 * file parses alone; linking and `duplicate-id` need the rest of the
 * workspace, which comes in two steps: `outline` parses the shard's files and
 * says what they declare; `check` receives the declarations of
 * every file (for `duplicate-id`, in path order as a single build indexes them)
 * and the files declaring what this shard refers to (parsed here so that
 * references resolve to real nodes, as validation compares them), then links
 * and validates. Diagnostics are those of a single-threaded build.
 */
export class WorkspaceShard {
    private readonly services: JourneyServiceSet;
    private readonly documents: Array<LangiumDocument<Model>> = [];

    private constructor(services: JourneyServiceSet) {
        this.services = services;
    }

    /** Services with journey.config.json of `root` applied (an invalid config is an InputError). */
    static async create(root: string): Promise<WorkspaceShard> {
        const services = createCliServices();
        await loadSeverities(services, root);
        return new WorkspaceShard(services);
    }

    async outline(sources: JourneySource[]): Promise<ShardOutline> {
        const exports: SharedDescription[][] = [];
        for (const source of sources) {
            const document = this.parse(source);
            this.documents.push(document);
            exports.push(await this.exportsOf(document));
        }
        return { exports };
    }

    /** Links and validates the shard's files; their problems, per file in the order given to `outline`. */
    async check(context: ShardContext): Promise<Problem[][]> {
        const indexManager = this.services.shared.workspace.IndexManager as CliIndexManager;
        for (const { path, descriptions } of context.exports) {
            const documentUri = URI.file(path);
            indexManager.declareExports(documentUri.toString(), descriptions.map(description => ({ ...description, documentUri })));
        }
        const extras = context.extras.map(source => this.parse(source));
        // Indexed, linked and validated in the workspace's order, as a single-threaded build does.
        const order = new Map(context.exports.map(({ path }, index) => [URI.file(path).toString(), index]));
        const position = (document: LangiumDocument) => order.get(document.uri.toString()) ?? order.size;
        const all = [...this.documents, ...extras].sort((a, b) => position(a) - position(b));
        const builder = this.services.shared.workspace.DocumentBuilder;
        await builder.build(all, { validation: false });
        await builder.build(this.documents, { validation: true });
        return this.documents.map(document => documentProblems(document));
    }

    private parse(source: JourneySource): LangiumDocument<Model> {
        const document = this.services.shared.workspace.LangiumDocumentFactory.fromString<Model>(source.text, URI.file(source.path));
        this.services.shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    }

    private async exportsOf(document: LangiumDocument<Model>): Promise<SharedDescription[]> {
        const descriptions = await this.services.Journey.references.ScopeComputation.collectExportedSymbols(document);
        // The segments are getters computed on demand: read them before the object is copied to another thread.
        return descriptions.map(({ name, type, path, nameSegment, selectionSegment }) => ({ name, type, path, nameSegment, selectionSegment }));
    }
}
