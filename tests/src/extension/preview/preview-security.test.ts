import { describe, expect, it } from 'vitest';
import type * as vscode from 'vscode';
import {
    createNonce, inlineScriptSource, jsonForScriptElement, previewContentSecurityPolicy, previewPageHtml, standaloneContentSecurityPolicy
} from '../../../../language-server/core/export/preview-page.js';
import { previewResourceRoots } from '../../../../src/extension/preview/preview-security.js';

/** Just enough of vscode.Uri for the pure helpers. */
function fakeUri(path: string): vscode.Uri {
    return { path, with: ({ path: next }: { path: string }) => fakeUri(next), toString: () => `file://${path}` } as unknown as vscode.Uri;
}

describe('preview security', () => {
    it('allows scripts only by nonce, and nothing from anywhere else', () => {
        const csp = previewContentSecurityPolicy('vscode-resource:', 'abc123');
        expect(csp).toContain(`default-src 'none'`);
        expect(csp).toContain(`script-src 'nonce-abc123'`);
        expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|\*)/);
        expect(standaloneContentSecurityPolicy('n')).toMatch(/^default-src 'none'; .*script-src 'nonce-n'/);
    });

    it('uses a fresh nonce every time', () => {
        const nonces = new Set(Array.from({ length: 20 }, createNonce));
        expect(nonces.size).toBe(20);
        for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
    });

    it('limits the webview to the bundles and the media folder', () => {
        expect(previewResourceRoots(fakeUri('/ext')).map(uri => uri.path)).toEqual(['/ext/dist/media', '/ext/media']);
    });

    it('embeds JSON that cannot close its script element', () => {
        const json = jsonForScriptElement({ label: '</script><script>window.__pwned=1</script>' });
        expect(json).not.toContain('<');
        expect(JSON.parse(json)).toEqual({ label: '</script><script>window.__pwned=1</script>' });
        expect(inlineScriptSource('const s = "</script>";')).toBe('const s = "<\\/script>";');
    });

    it('builds a page whose only executable scripts carry the nonce', () => {
        const html = previewPageHtml({
            csp: standaloneContentSecurityPolicy('N0NCE'), nonce: 'N0NCE', title: '<b>t</b>',
            scripts: [{ code: 'window.x = 1;' }, { src: 'preview.js' }], embeddedModel: { a: '<x>' }, defaultView: 'details"><script>'
        });
        const scripts = html.match(/<script[^>]*>/g) ?? [];
        expect(scripts).toEqual([
            '<script type="application/json" id="journey-model">',
            '<script nonce="N0NCE">',
            '<script nonce="N0NCE" src="preview.js">'
        ]);
        expect(html).toContain('<title>&lt;b&gt;t&lt;/b&gt;</title>');
        expect(html).toContain('data-default-view="details&quot;&gt;&lt;script&gt;"');
    });
});
