/**
 * Draws Mermaid text into SVG with the page's own copy of Mermaid
 * (`mermaid.min.js`, loaded by a nonce'd <script> before this bundle).
 */
import type { Mermaid } from 'mermaid';
import { mermaidConfig, type DiagramLayout, type ThemeKind } from './theme.js';

declare const mermaid: Mermaid;

let renderCount = 0;
let configuredFor: string | undefined;

export class DiagramError extends Error {}

/**
 * The drawing under way. Mermaid draws one diagram at a time, and while it
 * draws (seconds, for a large Blueprint), models keep arriving, one per
 * keystroke; a drawing queued behind it that a newer model has made pointless
 * is never started.
 */
let drawing: Promise<void> = Promise.resolve();

/**
 * Resolves after the messages already waiting in the page's task queue: the
 * models that arrived during the last drawing are read before the next one
 * starts. A message port's task is queued behind them (a timer's might not be).
 */
function afterWaitingMessages(): Promise<void> {
    return new Promise(resolve => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
            channel.port1.close();
            resolve();
        };
        channel.port2.postMessage(undefined);
    });
}

/**
 * Renders `text` and returns the SVG element, detached, ready to be inserted.
 * `stillWanted` is asked when the drawings before this one are done: if it
 * says no, nothing is drawn and the result is `undefined`.
 */
export async function renderMermaid(text: string, theme: ThemeKind, layout: DiagramLayout, stillWanted: () => boolean): Promise<SVGSVGElement | undefined> {
    const before = drawing;
    let done!: () => void;
    drawing = new Promise(resolve => (done = resolve));
    try {
        await before;
        await afterWaitingMessages();
        return stillWanted() ? await draw(text, theme, layout) : undefined;
    } finally {
        done();
    }
}

async function draw(text: string, theme: ThemeKind, layout: DiagramLayout): Promise<SVGSVGElement> {
    if (typeof mermaid === 'undefined') throw new DiagramError('Mermaid did not load.');
    const configuration = JSON.stringify([theme, layout]);
    if (configuredFor !== configuration) {
        mermaid.initialize(mermaidConfig(theme, layout));
        configuredFor = configuration;
    }
    const id = `journey-diagram-${++renderCount}`;
    let svgText: string;
    try {
        ({ svg: svgText } = await mermaid.render(id, text));
    } catch (error) {
        // Mermaid leaves its error drawing in the page; remove it, the banner reports the error.
        document.getElementById(id)?.remove();
        document.getElementById(`d${id}`)?.remove();
        throw new DiagramError(error instanceof Error ? error.message : String(error));
    }
    const svg = parseSvg(svgText);
    decodeEntityCodes(svg);
    return svg;
}

/**
 * The generators escape syntax characters as entity codes (`#58;`), which
 * Mermaid hands back as `&#58;`. HTML labels decode them; with SVG text
 * labels (`htmlLabels: false`) they would show literally, so they are decoded
 * here, once, as plain text (never parsed as markup).
 */
function decodeEntityCodes(svg: SVGSVGElement): void {
    // Only SVG text holds codes to decode: HTML labels in <foreignObject> are decoded already, and <style> is not text.
    // Those elements are visited alone: a filter callback on every node of the drawing was 160 ms of 5 updates in a
    // CPU profile of the 100-touchpoint Journey view.
    for (const element of svg.querySelectorAll('text, tspan, textPath, title, desc')) {
        if (element.closest('foreignObject')) continue;
        for (const node of element.childNodes) {
            if (node.nodeType !== Node.TEXT_NODE) continue;
            const text = node.nodeValue ?? '';
            if (text.includes('&#')) {
                node.nodeValue = text.replace(/&#(\d+);/g, (code: string, digits: string) => {
                    const point = Number(digits);
                    return point <= 0x10ffff ? String.fromCodePoint(point) : code;
                });
            }
        }
    }
}

/**
 * Parsed with the HTML parser into a <template>, whose content is inert
 * (nothing in it runs or loads) until it is inserted, so the app can
 * post-process a real element before insertion; appending it adopts it into
 * the page without a copy. Mermaid serialises its SVG with HTML rules and
 * sanitises it with DOMPurify, which itself parsed it as HTML: the same
 * parser reads it back exactly as it was sanitised (`<br>`, `&nbsp;`, SVG
 * attribute case), with no rewriting for an XML parser.
 */
function parseSvg(svgText: string): SVGSVGElement {
    const template = document.createElement('template');
    template.innerHTML = svgText;
    const svg = template.content.firstElementChild;
    if (svg instanceof SVGSVGElement) return svg;
    throw new DiagramError(`Mermaid produced an unreadable drawing: ${svg ? `<${svg.localName}>` : 'no SVG'}`);
}

/** Forget the configured theme, so that the next render re-initialises Mermaid (theme colours changed). */
export function resetMermaidTheme(): void {
    configuredFor = undefined;
}
