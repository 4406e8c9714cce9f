/**
 * The emotion curve as a small standalone SVG, drawn in pure TypeScript (no
 * DOM, no Mermaid) from the same layout as the Mermaid chart: for Markdown
 * that is read where Mermaid is not rendered (VS Code's built-in Markdown
 * preview shows images, not ```mermaid). One polyline per line (the previous
 * version faded and dashed), a marker per score, integer ticks 1–5, a colour
 * key, numbered x labels with their touchpoints listed under the chart.
 */
import type { EmotionCurveLayout } from '../mermaid/emotion-curve.js';

const COLUMN = 56;
const LEFT = 96;
const RIGHT = 24;
const TOP = 40;
const PLOT = 200;
const KEY_ROW = 20;
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Ubuntu, sans-serif"';
const SCORE_LABELS = ['very negative', 'negative', 'neutral', 'positive', 'very positive'];

function escapeXml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** `#rrggbbaa` (Mermaid's faded colour) as a colour and an opacity, which every SVG viewer reads. */
function paint(color: string): { color: string; opacity: number } {
    const match = /^(#[0-9a-f]{6})([0-9a-f]{2})$/i.exec(color);
    return match ? { color: match[1], opacity: Math.round((parseInt(match[2], 16) / 255) * 100) / 100 } : { color, opacity: 1 };
}

export function emotionCurveSvg(layout: EmotionCurveLayout, title: string): string {
    const count = Math.max(layout.categories.length, 1);
    const plotWidth = count * COLUMN;
    const width = LEFT + plotWidth + RIGHT;
    const x = (index: number) => LEFT + index * COLUMN + COLUMN / 2;
    const y = (score: number) => TOP + ((5 - score) / 4) * PLOT;
    const axisBottom = TOP + PLOT;
    const keyTop = axisBottom + 40;
    const touchpointsTop = keyTop + layout.lines.length * KEY_ROW + 12;
    const height = touchpointsTop + layout.categories.length * KEY_ROW + 8;
    const out: string[] = [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" ${FONT} font-size="13">`,
        `<title>${escapeXml(title)}</title>`,
        `<rect width="100%" height="100%" fill="#ffffff"/>`,
        `<text x="${LEFT}" y="24" font-size="15" font-weight="600" fill="#1f1f1f">${escapeXml(title)}</text>`
    ];
    for (let score = 1; score <= 5; score++) {
        out.push(`<line class="tick" x1="${LEFT}" x2="${LEFT + plotWidth}" y1="${y(score)}" y2="${y(score)}" stroke="#d0d0d0"${score === 3 ? ' stroke-dasharray="4 3"' : ''}/>`);
        out.push(`<text class="tick-label" x="${LEFT - 8}" y="${y(score) + 4}" text-anchor="end" fill="#444444">${score} ${SCORE_LABELS[score - 1]}</text>`);
    }
    layout.categories.forEach((_, index) => {
        out.push(`<text class="x-label" x="${x(index)}" y="${axisBottom + 20}" text-anchor="middle" fill="#444444">${index + 1}</text>`);
    });
    for (const line of layout.lines) {
        const { color, opacity } = paint(line.color);
        const points = line.scores.flatMap((score, index) => (score === undefined ? [] : [`${x(index)},${y(score)}`]));
        const secondary = line.before || line.replaced;
        const dash = secondary ? ' stroke-dasharray="6 4"' : '';
        out.push(`<g class="curve" data-persona="${escapeXml(line.persona)}" data-before="${line.before}">`);
        out.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${color}" stroke-opacity="${opacity}" stroke-width="${secondary ? 2 : 3}"${dash}/>`);
        for (const point of points) {
            const [cx, cy] = point.split(',');
            out.push(`<circle cx="${cx}" cy="${cy}" r="4" fill="${color}" fill-opacity="${opacity}"/>`);
        }
        out.push('</g>');
    }
    layout.lines.forEach((line, index) => {
        const { color, opacity } = paint(line.color);
        const top = keyTop + index * KEY_ROW;
        out.push(`<g class="key-entry"><line x1="${LEFT}" x2="${LEFT + 28}" y1="${top}" y2="${top}" stroke="${color}" stroke-opacity="${opacity}" stroke-width="3"${line.before || line.replaced ? ' stroke-dasharray="6 4"' : ''}/>`
            + `<text x="${LEFT + 36}" y="${top + 4}" fill="#1f1f1f">${escapeXml(line.title)}${line.before ? ' (faded, dashed: the previous version)' : line.replaced ? ' (faded, dashed: the current state)' : ''}</text></g>`);
    });
    layout.categories.forEach((category, index) => {
        out.push(`<text class="touchpoint-key" x="${LEFT}" y="${touchpointsTop + index * KEY_ROW + 4}" fill="#444444">${index + 1}  ${escapeXml(category.label)}</text>`);
    });
    out.push('</svg>');
    return out.join('\n') + '\n';
}

/** The SVG as a `data:` URL (base64 of its UTF-8), for a Markdown image. */
export function svgDataUrl(svg: string): string {
    const bytes = new TextEncoder().encode(svg);
    let binary = '';
    for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
    return `data:image/svg+xml;base64,${btoa(binary)}`;
}
