/**
 * Zoom and pan for large diagrams. Zoom sets the SVG's size from its viewBox
 * (so the scroll area matches the drawing); pan drags the scroll position.
 * A drag is not a click: the click that ends a drag is swallowed, so panning
 * never navigates to the element under the pointer.
 */
export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 4;
const DRAG_THRESHOLD = 4;

export function clampZoom(zoom: number): number {
    return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(zoom * 100) / 100));
}

/** The drawing's natural size (Mermaid's viewBox). */
export function naturalSize(svg: SVGSVGElement): { width: number; height: number } {
    const box = svg.viewBox.baseVal;
    if (box && box.width > 0 && box.height > 0) return { width: box.width, height: box.height };
    return { width: Number.parseFloat(svg.getAttribute('width') ?? '') || 800, height: Number.parseFloat(svg.getAttribute('height') ?? '') || 600 };
}

/**
 * Grows the viewBox to everything drawn: Mermaid sometimes draws past its own
 * viewBox (slanted axis labels of the xychart), which would be cut off.
 * Needs the SVG in the document (it measures). Says whether the viewBox grew.
 */
export function growViewBoxToContent(svg: SVGSVGElement, margin = 8): boolean {
    const box = svg.viewBox.baseVal;
    const content = svg.getBBox();
    if (!box || box.width === 0 || content.width === 0) return false;
    const left = Math.min(box.x, content.x - margin);
    const top = Math.min(box.y, content.y - margin);
    const right = Math.max(box.x + box.width, content.x + content.width + margin);
    const bottom = Math.max(box.y + box.height, content.y + content.height + margin);
    if (left === box.x && top === box.y && right === box.x + box.width && bottom === box.y + box.height) return false;
    svg.setAttribute('viewBox', `${left} ${top} ${right - left} ${bottom - top}`);
    return true;
}

export function applyZoom(svg: SVGSVGElement, zoom: number): void {
    const { width, height } = naturalSize(svg);
    svg.setAttribute('width', String(Math.round(width * zoom)));
    svg.setAttribute('height', String(Math.round(height * zoom)));
    svg.style.maxWidth = 'none';
}

/** Drag to pan while `canPan()` (not over the table, whose text stays selectable). */
export function enablePan(viewport: HTMLElement, canPan: () => boolean): void {
    let start: { x: number; y: number; left: number; top: number } | undefined;
    let dragged = false;
    viewport.addEventListener('pointerdown', event => {
        if (event.button !== 0 || !canPan() || (event.target as Element).closest('button, a, input, select, summary')) return;
        // On the scrollbars, the browser scrolls by itself.
        const bounds = viewport.getBoundingClientRect();
        if (event.clientX - bounds.left >= viewport.clientWidth || event.clientY - bounds.top >= viewport.clientHeight) return;
        start = { x: event.clientX, y: event.clientY, left: viewport.scrollLeft, top: viewport.scrollTop };
        dragged = false;
    });
    viewport.addEventListener('pointermove', event => {
        if (!start) return;
        const dx = event.clientX - start.x;
        const dy = event.clientY - start.y;
        if (!dragged && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
        if (!dragged) {
            dragged = true;
            viewport.setPointerCapture(event.pointerId);
            viewport.classList.add('panning');
        }
        viewport.scrollLeft = start.left - dx;
        viewport.scrollTop = start.top - dy;
    });
    const end = (event: PointerEvent) => {
        if (start && dragged && viewport.hasPointerCapture(event.pointerId)) viewport.releasePointerCapture(event.pointerId);
        start = undefined;
        viewport.classList.remove('panning');
    };
    viewport.addEventListener('pointerup', end);
    viewport.addEventListener('pointercancel', end);
    viewport.addEventListener('click', event => {
        if (dragged) {
            event.stopPropagation();
            event.preventDefault();
            dragged = false;
        }
    }, true);
}
