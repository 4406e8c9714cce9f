/**
 * Entry of the preview's webview bundle (`dist/media/preview.js`), also
 * inlined into the exported HTML file.
 */
import './preview.css';
import './map/map.css';
import { PreviewApp } from './app.js';
import { createHost } from './host.js';
import type { PreviewPageApi } from '../../language-server/core/export/preview-page.js';

const THEME_CLASSES = ['vscode-light', 'vscode-dark', 'vscode-high-contrast', 'vscode-high-contrast-light'];

/** Outside VS Code nothing sets the theme class: follow the reader's light/dark preference. */
function followSystemTheme(): void {
    const prefersDark = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
        document.body.classList.remove('vscode-light', 'vscode-dark');
        document.body.classList.add(prefersDark.matches ? 'vscode-dark' : 'vscode-light');
    };
    apply();
    prefersDark.addEventListener('change', apply);
}

const host = createHost();
if (host.standalone && !THEME_CLASSES.some(name => document.body.classList.contains(name))) followSystemTheme();
const root = document.getElementById('journey-preview') ?? document.body.appendChild(document.createElement('div'));
const app = new PreviewApp(root, host);
app.start();
// The exported page's image export, for the CLI (`journey render --format svg`) that opens it in Chromium.
if (host.standalone) (window as unknown as { journeyPreview: PreviewPageApi }).journeyPreview = { exportImage: format => app.exportImage(format) };
