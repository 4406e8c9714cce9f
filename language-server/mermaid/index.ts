/**
 * Mermaid text of the preview's diagram views, pure functions of the render
 * model. The webview, the HTML/Markdown exports and the CLI all call these,
 * so every output shows the same diagrams.
 */
export { journeyDiagram, type JourneyDiagramOptions } from './journey-diagram.js';
export { emotionCurve, type EmotionCurveOptions } from './emotion-curve.js';
export { blueprint } from './blueprint.js';
export { escapeMermaidText } from './escape.js';
