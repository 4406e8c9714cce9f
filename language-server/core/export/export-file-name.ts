/**
 * The one rule for the names of exported files, used by the extension's export
 * commands and by the export buttons of a standalone HTML page: the map's file name
 * without `.journey`, then the view for an image of one view, then the format's
 * extension. `checkout.journey` → `checkout-blueprint.svg`, `checkout.html`, `checkout.md`
 * (a PDF of one journey of several: `checkout-first_purchase.pdf`).
 */
export type ExportExtension = 'svg' | 'png' | 'html' | 'md' | 'pdf';

export function exportFileName(sourceUri: string, extension: ExportExtension, view?: string): string {
    return `${exportBaseName(sourceUri)}${view ? `-${view}` : ''}.${extension}`;
}

/** `file:///ws/maps/checkout.journey` → `checkout`, `untitled:Untitled-1` → `Untitled-1`; no name at all → `journey`. */
export function exportBaseName(sourceUri: string): string {
    const path = sourceUri.replace(/[?#].*$/, '').replace(/^[a-z][\w+.-]*:(\/\/[^/]*)?/i, '');
    let name = path.slice(path.lastIndexOf('/') + 1);
    try {
        name = decodeURIComponent(name);
    } catch {
        // A stray % stays as written.
    }
    return name.replace(/\.journey$/i, '').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_') || 'journey';
}
