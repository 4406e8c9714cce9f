import { describe, expect, it } from 'vitest';
import { curvePieces } from '../../media/preview/map/map-curve-geometry.js';

describe('the emotion curve\'s pieces', () => {
    it('draws neighbouring columns solid and bridges a column without a score, on one monotone curve', () => {
        const pieces = curvePieces([{ x: 10, y: 50, column: 0 }, { x: 30, y: 10, column: 1 }, { x: 70, y: 90, column: 3 }, { x: 90, y: 90, column: 4 }]);
        expect(pieces.map(piece => piece.bridge)).toEqual([false, true, false]);
        // Each piece starts where the previous one ended.
        expect(pieces[0].d.startsWith('M10,50C')).toBe(true);
        expect(pieces[1].d.startsWith('M30,10C')).toBe(true);
        expect(pieces[2].d.startsWith('M70,90C')).toBe(true);
        expect(pieces[2].d.endsWith(',90,90')).toBe(true);
        // Monotone: no control point beyond the scores' range (10…90).
        const ys = pieces.flatMap(piece => [...piece.d.matchAll(/-?[\d.]+,(-?[\d.]+)/g)].map(match => Number(match[1])));
        expect(Math.min(...ys)).toBeGreaterThanOrEqual(10);
        expect(Math.max(...ys)).toBeLessThanOrEqual(90);
    });

    it('has nothing to draw for fewer than two points, and a straight piece for two', () => {
        expect(curvePieces([{ x: 1, y: 1, column: 0 }])).toEqual([]);
        expect(curvePieces([{ x: 1, y: 1, column: 0 }, { x: 5, y: 9, column: 1 }])).toEqual([{ d: 'M1,1L5,9', bridge: false }]);
    });
});
