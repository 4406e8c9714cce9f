// Runs the packaged extension in code-server (VS Code for the browser), shared by
// `npm start` (scripts/start.mjs) and the end-to-end tests (tests/e2e/).
// docs/e2e.md explains why code-server and which flags matter.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const codeServerBin = join(repoRoot, '.vscode-test/code-server/node_modules/.bin/code-server');
export const vsixPath = join(repoRoot, 'dist/journey-maps.vsix');

/** Settings that keep code-server quiet and deterministic: no welcome page, tips, updates or trust prompt. */
export const quietSettings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'chat.commandCenter.enabled': false
};

/**
 * Makes `folder` a git repository of its own with everything in it as one commit, so
 * Compare with Previous Version has a HEAD to compare with from the first try. The
 * author is given on the command line: no global git configuration is needed or changed.
 */
export function commitAsNewRepository(folder, message) {
    const git = (...args) => {
        const result = spawnSync('git', ['-c', 'user.name=Journey Maps', '-c', 'user.email=journey-maps@example.invalid',
            '-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: folder, encoding: 'utf8' });
        if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${folder}:\n${result.stdout}${result.stderr}`);
    };
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', message);
}

/**
 * Launch options of Debian's Chromium for playwright-core: no sandbox (root), and no calls
 * to Google's services, which the closed network would refuse by the hundred.
 */
export function chromiumOptions(viewport) {
    return {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        viewport
    };
}

/** Installs code-server with the project's script; it returns at once when it is there. */
export function ensureCodeServer() {
    run('bash', [join(repoRoot, 'scripts/install-code-server.sh')]);
}

// What ends up in the .vsix: when none of it is newer than the .vsix, the .vsix is current.
const packagedSources = ['package.json', 'language-configuration.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'src', 'language-server', 'schemas',
    'media', 'syntaxes', 'images', 'scripts/build.mjs', '.vscodeignore'];

function newestChange(path) {
    if (!existsSync(path)) return 0;
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.mtimeMs;
    let newest = stat.mtimeMs;
    for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
    return newest;
}

/** True when dist/journey-maps.vsix exists and no packaged source changed after it was made. */
export function vsixIsCurrent() {
    if (!existsSync(vsixPath)) return false;
    const built = statSync(vsixPath).mtimeMs;
    return packagedSources.every(source => newestChange(join(repoRoot, source)) <= built);
}

/** Builds and packages the extension into dist/journey-maps.vsix unless that file is current. */
export function ensureVsix({ force = false } = {}) {
    if (!force && vsixIsCurrent()) return vsixPath;
    const scripts = JSON.parse(spawnSync('npm', ['pkg', 'get', 'scripts'], { cwd: repoRoot, encoding: 'utf8' }).stdout || '{}');
    if (scripts.package) {
        run('npm', ['run', '--silent', 'package']);
    } else {
        run('node', ['scripts/build.mjs']);
        run('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', vsixPath]);
    }
    if (!existsSync(vsixPath)) throw new Error(`packaging did not produce ${vsixPath}`);
    return vsixPath;
}

/** Packages the extension in `folder` (a package.json and plain JavaScript, no dependencies) into `out`. */
export function packageFolderExtension(folder, out) {
    const result = spawnSync(join(repoRoot, 'node_modules/.bin/vsce'),
        ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '-o', out],
        { cwd: folder, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`vsce could not package ${folder}:\n${result.stdout}${result.stderr}`);
    return out;
}

/** The folders of one code-server profile; everything code-server writes stays inside `dir`. */
export function profileFolders(dir) {
    return {
        dir,
        config: join(dir, 'config.yaml'),
        userData: join(dir, 'user-data'),
        extensions: join(dir, 'extensions'),
        xdg: join(dir, 'xdg')
    };
}

function codeServerEnv(profile) {
    // Without these, code-server writes a config with a random password into the home folder.
    return {
        ...process.env,
        XDG_DATA_HOME: join(profile.xdg, 'data'),
        XDG_CONFIG_HOME: join(profile.xdg, 'config'),
        XDG_CACHE_HOME: join(profile.xdg, 'cache')
    };
}

function profileArgs(profile) {
    return ['--config', profile.config, '--user-data-dir', profile.userData, '--extensions-dir', profile.extensions];
}

/**
 * Creates (or refreshes) a profile: config file, user settings, and the extensions installed
 * from `vsix` (one path or several). `settings` are written over the quiet defaults.
 */
export function prepareProfile(dir, { vsix, settings = {} }) {
    const profile = profileFolders(dir);
    for (const folder of [profile.userData, profile.extensions, profile.xdg, join(profile.userData, 'User')]) {
        mkdirSync(folder, { recursive: true });
    }
    writeFileSync(profile.config, 'auth: none\ncert: false\n');
    writeFileSync(join(profile.userData, 'User/settings.json'), JSON.stringify({ ...quietSettings, ...settings }, null, 4) + '\n');
    for (const file of [vsix].flat()) {
        const install = spawnSync(codeServerBin, [...profileArgs(profile), '--install-extension', file, '--force'],
            { env: codeServerEnv(profile), encoding: 'utf8' });
        if (install.status !== 0 || !/successfully installed/i.test(install.stdout)) {
            throw new Error(`code-server could not install ${file}:\n${install.stdout}${install.stderr}`);
        }
    }
    return profile;
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort() {
    return new Promise((resolvePort, reject) => {
        const server = createServer();
        server.unref();
        server.on('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolvePort(port));
        });
    });
}

/**
 * Starts code-server on 127.0.0.1 in its own process group and waits until it listens.
 * Returns the URL that opens `workspace` (and `openFile`, a path inside it, when given)
 * and `stop()`, which ends the whole group (code-server, its extension host, the language server).
 */
export async function startCodeServer(profile, { workspace, port, openFile, log = () => {} }) {
    port ??= await freePort();
    const args = [...profileArgs(profile), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
        '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
        '--disable-getting-started-override', '--ignore-last-opened', workspace];
    const child = spawn(codeServerBin, args, { env: codeServerEnv(profile), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = chunk => { output += chunk; log(String(chunk)); };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);

    // A watcher outside both groups ends code-server's group if this process dies without cleaning up
    // (SIGKILL, a crashed test worker), so no run ever leaves a server behind.
    const reaper = spawn(process.execPath, ['-e', reaperScript, String(process.pid), String(child.pid)], { detached: true, stdio: 'ignore' });
    reaper.unref();
    const stop = () => {
        try { process.kill(reaper.pid, 'SIGKILL'); } catch { /* already gone */ }
        try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
        process.off('exit', stop);
        for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.off(signal, onSignal);
    };
    function onSignal(signal) {
        stop();
        process.kill(process.pid, signal);
    }
    process.once('exit', stop);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, onSignal);

    await new Promise((resolveStart, reject) => {
        const timer = setTimeout(() => fail(new Error('code-server did not start listening within 60 s')), 60_000);
        const check = () => { if (output.includes('HTTP server listening on')) { cleanup(); resolveStart(); } };
        const exited = code => fail(new Error(`code-server exited (${code}) before listening`));
        function fail(error) { cleanup(); stop(); reject(new Error(`${error.message}\n${output}`)); }
        function cleanup() { clearTimeout(timer); child.stdout.off('data', check); child.off('exit', exited); }
        child.stdout.on('data', check);
        child.on('exit', exited);
        check();
    });

    const query = new URLSearchParams({ folder: workspace });
    if (openFile) {
        query.set('payload', JSON.stringify([['openFile', `vscode-remote://127.0.0.1:${port}${resolve(workspace, openFile)}`]]));
    }
    return { url: `http://127.0.0.1:${port}/?${query}`, port, pid: child.pid, output: () => output, stop, exited: new Promise(r => child.once('exit', r)) };
}

// Polls the parent (argv[1]); when it is gone, kills the process group argv[2].
const reaperScript = `
const [parent, group] = process.argv.slice(1).map(Number);
setInterval(() => {
    try { process.kill(parent, 0); } catch {
        try { process.kill(-group, 'SIGKILL'); } catch {}
        process.exit(0);
    }
}, 500);`;

function run(command, args) {
    const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}
