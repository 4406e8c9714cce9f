import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, Cancellation, CstUtils, isCompositeCstNode, isReference, URI, type AstNode, type CstNode, type LangiumDocument, type ReferenceDescription } from 'langium';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Model } from '../../../../language-server/language/generated/ast.js';
import { IncrementalDocumentFactory } from '../../../../language-server/language/langium-overrides/incremental-document-factory.js';
import { buildRenderModel } from '../../../../language-server/language/render/build-render-model.js';
import { prng } from '../../../support/prng.js';
import { buildWorkspace, createTestServices } from '../test-services.js';

/**
 * An edit inside one block re-parses that block alone (incremental-reparse.ts),
 * keeps the links into other files (journey-linker.ts) and the reference
 * index entries outside it, and replays the other stages' diagnostics
 * (incremental-validation.ts). After every edit of long seeded random edit
 * sequences, the edited document must equal a fresh full build of the same
 * text: every AST node (type, properties, references and their targets,
 * container links, CST range), every CST node (offset, length, range, text),
 * the references and the reference index in order, the diagnostics and the
 * render model.
 */

const examples = join(__dirname, '../../../../examples');
const PEOPLE = readFileSync(join(examples, 'people.journey'), 'utf8');
const EXAMPLES = Object.fromEntries(readdirSync(examples).filter(name => name.endsWith('.journey')).sort().map(name => [name, readFileSync(join(examples, name), 'utf8')]));
const CHECKOUT = EXAMPLES['checkout.journey'];

type Random = () => number;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

const CHARS = ['a', 'z', '_', '7', ' ', '\n', '"', '{', '}', ',', '%', '/', '*', '\\', '-', '.', 'é'];
const WORDS = ['touchpoint', 'stage', 'action', 'emotion maya 4', 'maya', 'tom', 'via web', 'owner support', 'from checkout_interviews', 'failure-point', 'opportunity', '"words"', '/* note */', '// note', '3.5', 'status done', '}', '{'];
const LINES = ['      action "A new action"', '      emotion maya 2 "Annoyed"', '      thought tom "Hmm"', '      pain "Slow" failure-point', '      owner support, marketing', '      metric "Rate" 12% target 20%',
    '    touchpoint extra "Extra" via web {\n      action "Added"\n    }', '  /* a comment\n     over two lines */', '      // a line comment', '      systems crm', '      emotion nobody 9', '      frontstage "Greets"'];

