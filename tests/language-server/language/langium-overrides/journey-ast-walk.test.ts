import { readdirSync, readFileSync } from 'node:fs';
import {
    AstUtils,
    DefaultDocumentValidator,
    DefaultLinker,
    DefaultReferenceDescriptionProvider,
    type AstNode,
    type LangiumDocument,
    type Reference,
    type ValidationAcceptor,
    type ValidationOptions,
    URI
} from 'langium';
import { describe, expect, it } from 'vitest';
import type { Model } from '../../../../language-server/language/generated/ast.js';
import type { JourneyServices } from '../../../../language-server/language/journey-module.js';
import { collectReferences, forEachAstNode } from '../../../../language-server/language/langium-overrides/journey-ast-walk.js';
import { JourneyDocumentValidator } from '../../../../language-server/language/langium-overrides/journey-document-validator.js';
import { CHECKOUT, PEOPLE } from '../lsp/lsp-workspace.js';
import { buildWorkspace } from '../test-services.js';

/**
 * The grammar-specific walks (journey-ast-walk.ts) replace Langium's generic
 * `streamAst` / `streamReferences` in the linker, the reference index and the
 * validator. Each is compared here with Langium's own implementation, on the
 * examples, on a file whose property order differs from the usual one, and on
 * many broken copies of the contract's example.
 */

const examples = Object.fromEntries(
    readdirSync(new URL('../../../../examples/', import.meta.url))
        .filter(name => name.endsWith('.journey'))
        .map(name => [name, readFileSync(new URL(`../../../../examples/${name}`, import.meta.url), 'utf8')])
);

/** Owners after touchpoints, thoughts after emotions, unknown and duplicate names: orders and errors Langium must agree on. */
const UNUSUAL_ORDER = `persona maya "Maya"
persona lena "Lena"
team sales
journey odd {
  personas maya, nobody
  stage one {
    touchpoint a via web, email {
      emotion maya 3
      thought maya "first the emotion"
      thought ghost "unknown persona"
      emotion lena 2
      owner sales, nobody
      metric "m" 1
      action "later"
    }
    touchpoint a { metric "x" 2 emotion maya 9 }
    owner sales
  }
}
`;

