#!/usr/bin/env node
// `npm start`: installs what is missing, builds and packages the extension, installs it
// into a profile under .vscode-test/, and opens the example maps in VS Code for the
// browser (code-server on 127.0.0.1) with the first map and its preview side by side.
//
//   npm start                       a scratch copy of examples/ on a free port
//   npm start -- --port 8080 DIR    another folder, a fixed port
//
// The scratch copy (.journey-playground/, git-ignored) is a git repository of its own with
// the examples as its first commit: code-server's auto-save and the exports land there, never
// in the project's tracked files, and Compare with Previous Version has a HEAD to compare with.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
    commitAsNewRepository, ensureCodeServer, ensureVsix, packageFolderExtension, prepareProfile, repoRoot, startCodeServer
} from './code-server.mjs';

const playground = join(repoRoot, '.journey-playground');

const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } }
});
if (values.help) {
    console.log('usage: npm start -- [--port N] [FOLDER]   (default folder: .journey-playground/, a scratch copy of examples/)');
    process.exit(0);
}
const workspace = positionals[0] === undefined ? playground : resolve(positionals[0]);
if (workspace !== playground && !existsSync(workspace)) {
    console.error(`start: ${workspace} does not exist`);
    process.exit(2);
}
const port = values.port === undefined ? undefined : Number(values.port);
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    console.error(`start: --port wants a port number, got "${values.port}"`);
    process.exit(2);
}

step('Debian packages', () => run('bash', ['scripts/setup-system.sh']));
if (!existsSync(join(repoRoot, 'node_modules/.bin/vsce'))) step('npm packages', () => run('npm', ['ci', '--silent']));
step('code-server 4.100.3', ensureCodeServer);
const vsix = step('build and package the extension', () => ensureVsix({ force: true }));
// A helper extension of this script opens the preview beside the first map (scripts/open-preview-on-start/).
const helper = packageFolderExtension(join(repoRoot, 'scripts/open-preview-on-start'), join(repoRoot, '.vscode-test/open-preview-on-start.vsix'));
const profile = step('profile in .vscode-test/profile', () => prepareProfile(join(repoRoot, '.vscode-test/profile'), {
    vsix: [vsix, helper],
    // Compare with Previous Version reads HEAD through VS Code's git.
    settings: { 'git.enabled': true }
}));
const created = workspace === playground && !existsSync(playground);
if (created) step('scratch copy of examples/ in .journey-playground/', createPlayground);

const firstMap = readdirSync(workspace).filter(name => name.endsWith('.journey') && !/^people\b/.test(name)).sort()[0];
const server = await startCodeServer(profile, { workspace, port, openFile: firstMap });
console.log(`\nJourney Maps is running in VS Code for the browser:\n\n    ${server.url}\n`);
console.log(`Folder: ${relative(process.cwd(), workspace) || '.'}${firstMap ? `, opening ${firstMap}` : ''}.`);
if (workspace === playground) {
    console.log(`It is a scratch copy of examples/${created ? '' : ' from an earlier start'}, a git repository of its own: edits, exports`);
    console.log('and commits stay there. Delete .journey-playground/ for a fresh copy.');
}
console.log('The preview opens beside the map; Ctrl+K V opens it for any other .journey editor. Ctrl+C stops the server.');
await server.exited;

/** The examples, copied and committed once; later starts keep what the user did there. */
function createPlayground() {
    cpSync(join(repoRoot, 'examples'), playground, { recursive: true });
    commitAsNewRepository(playground, 'The example maps as npm start copied them');
}

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
