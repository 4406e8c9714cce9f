/**
 * Mermaid in Node for tests: Mermaid and its DOMPurify need a DOM, so a jsdom
 * window is installed as `globalThis.window`/`document` before Mermaid is
 * imported. `mermaid.parse` then runs every diagram's real parser (no layout
 * or SVG: jsdom cannot measure text; rendering is tested in Chromium).
 *
 *     const mermaid = await loadMermaid();
 *     await mermaid.parse(text);               // throws on a syntax error
 *     const diagram = await parsedDiagram(text); // parser database, to read what was parsed
 */
import { JSDOM } from 'jsdom';
import type { Mermaid } from 'mermaid';

let loading: Promise<Mermaid> | undefined;

export function loadMermaid(): Promise<Mermaid> {
    loading ??= (async () => {
        if (typeof (globalThis as { window?: unknown }).window === 'undefined') {
            const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
            Object.assign(globalThis, { window: dom.window, document: dom.window.document });
        }
        const { default: mermaid } = await import('mermaid');
        mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
        return mermaid;
    })();
    return loading;
}

/** Parses with Mermaid; rejects with Mermaid's own message when the text is not a valid diagram. */
export async function parseMermaid(text: string): Promise<{ diagramType: string; config: unknown }> {
    const mermaid = await loadMermaid();
    const result = await mermaid.parse(text);
    if (!result) throw new Error('mermaid.parse returned false');
    return result;
}

/** The parsed diagram with its database (`db.getTasks()`, `db.getVertices()`…), for asserting what Mermaid understood. */
export async function parsedDiagram(text: string): Promise<{ type: string; db: any }> {
    const mermaid = await loadMermaid();
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    return diagram as unknown as { type: string; db: any };
}

/**
 * Text as Mermaid will display it: entity placeholders (`ﬂ°°35¶ß`) as the
 * characters they stand for, which is what the SVG shows after Mermaid's
 * final `&#N;` decoding.
 */
export function displayedText(parsed: string): string {
    return parsed
        .replace(/\ufb02\u00b0\u00b0(\d+)\u00b6\u00df/g, (_, code: string) => String.fromCodePoint(Number(code)))
        .replace(/\ufb02\u00b0(\w+)\u00b6\u00df/g, (_, name: string) => `&${name};`);
}
