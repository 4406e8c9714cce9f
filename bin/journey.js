#!/usr/bin/env node
// The `journey` command: the bundled CLI (built by `npm run build`), loaded
// through V8's code cache (see compile-cache.js) to start faster.
const { join } = require('node:path');
const { requireWithCompileCache } = require('./compile-cache.js');
requireWithCompileCache(join(__dirname, '../dist/cli.js')).main(process.argv.slice(2));
