import { quoted } from './escape.js';

/**
 * What a view draws when it has nothing to draw (no emotion score at all): a
 * one-node flowchart that says so. A journey diagram without tasks would be a
 * bare title, and an xychart without a line cannot be drawn.
 */
export function emptyState(message: string): string {
    return `flowchart LR\n    empty[${quoted(message)}]\n`;
}
