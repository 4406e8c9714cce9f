import { AstUtils, CstUtils, GrammarAST, isReference, URI, type AstNode, type LangiumDocument, type LangiumDocuments, type AstNodeDescription, type Reference, type ReferenceInfo, type Stream } from 'langium';
import {
    DefaultCompletionProvider,
    type CompletionAcceptor,
    type CompletionContext,
    type CompletionValueItem,
    type NextFeature
} from 'langium/lsp';
import { CompletionItemKind, CompletionList, InsertTextFormat, type CancellationToken, type CompletionParams } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isChannel, isEmotion, isJourney, isModel, isPersona, isResearch, isSystem, isTeam, isThought, type Stage, type Touchpoint } from '../generated/ast.js';
import { lastOf } from '../ast-values.js';
import { getJourneyPersonas } from '../references/journey-personas.js';
import { completionPrefix } from './completion-prefix.js';
import { snippetsFor } from './journey-snippets.js';
import { ownerRank } from './owner-suggestions.js';
import { EMOTION_SCORES, EMOTION_SCORE_LABELS } from '../../core/model/emotion-scale.js';
import type { JourneyServices } from '../journey-module.js';

/**
 * Completion on top of Langium's grammar-driven proposals (keywords by
 * context, ids by reference kind), adding what the grammar cannot know:
 * `emotion` and `thought` offer only the journey's personas, the emotion
 * score offers the 1–5 scale (personas with no emotion on the touchpoint yet
 * first), every id shows its label and description, and each keyword that may
 * come next brings its snippets (journey-snippets.ts).
 */
export class JourneyCompletionProvider extends DefaultCompletionProvider {
    private readonly langiumDocuments: LangiumDocuments;

    constructor(services: JourneyServices) {
        super(services);
        this.langiumDocuments = services.shared.workspace.LangiumDocuments;
    }

    /** Parses only what can change the answer (see completionPrefix), when the document's tree matches its text. */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const uri = URI.parse(document.uri);
        const parsed = this.langiumDocuments.hasDocument(uri) ? this.langiumDocuments.getDocument(uri) : undefined;
        if (!parsed || parsed.parseResult.value.$cstNode?.root.fullText !== document.getText()) {
            return super.findFeaturesAt(document, offset);
        }
        const prefix = completionPrefix(parsed, offset);
        return super.findFeaturesAt(TextDocument.create(document.uri, document.languageId, document.version, prefix), prefix.length);
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        // Langium would propose the keywords that may follow a comment; nothing is typed there.
        if (isInComment(document, document.textDocument.offsetAt(params.position))) {
            return CompletionList.create([], false);
        }
        return super.getCompletion(document, params, cancelToken);
    }

    /**
     * Langium lexes the whole text to find the tokens around the cursor; only
     * those up to the first one at or after the cursor matter, and no token
     * (comments aside, which are hidden and checked before) spans lines: the
     * text up to the end of the cursor's line gives the same answer.
     */
    protected override backtrackToAnyToken(text: string, offset: number): ReturnType<DefaultCompletionProvider['backtrackToAnyToken']> {
        const lineEnd = text.indexOf('\n', offset);
        return super.backtrackToAnyToken(lineEnd < 0 ? text : text.slice(0, lineEnd), offset);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor) {
        if (isEmotionScore(next)) {
            this.completionForEmotionScore(context, acceptor);
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    /** The keyword, then its snippets: where the grammar allows the keyword, and only there. */
    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor) {
        super.completionForKeyword(context, keyword, acceptor);
        for (const snippet of snippetsFor(keyword.value)) {
            acceptor(context, {
                label: snippet.label,
                kind: CompletionItemKind.Snippet,
                detail: snippet.description,
                insertText: snippet.body.join('\n'),
                insertTextFormat: InsertTextFormat.Snippet,
                // After the keywords (sortText '1'), as editors list snippets.
                sortText: '2'
            });
        }
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        let candidates = super.getReferenceCandidates(refInfo, context);
        if (isEmotion(refInfo.container) || isThought(refInfo.container)) {
            const journey = AstUtils.getContainerOfType(refInfo.container, isJourney);
            if (journey) {
                const allowed = new Set<AstNode>(getJourneyPersonas(journey));
                candidates = candidates.filter(candidate => candidate.node !== undefined && allowed.has(candidate.node));
            }
        }
        const listed = idsAlreadyListed(refInfo, context);
        return candidates.filter(candidate => !listed.has(candidate.name));
    }

    protected override createReferenceCompletionItem(
        description: AstNodeDescription,
        refInfo: ReferenceInfo,
        context: CompletionContext
    ): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const node = description.node;
        if (isPersona(node) || isTeam(node) || isChannel(node) || isSystem(node) || isResearch(node) || isJourney(node)) {
            item.detail = node.label ?? description.type.toLowerCase();
            const text = node.description;
            item.documentation = Array.isArray(text) ? lastOf(text) : text;
        }
        if (refInfo.property === 'owners' && isTeam(node)) {
            // The teams that fit the stage first, in the quick fix's order (owner-suggestions.ts).
            const stage = stageAt(context.document, context.offset);
            if (stage) item.sortText = `0${String(this.rankOf(stage, context)(description)).padStart(4, '0')}`;
        }
        if (isEmotion(refInfo.container) && isPersona(node)) {
            // Personas still to score on this touchpoint first; each group keeps Langium's order.
            const scored = personasScoredAt(context.document, context.offset);
            item.sortText = `${item.sortText ?? '0'}${scored.has(node.name) ? 'b' : 'a'}`;
        }
        return item;
    }

    private ownerRanks: { document: LangiumDocument; offset: number; rank: ReturnType<typeof ownerRank> } | undefined;

    /** The owner rank of the stage being completed, computed once per completion request rather than per team. */
    private rankOf(stage: Stage, context: CompletionContext): ReturnType<typeof ownerRank> {
        if (this.ownerRanks?.document !== context.document || this.ownerRanks.offset !== context.offset) {
            this.ownerRanks = { document: context.document, offset: context.offset, rank: ownerRank(stage) };
        }
        return this.ownerRanks.rank;
    }

    protected completionForEmotionScore(context: CompletionContext, acceptor: CompletionAcceptor): void {
        for (const score of EMOTION_SCORES) {
            acceptor(context, {
                label: String(score),
                kind: CompletionItemKind.Value,
                detail: EMOTION_SCORE_LABELS[score],
                // Keep the scale in order, before any keyword.
                sortText: `0${score}`
            });
        }
    }
}

