import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { git, repositoryWithCommits } from '../cli/git-repo.js';
import { REPO } from '../cli/run-journey.js';
import { runAction } from './run-action.js';


const DIFF = join(REPO, 'tests/fixtures/diff');

describe('GitHub Action script (scripts/action/review.sh)', () => {
    let repo: string;
    let base: string;
    let pullRequest: object;
    beforeAll(() => {
        repo = repositoryWithCommits([join(DIFF, 'base'), join(DIFF, 'changed')]);
        base = git(repo, ['rev-parse', 'HEAD~1']).trim();
        pullRequest = { pull_request: { base: { sha: base } } };
    });

    it('annotates problems and appends the review comment against the pull request base to the summary', async () => {
        const run = await runAction(repo, {}, pullRequest);
        expect(run.stdout).toContain("::warning file=maps/checkout.journey,line=47,col=9,endLine=47,endColumn=17,title=stage-without-owner::Stage 'delivery' has no owner.");
        expect(run.summary).toContain(`## Journey map changes since ${base.slice(0, 7)}`);
        expect(run.summary).toContain("Maya's average emotion at Checkout &amp; payment 1.0 → 3.5 ↑ better");
        expect(run.summary).toContain('```mermaid');
        expect(run.status).toBe(0);
    });

    it('fails on warnings when fail-on-warnings is true', async () => {
        const run = await runAction(repo, { INPUT_FAIL_ON_WARNINGS: 'true' }, pullRequest);
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('::error title=journey check::1 warning(s) and fail-on-warnings is set');
        expect(run.summary).toContain('## Journey map changes since');
    });

    it('fails on errors, whatever fail-on-warnings says', async () => {
        writeFileSync(join(repo, 'maps/broken.journey'), 'journey broken { stage s { touchpoint t { emotion nobody 9 } } }\n');
        try {
            const run = await runAction(repo, { INPUT_PATHS: 'maps' }, pullRequest);
            expect(run.status).toBe(1);
            expect(run.stdout).toMatch(/^::error file=maps\/broken.journey/m);
            expect(run.summary).toContain('problems introduced');
        } finally {
            git(repo, ['clean', '--quiet', '-f', 'maps']);
        }
    });

    it('takes base-ref over the event, and skips the diff outside a pull request', async () => {
        const againstHead = await runAction(repo, { INPUT_BASE_REF: 'HEAD' }, pullRequest);
        expect(againstHead.summary).toContain('**No change in meaning**');
        const push = await runAction(repo, {}, { ref: 'refs/heads/main' });
        expect(push.status).toBe(0);
        expect(push.summary).toBe('No base revision (not a pull request and no base-ref input): the map diff is skipped.\n');
    });

    it('fails with one error line when the base cannot be compared', async () => {
        const run = await runAction(repo, { INPUT_BASE_REF: '0000000000000000000000000000000000000000' }, pullRequest);
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('::error title=journey diff::could not compare with 0000000000000000000000000000000000000000');
    });
});

describe('action.yml', () => {
    const action = readFileSync(join(REPO, 'action.yml'), 'utf8');
    /** The indented block under a top-level or nested `key:` line. */
    const block = (key: string) => new RegExp(`^( *)${key}:\\n((?:\\1 +.*\\n)+)`, 'm').exec(action)?.[2] ?? '';

    it('is a composite action with the documented inputs and defaults', () => {
        expect(action).toMatch(/^runs:\n  using: composite$/m);
        expect(block('  paths')).toContain('default: "."');
        expect(block('  fail-on-warnings')).toContain('default: "false"');
        expect(block('  base-ref')).toContain('default: ${{ github.event.pull_request.base.sha }}');
        expect(block('  node-version')).toContain('default: "20"');
    });

    it('runs the tested script with every input passed through the environment (never spliced into a script)', () => {
        expect(action).toContain('run: \'"$GITHUB_ACTION_PATH/scripts/action/review.sh"\'');
        expect(action).toContain('INPUT_PATHS: ${{ inputs.paths }}');
        expect(action).toContain('INPUT_FAIL_ON_WARNINGS: ${{ inputs.fail-on-warnings }}');
        expect(action).toContain('INPUT_BASE_REF: ${{ inputs.base-ref }}');
        for (const line of action.split('\n').filter(l => /^\s+run: /.test(l))) expect(line).not.toContain('${{');
    });
});