/** Where in the text an edit goes: mostly inside strings and line bodies (edits that keep it valid), anywhere otherwise. */
function position(text: string, random: Random): number {
    if (random() < 0.5) {
        const quotes = [...text.matchAll(/"[^"\n]{2,}"/g)];
        if (quotes.length > 0) {
            const quote = pick(random, quotes);
            return quote.index! + between(random, 1, quote[0].length - 1);
        }
    }
    return between(random, 0, text.length);
}

function lineBounds(text: string, at: number): [number, number] {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const end = text.indexOf('\n', at);
    return [start, end < 0 ? text.length : end + 1];
}

/** Edits that usually keep the text valid, as most keystrokes do: a string's words, a number, a fact line. */
function gentleEdit(text: string, random: Random): string {
    const kind = between(random, 0, 3);
    if (kind === 0) {
        const at = position(text, random);
        return text.slice(0, at) + pick(random, ['a', 'é', ' ', 'word ', '']) + text.slice(at + between(random, 0, 1));
    }
    const lines = text.split('\n');
    const factLines = lines.flatMap((line, index) => (/^\s*(action|thought|emotion|pain|metric|owner|frontstage|backstage|systems|moment-of-truth)\b/.test(line) ? [index] : []));
    if (factLines.length === 0) return randomEdit(text, random);
    const line = pick(random, factLines);
    if (kind === 1) {
        const digits = [...lines[line].matchAll(/\d/g)];
        if (digits.length === 0) return randomEdit(text, random);
        const digit = pick(random, digits).index!;
        lines[line] = lines[line].slice(0, digit) + String(between(random, 0, 9)) + lines[line].slice(digit + 1);
    } else if (kind === 2) {
        lines.splice(line, 1);
    } else {
        lines.splice(line + between(random, 0, 1), 0, pick(random, LINES));
    }
    return lines.join('\n');
}

/** One random edit: characters, words and whole lines inserted, deleted or replaced, in and across blocks. */
function randomEdit(text: string, random: Random): string {
    const at = position(text, random);
    const kind = between(random, 0, 8);
    switch (kind) {
        case 0: return text.slice(0, at) + pick(random, CHARS) + text.slice(at);
        case 1: return text.slice(0, at) + text.slice(at + 1);
        case 2: return text.slice(0, at) + pick(random, ['a', 'b', '1', ' ']) + text.slice(at + 1);
        case 3: return text.slice(0, at) + pick(random, [' ', '']) + pick(random, WORDS) + ' ' + text.slice(at);
        case 4: {
            const end = text.slice(at).search(/\s|$/);
            return text.slice(0, at) + text.slice(at + Math.max(1, end));
        }
        case 5: {
            const [start, end] = lineBounds(text, at);
            return text.slice(0, start) + text.slice(end);
        }
        case 6: {
            const [start] = lineBounds(text, at);
            return text.slice(0, start) + pick(random, LINES) + '\n' + text.slice(start);
        }
        case 7: {
            const [start, end] = lineBounds(text, at);
            const [otherStart, otherEnd] = lineBounds(text, between(random, 0, text.length));
            return text.slice(0, start) + text.slice(otherStart, otherEnd) + text.slice(end);
        }
        default: {
            // A span of up to a few lines deleted: often across a block's boundary.
            const end = Math.min(text.length, at + between(random, 2, 120));
            return text.slice(0, at) + text.slice(end);
        }
    }
}

/** Everything a full parse decides about a document, positions included. */
function snapshot(document: LangiumDocument<Model>, services: ReturnType<typeof createTestServices>) {
    const root = document.parseResult.value;
    const nodes = AstUtils.streamAst(root).map(node => describeNode(node)).toArray();
    const cst = root.$cstNode ? CstUtils.streamCst(root.$cstNode).map(describeCst).toArray() : [];
    const diagnostics = (document.diagnostics ?? []).map(({ message, range, code, severity }) => ({ message, range, code, severity }));
    const hasJourney = root.elements.some(element => element.$type === 'Journey');
    return {
        text: root.$cstNode?.root.fullText,
        lexerErrors: document.parseResult.lexerErrors.map(error => [error.offset, error.message]),
        parserErrors: document.parseResult.parserErrors.map(error => [error.token.startOffset, error.message]),
        nodes,
        cst,
        diagnostics,
        // Their order too: it is the order of the reference index (find references, rename).
        references: document.references.map(reference => [reference.$refText, reference.$refNode?.offset]),
        referenceIndex: (services.shared.workspace.IndexManager as unknown as { referenceIndex: Map<string, ReferenceDescription[]> }).referenceIndex.get(document.uri.toString()),
        renderModel: hasJourney ? JSON.stringify(buildRenderModel(document, services.Journey)) : undefined
    };
}

function describeNode(node: AstNode) {
    const properties: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
        if (key.startsWith('$')) continue;
        const values = Array.isArray(value) ? value : [value];
        properties[key] = values.map(item => {
            if (isReference(item)) {
                const target = item.ref;
                return { refText: item.$refText, refNode: item.$refNode?.offset, target: target && `${target.$type} ${AstUtils.getDocument(target).uri.path} ${target.$cstNode?.offset}`, error: item.error?.message };
            }
            return typeof item === 'object' && item !== null ? (item as AstNode).$type : item;
        });
    }
    const cst = node.$cstNode;
    return {
        type: node.$type,
        container: node.$container?.$type,
        property: node.$containerProperty,
        index: node.$containerIndex,
        properties,
        cst: cst && { offset: cst.offset, length: cst.length, range: cst.range, same: cst.astNode === node }
    };
}

