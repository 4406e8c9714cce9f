import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../../language-server/core/export/export-file-name.js';

describe('exportFileName (the one rule of the extension and of the HTML page\'s own buttons)', () => {
    it('is the map\'s file name, then the view for an image, then the extension', () => {
        expect(exportFileName('file:///ws/maps/checkout.journey', 'svg', 'blueprint')).toBe('checkout-blueprint.svg');
        expect(exportFileName('file:///ws/maps/checkout.journey', 'png', 'journey')).toBe('checkout-journey.png');
        expect(exportFileName('file:///ws/maps/checkout.journey', 'html')).toBe('checkout.html');
        expect(exportFileName('file:///ws/maps/checkout.journey', 'md')).toBe('checkout.md');
    });

    it('decodes the URI and keeps out characters file systems refuse', () => {
        expect(exportFileName('file:///ws/Kunden%20Reise.journey', 'svg', 'emotions')).toBe('Kunden Reise-emotions.svg');
        expect(exportFileName('vscode-vfs://github/o/r/a%3Ab.journey?ref=main', 'md')).toBe('a_b.md');
        expect(exportFileName('untitled:Untitled-1', 'html')).toBe('Untitled-1.html');
        expect(exportFileName('', 'html')).toBe('journey.html');
    });
});
