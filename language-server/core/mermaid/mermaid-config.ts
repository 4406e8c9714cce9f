/**
 * The Mermaid settings every renderer shares: the preview and the standalone
 * HTML export (one bundle) and the CLI's headless browser. Theme colours and
 * per-drawing sizes are added on top by each of them.
 */

/**
 * Mermaid refuses diagrams beyond 50 000 characters or 500 edges by default.
 * A blueprint of 300 touchpoints (each with a channel, an owner, pains and
 * an opportunity) needs about 180 000 characters and 1 500 edges; these
 * limits leave room for several times that while still stopping text that is
 * surely not a journey map.
 */
export const MERMAID_SIZE_LIMITS = {
    maxTextSize: 2_000_000,
    maxEdges: 20_000
} as const;

/** Settings independent of the theme: strict security (no script, no click handlers), natural sizes (the preview zooms). */
export const SHARED_MERMAID_CONFIG = {
    startOnLoad: false,
    securityLevel: 'strict',
    ...MERMAID_SIZE_LIMITS,
    flowchart: { useMaxWidth: false },
    journey: { useMaxWidth: false },
    block: { useMaxWidth: false },
    xyChart: { useMaxWidth: false }
} as const;
