import { AstUtils, CstUtils, GrammarUtils, type AstNode, type IndexManager, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isJourney, isStage, type Journey, type Stage, type Touchpoint } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import { getJourneyPersonas } from '../references/journey-personas.js';
import { DiagnosticCode } from '../validation/diagnostic-codes.js';
import { CHOOSE_EDIT_COMMAND, type EditChoice } from '../../protocol/index.js';
import { OWNER_FIXES_SHOWN, ownerTitle, rankOwners, type OwnerSuggestion } from './owner-suggestions.js';

/** The score the quick fixes write: the middle of the 1–5 scale, for the author to adjust. */
const NEUTRAL_SCORE = 3;

/**
 * Quick fixes for the three completeness checks of docs/language.md: add an
 * `owner` line (one action per declared team), insert a touchpoint skeleton
 * into an empty stage, and add `emotion PERSONA 3` to every touchpoint of a
 * journey. Inserted lines follow the file's indentation and line endings.
 */
export class JourneyCodeActionProvider implements CodeActionProvider {
    private readonly indexManager: IndexManager;

    constructor(services: JourneyServices) {
        this.indexManager = services.shared.workspace.IndexManager;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            switch (diagnosticCode(diagnostic)) {
                case DiagnosticCode.StageWithoutOwner:
                    actions.push(...this.addOwner(document, diagnostic));
                    break;
                case DiagnosticCode.StageWithoutTouchpoints:
                    actions.push(...this.addTouchpoint(document, diagnostic));
                    break;
                case DiagnosticCode.PersonaWithoutEmotions:
                    actions.push(...this.addEmotions(document, diagnostic));
                    break;
            }
        }
        return actions.length > 0 ? actions : undefined;
    }

    /**
     * "Add owner 'team' (Label)" for the teams that fit best (owner-suggestions.ts), then one
     * "more…" entry that lets the user pick among the others; the stage's usual owner is preferred.
     */
    private addOwner(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const stage = stageAt(document, diagnostic);
        if (!stage) {
            return [];
        }
        const owners = rankOwners(stage, this.indexManager.allElements('Team'));
        const preferred = preferredOwner(stage, owners);
        const fixes = owners.flatMap(owner => {
            const edit = insertAfterOpeningBrace(document.textDocument, stage, [`owner ${owner.id}`]);
            return edit ? [quickFix(`Add owner ${ownerTitle(owner)}`, document, diagnostic, [edit], owner.id === preferred)] : [];
        });
        if (fixes.length <= OWNER_FIXES_SHOWN + 1) {
            return fixes;
        }
        return [...fixes.slice(0, OWNER_FIXES_SHOWN), moreFixes(`Add owner: ${fixes.length - OWNER_FIXES_SHOWN} more teams…`, diagnostic, fixes.slice(OWNER_FIXES_SHOWN))];
    }

    /** A touchpoint with an action to describe and a neutral emotion for each of the journey's personas. */
    private addTouchpoint(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const stage = stageAt(document, diagnostic);
        const journey = stage && AstUtils.getContainerOfType(stage, isJourney);
        if (!stage || !journey) {
            return [];
        }
        const text = document.textDocument.getText();
        const unit = indentUnit(text, stage);
        const id = freeTouchpointId(journey);
        const lines = [
            `touchpoint ${id} "New touchpoint" {`,
            `${unit}action "What the customer does"`,
            ...getJourneyPersonas(journey).map(persona => `${unit}emotion ${persona.name} ${NEUTRAL_SCORE}`),
            '}'
        ];
        const edit = insertBeforeClosingBrace(document.textDocument, stage, lines);
        return edit ? [quickFix(`Add touchpoint '${id}'`, document, diagnostic, [edit], true)] : [];
    }

    /** `emotion PERSONA 3` in every touchpoint of the journey, as one edit. */
    private addEmotions(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        // Some clients drop `data` on the way back: the message names the persona too.
        const persona = (diagnostic.data as { persona?: unknown } | undefined)?.persona ?? /^Persona '(\w+)'/.exec(diagnostic.message)?.[1];
        const journey = nodeAt(document, diagnostic, isJourney);
        if (typeof persona !== 'string' || !journey) {
            return [];
        }
        const line = `emotion ${persona} ${NEUTRAL_SCORE}`;
        const edits = journey.stages
            .flatMap(stage => stage.touchpoints)
            .map(touchpoint => insertEmotion(document.textDocument, touchpoint, line))
            .filter((edit): edit is TextEdit => edit !== undefined);
        if (edits.length === 0) {
            return [];
        }
        return [quickFix(`Add '${line}' to every touchpoint of journey '${journey.name}'`, document, diagnostic, edits, true)];
    }
}

