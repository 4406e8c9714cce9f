import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { git, repositoryWithCommits } from '../cli/git-repo.js';
import { REPO } from '../cli/run-journey.js';
import { largeMapText } from '../support/large-map.js';
import { FakeGitHub } from './fake-github.js';
import { runAction, runInJob } from './run-action.js';

// The Action's pull request comment (journey pr-comment, run by scripts/action/review.sh)
// against a fake GitHub API on 127.0.0.1 that records every request.


const MARKER = '<!-- journey-maps:review -->';
const DIFF = join(REPO, 'tests/fixtures/diff');

let github: FakeGitHub;
beforeEach(async () => {
    github = new FakeGitHub();
    await github.start();
});
afterEach(() => github.stop());

/** What the runner sets for a job on pull request 7 of owner/repo. */
function jobEnvironment(inputs: Record<string, string> = {}): Record<string, string> {
    return {
        GITHUB_TOKEN: 'the-job-token',
        GITHUB_API_URL: github.url,
        GITHUB_REPOSITORY: 'owner/repo',
        GITHUB_SERVER_URL: 'https://github.example',
        GITHUB_RUN_ID: '4242',
        ...inputs
    };
}

const reviewComments = () => github.comments.filter(comment => comment.body.startsWith(MARKER));

describe('the review comment on a pull request that changes a map', () => {
    let repo: string;
    let event: object;
    beforeAll(() => {
        repo = repositoryWithCommits([join(DIFF, 'base'), join(DIFF, 'changed')]);
        event = { pull_request: { number: 7, base: { sha: git(repo, ['rev-parse', 'HEAD~1']).trim() } } };
    });

    it('is created on the first run and updated, never duplicated, on the next, past a first page of 100 comments', async () => {
        github.seed(130);
        const first = await runAction(repo, jobEnvironment(), event);
        expect(first.status).toBe(0);
        expect(github.writes().map(request => `${request.method} ${request.url}`)).toEqual(['POST /repos/owner/repo/issues/7/comments']);
        expect(github.requests.filter(request => request.method === 'GET').map(request => request.url)).toEqual([
            '/repos/owner/repo/issues/7/comments?per_page=100',
            '/repos/owner/repo/issues/7/comments?per_page=100&page=2'
        ]);
        expect(github.requests.every(request => request.authorization === 'Bearer the-job-token')).toBe(true);
        const [comment] = reviewComments();
        expect(comment.body).toMatch(new RegExp(`^${MARKER}\\n\\*\\*journey check:\\*\\* 1 problem \\(0 errors, 1 warning\\) in 1 file\\n\\n## Journey map changes since [0-9a-f]{7}\\n`));
        expect(comment.body).toContain("Maya's average emotion at Checkout &amp; payment 1.0 → 3.5 ↑ better");
        expect(comment.body).toContain('```mermaid');
        expect(first.stdout).toContain(`review comment created: ${comment.html_url}`);

        writeFileSync(join(repo, 'maps/checkout.journey'), `${git(repo, ['show', 'HEAD:maps/checkout.journey'])}\npersona late "Late persona"\n`);
        try {
            const second = await runAction(repo, jobEnvironment(), event);
            expect(second.status).toBe(0);
            expect(github.writes().map(request => `${request.method} ${request.url}`)).toEqual([
                'POST /repos/owner/repo/issues/7/comments',
                `PATCH /repos/owner/repo/issues/comments/${comment.id}`
            ]);
            expect(reviewComments()).toHaveLength(1);
            expect(reviewComments()[0].body).toContain('Late persona');
            expect(second.stdout).toContain(`review comment updated: ${comment.html_url}`);
        } finally {
            git(repo, ['checkout', '--quiet', '--', 'maps']);
        }
    });

    it('falls back to the job summary with a one-line notice when the token cannot write (a fork: 403)', async () => {
        github.writable = false;
        const run = await runAction(repo, jobEnvironment(), event);
        expect(run.status).toBe(0);
        const notice = "the job's token cannot comment on this pull request (HTTP 403, as for a pull request from a fork): the review is in the job summary only";
        expect(run.stdout).toContain(`::notice title=journey pr-comment::${notice}\n`);
        expect(run.summary).toContain('## Journey map changes since');
        expect(run.summary.trimEnd().endsWith(`> ${notice}`)).toBe(true);
        expect(github.comments).toEqual([]);
    });

    it('is not written at all with comment: off', async () => {
        const run = await runAction(repo, jobEnvironment({ INPUT_COMMENT: 'off' }), event);
        expect(run.status).toBe(0);
        expect(github.requests).toEqual([]);
        expect(run.summary).toContain('## Journey map changes since');
    });
});

