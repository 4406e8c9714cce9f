// Parse throughput against Mermaid's own parser, in one Node process: Langium
// parse + link + validate of a journey of N touchpoints, versus `mermaid.parse`
// of the Mermaid `journey` text the extension generates from that same map.
import { JSDOM } from 'jsdom';
import { loadEntry } from './bundle.mjs';
import { journeyFile, peopleFile, prng } from './generate-workspace.mjs';
import { summarize } from './stats.mjs';

/** Mermaid and its DOMPurify need a DOM in Node (as tests/support/mermaid-node.ts does). */
async function loadMermaid() {
    const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
    Object.assign(globalThis, { window: dom.window, document: dom.window.document });
    const { default: mermaid } = await import('mermaid');
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    return mermaid;
}

/** Times `action` (after two warm-up calls for the JIT); `after` runs untimed after each call. */
/**
 * A journey holding only what Mermaid's journey text holds: stages, touchpoint
 * labels and one emotion score per persona (the generated maps also carry
 * owners, channels, actions, thoughts, pains, opportunities and metrics).
 */
function sameContentJourney(touchpoints, random) {
    const lines = ['journey journey_0 "Journey 0" {', '  personas maya, omar'];
    const perStage = Math.ceil(touchpoints / 7);
    for (let made = 0; made < touchpoints; made++) {
        if (made % perStage === 0) lines.push(...(made ? ['  }'] : []), `  stage stage_${made / perStage} "Stage ${made / perStage}" {`);
        lines.push(`    touchpoint tp_${made} "Touchpoint ${made}" {`);
        for (const persona of ['maya', 'omar']) lines.push(`      emotion ${persona} ${1 + Math.floor(random() * 5)}`);
        lines.push('    }');
    }
    lines.push('  }', '}');
    return lines.join('\n') + '\n';
}

async function timed(runs, action, after = async () => undefined) {
    const samples = [];
    for (let i = -2; i < runs; i++) {
        const start = performance.now();
        const result = await action(i);
        if (i >= 0) samples.push(performance.now() - start);
        await after(result);
    }
    return summarize(samples);
}

export async function benchParseThroughput(sizes, runs) {
    const { createServices, URI, buildFiles, buildRenderModel, journeyDiagram } = await loadEntry('langium-node');
    const mermaid = await loadMermaid();
    const rows = [];
    for (const touchpoints of sizes) {
        for (const [content, text] of [['full map', journeyFile(0, touchpoints, prng(42))], ['same content as the Mermaid text', sameContentJourney(touchpoints, prng(42))]]) {
            const services = createServices();
            const [, map] = await buildFiles(services, { 'people.journey': peopleFile(), 'map.journey': text });
            const mermaidText = journeyDiagram(buildRenderModel(map, services.Journey), 'journey_0');
            await mermaid.parse(mermaidText); // throws if the generated text were not a valid diagram
            const { LangiumDocumentFactory: factory, LangiumDocuments: documents, DocumentBuilder: builder } = services.shared.workspace;
            await builder.update([], [map.uri]); // each timed run builds its own copy next to the people file
            const langium = await timed(runs, async run => {
                const document = factory.fromString(text, URI.file(`/bench/run-${touchpoints}-${run}-${Math.random()}.journey`));
                documents.addDocument(document);
                await builder.build([document], { validation: true });
                const error = document.diagnostics.find(diagnostic => diagnostic.severity === 1);
                if (error) throw new Error(`unexpected error in the benchmark map: ${error.message}`);
                return document;
            }, document => builder.update([], [document.uri]));
            const mermaidParse = await timed(runs, () => mermaid.parse(mermaidText));
            rows.push({ touchpoints, content, lines: text.split('\n').length, mermaidLines: mermaidText.split('\n').length, langium, mermaid: mermaidParse, ratio: langium.median / mermaidParse.median });
        }
    }
    return rows;
}