function describeCst(node: CstNode) {
    return {
        offset: node.offset,
        length: node.length,
        range: node.range,
        text: isCompositeCstNode(node) ? undefined : node.text,
        hidden: node.hidden,
        composite: isCompositeCstNode(node),
        grammar: node.grammarSource?.$type,
        container: node.container?.offset,
        sameRoot: node.root === node.root.root
    };
}

interface SequenceOutcome {
    edits: number;
    incremental: number;
}

/**
 * Edits `start` `edits` times (seeded); when the text has errors, undoes the
 * last edit most of the time, so that texts break and get fixed again.
 */
async function checkEditSequence(name: string, start: string, seed: number, edits: number): Promise<SequenceOutcome> {
    const random = prng(seed);
    const { services, documents } = await buildWorkspace(name === 'people.journey' ? { [name]: start } : { 'people.journey': PEOPLE, [name]: start });
    const document = documents[documents.length - 1];
    const factory = services.shared.workspace.LangiumDocumentFactory as IncrementalDocumentFactory;
    const fresh = createTestServices();
    const freshDocuments = fresh.shared.workspace.LangiumDocuments;
    if (name !== 'people.journey') {
        const people = freshDocuments.createDocument(URI.file('/workspace/people.journey'), PEOPLE);
        await fresh.shared.workspace.DocumentBuilder.build([people], { validation: true });
    }
    const before = factory.reparses.incremental;
    const history = [start];
    for (let step = 0; step < edits; step++) {
        const current = history[history.length - 1];
        const hasErrors = document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length > 0;
        const text = hasErrors && history.length > 1 && random() < 0.7 ? history[history.length - 2] : random() < 0.6 ? gentleEdit(current, random) : randomEdit(current, random);
        if (text === history[history.length - 2]) history.pop();
        else history.push(text);
        services.shared.workspace.TextDocuments!.set(TextDocument.create(document.uri.toString(), 'journey', step + 2, text));
        await services.shared.workspace.DocumentBuilder.update([document.uri], []);

        if (freshDocuments.hasDocument(document.uri)) await fresh.shared.workspace.DocumentBuilder.update([], [document.uri]);
        const expected = freshDocuments.createDocument(document.uri, text) as LangiumDocument<Model>;
        await fresh.shared.workspace.DocumentBuilder.build([expected], { validation: true });
        const actual = snapshot(document, services);
        const wanted = snapshot(expected, fresh);
        for (const key of Object.keys(wanted) as Array<keyof typeof wanted>) {
            if (JSON.stringify(actual[key]) === JSON.stringify(wanted[key])) continue;
            // The first item that differs, not the whole tree: the message stays readable.
            const [got, want] = [actual[key], wanted[key]];
            const at = Array.isArray(got) && Array.isArray(want) ? want.findIndex((item, index) => JSON.stringify(item) !== JSON.stringify(got[index])) : -1;
            expect(at >= 0 ? (got as unknown[])[at] : got, `${name}, seed ${seed}, edit ${step}: ${key}${at >= 0 ? `[${at}]` : ''} differs from a full parse of\n${text}`).toEqual(at >= 0 ? (want as unknown[])[at] : want);
        }
    }
    return { edits, incremental: factory.reparses.incremental - before };
}

/** A text with block comments over several lines, Windows line ends and comments inside touchpoints. */
const COMMENTED = CHECKOUT.replace(/\n/g, '\r\n')
    .replace('    touchpoint search_result', '    /* before a touchpoint,\r\n       over two lines */ touchpoint search_result')
    .replace('      emotion tom 3\r\n', '      emotion tom 3 /* a comment\r\n inside */\r\n      // line comment\r\n');
