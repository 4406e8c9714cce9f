import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, repositoryWithCommits } from '../cli/git-repo.js';
import { REPO } from '../cli/run-journey.js';
import { runAction } from './run-action.js';
import { activeCommands } from './workflow-log.js';

// The Action takes no options or workflow commands from its inputs or from file names.


const DIFF = join(REPO, 'tests/fixtures/diff');
const CLEAN_MAP = 'persona p "P"\njourney j "J" {\n  personas p\n  stage s "S" {\n    touchpoint t "T" {\n      emotion p 3\n    }\n  }\n}\n';

let repo: string;
let pullRequest: object;
beforeAll(() => {
    repo = repositoryWithCommits([join(DIFF, 'base'), join(DIFF, 'changed')]);
    pullRequest = { pull_request: { base: { sha: git(repo, ['rev-parse', 'HEAD~1']).trim() } } };
});

describe('base-ref', () => {
    it('that is an option is refused before git sees it: no command runs', async () => {
        const marker = join(mkdtempSync(join(tmpdir(), 'journey-hostile-')), 'pwned');
        git(repo, ['remote', 'add', 'origin', repo]);
        try {
            const run = await runAction(repo, { INPUT_BASE_REF: `--upload-pack=touch ${marker}` }, pullRequest);
            expect(run.status).toBe(2);
            expect(activeCommands(run.stdout)).toContain(`::error title=journey review::base-ref is not a revision (a commit, branch or tag name): --upload-pack=touch ${marker}`);
            expect(existsSync(marker)).toBe(false);
        } finally {
            git(repo, ['remote', 'remove', 'origin']);
        }
    });

    it('with a newline cannot forge an annotation', async () => {
        const run = await runAction(repo, { INPUT_BASE_REF: 'main\n::error file=x.journey::forged' }, pullRequest);
        expect(run.status).toBe(2);
        expect(activeCommands(run.stdout + run.stderr).filter(command => command.includes('forged'))).toEqual([
            '::error title=journey review::base-ref is not a revision (a commit, branch or tag name): main%0A::error file=x.journey::forged'
        ]);
    });

    it('that names no commit fails the diff with one escaped error', async () => {
        const run = await runAction(repo, { INPUT_BASE_REF: 'no-such-branch' }, pullRequest);
        expect(run.status).toBe(1);
        expect(activeCommands(run.stdout)).toContain('::error title=journey diff::could not compare with no-such-branch');
    });
});

describe('paths', () => {
    it('--help is a path, not an option: the check fails instead of printing help and passing', async () => {
        const run = await runAction(repo, { INPUT_PATHS: '--help' }, pullRequest);
        expect(run.status).toBe(2);
        expect(run.stdout).not.toContain('Usage:');
        expect(run.stdout).toContain('journey: no such file or folder: --help');
        expect(activeCommands(run.stdout)).toEqual(['::error title=journey check::journey check could not run (exit 2)']);
    });

    it('one per line may hold spaces', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'journey-spaces-'));
        mkdirSync(join(folder, 'my maps'));
        mkdirSync(join(folder, 'other maps'));
        writeFileSync(join(folder, 'my maps/a.journey'), CLEAN_MAP);
        writeFileSync(join(folder, 'other maps/b.journey'), CLEAN_MAP.replace('persona p', 'persona q').replace(/\bp\b/g, 'q').replace('journey j', 'journey k'));
        const run = await runAction(folder, { INPUT_PATHS: 'my maps\n  \nother maps\n' }, {});
        expect(activeCommands(run.stdout).map(command => /file=([^,]*)/.exec(command)?.[1])).toEqual(['my maps/a.journey', 'other maps/b.journey']);
        expect(run.stdout).toContain('2 problems (0 errors, 2 warnings) in 2 files');
        expect(run.status).toBe(0);
    });

    it('on one line are split at spaces, as before', async () => {
        const run = await runAction(repo, { INPUT_PATHS: 'maps/checkout.journey maps/people.journey' }, {});
        expect(run.stdout).toContain('1 problem (0 errors, 1 warning) in 1 file');
    });

    it("that name a missing file cannot forge a command through journey's error message", async () => {
        const run = await runAction(repo, { INPUT_PATHS: 'maps\nmissing\r::error file=x::forged' }, pullRequest);
        expect(run.status).toBe(2);
        expect(run.stdout).toContain('forged');
        expect(activeCommands(run.stdout + run.stderr).filter(command => command.includes('forged'))).toEqual([]);
    });
});

describe('hostile file names', () => {
    it('stay inside their annotation, escaped, and out of the diff log', async () => {
        const folder = repositoryWithCommits([join(DIFF, 'changed')]);
        const evil = 'evil\n::error file=forged.journey::forged%0A,x:y.journey';
        writeFileSync(join(folder, 'maps', evil), CLEAN_MAP.replace('touchpoint t "T" {', 'touchpoint t "T" {\n      emotion nobody 3'));
        git(folder, ['add', '--all']);
        git(folder, ['commit', '--quiet', '-m', 'a hostile name']);
        writeFileSync(join(folder, 'maps', `${evil}2.journey`), CLEAN_MAP);
        const run = await runAction(folder, { INPUT_BASE_REF: 'HEAD~1' }, {});
        const commands = activeCommands(run.stdout + run.stderr);
        // The only commands naming it are its own annotations, the name escaped in their file property.
        expect(commands.filter(command => command.includes('forged') && !/^::(error|warning) file=maps\/evil%0A/.test(command))).toEqual([]);
        expect(commands.some(command => command.startsWith('::error file=maps/evil%0A%3A%3Aerror file=forged.journey%3A%3Aforged%250A%2Cx%3Ay.journey,'))).toBe(true);
        expect(run.summary).toContain('## Journey map changes since');
    });
});
