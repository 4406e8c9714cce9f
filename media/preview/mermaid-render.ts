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

/** Renders `text` and returns the SVG element, detached, ready to be inserted. */
export async function renderMermaid(text: string, theme: ThemeKind, layout: DiagramLayout = {}): Promise<SVGSVGElement> {
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
    return document.importNode(svg, true) as SVGSVGElement;
}

/**
 * The generators escape syntax characters as entity codes (`#58;`), which
 * Mermaid hands back as `&#58;`. HTML labels decode them; with SVG text
 * labels (`htmlLabels: false`) they would show literally, so they are decoded
 * here, once, as plain text (never parsed as markup).
 */
function decodeEntityCodes(svg: SVGSVGElement): void {
    const walker = svg.ownerDocument.createTreeWalker(svg, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('foreignObject, style')) continue;
        const text = node.nodeValue ?? '';
        if (text.includes('&#')) {
            node.nodeValue = text.replace(/&#(\d+);/g, (code: string, digits: string) => {
                const point = Number(digits);
                return point <= 0x10ffff ? String.fromCodePoint(point) : code;
            });
        }
    }
}

/**
 * Parsed as XML in a separate, inert document (nothing in it runs or loads
 * there), so the result is a real element the app can post-process before
 * insertion. Mermaid serialises with HTML rules: its void elements (`<br>`)
 * and `&nbsp;` are made XML first. (An HTML parse is no substitute: a `<br>`
 * outside a `<foreignObject>` would end the SVG.)
 */
function parseSvg(svgText: string): SVGSVGElement {
    const xml = svgText
        .replace(/<(br|hr|img|input|wbr)\b([^>]*?)\/?>/gi, '<$1$2/>')
        .replace(/&nbsp;/g, '&#160;');
    const parsed = new DOMParser().parseFromString(xml, 'image/svg+xml');
    if (parsed.documentElement instanceof SVGSVGElement && !parsed.querySelector('parsererror')) return parsed.documentElement;
    throw new DiagramError(`Mermaid produced an unreadable drawing: ${parsed.querySelector('parsererror')?.textContent ?? 'no SVG'}`);
}

/** Forget the configured theme, so that the next render re-initialises Mermaid (theme colours changed). */
export function resetMermaidTheme(): void {
    configuredFor = undefined;
}
