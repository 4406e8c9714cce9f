/**
 * Marker shapes of the persona palette as SVG paths around (0, 0), so the
 * curve, the legend and the persona cards tell personas apart without colour.
 */
import type { PersonaMarker } from '../../../language-server/core/model/persona-palette.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

const paths = new Map<string, string>();

/** Path data of a marker of radius `r` centred on (0, 0); worked out once per shape and size (a curve draws one per point). */
export function markerPath(marker: PersonaMarker, r: number): string {
    const key = `${marker} ${r}`;
    let path = paths.get(key);
    if (path === undefined) paths.set(key, path = shapePath(marker, r));
    return path;
}

function shapePath(marker: PersonaMarker, r: number): string {
    const polygon = (points: Array<[number, number]>) => `M${points.map(([x, y]) => `${round(x * r)},${round(y * r)}`).join('L')}Z`;
    const star = (n: number, inner: number) => polygon(Array.from({ length: n * 2 }, (_, i) => {
        const angle = -Math.PI / 2 + (i * Math.PI) / n;
        const radius = i % 2 === 0 ? 1.25 : inner;
        return [Math.cos(angle) * radius, Math.sin(angle) * radius] as [number, number];
    }));
    switch (marker) {
        case 'circle': return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
        case 'square': return polygon([[-0.9, -0.9], [0.9, -0.9], [0.9, 0.9], [-0.9, 0.9]]);
        case 'triangle': return polygon([[0, -1.2], [1.1, 0.9], [-1.1, 0.9]]);
        case 'triangle-down': return polygon([[0, 1.2], [1.1, -0.9], [-1.1, -0.9]]);
        case 'diamond': return polygon([[0, -1.3], [1.1, 0], [0, 1.3], [-1.1, 0]]);
        case 'cross': return polygon([[-0.35, -1.1], [0.35, -1.1], [0.35, -0.35], [1.1, -0.35], [1.1, 0.35], [0.35, 0.35], [0.35, 1.1], [-0.35, 1.1], [-0.35, 0.35], [-1.1, 0.35], [-1.1, -0.35], [-0.35, -0.35]]);
        case 'star': return star(5, 0.5);
        case 'pentagon': return polygon(Array.from({ length: 5 }, (_, i) => {
            const angle = -Math.PI / 2 + (i * 2 * Math.PI) / 5;
            return [Math.cos(angle) * 1.1, Math.sin(angle) * 1.1] as [number, number];
        }));
    }
}

function round(value: number): number {
    return Math.round(value * 100) / 100;
}

export function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
    const element = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
    return element;
}

/** A small inline marker (legend, persona card, stage average), decorative: the text beside it names the persona. */
export function markerSvg(marker: PersonaMarker, color: string, size = 12): SVGSVGElement {
    const svg = svgElement('svg', { class: 'map-marker', width: size, height: size, viewBox: '-7 -7 14 14', 'aria-hidden': 'true', focusable: 'false' });
    svg.append(svgElement('path', { d: markerPath(marker, 5), fill: color, stroke: color, 'stroke-width': 1 }));
    return svg;
}
