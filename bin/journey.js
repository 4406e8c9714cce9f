#!/usr/bin/env node
// The `journey` command: the bundled CLI (built by `npm run build`).
require('../dist/cli.js');
