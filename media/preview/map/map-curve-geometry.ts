/**
 * The emotion curve's geometry: a monotone cubic through a persona's points
 * (d3-shape's curveMonotoneX: it never overshoots 1 or 5), cut into one path
 * piece per pair of neighbouring points so that a piece bridging an unscored
 * touchpoint can be drawn dashed while the rest stays solid, on the very same
 * curve.
 */
import { curveMonotoneX } from 'd3-shape';

export interface CurvePoint {
    x: number;
    y: number;
    /** The column the point stands in: pieces between non-adjacent columns bridge a gap. */
    column: number;
}

export interface CurvePiece {
    /** SVG path data of the pieces, each starting with its own `M`. */
    d: string;
    /** Bridges at least one column without a score. */
    bridge: boolean;
}

const fixed = (value: number) => String(Math.round(value * 100) / 100);

/** The curve through `points` (in column order) as solid and bridging pieces; consecutive pieces of one kind share a path. */
export function curvePieces(points: CurvePoint[]): CurvePiece[] {
    if (points.length < 2) return [];
    const segments: string[] = [];
    let current: [number, number] = [points[0].x, points[0].y];
    // curveMonotoneX draws one command per pair of neighbouring points, in order: record each as its own segment.
    const context = {
        moveTo(x: number, y: number) { current = [x, y]; },
        lineTo(x: number, y: number) {
            segments.push(`M${fixed(current[0])},${fixed(current[1])}L${fixed(x)},${fixed(y)}`);
            current = [x, y];
        },
        bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number) {
            segments.push(`M${fixed(current[0])},${fixed(current[1])}C${[x1, y1, x2, y2, x, y].map(fixed).join(',')}`);
            current = [x, y];
        },
        closePath() { /* an open line */ }
    };
    const curve = curveMonotoneX(context as unknown as CanvasRenderingContext2D);
    curve.lineStart();
    for (const point of points) curve.point(point.x, point.y);
    curve.lineEnd();
    const pieces: CurvePiece[] = [];
    segments.forEach((segment, index) => {
        const bridge = points[index + 1].column - points[index].column > 1;
        const last = pieces[pieces.length - 1];
        if (last && last.bridge === bridge) last.d += segment;
        else pieces.push({ d: segment, bridge });
    });
    return pieces;
}
