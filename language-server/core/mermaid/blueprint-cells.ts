/**
 * The Blueprint's grid as drawn, fitted to its text: Mermaid's `block-beta`
 * makes every cell as tall as the tallest and centres each label, so a row
 * of one-line cells (and the line of visibility) would be as tall as the
 * wordiest cell. Each row is made as tall as its own tallest label, rows stay
 * in order with Mermaid's gap, and each label goes to its cell's top left (a
 * cell is read like a list). Columns are not touched: they stay aligned.
 *
 * Applied to the drawn SVG by the preview's Blueprint view and by the CLI's
 * image export. Structural types (no DOM library), self-contained (no helper
 * outside the function), so the CLI can run its source in a page.
 */
export interface CellElement {
    getAttribute(name: string): string | null;
    setAttribute(name: string, value: string): void;
    querySelector(selector: string): CellElement | null;
}

export interface CellRoot extends CellElement {
    querySelectorAll(selector: string): Iterable<CellElement> & ArrayLike<CellElement>;
}

export function fitBlueprintCells(svg: CellRoot): void {
    const PAD_X = 10;
    const PAD_Y = 8;
    const translate = (element: CellElement | null) => {
        const match = /translate\(\s*(-?[\d.]+(?:e-?\d+)?)[\s,]+(-?[\d.]+(?:e-?\d+)?)\s*\)/.exec(element?.getAttribute('transform') ?? '');
        return match ? { x: Number(match[1]), y: Number(match[2]) } : undefined;
    };
    const cells = Array.from(svg.querySelectorAll('g.node')).flatMap(node => {
        const at = translate(node);
        const rect = node.querySelector(':scope > rect');
        const label = node.querySelector(':scope > g.label');
        const text = label?.querySelector('foreignObject');
        if (!at || !rect || !label || !text) return [];
        return [{ node, at, rect, label, width: Number(rect.getAttribute('width')), height: Number(rect.getAttribute('height')), textHeight: Number(text.getAttribute('height')) || 0 }];
    });
    const rows = new Map<number, typeof cells>();
    for (const cell of cells) {
        const key = Math.round(cell.at.y);
        rows.set(key, [...(rows.get(key) ?? []), cell]);
    }
    const ordered = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
    if (ordered.length === 0) return;
    const top = (row: typeof cells) => row[0].at.y - row[0].height / 2;
    const gap = ordered.length > 1 ? Math.max(0, top(ordered[1]) - (top(ordered[0]) + ordered[0][0].height)) : 0;
    const oldBottom = top(ordered[ordered.length - 1]) + ordered[ordered.length - 1][0].height;
    let y = top(ordered[0]);
    for (const row of ordered) {
        const height = Math.min(Math.max(...row.map(cell => cell.height)), Math.max(...row.map(cell => cell.textHeight)) + 2 * PAD_Y);
        for (const cell of row) {
            cell.node.setAttribute('transform', `translate(${cell.at.x}, ${y + height / 2})`);
            cell.rect.setAttribute('y', String(-height / 2));
            cell.rect.setAttribute('height', String(height));
            cell.label.setAttribute('transform', `translate(${-cell.width / 2 + PAD_X}, ${-height / 2 + PAD_Y})`);
        }
        y += height + gap;
    }
    const shrink = oldBottom - (y - gap);
    const box = (svg.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
    if (!(shrink > 0)) return;
    if (box.length === 4 && box.every(Number.isFinite)) svg.setAttribute('viewBox', `${box[0]} ${box[1]} ${box[2]} ${box[3] - shrink}`);
    // A drawing of natural size (`useMaxWidth: false`) has a height in pixels too.
    const height = Number(svg.getAttribute('height'));
    if (height > shrink) svg.setAttribute('height', String(height - shrink));
}
