/** What a click in the preview may open, checked with the URI class VS Code's own `vscode.Uri` is. */
import { describe, expect, it } from 'vitest';
import { URI } from 'vscode-uri';
import { isRevealTarget } from '../../../../src/extension/preview/reveal-target.js';

const folder = URI.parse('file:///home/ana/maps');
const document = URI.parse('file:///home/ana/maps/checkout.journey');

describe('isRevealTarget', () => {
    it.each([
        ['the previewed document', 'file:///home/ana/maps/checkout.journey'],
        ['a .journey file beside it', 'file:///home/ana/maps/people.journey'],
        ['a .journey file in a subfolder of the workspace folder', 'file:///home/ana/maps/shared/people.journey']
    ])('opens %s', (_what, uri) => {
        expect(isRevealTarget(URI.parse(uri), document, folder)).toBe(true);
    });

    it.each([
        ['a command URI', 'command:workbench.action.terminal.new'],
        ['a system file', 'file:///etc/passwd'],
        ['a .journey file of another folder', 'file:///home/ana/other/map.journey'],
        ['a folder whose name starts like the workspace folder', 'file:///home/ana/maps-old/map.journey'],
        ['a path that steps out with ..', 'file:///home/ana/maps/../secrets/map.journey'],
        ['a path that steps out with an encoded ..', 'file:///home/ana/maps/%2e%2e/secrets/map.journey'],
        ['a file that is not a map', 'file:///home/ana/maps/notes.md'],
        ['another scheme on the same path', 'vscode-vfs:///home/ana/maps/people.journey'],
        ['another host', 'file://server/home/ana/maps/people.journey'],
        ['a query', 'file:///home/ana/maps/people.journey?raw'],
        ['an https page', 'https://evil.example/home/ana/maps/people.journey']
    ])('refuses %s', (_what, uri) => {
        expect(isRevealTarget(URI.parse(uri), document, folder)).toBe(false);
    });

    it('opens only the previewed document when it is in no workspace folder', () => {
        expect(isRevealTarget(document, document, undefined)).toBe(true);
        expect(isRevealTarget(URI.parse('file:///home/ana/maps/people.journey'), document, undefined)).toBe(false);
    });
});
