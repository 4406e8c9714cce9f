import { AstUtils, CstUtils, GrammarAST, type AstNode, type IndexManager, type LangiumDocument } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { isJourney, isStage, isTouchpoint, type Stage, type Touchpoint } from '../generated/ast.js';

/** docs/language.md: "Ids match `[A-Za-z_][A-Za-z0-9_]*`". */
const ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Rename across files (Langium's default: the declaration and every
 * reference in the workspace), refusing, with a message the editor shows,
 * a new name that would not parse back as the same id (not an id, or a
 * keyword) or that another element of the same kind already has: that
 * rename would turn a working map into a `duplicate-id` error.
 */
export class JourneyRenameProvider extends DefaultRenameProvider {
    private readonly keywords: Set<string>;
    private readonly indexManager: IndexManager;

    constructor(services: LangiumServices) {
        super(services);
        // Taken from the grammar so that a keyword added later is refused too.
        this.keywords = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(k => k.value));
        this.indexManager = services.shared.workspace.IndexManager;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = this.findTarget(document, params);
        const problem = this.checkNewName(params.newName) ?? (target && this.checkCollision(target, params.newName));
        if (problem) {
            throw new ResponseError(ErrorCodes.InvalidParams, problem);
        }
        return super.rename(document, params);
    }

    /** Why `newName` cannot be an id, or undefined when it can. */
    checkNewName(newName: string): string | undefined {
        if (!ID_PATTERN.test(newName)) {
            return `'${newName}' is not a valid id: an id starts with a letter or '_' and contains only letters, digits and '_'.`;
        }
        if (this.keywords.has(newName)) {
            return `'${newName}' is a keyword of the .journey language and cannot be used as an id.`;
        }
        return undefined;
    }

    /** The element renamed: the declaration at the position, or the one referenced there. */
    private findTarget(document: LangiumDocument, params: RenameParams): AstNode | undefined {
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = CstUtils.findDeclarationNodeAtOffset(document.parseResult.value.$cstNode, offset, this.grammarConfig.nameRegexp);
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }

    /**
     * Ids are unique per kind (docs/language.md, `duplicate-id`): personas,
     * teams, channels and journeys across the workspace; stages and
     * touchpoints within their journey.
     */
    private checkCollision(target: AstNode, newName: string): string | undefined {
        const kind = target.$type.toLowerCase();
        if (isStage(target) || isTouchpoint(target)) {
            const journey = AstUtils.getContainerOfType(target, isJourney);
            const siblings: Array<Stage | Touchpoint> = isStage(target)
                ? journey?.stages ?? []
                : journey?.stages.flatMap(stage => stage.touchpoints) ?? [];
            return siblings.some(other => other !== target && other.name === newName)
                ? `A ${kind} named '${newName}' already exists in journey '${journey?.name}'.`
                : undefined;
        }
        const existing = this.indexManager.allElements(target.$type).find(d => d.name === newName && d.node !== target);
        return existing
            ? `A ${kind} named '${newName}' already exists (${existing.documentUri.path.split('/').pop()}).`
            : undefined;
    }
}
