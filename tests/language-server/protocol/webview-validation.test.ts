/**
 * The extension acts only on messages that are exactly those of the protocol:
 * whatever else a (compromised) webview page posts is dropped with a reason.
 */
import { describe, expect, it } from 'vitest';
import { checkWebviewMessage, MAX_IMAGE_LENGTH, MAX_URI_LENGTH, type FromWebviewMessage } from '../../../language-server/protocol/index.js';

const range = { start: { line: 3, character: 2 }, end: { line: 3, character: 9 } };

const valid: FromWebviewMessage[] = [
    { type: 'ready' },
    { type: 'beforeCleared' },
    { type: 'reveal', uri: 'file:///workspace/checkout.journey', range },
    { type: 'export', format: 'svg' },
    { type: 'export', format: 'png' },
    { type: 'export', format: 'html' },
    { type: 'export', format: 'markdown' },
    { type: 'imageExported', requestId: 1, format: 'svg', view: 'journey', data: '<svg/>' },
    { type: 'imageExported', requestId: 2, format: 'png', view: 'details', error: 'Rendering failed.' }
];

const hostile: Array<[string, unknown]> = [
    ['not an object', 'ready'],
    ['null', null],
    ['an array', [{ type: 'ready' }]],
    ['no type', {}],
    ['an unknown type', { type: 'openExternal', url: 'https://evil.example' }],
    ['a type that is an Object.prototype key', { type: 'toString' }],
    ['a type that is not a string', { type: 7 }],
    ['an extra field on ready', { type: 'ready', html: '<script>' }],
    ['an extra field on reveal', { type: 'reveal', uri: 'file:///workspace/a.journey', range, command: 'x' }],
    ['a reveal without a range', { type: 'reveal', uri: 'file:///workspace/a.journey' }],
    ['a reveal whose uri is a number', { type: 'reveal', uri: 42, range }],
    ['a reveal with a huge uri', { type: 'reveal', uri: `file:///workspace/${'a'.repeat(MAX_URI_LENGTH)}.journey`, range }],
    ['a reveal with a negative line', { type: 'reveal', uri: 'file:///a.journey', range: { start: { line: -1, character: 0 }, end: range.end } }],
    ['a reveal with a fractional column', { type: 'reveal', uri: 'file:///a.journey', range: { start: { line: 1, character: 0.5 }, end: range.end } }],
    ['a reveal with a string line', { type: 'reveal', uri: 'file:///a.journey', range: { start: { line: '1', character: 0 }, end: range.end } }],
    ['a reveal with an extra range field', { type: 'reveal', uri: 'file:///a.journey', range: { ...range, uri: 'x' } }],
    ['an export of an unknown format', { type: 'export', format: 'exe' }],
    ['an export without a format', { type: 'export' }],
    ['an image with a string request id', { type: 'imageExported', requestId: '1', format: 'svg', view: 'journey', data: '' }],
    ['an image of an unknown view', { type: 'imageExported', requestId: 1, format: 'svg', view: 'terminal', data: '' }],
    ['an image of a format the webview does not draw', { type: 'imageExported', requestId: 1, format: 'html', view: 'journey', data: '' }],
    ['an image whose data is an object', { type: 'imageExported', requestId: 1, format: 'svg', view: 'journey', data: { toString: 1 } }],
    ['an image with a huge error', { type: 'imageExported', requestId: 1, format: 'svg', view: 'journey', error: 'e'.repeat(100_000) }],
    ['a class instance', Object.assign(new (class Message { })(), { type: 'ready' })]
];

describe('checkWebviewMessage', () => {
    it.each(valid.map(message => [message.type, message] as const))('accepts a well-formed %s', (_type, message) => {
        expect(checkWebviewMessage(message)).toEqual({ ok: true, message });
    });

    it.each(hostile)('drops %s, saying why', (_what, message) => {
        const checked = checkWebviewMessage(message);
        expect(checked.ok).toBe(false);
        expect(!checked.ok && checked.reason).toMatch(/\w/);
    });

    it('accepts an exported image as large as a big map makes, and not beyond the limit', () => {
        const big = 'x'.repeat(8 * 1024 * 1024);
        expect(checkWebviewMessage({ type: 'imageExported', requestId: 1, format: 'png', view: 'map', data: big }).ok).toBe(true);
        expect(MAX_IMAGE_LENGTH).toBeGreaterThan(big.length);
    });

    it('names the problem: field, type and what is wrong', () => {
        expect(checkWebviewMessage({ type: 'reveal', uri: 'file:///a.journey', range, x: 1 })).toEqual({ ok: false, reason: 'reveal: unexpected field "x"' });
        expect(checkWebviewMessage({ type: 'export', format: 'exe' })).toEqual({ ok: false, reason: 'export: format is not an export format' });
        expect(checkWebviewMessage({ type: 'nope' })).toEqual({ ok: false, reason: 'unknown message type "nope"' });
    });
});
