import { appendFileSync, readFileSync } from 'node:fs';
import { escapeData } from '../check/github-report.js';
import type { CliCommand } from '../command.js';
import { describeError, InputError, UsageError } from '../errors.js';
import { actionsContext, type ActionsContext } from '../github/actions-context.js';
import { commentBody, REVIEW_MARKER } from '../github/comment-body.js';
import { GitHubApi, GitHubApiError } from '../github/github-api.js';

/**
 * `journey pr-comment FILE`: keeps one comment on the pull request with the
 * review (the GitHub Action's last step). A comment that cannot be written
 * never fails the job: a token without write access (a pull request from a
 * fork: HTTP 403 or 404) leaves a one-line notice, and the job summary holds
 * the review.
 */
export const prCommentCommand: CliCommand = {
    name: 'pr-comment',
    summary: 'Create or update the pull request comment with a review (GitHub Actions)',
    description: [
        'Writes the Markdown FILE as one comment on the pull request of a GitHub Actions job, and on',
        `later runs updates that same comment (found by the hidden marker ${REVIEW_MARKER}).`,
        'Reads GITHUB_TOKEN, GITHUB_API_URL, GITHUB_REPOSITORY and GITHUB_EVENT_PATH as the runner',
        'sets them. A review over GitHub\'s 65,536 characters is cut before a heading, with a link',
        'to the run\'s job summary. Exits 0 when the comment cannot be written (a notice says why).'
    ].join('\n'),
    positionals: 'FILE',
    options: {
        'update-only': { type: 'boolean', description: 'Update the comment if there is one, never create one' }
    },
    async run({ values, positionals }) {
        if (positionals.length !== 1) throw new UsageError('journey pr-comment needs one Markdown FILE');
        const review = readReview(positionals[0]);
        const context = actionsContext();
        const skip = missing(context);
        if (skip) return notice(context, `no pull request comment: ${skip}`);
        try {
            const outcome = await upsertComment(context as Required<ActionsContext>, review, values['update-only'] === true);
            process.stdout.write(`${escapeData(outcome)}\n`);
        } catch (error) {
            if (!(error instanceof GitHubApiError)) throw error;
            if (error.status === 403 || error.status === 404) {
                return notice(context, `the job's token cannot comment on this pull request (HTTP ${error.status}, as for a pull request from a fork): the review is in the job summary only`);
            }
            return notice(context, `the pull request comment could not be written (${error.message}): the review is in the job summary only`, 'warning');
        }
        return 0;
    }
};

async function upsertComment(context: Required<ActionsContext>, review: string, updateOnly: boolean): Promise<string> {
    const api = new GitHubApi(context.apiUrl, context.token);
    const comments = await api.listIssueComments(context.repository, context.pullRequest);
    const existing = comments.find(comment => comment.body?.startsWith(REVIEW_MARKER));
    if (!existing && updateOnly) return 'no map changed and no review comment yet: none written';
    const body = commentBody(review, context.runUrl);
    if (existing) {
        const updated = await api.updateIssueComment(context.repository, existing.id, body);
        return `review comment updated: ${updated.html_url ?? existing.id}`;
    }
    const created = await api.createIssueComment(context.repository, context.pullRequest, body);
    return `review comment created: ${created.html_url ?? created.id}`;
}

/** Why there is nothing to comment on, if so. */
function missing(context: ActionsContext): string | undefined {
    if (!context.token) return 'GITHUB_TOKEN is not set';
    if (!context.repository) return 'GITHUB_REPOSITORY is not set';
    if (!context.pullRequest) return 'the event is not about a pull request';
    return undefined;
}

/** One annotation in the log and one line in the job summary; the step still succeeds. */
function notice(context: ActionsContext, message: string, level: 'notice' | 'warning' = 'notice'): number {
    process.stdout.write(`::${level} title=journey pr-comment::${escapeData(message)}\n`);
    if (context.stepSummary) {
        try {
            appendFileSync(context.stepSummary, `\n> ${message.replace(/[\r\n]+/g, ' ')}\n`);
        } catch {
            // The annotation says it already.
        }
    }
    return 0;
}

function readReview(file: string): string {
    try {
        return readFileSync(file, 'utf8');
    } catch (error) {
        throw new InputError(`cannot read ${file}: ${describeError(error)}`);
    }
}
