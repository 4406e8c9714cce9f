/**
 * Entry of the preview's webview bundle (`dist/media/preview.js`), also
 * inlined into the exported HTML file.
 */
import './preview.css';
import './map/map.css';
import { PreviewApp } from './app.js';
import { createHost } from './host.js';

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
new PreviewApp(root, host).start();
