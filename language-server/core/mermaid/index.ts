/**
 * Mermaid text of the preview's diagram views, pure functions of the render
 * model. The webview, the HTML/Markdown exports and the CLI all call these,
 * so every output shows the same diagrams. The `…Layout` variants return the
 * same text with what each part of it shows (in Mermaid's drawing order), so
 * the preview can tie the SVG back to the elements without re-deriving it.
 */
export { defaultJourneyPersona, journeyDiagram, journeyDiagramLayout, type JourneyDiagramLayout, type JourneyDiagramOptions } from './journey-diagram.js';
export { emotionCurve, emotionCurveLayout, MAX_NAMED_CATEGORIES, type EmotionCurveLayout, type EmotionCurveLine, type EmotionCurveOptions } from './emotion-curve.js';
export { blueprint, blueprintLayout, type BlueprintLaneId, type BlueprintLayout, type BlueprintNode, type BlueprintNodeKind } from './blueprint.js';
export { escapeMermaidText } from './escape.js';
export { MERMAID_SIZE_LIMITS, SHARED_MERMAID_CONFIG } from './mermaid-config.js';
