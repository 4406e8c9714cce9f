/**
 * A persona's palette colour as the preview draws it on the page's own
 * background: the palette's black follows the theme's text colour, so the
 * eighth persona stays visible on a dark theme (the Map, the Journey's actor
 * dots, the Emotion curve's lines, the Details' chips). Drawings with their
 * own light cells (the Blueprint) keep the palette's black.
 */
const PALETTE_BLACK = '#000000';
const THEME_TEXT = 'var(--vscode-editor-foreground)';

export function onPageColour(color: string): string {
    return color.toLowerCase() === PALETTE_BLACK ? THEME_TEXT : color;
}

/** The Emotion curve's black line and legend marker in the theme's text colour (an inline style beats Mermaid's attribute). */
export function themeCurveBlack(svg: SVGSVGElement): void {
    for (const path of svg.querySelectorAll<SVGPathElement>('g.plot [class^="line-plot-"] path, g.legend g.markers path')) {
        const stroke = path.getAttribute('stroke');
        if (stroke && onPageColour(stroke) !== stroke) path.style.stroke = THEME_TEXT;
    }
}
