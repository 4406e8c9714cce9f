import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { journey } from './run-journey.js';

// docs/cli.md is what users read about the command line: every command the CLI lists,
// every option its --help shows and every value of an option with a fixed set of values
// must be documented there. The commands are read from `journey --help`, so a command
// added to src/cli/cli.ts is checked without touching this test.

const doc = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');

/** The `## ` sections of the doc by heading, code blocks excluded from the split. */
function sections(markdown: string): Map<string, string> {
    const result = new Map<string, string>();
    let heading = '';
    let inCode = false;
    for (const line of markdown.split('\n')) {
        if (line.startsWith('```')) inCode = !inCode;
        if (!inCode && line.startsWith('## ')) {
            heading = line.slice(3).trim();
            result.set(heading, '');
        }
        result.set(heading, `${result.get(heading) ?? ''}${line}\n`);
    }
    return result;
}

interface HelpOption {
    flag: string;
    /** `<text|json|github>` → ['text', 'json', 'github']; empty for a free value. */
    values: string[];
}

function helpOptions(help: string): HelpOption[] {
    const optionLines = help.slice(help.indexOf('\nOptions:')).split('\n').filter(line => /^\s+(-\w, )?--/.test(line));
    return optionLines.map(line => {
        const [, flag, value] = /(--[A-Za-z][\w-]*)(?: <([^>]+)>)?/.exec(line)!;
        return { flag, values: value?.includes('|') ? value.split('|') : [] };
    });
}

let commands: string[] = [];
beforeAll(async () => {
    const help = (await journey(['--help'])).stdout;
    const list = help.slice(help.indexOf('Commands:'), help.indexOf('\nOptions:'));
    commands = [...list.matchAll(/^ {2}([a-z][\w-]*) /gm)].map(match => match[1]);
}, 120_000);

describe('docs/cli.md', () => {
    it('has a section for every command of `journey --help`, and lists each in its command table', async () => {
        expect(commands.length).toBeGreaterThanOrEqual(5);
        const headings = [...sections(doc).keys()];
        for (const command of commands) {
            expect(headings.some(heading => heading.startsWith(`\`journey ${command}`)), `a "## \`journey ${command} …\`" section`).toBe(true);
            expect(doc, `the command table links journey ${command}`).toMatch(new RegExp(`^\\| \\[\`journey ${command}\`\\]\\(#`, 'm'));
        }
    });

    it('documents every option of each command\'s --help, and every value of options with a fixed set', async () => {
        const byHeading = sections(doc);
        const missing: string[] = [];
        for (const command of commands) {
            const run = await journey([command, '--help']);
            expect(run.status, `journey ${command} --help`).toBe(0);
            const section = [...byHeading].find(([heading]) => heading.startsWith(`\`journey ${command}`))?.[1] ?? '';
            for (const option of helpOptions(run.stdout)) {
                // --help and --version are documented once, for every command, at the top.
                if (option.flag === '--help' || option.flag === '--version') continue;
                if (!section.includes(option.flag)) missing.push(`journey ${command} ${option.flag}`);
                for (const value of option.values) {
                    if (!new RegExp(`\`${value}\`|[|\\s]${value}[|\\]\\s]`).test(section)) missing.push(`journey ${command} ${option.flag} ${value}`);
                }
            }
        }
        expect(missing).toEqual([]);
    });

    it('gives the exit codes of every command, and says --help and --version exist everywhere', async () => {
        const exitCodes = sections(doc).get('Exit codes') ?? '';
        for (const code of ['0', '1', '2']) expect(exitCodes).toMatch(new RegExp(`^\\| ${code} \\|`, 'm'));
        const missing = commands.filter(command => !exitCodes.includes(`\`${command}\``));
        expect(missing, 'commands the exit code table does not mention').toEqual([]);
        expect(doc).toContain('`--help`');
        expect(doc).toContain('`--version`');
    });
});
