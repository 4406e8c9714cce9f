import type { ValidationAcceptor } from 'langium';
import type { Opportunity, Research } from '../generated/ast.js';
import { DiagnosticCode } from './diagnostic-codes.js';
import { report } from './report.js';

/** Whether a link is an absolute http(s) URL (what the preview and exports may show as a link). */
export function isHttpLink(text: string): boolean {
    if (!/^https?:\/\/\S+$/i.test(text)) return false;
    try {
        return ['http:', 'https:'].includes(new URL(text).protocol);
    } catch {
        return false;
    }
}

/** `link-not-http`: the `link` lines of research and opportunities. */
export function checkLinks(node: Research | Opportunity, accept: ValidationAcceptor): void {
    const property = node.$type === 'Research' ? 'link' : 'links';
    const links = node.$type === 'Research' ? node.link : node.links;
    links.forEach((link, index) => {
        if (!isHttpLink(link)) {
            report(accept, DiagnosticCode.LinkNotHttp, `Link "${link}" is not an http(s) URL: write the full address, e.g. "https://tracker.example.com/issues/42".`, { node, property: property as never, index });
        }
    });
}
