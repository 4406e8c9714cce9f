/**
 * The Map view's fixed geometry, one home for the grid (CSS reads the same
 * numbers as custom properties set from here) and the curve's coordinates:
 * fixed-width columns are what puts each curve point exactly above its
 * touchpoint.
 */
export const COLUMN_WIDTH = 224;
export const LANE_HEADER_WIDTH = 140;
export const CURVE_HEIGHT = 200;
export const CURVE_PADDING = 22;
/** The smallest text of the map (chips, scale words) in CSS px at zoom 1. */
export const SMALLEST_TEXT_PX = 12;
/** No zoom that Fit picks makes text smaller than this. */
export const MIN_READABLE_TEXT_PX = 12;

/** The centre of column `index`, in the curve's own coordinates (x = 0 at the first column's left edge). */
export function columnCentre(index: number): number {
    return (index + 0.5) * COLUMN_WIDTH;
}

/** The y of a 1–5 score: 5 at the top. */
export function scoreY(score: number): number {
    return CURVE_PADDING + ((5 - score) / 4) * (CURVE_HEIGHT - 2 * CURVE_PADDING);
}