/** Broken from the start: an unterminated string and a stage that is never closed. */
const BROKEN = CHECKOUT.replace('"Sponsored post"', '"Sponsored post').replace(/(stage consideration "Consideration" \{)/, '$1\n  stage nested {');

describe('an edit re-parses the block it touched', () => {
    const sequences: Array<[string, string, number]> = [
        ...Object.entries(EXAMPLES).map(([name, text], index): [string, string, number] => [name, text, 100 + index]),
        ['commented.journey', COMMENTED, 7],
        ['broken.journey', BROKEN, 11]
    ];
    for (const [name, text, seed] of sequences) {
        it(`gives the same tree, diagnostics and render model as a full parse after every edit: ${name}`, async () => {
            // The people file has no blocks: every edit is a full parse, fewer of them say enough.
            const { edits, incremental } = await checkEditSequence(name, text, seed, name === 'people.journey' ? 30 : 60);
            // A map takes the incremental path for a good share of the edits (the people file has no blocks; the broken text has errors until an edit fixes them).
            if (name !== 'people.journey' && name !== 'broken.journey') expect(incremental, `${incremental} of ${edits} edits were incremental`).toBeGreaterThan(edits * 0.3);
        }, 60_000);
    }

    /** A workspace of the example map and people file, edited as the editor does; `check` compares the map with a full build. */
    async function editedWorkspace(start = CHECKOUT) {
        const { services, documents } = await buildWorkspace({ 'people.journey': PEOPLE, 'checkout.journey': start });
        const [people, map] = documents;
        const texts = services.shared.workspace.TextDocuments!;
        const set = (document: LangiumDocument, text: string) => texts.set(TextDocument.create(document.uri.toString(), 'journey', document.textDocument.version + 1, text));
        const check = async (peopleText = PEOPLE) => {
            const fresh = await buildWorkspace({ 'people.journey': peopleText, 'checkout.journey': map.textDocument.getText() });
            expect(snapshot(map, services)).toEqual(snapshot(fresh.documents[1], fresh.services));
        };
        return { services, people, map, set, check };
    }

    it('counts lines as a full parse does when an edit goes between the \\r and \\n of a line end', async () => {
        const crlf = CHECKOUT.replace(/\n/g, '\r\n');
        const { services, map, set, check } = await editedWorkspace(crlf);
        const factory = services.shared.workspace.LangiumDocumentFactory as IncrementalDocumentFactory;
        await check(); // every range read: the line starts are known, and carried over by the edits below
        const lineEnd = crlf.indexOf('\r\n', crlf.indexOf('emotion maya 3 "Curious"')) + 1;
        for (const text of [crlf.slice(0, lineEnd) + ' ' + crlf.slice(lineEnd), crlf]) {
            const before = factory.reparses.incremental;
            set(map, text);
            await services.shared.workspace.DocumentBuilder.update([map.uri], []);
            expect(factory.reparses.incremental).toBe(before + 1);
            await check();
        }
    });

    it('replays other stages\' diagnostics with the line numbers of the new text', async () => {
        const { services, map, set, check } = await editedWorkspace();
        // A repeated line in a later stage: its message quotes the line of the first one.
        let text = CHECKOUT.replace('      moment-of-truth\n', '      moment-of-truth\n      moment-of-truth\n');
        for (const edit of [(t: string) => t, (t: string) => t.replace('emotion maya 3 "Curious"', 'emotion maya 2 "Curious"'), (t: string) => t.replace('      emotion maya 2 "Curious"\n', '      emotion maya 2 "Curious"\n      action "Two"\n')]) {
            text = edit(text);
            set(map, text);
            await services.shared.workspace.DocumentBuilder.update([map.uri], []);
            await check();
        }
        const line = text.slice(0, text.indexOf('moment-of-truth')).split('\n').length;
        expect(line).toBe(71);
        expect(map.diagnostics?.map(diagnostic => diagnostic.message)).toContain(`Repeated 'moment-of-truth' line: a touchpoint has one, and only the last counts (the first is at line ${line}).`);
    });

    it('replays nothing when another file changed in the same update or after a cancelled update; index entries follow moved targets', async () => {
        // A later stage has the emotion of a persona the journey does not list (`persona-not-in-journey`).
        const start = CHECKOUT.replace('  stage delivery "Delivery" {\n', '  stage delivery "Delivery" {\n    touchpoint survey "Survey" {\n      emotion priya 3\n    }\n');
        const { services, people, map, set, check } = await editedWorkspace(start);
        const builder = services.shared.workspace.DocumentBuilder;
        set(map, start.replace('emotion maya 3 "Curious"', 'emotion maya 2 "Curious"'));
        await builder.update([map.uri], []);
        expect(map.diagnostics?.some(diagnostic => diagnostic.code === 'persona-not-in-journey')).toBe(true);
        // Persona priya renamed in the people file while the map's first stage is edited: the later stage's priya is now unknown.
        const renamed = PEOPLE.replace('persona priya "Priya', 'persona pria "Priya');
        set(people, renamed);
        set(map, map.textDocument.getText().replace('emotion maya 2 "Curious"', 'emotion maya 1 "Curious"'));
        await builder.update([people.uri, map.uri], []);
        await check(renamed);
        expect(map.diagnostics?.some(diagnostic => diagnostic.code === 'persona-not-in-journey')).toBe(false);
        // A declaration added at the top of the people file: every persona's path changes, the map's index entries follow.
        const shifted = `persona zed "Zed"\n${PEOPLE}`;
        set(people, shifted);
        await builder.update([people.uri], []);
        await check(shifted);
        set(people, PEOPLE);
        await builder.update([people.uri], []);
        // An update cancelled once the map is parsed (its block put in place), then another edit elsewhere in the map.
        const cancel = new Cancellation.CancellationTokenSource();
        const stop = builder.onBuildPhase(1 /* Parsed */, () => cancel.cancel());
        set(map, map.textDocument.getText().replace('emotion maya 1 "Curious"', 'emotion maya 9 "Curious"'));
        await builder.update([map.uri], [], cancel.token).catch(() => undefined);
        stop.dispose();
        set(map, map.textDocument.getText().replace('Reviews the cart', 'Reviews the basket'));
        await builder.update([map.uri], []);
        await check();
        expect(map.diagnostics?.some(diagnostic => diagnostic.code === 'emotion-out-of-range')).toBe(true);
    });

    it('falls back to a full parse when the edit crosses a block or the block does not parse', async () => {
        const { services, documents } = await buildWorkspace({ 'people.journey': PEOPLE, 'checkout.journey': CHECKOUT });
        const document = documents[1];
        const factory = services.shared.workspace.LangiumDocumentFactory as IncrementalDocumentFactory;
        let current = CHECKOUT;
        const edit = async (from: string, to: string) => {
            expect(current).toContain(from);
            current = current.replace(from, to);
            const { incremental, full } = factory.reparses;
            services.shared.workspace.TextDocuments!.set(TextDocument.create(document.uri.toString(), 'journey', document.textDocument.version + 1, current));
            await services.shared.workspace.DocumentBuilder.update([document.uri], []);
            return factory.reparses.incremental > incremental ? 'incremental' : factory.reparses.full > full ? 'full' : 'none';
        };
        expect(await edit('emotion maya 3 "Curious"', 'emotion maya 2 "Curious"')).toBe('incremental');
        // The block no longer parses (an unterminated string).
        expect(await edit('"Curious"', '"Curious')).toBe('full');
        // The old text had an error: a full parse, although this edit alone is inside a touchpoint.
        expect(await edit('"Curious', '"Curious"')).toBe('full');
        // A stage's own line: the stage is re-parsed.
        expect(await edit('owner marketing', 'owner support')).toBe('incremental');
        // Across two touchpoints of one stage (merged into one): the stage is re-parsed.
        expect(await edit('      metric "Click-through rate" 1.8% target 2.5%\n    }\n    touchpoint search_result "Search result" via search {\n', '')).toBe('incremental');
        // Across two stages (merged): no block contains the edit.
        expect(await edit('  }\n\n  stage consideration "Consideration" {\n    owner ecommerce\n', '')).toBe('full');
        // The journey's header: outside every block.
        expect(await edit('goal "Find out why', 'goal "Learn why')).toBe('full');
        // A touchpoint's closing brace removed: the block does not end where it did.
        expect(await edit('Already knows the brand"\n', 'Already knows the brand"\n    }\n')).toBe('full');
    });
});
