#!/usr/bin/env node
// `npm start`: installs what is missing, builds and packages the extension, installs it
// into a profile under .vscode-test/, and opens the example maps in VS Code for the
// browser (code-server on 127.0.0.1) with the first map and its preview side by side.
//
//   npm start                       examples/ on a free port
//   npm start -- --port 8080 DIR    another folder, a fixed port
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCodeServer, ensureVsix, packageFolderExtension, prepareProfile, repoRoot, startCodeServer } from './code-server.mjs';

const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } }
});
if (values.help) {
    console.log('usage: npm start -- [--port N] [FOLDER]   (default folder: examples/)');
    process.exit(0);
}
const workspace = resolve(positionals[0] ?? join(repoRoot, 'examples'));
if (!existsSync(workspace)) {
    console.error(`start: ${workspace} does not exist`);
    process.exit(2);
}
const port = values.port === undefined ? undefined : Number(values.port);
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    console.error(`start: --port wants a port number, got "${values.port}"`);
    process.exit(2);
}

step('Debian packages (chromium, code-server build headers)', () => run('bash', ['scripts/setup-system.sh']));
if (!existsSync(join(repoRoot, 'node_modules/.bin/vsce'))) step('npm packages', () => run('npm', ['ci']));
step('code-server 4.100.3', ensureCodeServer);
const vsix = step('build and package the extension', () => ensureVsix({ force: true }));
// A helper extension of this script opens the preview beside the first map (scripts/open-preview-on-start/).
const helper = packageFolderExtension(join(repoRoot, 'scripts/open-preview-on-start'), join(repoRoot, '.vscode-test/open-preview-on-start.vsix'));
const profile = step('profile in .vscode-test/profile', () => prepareProfile(join(repoRoot, '.vscode-test/profile'), {
    vsix: [vsix, helper]
}));

const firstMap = readdirSync(workspace).filter(name => name.endsWith('.journey') && !/^people\b/.test(name)).sort()[0];
const server = await startCodeServer(profile, { workspace, port, openFile: firstMap });
console.log(`\nJourney Maps is running in VS Code for the browser:\n\n    ${server.url}\n`);
console.log(`Folder: ${relative(process.cwd(), workspace) || '.'}${firstMap ? `, opening ${firstMap}` : ''}.`);
console.log('The preview opens beside the map; Ctrl+K V opens it for any other .journey editor. Ctrl+C stops the server.');
await server.exited;

function step(title, action) {
    console.log(`start: ${title}`);
    return action();
}

function run(command, args) {
    const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
    if (result.status !== 0) {
        console.error(`start: ${command} ${args.join(' ')} failed (exit ${result.status})`);
        process.exit(1);
    }
}
