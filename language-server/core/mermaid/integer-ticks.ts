/**
 * The emotion curve's y axis with integer ticks only (1–5): Mermaid's xychart
 * puts a tick every half point on a 1–5 range, which reads as if 1.5 were a
 * score. Applied to the drawn SVG by the preview's Emotion view and by the
 * CLI's image export. Structural types (no DOM library): any SVG element does.
 */
export interface TickNode {
    readonly textContent: string | null;
    remove(): void;
}

export interface TickRoot {
    querySelectorAll(selector: string): Iterable<TickNode> & ArrayLike<TickNode>;
}

/** Removes each non-integer label of the left axis and its tick mark. Self-contained, so the CLI can run its source in a page. */
export function keepIntegerTicks(svg: TickRoot): void {
    const labels = Array.from(svg.querySelectorAll('g.left-axis g.label text'));
    const ticks = Array.from(svg.querySelectorAll('g.left-axis g.ticks path'));
    labels.forEach((label, index) => {
        if (Number.isInteger(Number(label.textContent))) return;
        label.remove();
        ticks[index]?.remove();
    });
}
