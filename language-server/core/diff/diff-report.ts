/**
 * One entry for every front end of the diff (CLI, git driver, Action, editor):
 * the diff of two workspace models as JSON or as the review comment, with the
 * same emotion curves as the preview (the previous version drawn faded).
 */
import { emotionCurveMarkdown } from '../export/mermaid-markdown.js';
import { renderDiffMarkdown } from './diff-markdown.js';
import type { DiffResult } from './diff-result.js';
import { diffWorkspaces } from './diff-workspaces.js';
import { workspaceAsRenderModel, type WorkspaceModel } from './workspace-model.js';

export type DiffFormat = 'markdown' | 'json';

export interface DiffReportOptions {
    format: DiffFormat;
    /** Heading of the Markdown comment. */
    title?: string;
    /** Mermaid curves are for places that render them (GitHub, the editor), not for a terminal. */
    curves?: boolean;
    /** The curves as SVG images instead of Mermaid, for a Markdown viewer without Mermaid (VS Code's own preview). */
    curveImages?: boolean;
}

export function diffReport(before: WorkspaceModel, after: WorkspaceModel, options: DiffReportOptions): { diff: DiffResult; text: string } {
    const diff = diffWorkspaces(before, after);
    if (options.format === 'json') return { diff, text: `${JSON.stringify(diff, null, 2)}\n` };
    const beforeModel = workspaceAsRenderModel(before);
    const afterModel = workspaceAsRenderModel(after);
    const text = renderDiffMarkdown(diff, before, after, {
        title: options.title,
        emotionCurve:
            options.curves === false
                ? undefined
                : journeyId => (Object.hasOwn(after.journeys, journeyId) ? emotionCurveMarkdown(afterModel, journeyId, { before: beforeModel, image: options.curveImages }) : undefined)
    });
    return { diff, text };
}