function diagnosticCode(diagnostic: Diagnostic): unknown {
    return diagnostic.code ?? (diagnostic.data as { code?: unknown } | undefined)?.code;
}

function quickFix(title: string, document: LangiumDocument, diagnostic: Diagnostic, edits: TextEdit[], isPreferred: boolean): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred,
        edit: { changes: { [document.textDocument.uri]: edits } }
    };
}

/** A quick fix that asks the client to let the user pick one of `fixes` (CHOOSE_EDIT_COMMAND). */
function moreFixes(title: string, diagnostic: Diagnostic, fixes: CodeAction[]): CodeAction {
    const choices: EditChoice[] = fixes.map(fix => ({ label: fix.title, edit: { changes: fix.edit?.changes ?? {} } }));
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title, command: CHOOSE_EDIT_COMMAND, arguments: [title.replace(/…$/, ''), choices] }
    };
}

/** The node of the given kind that a diagnostic's range starts in. */
function nodeAt<T extends AstNode>(document: LangiumDocument, diagnostic: Diagnostic, is: (node: unknown) => node is T): T | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start));
    return leaf ? AstUtils.getContainerOfType(leaf.astNode, is) : undefined;
}

/** The stage a stage diagnostic is about, if the text still has it where the diagnostic says. */
function stageAt(document: LangiumDocument, diagnostic: Diagnostic): Stage | undefined {
    const stage = nodeAt(document, diagnostic, isStage);
    const expected = (diagnostic.data as { stage?: unknown } | undefined)?.stage;
    return stage && (expected === undefined || expected === stage.name) ? stage : undefined;
}

/** The team that owns most of the stage's touchpoints, or the only team of the workspace. */
function preferredOwner(stage: Stage, owners: OwnerSuggestion[]): string | undefined {
    const teams = owners.map(owner => owner.id);
    const counts = new Map<string, number>();
    for (const owner of stage.touchpoints.flatMap(touchpoint => touchpoint.owners)) {
        if (owner.ref) {
            counts.set(owner.ref.name, (counts.get(owner.ref.name) ?? 0) + 1);
        }
    }
    const mostUsed = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
    return mostUsed ?? (teams.length === 1 ? teams[0] : undefined);
}

/** `new_touchpoint`, or `new_touchpoint_2`… when taken: touchpoint ids are unique within a journey. */
function freeTouchpointId(journey: Journey): string {
    const taken = new Set(journey.stages.flatMap(stage => stage.touchpoints.map(touchpoint => touchpoint.name)));
    let id = 'new_touchpoint';
    for (let n = 2; taken.has(id); n++) {
        id = `new_touchpoint_${n}`;
    }
    return id;
}

// ---- Text placement: the file's own indentation and line endings ----

