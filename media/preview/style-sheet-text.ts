/**
 * The preview's style sheet as text (esbuild's text loader), for the files that
 * carry it inside themselves: the Map view's SVG export holds the map as XHTML
 * that only this CSS lays out. The same files main.ts imports as the page's style.
 */
import previewCss from './preview.css' with { type: 'text' };
import mapCss from './map/map.css' with { type: 'text' };

export const PREVIEW_STYLE_SHEET = `${previewCss}\n${mapCss}`;
