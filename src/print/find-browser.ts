/**
 * A Chromium-family browser on this machine, for the exports that print in one:
 * the usual names on PATH, then the usual install places on macOS and Windows.
 * Never downloads one.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** How every export starts the browser: headless, nothing fetched in the background. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];

function installedBrowsers(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
    if (platform === 'darwin') {
        return ['Google Chrome', 'Chromium', 'Microsoft Edge'].map(name => `/Applications/${name}.app/Contents/MacOS/${name}`);
    }
    if (platform === 'win32') {
        const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((root): root is string => Boolean(root));
        return roots.flatMap(root => [join(root, 'Google/Chrome/Application/chrome.exe'), join(root, 'Microsoft/Edge/Application/msedge.exe'), join(root, 'Chromium/Application/chrome.exe')]);
    }
    return [];
}

/** The first browser found, or undefined. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | undefined {
    const folders = (env.PATH ?? env.Path ?? '').split(delimiter).filter(Boolean);
    const suffix = platform === 'win32' ? '.exe' : '';
    const onPath = BROWSER_NAMES.flatMap(name => folders.map(folder => join(folder, name + suffix)));
    return [...onPath, ...installedBrowsers(env, platform)].find(isExecutableFile);
}

export function isExecutableFile(path: string): boolean {
    try {
        accessSync(path, constants.X_OK);
        return statSync(path).isFile();
    } catch {
        return false;
    }
}
