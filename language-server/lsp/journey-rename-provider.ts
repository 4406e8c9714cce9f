import { AstUtils, GrammarAST, type LangiumDocument } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { ResponseError, ErrorCodes, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';

/** docs/language.md: "Ids match `[A-Za-z_][A-Za-z0-9_]*`". */
const ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Rename across files (Langium's default: the declaration and every
 * reference in the workspace), refusing a new name that would not parse
 * back as the same id: not an id at all, or one of the language's keywords.
 */
export class JourneyRenameProvider extends DefaultRenameProvider {
    private readonly keywords: Set<string>;

    constructor(services: LangiumServices) {
        super(services);
        // Taken from the grammar so that a keyword added later is refused too.
        this.keywords = new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(k => k.value));
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const problem = this.checkNewName(params.newName);
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
}