function lineBreak(text: string): string {
    return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineStartOf(text: string, offset: number): number {
    return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndOf(text: string, offset: number): number {
    const end = text.indexOf('\n', offset);
    const lineEnd = end < 0 ? text.length : end;
    return lineEnd > 0 && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
}

/** The whitespace that starts the line of a node. */
function indentOf(text: string, node: AstNode): string {
    const start = lineStartOf(text, node.$cstNode?.offset ?? 0);
    return /^[ \t]*/.exec(text.slice(start))![0];
}

/** One level of indentation, read from how the node is indented inside its parent; two spaces by default. */
function indentUnit(text: string, node: AstNode): string {
    const own = indentOf(text, node);
    const parent = node.$container && node.$container.$container ? indentOf(text, node.$container) : '';
    if (own.length > parent.length && own.startsWith(parent)) {
        return own.slice(parent.length);
    }
    return own.includes('\t') ? '\t' : '  ';
}

/** Indentation of the lines inside the node's braces: that of its first child on a line of its own, else one level deeper. */
function bodyIndent(text: string, node: AstNode): string {
    const open = GrammarUtils.findNodeForKeyword(node.$cstNode, '{');
    const openLine = open ? lineStartOf(text, open.offset) : -1;
    for (const child of AstUtils.streamContents(node)) {
        if (child.$cstNode && lineStartOf(text, child.$cstNode.offset) !== openLine) {
            return indentOf(text, child);
        }
    }
    return indentOf(text, node) + indentUnit(text, node);
}

/** Inserts lines right after the node's `{` line (after any `// comment` ending that line). */
function insertAfterOpeningBrace(textDocument: TextDocument, node: AstNode, lines: string[]): TextEdit | undefined {
    const open = GrammarUtils.findNodeForKeyword(node.$cstNode, '{');
    if (!open) {
        return undefined;
    }
    const text = textDocument.getText();
    const eol = lineBreak(text);
    const indent = bodyIndent(text, node);
    const block = lines.map(line => eol + indent + line).join('');
    const lineEnd = lineEndOf(text, open.end);
    if (/^[ \t]*(\/\/.*)?$/.test(text.slice(open.end, lineEnd))) {
        return { range: emptyRange(textDocument, lineEnd), newText: block };
    }
    // Something follows the brace on its line: give it a line of its own after the inserted ones.
    const spaces = /^[ \t]*/.exec(text.slice(open.end))![0].length;
    return { range: rangeOf(textDocument, open.end, open.end + spaces), newText: block + eol + indent };
}

/** Inserts lines just before the node's closing `}`, at the body's indentation. */
function insertBeforeClosingBrace(textDocument: TextDocument, node: AstNode, lines: string[]): TextEdit | undefined {
    const close = GrammarUtils.findNodesForKeyword(node.$cstNode, '}').at(-1);
    if (!close) {
        return undefined;
    }
    const text = textDocument.getText();
    const eol = lineBreak(text);
    const indent = bodyIndent(text, node);
    const lineStart = lineStartOf(text, close.offset);
    if (/^[ \t]*$/.test(text.slice(lineStart, close.offset))) {
        return { range: emptyRange(textDocument, lineStart), newText: lines.map(line => indent + line + eol).join('') };
    }
    // `stage x {}` or `{ action "a" }` on one line: open the braces up.
    const newText = lines.map(line => eol + indent + line).join('') + eol + indentOf(text, node);
    const spaces = /[ \t]*$/.exec(text.slice(0, close.offset))![0].length;
    return { range: rangeOf(textDocument, close.offset - spaces, close.offset), newText };
}

/** After the touchpoint's last emotion when it has one on a line of its own, else before its `}`. */
function insertEmotion(textDocument: TextDocument, touchpoint: Touchpoint, line: string): TextEdit | undefined {
    const lastEmotion = touchpoint.emotions.at(-1)?.$cstNode;
    if (lastEmotion) {
        const text = textDocument.getText();
        const lineEnd = lineEndOf(text, lastEmotion.end);
        if (/^[ \t]*(\/\/.*)?$/.test(text.slice(lastEmotion.end, lineEnd))) {
            const indent = /^[ \t]*/.exec(text.slice(lineStartOf(text, lastEmotion.offset)))![0];
            return { range: emptyRange(textDocument, lineEnd), newText: lineBreak(text) + indent + line };
        }
    }
    return insertBeforeClosingBrace(textDocument, touchpoint, [line]);
}

function emptyRange(textDocument: TextDocument, offset: number) {
    return rangeOf(textDocument, offset, offset);
}

function rangeOf(textDocument: TextDocument, start: number, end: number) {
    return { start: textDocument.positionAt(start), end: textDocument.positionAt(end) };
}
