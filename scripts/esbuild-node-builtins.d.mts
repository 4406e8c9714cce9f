// Types of scripts/esbuild-node-builtins.mjs for the tests.
import type { Plugin } from 'esbuild';

export function failOnNodeBuiltins(): Plugin;