describe('the review comment on a pull request that changes no map', () => {
    let repo: string;
    let event: object;
    beforeAll(() => {
        repo = repositoryWithCommits([join(DIFF, 'changed')]);
        writeFileSync(join(repo, 'README.md'), 'Only the README changes.\n');
        git(repo, ['add', 'README.md']);
        git(repo, ['commit', '--quiet', '-m', 'docs only']);
        event = { pull_request: { number: 7, base: { sha: git(repo, ['rev-parse', 'HEAD~1']).trim() } } };
    });

    it('is not created by default (comment: changed), but always: creates it, and changed: then keeps it current', async () => {
        const quiet = await runAction(repo, jobEnvironment(), event);
        expect(quiet.status).toBe(0);
        expect(github.writes()).toEqual([]);
        expect(quiet.stdout).toContain('no map changed and no review comment yet: none written');

        const always = await runAction(repo, jobEnvironment({ INPUT_COMMENT: 'always' }), event);
        expect(always.status).toBe(0);
        expect(reviewComments()).toHaveLength(1);
        expect(reviewComments()[0].body).toContain('**No change in meaning**');

        await runAction(repo, jobEnvironment(), event);
        expect(github.writes().map(request => request.method)).toEqual(['POST', 'PATCH']);
    });
});

describe('a review longer than a comment can be', () => {
    it('is cut before a heading, under 65,536 characters, with a link to the job summary', async () => {
        const base = largeMapText(30, 10);
        const changed = base
            .replace(/of the large map/g, 'of the large map, relabelled in this pull request')
            .replace(/emotion maya (\d)/g, (_, score) => `emotion maya ${(Number(score) % 5) + 1}`);
        const before = mkdtempSync(join(tmpdir(), 'journey-huge-'));
        writeFileSync(join(before, 'large.journey'), base);
        const repo = repositoryWithCommits([before]);
        writeFileSync(join(repo, 'maps/large.journey'), changed);
        const run = await runAction(repo, jobEnvironment(), { pull_request: { number: 7, base: { sha: git(repo, ['rev-parse', 'HEAD']).trim() } } });
        expect(run.status).toBe(0);
        expect(run.summary.length).toBeGreaterThan(65_536);
        expect(github.writes()).toHaveLength(1);
        const [comment] = reviewComments();
        expect(comment.body.length).toBeLessThanOrEqual(65_536);
        expect(comment.body).toMatch(/\n\n---\n\n\*\*This review is longer than a pull request comment can be:\*\* \d+ more sections? in \[the job summary\]\(https:\/\/github\.example\/owner\/repo\/actions\/runs\/4242\)\.\n$/);
        const kept = comment.body.slice(0, comment.body.indexOf('\n\n---\n\n**This review is longer'));
        // Whole sections of the summary: the kept text is where the summary's next heading starts.
        const reviewText = kept.slice(kept.indexOf('## Journey map changes'));
        expect(run.summary).toContain(reviewText);
        expect(run.summary.slice(run.summary.indexOf(reviewText) + reviewText.length)).toMatch(/^\n+#{2,3} /);
        expect((kept.match(/```/g) ?? []).length % 2).toBe(0);
    }, 120_000);

    it('of one huge section is cut between lines, never inside a code block', async () => {
        const scratch = mkdtempSync(join(tmpdir(), 'journey-comment-'));
        const rows = Array.from({ length: 2000 }, (_, index) => `| touchpoint ${index} | a label long enough to fill the comment quickly |`);
        const review = ['## One section', '', '| id | label |', '|---|---|', ...rows, '', '```mermaid', ...rows.slice(0, 200).map(row => `    ${row}`), '```', ''].join('\n');
        writeFileSync(join(scratch, 'review.md'), review);
        const run = await runInJob([process.execPath, join(REPO, 'bin/journey.js'), 'pr-comment', join(scratch, 'review.md')], scratch, jobEnvironment(), { pull_request: { number: 7 } });
        expect(run.status).toBe(0);
        const [comment] = reviewComments();
        expect(comment.body.length).toBeLessThanOrEqual(65_536);
        expect(comment.body.length).toBeGreaterThan(60_000);
        expect(comment.body).not.toContain('```');
        expect(comment.body).toMatch(/\| a label long enough to fill the comment quickly \|\n\n---\n\n\*\*This review is longer than a pull request comment can be:\*\* the rest in \[the job summary\]/);
    });
});
