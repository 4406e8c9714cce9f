/**
 * Mermaid in Markdown for renderers we do not control (GitHub's Mermaid lags
 * the bundled one, down to 10.9; VS Code's Markdown preview draws none):
 * a colour key under each emotion curve, written in words, and diagrams too
 * large for Mermaid's default `maxTextSize` split into several blocks, one per
 * group of stages, never one broken block.
 */
import { escapeMarkdownCell } from '../diff/markdown-text.js';
import { emotionCurveLayout, type EmotionCurveOptions } from '../mermaid/emotion-curve.js';
import { emotionCurveSvg, svgDataUrl } from './emotion-curve-svg.js';
import { colourName } from '../mermaid/persona-colours.js';
import { displayName, requireJourney } from '../model/model-lookup.js';
import type { RenderModel } from '../model/render-model.js';

/** Mermaid's default `maxTextSize`: GitHub's renderer refuses longer diagrams. */
export const GITHUB_MAX_TEXT_SIZE = 50_000;

/** A ```mermaid block. */
export function mermaidBlock(text: string): string[] {
    return ['```mermaid', text.trimEnd(), '```'];
}

/**
 * The emotion curve's block and, under it, its key: which line is which
 * persona (colour name and line style; the previous version faded), where a
 * line bridges a touchpoint its persona did not score, and what the numbered
 * x labels stand for. Mermaid before 11.17 draws no legend for it.
 */
export function emotionCurveMarkdown(model: RenderModel, journeyId: string, options: EmotionCurveOptions & { image?: boolean } = {}): string[] {
    const layout = emotionCurveLayout(model, journeyId, { ...options, axisLabels: 'auto' });
    const title = `Emotion curve: ${displayName(requireJourney(model, journeyId))}`;
    // `image`: where no Mermaid is rendered (VS Code's Markdown preview), the curve drawn as an SVG image.
    if (options.image && layout.kind !== 'xychart') return [`_${escapeMarkdownCell(title)}: no emotion scores yet._`];
    const out = options.image ? [`![${escapeMarkdownCell(title)}](${svgDataUrl(emotionCurveSvg(layout, title))})`] : mermaidBlock(layout.text);
    if (layout.kind !== 'xychart') return out;
    const names = touchpointNames([model, ...(options.before ? [options.before] : [])], journeyId);
    out.push('', '| Line | Colour | Style | No score at (line bridged) |', '|---|---|---|---|');
    for (const line of layout.lines) {
        const style = line.before ? 'faded: the previous version' : line.replaced ? 'faded: the current state it replaces' : 'solid';
        const gaps = line.gaps.map(id => escapeMarkdownCell(names.get(id) ?? id)).join(', ') || '—';
        out.push(`| ${escapeMarkdownCell(line.title)} | ${colourName(line.color)} | ${style} | ${gaps} |`);
    }
    if (layout.axisKey) {
        out.push('', '| # | Touchpoint |', '|---|---|', ...layout.axisKey.map(entry => `| ${entry.number} | ${escapeMarkdownCell(entry.label)} |`));
    }
    return out;
}

function touchpointNames(models: RenderModel[], journeyId: string): Map<string, string> {
    const names = new Map<string, string>();
    for (const model of models) {
        const journey = model.journeys.find(candidate => candidate.id === journeyId);
        for (const stage of journey?.stages ?? []) {
            for (const touchpoint of stage.touchpoints) if (!names.has(touchpoint.id)) names.set(touchpoint.id, `${displayName(stage)} · ${displayName(touchpoint)}`);
        }
    }
    return names;
}

/**
 * A diagram of the journey's stages as blocks under `limit` characters:
 * one block when it fits, else consecutive groups of stages, each drawn from a
 * copy of the model holding only those stages. A single stage beyond the
 * limit still gets its own block (it cannot be split further), with a note.
 */
export function splitByStages(model: RenderModel, journeyId: string, draw: (model: RenderModel) => string, limit = GITHUB_MAX_TEXT_SIZE): Array<{ text: string; stages: string[] }> {
    const journey = requireJourney(model, journeyId);
    const whole = draw(model);
    if (whole.length <= limit) return [{ text: whole, stages: journey.stages.map(displayName) }];
    const withStages = (stages: typeof journey.stages) => ({ ...model, journeys: model.journeys.map(j => (j.id === journeyId ? { ...j, stages } : j)) });
    const groups: Array<{ text: string; stages: string[] }> = [];
    let start = 0;
    while (start < journey.stages.length) {
        let end = start + 1;
        let text = draw(withStages(journey.stages.slice(start, end)));
        while (end < journey.stages.length) {
            const next = draw(withStages(journey.stages.slice(start, end + 1)));
            if (next.length > limit) break;
            text = next;
            end++;
        }
        groups.push({ text, stages: journey.stages.slice(start, end).map(displayName) });
        start = end;
    }
    return groups;
}
