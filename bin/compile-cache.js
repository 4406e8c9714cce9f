// Loads a CommonJS bundle with V8's code cache, so that a short-lived `journey`
// process skips most of the parsing and compiling of its ~700 KB bundle.
// (Node 20 has no `module.enableCompileCache`; this is what it does, by hand.)
//
// The cache lives outside the package, which may be read-only and must not
// ship in the .vsix: $JOURNEY_COMPILE_CACHE_DIR, else $XDG_CACHE_HOME/journey-maps,
// else ~/.cache/journey-maps (%LOCALAPPDATA%\journey-maps on Windows), else the
// temp folder. One file per bundle content, Node, V8 and arch; written once the
// run has warmed the functions up (more compiled code to keep), atomically.
// Any failure falls back to a plain load: the cache never changes what the
// command prints or its exit code. JOURNEY_NO_COMPILE_CACHE=1 turns it off.
'use strict';
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const { createRequire } = require('node:module');
const os = require('node:os');
const path = require('node:path');
const vm = require('node:vm');

const DIGEST_BYTES = 32;

/** Runs `file` as Node would `require` it, through the code cache when it can. */
function requireWithCompileCache(file) {
    const env = process.env;
    if (env.JOURNEY_NO_COMPILE_CACHE === '1') return require(file);
    let source;
    try {
        source = fs.readFileSync(file, 'utf8');
    } catch {
        return require(file);
    }
    const cacheFile = cacheFileFor(file, source, env);
    const cachedData = readCache(cacheFile);
    // The wrapper keeps the bundle's lines where they are, so stack traces (and source maps) still match.
    // No `import()` in the bundle (scripts/build.mjs): Node 20 runs none in a vm.Script without a flag.
    const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, {
        filename: file,
        cachedData
    });
    const accepted = cachedData !== undefined && !script.cachedDataRejected;
    debug(env, accepted ? 'used' : cachedData ? 'rejected' : 'missing', cacheFile);
    if (!accepted) {
        // At exit the run has compiled what it needed: the cache then holds those functions too.
        process.once('exit', () => writeCache(script, cacheFile, env));
    }
    const module = { exports: {}, filename: file, id: file, loaded: false, children: [], paths: [] };
    const fn = script.runInThisContext();
    fn.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
    module.loaded = true;
    return module.exports;
}

function cacheFileFor(file, source, env) {
    const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
    const name = path.basename(file, '.js');
    return path.join(cacheDir(env), `${name}-${process.arch}-node${process.version}-v8-${process.versions.v8}-${hash}.cache`);
}

function cacheDir(env) {
    if (env.JOURNEY_COMPILE_CACHE_DIR) return env.JOURNEY_COMPILE_CACHE_DIR;
    if (env.XDG_CACHE_HOME) return path.join(env.XDG_CACHE_HOME, 'journey-maps');
    if (process.platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'journey-maps');
    let home = '';
    try {
        home = os.homedir();
    } catch {}
    return path.join(home || os.tmpdir(), home ? '.cache' : '', 'journey-maps');
}

/** The cached data, if the file holds it whole: V8 checks versions and source, not every byte. */
function readCache(cacheFile) {
    let bytes;
    try {
        bytes = fs.readFileSync(cacheFile);
    } catch {
        return undefined;
    }
    if (bytes.length <= DIGEST_BYTES) return Buffer.alloc(0);
    const data = bytes.subarray(DIGEST_BYTES);
    // A corrupt file is handed to V8 as empty data, which it rejects: the cache is then rewritten.
    return digest(data).equals(bytes.subarray(0, DIGEST_BYTES)) ? data : Buffer.alloc(0);
}

function writeCache(script, cacheFile, env) {
    try {
        const data = script.createCachedData();
        fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
        // Written aside then renamed, so a concurrent run reads the old file or the new one, never half of one.
        const temporary = `${cacheFile}.${process.pid}.${Date.now()}.tmp`;
        fs.writeFileSync(temporary, Buffer.concat([digest(data), data]));
        try {
            fs.renameSync(temporary, cacheFile);
        } catch (error) {
            fs.rmSync(temporary, { force: true });
            throw error;
        }
        removeOlderVersions(cacheFile);
        debug(env, 'written', cacheFile);
    } catch (error) {
        debug(env, `not written (${error.code || error.message})`, cacheFile);
    }
}

/** Caches of earlier builds of the same bundle for this Node: never read again. */
function removeOlderVersions(cacheFile) {
    const folder = path.dirname(cacheFile);
    const prefix = path.basename(cacheFile).replace(/-[0-9a-f]+\.cache$/, '-');
    for (const entry of fs.readdirSync(folder)) {
        if (entry.startsWith(prefix) && entry.endsWith('.cache') && entry !== path.basename(cacheFile)) {
            fs.rmSync(path.join(folder, entry), { force: true });
        }
    }
}

function digest(data) {
    return createHash('sha256').update(data).digest();
}

function debug(env, state, cacheFile) {
    if (env.JOURNEY_COMPILE_CACHE_DEBUG === '1') process.stderr.write(`journey compile cache: ${state} ${cacheFile}\n`);
}

module.exports = { requireWithCompileCache };
