/**
 * Follows the VS Code theme: the webview's <body> carries `vscode-light`,
 * `vscode-dark`, `vscode-high-contrast` or `vscode-high-contrast-light`, and
 * the theme's colours as `--vscode-*` CSS variables. Mermaid cannot read CSS
 * variables, so its configuration is derived from them at each render.
 */
import type { MermaidConfig } from 'mermaid';
import { SHARED_MERMAID_CONFIG } from '../../language-server/core/mermaid/mermaid-config.js';

export type ThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

export function currentThemeKind(body: HTMLElement = document.body): ThemeKind {
    const classes = body.classList;
    if (classes.contains('vscode-high-contrast-light')) return 'high-contrast-light';
    if (classes.contains('vscode-high-contrast')) return 'high-contrast';
    if (classes.contains('vscode-dark')) return 'dark';
    return 'light';
}

function cssColor(name: string, fallback: string): string {
    const value = getComputedStyle(document.body).getPropertyValue(name).trim();
    // Mermaid computes shades from these colours, so only plain colour values are passed on.
    return /^(#[0-9a-f]{3,8}|rgba?\([^)]*\))$/i.test(value) ? value : fallback;
}

/** Per-drawing settings on top of the theme (the emotion curve grows with its number of touchpoints). */
export interface DiagramLayout {
    xyChartWidth?: number;
    xyChartHeight?: number;
    xyChartLabelRotation?: number;
}

/**
 * Mermaid's configuration for a theme. Chart text and lines take the editor's
 * own foreground and background: Mermaid's xychart keeps light-theme text
 * colours on its dark theme, which would be unreadable.
 */
export function mermaidConfig(kind: ThemeKind, layout: DiagramLayout = {}): MermaidConfig {
    const fontFamily = getComputedStyle(document.body).fontFamily || 'sans-serif';
    const dark = kind === 'dark' || kind === 'high-contrast';
    const background = cssColor('--vscode-editor-background', dark ? '#1e1e1e' : '#ffffff');
    const foreground = cssColor('--vscode-editor-foreground', dark ? '#cccccc' : '#1f1f1f');
    const xyChartColours = {
        backgroundColor: background,
        titleColor: foreground,
        dataLabelColor: foreground,
        legendTextColor: foreground,
        xAxisTitleColor: foreground,
        xAxisLabelColor: foreground,
        xAxisTickColor: foreground,
        xAxisLineColor: foreground,
        yAxisTitleColor: foreground,
        yAxisLabelColor: foreground,
        yAxisTickColor: foreground,
        yAxisLineColor: foreground
    };
    const common: MermaidConfig = {
        // HTML labels (Mermaid's default): they decode the generators' entity codes as
        // text and wrap by CSS. SVG text labels would wrap in the middle of a code.
        ...SHARED_MERMAID_CONFIG,
        fontFamily,
        xyChart: {
            ...SHARED_MERMAID_CONFIG.xyChart,
            width: layout.xyChartWidth ?? 700,
            height: layout.xyChartHeight ?? 460,
            xAxis: { labelRotation: layout.xyChartLabelRotation ?? 0 }
        } as MermaidConfig['xyChart']
    };
    if (kind === 'light') return { ...common, theme: 'default', themeVariables: { background, xyChart: xyChartColours } };
    if (kind === 'dark') return { ...common, theme: 'dark', themeVariables: { background, xyChart: xyChartColours } };
    const border = cssColor('--vscode-contrastBorder', dark ? '#6fc3df' : '#0f4a85');
    return {
        ...common,
        theme: 'base',
        themeVariables: {
            darkMode: dark,
            background,
            fontFamily,
            primaryColor: background,
            primaryTextColor: foreground,
            primaryBorderColor: border,
            secondaryColor: background,
            tertiaryColor: background,
            lineColor: foreground,
            textColor: foreground,
            mainBkg: background,
            clusterBkg: background,
            clusterBorder: border,
            titleColor: foreground,
            edgeLabelBackground: background,
            actorBkg: background,
            actorBorder: border,
            actorTextColor: foreground,
            sectionBkgColor: background,
            taskBkgColor: background,
            taskTextColor: foreground,
            // Journey sections and tasks: one fill for all, outlined, instead of Mermaid's colour cycle.
            ...Object.fromEntries(Array.from({ length: 8 }, (_, index) => [`fillType${index}`, background])),
            xyChart: xyChartColours
        }
    };
}

/** Calls `onChange` whenever VS Code switches the theme (it rewrites the body's classes). */
export function watchTheme(onChange: (kind: ThemeKind) => void): void {
    let kind = currentThemeKind();
    new MutationObserver(() => {
        const next = currentThemeKind();
        if (next !== kind) {
            kind = next;
            onChange(next);
        }
    }).observe(document.body, { attributes: true, attributeFilter: ['class'] });
}
