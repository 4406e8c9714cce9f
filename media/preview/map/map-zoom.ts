/**
 * Fit for the Map view: fit the panel's height, never so small that the map's
 * smallest text drops below 12 px; the width scrolls (a wide map shrunk to the
 * panel's width would be unreadable).
 */
import { MIN_READABLE_TEXT_PX, SMALLEST_TEXT_PX } from './map-layout.js';

export const MAP_MIN_ZOOM = MIN_READABLE_TEXT_PX / SMALLEST_TEXT_PX;

export function mapFitZoom(map: HTMLElement, viewport: HTMLElement): number {
    const zoom = Number(map.style.zoom || 1);
    const naturalHeight = map.getBoundingClientRect().height / zoom;
    if (naturalHeight === 0) return 1;
    const fitting = Math.floor(((viewport.clientHeight - 4) / naturalHeight) * 100) / 100;
    return Math.max(MAP_MIN_ZOOM, Math.min(1, fitting));
}
