/**
 * Keyboard navigation of the map: Tab reaches each touchpoint card; the arrow
 * keys move between touchpoints (left/right) and down or up through the facts
 * of the focused column (the cards below it and its curve points); Home/End go
 * to the first/last touchpoint. Enter reveals the focused element's source
 * (handled by the app for every view).
 */
const FOCUSABLE = '.map-touchpoint, .map-cell[data-column] [data-source], .map-emotion-point';

function columnOf(element: Element): string | undefined {
    const cell = element.closest('.map-cell[data-column]');
    if (cell) return cell.getAttribute('data-column') ?? undefined;
    return element.getAttribute('data-column') ?? undefined;
}

export function enableMapKeyboard(map: HTMLElement): void {
    map.addEventListener('keydown', event => {
        const current = (event.target as Element).closest?.(FOCUSABLE);
        if (!current || !map.contains(current)) return;
        const touchpoints = [...map.querySelectorAll<HTMLElement>('.map-grid .map-touchpoint')];
        let next: Element | undefined;
        const column = current.classList.contains('map-emotion-point') ? pointColumn(map, current) : columnOf(current);
        const here = touchpoints.findIndex(card => columnOf(card) === column);
        switch (event.key) {
            case 'ArrowRight': next = touchpoints[Math.min(touchpoints.length - 1, here + 1)]; break;
            case 'ArrowLeft': next = touchpoints[Math.max(0, here - 1)]; break;
            case 'Home': next = touchpoints[0]; break;
            case 'End': next = touchpoints[touchpoints.length - 1]; break;
            case 'ArrowDown':
            case 'ArrowUp': {
                const inColumn = columnItems(map, column);
                const position = inColumn.indexOf(current);
                next = inColumn[Math.max(0, Math.min(inColumn.length - 1, position + (event.key === 'ArrowDown' ? 1 : -1)))];
                break;
            }
            default: return;
        }
        event.preventDefault();
        if (next && next !== current) (next as HTMLElement).focus();
    });
}

/** A curve point's column: the touchpoint it stands for. */
function pointColumn(map: HTMLElement, point: Element): string | undefined {
    const touchpoint = point.getAttribute('data-touchpoint');
    const card = [...map.querySelectorAll('.map-grid .map-touchpoint')].find(candidate => candidate.getAttribute('data-touchpoint') === touchpoint);
    return card ? columnOf(card) : undefined;
}

/** Everything focusable in one column, top to bottom: its cells' facts with the curve points in the emotion lane's place. */
function columnItems(map: HTMLElement, column: string | undefined): Element[] {
    const items: Element[] = [];
    const touchpointId = map.querySelector(`.map-cell[data-column="${column}"] .map-touchpoint`)?.getAttribute('data-touchpoint');
    for (const cell of map.querySelectorAll('.map-grid > .map-cell')) {
        if (cell.getAttribute('data-column') === column) items.push(...cell.querySelectorAll('.map-touchpoint, [data-source]'));
        else if (cell.classList.contains('map-span') && touchpointId) {
            items.push(...[...cell.querySelectorAll('.map-emotion-point')].filter(point => point.getAttribute('data-touchpoint') === touchpointId));
        }
    }
    return items;
}
