/**
 * The Map view as one SVG file: the canvas is HTML (a CSS grid of cards), so
 * the SVG holds it in a `<foreignObject>` as XHTML, with the preview's own
 * style sheet inside the file and the light print theme. Chosen over
 * re-drawing the map as SVG shapes because it is the preview itself, pixel
 * for pixel (same CSS, same wrapping, same curve), and its text stays text;
 * the cost is that only browsers (and tools built on them) draw
 * `<foreignObject>`: for print and slides the PDF and PNG exports are the
 * vector and raster forms that open everywhere.
 *
 * Pure string work: the webview (media/preview/map/map-svg-export.ts) lays
 * the map out and serialises it, here it becomes a valid XML document.
 */

export interface MapSvgParts {
    /** The map's laid-out size in CSS px. */
    width: number;
    height: number;
    /** The XHTML `<body …>` element holding the map, as `XMLSerializer` wrote it. */
    xhtmlBody: string;
    /** The preview's style sheet (preview.css and map.css). */
    css: string;
    /** The file's title (the journey's label and state), for viewers and screen readers. */
    title: string;
    /** The page colour under the map. */
    background: string;
}

/** Theme class of the exported map's body: the light print theme of the exported HTML file (preview.css). */
export const MAP_SVG_BODY_CLASS = 'vscode-light journey-standalone';

/**
 * Rules only the file needs: the body is as large as the map (not a 100 %
 * high page), the header is not sticky in a picture, and it spans the map up
 * to a slide's width (a header as wide as 300 columns would be unreadable).
 */
export const MAP_SVG_EXTRA_CSS = [
    'body.map-svg { height: auto; overflow: visible; margin: 0; }',
    'body.map-svg .journey-preview { height: auto; overflow: visible; display: block; }',
    'body.map-svg .viewport { overflow: visible; }',
    'body.map-svg .map-top { position: static; width: min(100cqw, 1920px); }',
    'body.map-svg .map-stage, body.map-svg .map-corner, body.map-svg .map-lane-header, body.map-svg .map-stage-inner { position: static; }'
].join('\n');

export function mapSvgDocument(parts: MapSvgParts): string {
    const width = Math.ceil(parts.width);
    const height = Math.ceil(parts.height);
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
        `<title>${escapeXml(parts.title)}</title>`,
        `<style>${cdata(`${parts.css}\n${MAP_SVG_EXTRA_CSS}`)}</style>`,
        `<rect width="100%" height="100%" fill="${escapeXml(parts.background)}"/>`,
        `<foreignObject x="0" y="0" width="${width}" height="${height}">${parts.xhtmlBody}</foreignObject>`,
        '</svg>',
        ''
    ].join('\n');
}

function escapeXml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** CSS as character data: a `]]>` in it (only ever in a string or comment) is split across two sections. */
function cdata(text: string): string {
    return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
