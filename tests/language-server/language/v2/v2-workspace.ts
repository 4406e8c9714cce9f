import type { Diagnostic } from 'vscode-languageserver-types';
import { buildRenderModel } from '../../../../language-server/language/render/build-render-model.js';
import { buildWorkspace, createTestServices } from '../test-services.js';

/** A library with the version-2 declarations: research, systems, an external team. */
export const LIBRARY = `persona maya "Maya"
team ecommerce "E-commerce"
team support "Customer Support"
team courier "ParcelGo" external
channel web "Website"
system shop "Shop platform" {
  kind ecommerce
}
system crm
research q1 "Q1 interviews" {
  kind interviews
  date "2025-03"
  sample 12
  link "https://research.example.com/q1"
}
research funnel "Funnel analytics"
`;

/** A map that uses every version-2 line once. */
export const MAP = `journey checkout "Checkout" {
  personas maya
  involved ecommerce, support
  stage purchase "Purchase" {
    owner ecommerce
    touchpoint cart "Cart" via web {
      moment-of-truth
      emotion maya 2 "Surprised" from q1
      thought maya "Why?" from q1, funnel
      pain "Surprise fee" failure-point from q1
      pain "Slow page"
      frontstage "Chat agent answers"
      backstage "Rates computed"
      support "Weekly rate review"
      systems shop, crm
      evidence "Cart summary"
      opportunity guest "Guest checkout" from funnel {
        priority high
        status in-progress
        owner ecommerce
        impact "Fewer drop-outs"
        effort medium
        link "https://tracker.example.com/1"
      }
      metric "Abandonment" 68% target 45% from funnel
    }
  }
}
`;

/**
 * Builds `files` (with the library unless replaced) with the given journey.config.json text,
 * "today" fixed for `stale-evidence`; returns the diagnostics of the last file as `code message @line`.
 */
export async function diagnosticsOf(files: Record<string, string>, config?: string, today = '2026-01-15'): Promise<string[]> {
    const services = createTestServices();
    const severities = services.Journey.validation.DiagnosticSeverities;
    if (config) severities.applyConfigText(config, '/workspace/journey.config.json');
    severities.now = () => new Date(today);
    const { documents } = await buildWorkspace({ 'people.journey': LIBRARY, ...files }, services);
    return (documents.at(-1)!.diagnostics ?? []).map(formatDiagnostic);
}

function formatDiagnostic(d: Diagnostic): string {
    return `${d.code} ${d.message} @${d.range.start.line + 1}`;
}

export async function modelOf(files: Record<string, string>, config?: string) {
    const services = createTestServices();
    if (config) services.Journey.validation.DiagnosticSeverities.applyConfigText(config, '/workspace/journey.config.json');
    const { documents } = await buildWorkspace({ 'people.journey': LIBRARY, ...files }, services);
    return buildRenderModel(documents.at(-1)!, services.Journey);
}
