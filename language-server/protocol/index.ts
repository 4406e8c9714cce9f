/**
 * The one protocol of Journey Maps, imported by the server, the VS Code client
 * and the webview: custom LSP requests and notifications (lsp-messages.ts), the
 * messages between the preview panel and its webview (webview-messages.ts, posted
 * in the form of webview-wire.ts) and the runtime checks of what the webview
 * sends (webview-validation.ts).
 * Plain data and types only: nothing here pulls a library into a bundle.
 */
export * from './lsp-messages.js';
export * from './webview-messages.js';
export * from './webview-validation.js';
export * from './webview-wire.js';
export * from './file-system.js';
