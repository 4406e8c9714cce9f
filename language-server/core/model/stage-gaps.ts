import type { RenderStage } from './render-model.js';

export interface StageGap {
    /** Short text for the maps: "no owner", "no touchpoints". */
    text: string;
    code: string;
    message: string;
}

/** Short texts of the stage diagnostics the maps mark as gaps; other codes show their message. */
const GAP_TEXTS: Record<string, string> = {
    'stage-without-owner': 'no owner',
    'stage-without-touchpoints': 'no touchpoints'
};

/**
 * The gaps validation found in a stage, from the issues attached to it: what
 * the editor reports is what the maps mark, at the configured severities (a
 * check turned `off` marks nothing).
 */
export function stageGaps(stage: RenderStage): StageGap[] {
    return stage.issues.map(issue => ({ text: GAP_TEXTS[issue.code] ?? issue.message, code: issue.code, message: issue.message }));
}