/** The contract's example cut short every 23 characters, and without each of its lines in turn. */
function brokenCopies(): string[] {
    const lines = CHECKOUT.split('\n');
    const truncated = Array.from({ length: Math.ceil(CHECKOUT.length / 23) }, (_, i) => CHECKOUT.slice(0, i * 23));
    const withoutLine = lines.map((_, i) => [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'));
    return [...truncated, ...withoutLine];
}

const maps: Record<string, string> = {
    ...examples,
    'unusual-order.journey': UNUSUAL_ORDER,
    ...Object.fromEntries(brokenCopies().map((text, i) => [`broken-${i}.journey`, text]))
};

async function buildAll(): Promise<{ services: JourneyServices; documents: Array<LangiumDocument<Model>> }> {
    const { services, documents } = await buildWorkspace({ 'library/people.journey': PEOPLE, ...maps });
    return { services: services.Journey, documents };
}

/** A reference as a user sees its outcome: where it is, what it names, what it resolved to or why not. */
function describeReference(services: JourneyServices, reference: Reference) {
    const target = reference.ref;
    return {
        at: reference.$refNode?.offset,
        text: reference.$refText,
        target: target ? `${AstUtils.getDocument(target).uri.path}#${services.workspace.AstNodeLocator.getAstNodePath(target)}` : undefined,
        error: reference.error?.message
    };
}

/** The validator with Langium's generic walk instead of the grammar-specific one. */
class LangiumWalkValidator extends JourneyDocumentValidator {
    protected override validateAstNodes(root: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor): Promise<void> {
        return DefaultDocumentValidator.prototype['validateAstNodes'].call(this, root, options, acceptor);
    }
}

describe('grammar-specific walks', () => {
    it('visit the same nodes and references as Langium, in the same order', async () => {
        const { documents } = await buildAll();
        for (const document of documents) {
            const root = document.parseResult.value;
            const nodes: AstNode[] = [];
            forEachAstNode(root, node => void nodes.push(node));
            expect(nodes, document.textDocument.getText()).toEqual(AstUtils.streamAst(root).toArray());
            const references = AstUtils.streamAst(root).flatMap(node => AstUtils.streamReferences(node)).toArray();
            expect(collectReferences(root), document.textDocument.getText()).toEqual(references);
        }
    });

    it('leave out the children of a node when asked to', async () => {
        const { documents } = await buildWorkspace({ 'map.journey': CHECKOUT });
        const types: string[] = [];
        forEachAstNode(documents[0].parseResult.value, node => {
            types.push(node.$type);
            return node.$type !== 'Stage';
        });
        expect(types).toEqual(['Model', 'Journey', 'Stage', 'Stage', 'Stage']);
    });

    it('link every reference as Langium\'s linker does, in the same order, with the same errors', async () => {
        const { services, documents } = await buildAll();
        const langiumLinker = new DefaultLinker(services);
        let linked = 0;
        for (const document of documents) {
            const ours = document.references.map(reference => describeReference(services, reference as Reference));
            services.references.Linker.unlink(document);
            await langiumLinker.link(document);
            const langiums = document.references.map(reference => describeReference(services, reference as Reference));
            expect(ours, document.textDocument.getText()).toEqual(langiums);
            linked += ours.filter(reference => reference.target).length;
        }
        // Not vacuous: the examples reference personas, teams and channels of the library file.
        expect(linked).toBeGreaterThan(100);
    });

    it('resolve a reference read before or without linking as Langium\'s references do', async () => {
        const { services, documents } = await buildAll();
        const unlinked = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(UNUSUAL_ORDER + CHECKOUT, URI.file('/workspace/unlinked.journey'));
        const langiumLinker = new DefaultLinker(services);
        let compared = 0;
        for (const document of [...documents, unlinked]) {
            for (const { reference, container, property } of collectReferences(document.parseResult.value)) {
                const ours = services.references.Linker.buildReference(container, property, reference.$refNode, reference.$refText);
                const langiums = langiumLinker.buildReference(container, property, reference.$refNode, reference.$refText);
                expect(describeReference(services, ours)).toEqual(describeReference(services, langiums));
                expect(ours.$nodeDescription).toEqual(langiums.$nodeDescription);
                compared++;
            }
        }
        // In a file not linked yet, an unknown name stays unresolved without an error, so that linking retries it.
        const ghost = collectReferences(unlinked.parseResult.value).find(info => info.reference.$refText === 'ghost')!;
        const fresh = services.references.Linker.buildReference(ghost.container, ghost.property, ghost.reference.$refNode, 'ghost');
        expect([fresh.ref, fresh.error]).toEqual([undefined, undefined]);
        expect(compared).toBeGreaterThan(100);
    });

    it('index the same reference descriptions as Langium', async () => {
        const { services, documents } = await buildAll();
        const langiums = new DefaultReferenceDescriptionProvider(services);
        for (const document of documents) {
            const ours = await services.workspace.ReferenceDescriptionProvider.createDescriptions(document);
            expect(ours, document.textDocument.getText()).toEqual(await langiums.createDescriptions(document));
        }
        const checkout = documents.find(document => document.uri.path.endsWith('/checkout.journey'))!;
        expect((await services.workspace.ReferenceDescriptionProvider.createDescriptions(checkout)).length).toBeGreaterThan(10);
    });

    it('validate with the same diagnostics as Langium\'s walk, in the same order', async () => {
        const { services, documents } = await buildAll();
        const langiumWalk = new LangiumWalkValidator(services);
        let count = 0;
        for (const document of documents) {
            const theirs = await langiumWalk.validateDocument(document);
            expect(document.diagnostics, document.textDocument.getText()).toEqual(theirs);
            count += theirs.length;
        }
        const unusual = documents.find(document => document.uri.path.endsWith('/unusual-order.journey'))!;
        expect(unusual.diagnostics!.map(diagnostic => diagnostic.code)).toEqual(
            expect.arrayContaining(['unresolved-reference', 'duplicate-id', 'emotion-out-of-range', 'persona-not-in-journey'])
        );
        expect(count).toBeGreaterThan(100);
    });
});

describe('the walk tables', () => {
    it('are derived from the grammar: every cross-reference property of every node type is walked', async () => {
        const { walkTablesOf } = await import('../../../../language-server/language/langium-overrides/journey-ast-walk.js');
        const { JourneyMapsGrammar } = await import('../../../../language-server/language/generated/grammar.js');
        const { reflection } = await import('../../../../language-server/language/generated/ast.js');
        const { references } = walkTablesOf(JourneyMapsGrammar());
        for (const type of reflection.getAllTypes()) {
            const metadata = reflection.getTypeMetaData(type);
            const referenceProperties = Object.values(metadata.properties).filter(p => 'referenceType' in p && p.referenceType).map(p => p.name).sort();
            expect([...(references[type] ?? [])].sort(), type).toEqual(referenceProperties);
        }
        expect(references.Emotion).toEqual(['persona', 'sources']);
    });
});
