// The guard of the browser bundles (scripts/build.mjs): the web extension and the Web Worker
// language server must not import Node's built-ins, which a browser does not have.
import { builtinModules } from 'node:module';

/** An esbuild plugin: any import of a Node built-in (`fs`, `node:path`, `child_process`…) fails the build. */
export function failOnNodeBuiltins() {
    return {
        name: 'fail-on-node-builtins',
        setup(build) {
            const names = builtinModules.filter(name => !name.startsWith('_'));
            const filter = new RegExp(`^(node:.*|(${names.map(n => n.replace(/[/]/g, '\\/')).join('|')})(/.*)?)$`);
            build.onResolve({ filter }, args => ({
                errors: [{ text: `Node built-in '${args.path}' imported by ${args.importer}: browser bundles cannot use Node APIs.` }]
            }));
        }
    };
}