/**
 * The ids already on the line being completed (`owner a, b, |`): offering
 * them again would only produce a duplicate. The token under the cursor is
 * not counted, so that `owner a|` still completes `a`.
 */
function idsAlreadyListed(refInfo: ReferenceInfo, context: CompletionContext): Set<string> {
    const values = (refInfo.container as unknown as Record<string, unknown>)[refInfo.property];
    if (!Array.isArray(values)) return new Set();
    return new Set(values
        .filter((ref): ref is Reference => isReference(ref) && ref.$refNode !== undefined && ref.$refNode.offset !== context.tokenOffset)
        .map(ref => ref.$refText));
}

/**
 * The personas that already have an emotion on the touchpoint holding `offset`, read from
 * the whole document (the completion parses only the text before the cursor, which misses
 * the emotions below it).
 */
function personasScoredAt(document: LangiumDocument, offset: number): Set<string> {
    const touchpoint = touchpointAt(document, offset);
    // The persona under the cursor is the one being typed. (With `emotion |` above `emotion zoe 2`,
    // the parser's recovery reads the two lines as one emotion of zoe: zoe still counts, rightly.)
    const typed = (ref: Reference | undefined) => ref?.$refNode !== undefined && ref.$refNode.offset <= offset && offset <= ref.$refNode.end;
    return new Set((touchpoint?.emotions ?? [])
        .map(emotion => emotion.persona as Reference | undefined)
        .filter(ref => ref?.$refNode !== undefined && !typed(ref))
        .map(ref => ref!.$refText));
}

function touchpointAt(document: LangiumDocument, offset: number): Touchpoint | undefined {
    return stageAt(document, offset)?.touchpoints.find(node => contains(node, offset));
}

/** The stage of the whole document (not the completion's partial parse) holding `offset`. */
function stageAt(document: LangiumDocument, offset: number): Stage | undefined {
    const root = document.parseResult.value;
    const journey = isModel(root) ? root.elements.filter(isJourney).find(node => contains(node, offset)) : undefined;
    return journey?.stages.find(node => contains(node, offset));
}

function contains(node: AstNode, offset: number): boolean {
    return node.$cstNode !== undefined && node.$cstNode.offset < offset && offset <= node.$cstNode.end;
}

/** Whether `offset` is inside a comment; the end of a `//` comment still counts, that of a block comment not. */
function isInComment(document: LangiumDocument, offset: number): boolean {
    const root = document.parseResult.value.$cstNode;
    if (!root) return false;
    for (const leaf of CstUtils.flattenCst(root)) {
        if (leaf.offset >= offset) break;
        if (!leaf.hidden) continue;
        const name = leaf.tokenType.name;
        if ((name === 'SL_COMMENT' && offset <= leaf.end) || (name === 'ML_COMMENT' && offset < leaf.end)) return true;
    }
    return false;
}

/** Whether the parser expects the NUMBER of `emotion PERSONA SCORE`. */
function isEmotionScore(next: NextFeature): boolean {
    const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
    const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
    return assignment?.feature === 'score' && rule?.name === 'Emotion';
}
