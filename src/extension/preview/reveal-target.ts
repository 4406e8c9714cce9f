/**
 * Which documents a click in the preview may open: the previewed document, or
 * a `.journey` file of the same workspace folder (where its personas and
 * journeys are declared). Anything else the webview asks for (`command:`,
 * `file:///etc/passwd`, another folder, a path with `..`) is refused.
 */

/** The parts of a `vscode.Uri` the check reads (a plain object in tests). */
export interface UriParts {
    readonly scheme: string;
    readonly authority?: string;
    readonly path: string;
    readonly query?: string;
    readonly fragment?: string;
    toString(): string;
}

export function isRevealTarget(target: UriParts, document: UriParts, folder: UriParts | undefined): boolean {
    if (target.toString() === document.toString()) return true;
    if (!folder) return false;
    if (target.scheme !== folder.scheme || (target.authority ?? '') !== (folder.authority ?? '')) return false;
    if (target.query || target.fragment) return false;
    if (!target.path.toLowerCase().endsWith('.journey')) return false;
    const root = folder.path.replace(/\/+$/, '');
    if (!target.path.startsWith(`${root}/`)) return false;
    // Decoded segments: `..`, `.` or an empty segment could step out of the folder once normalised.
    return target.path.slice(root.length + 1).split('/').every(segment => segment !== '' && segment !== '.' && segment !== '..' && !segment.includes('\\'));
}
