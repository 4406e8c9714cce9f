/**
 * What a GitHub Actions job tells a step about itself, from the variables the
 * runner sets (docs.github.com: "Store information in variables").
 */
import { readFileSync } from 'node:fs';

export interface ActionsContext {
    token?: string;
    apiUrl: string;
    /** `owner/name`. */
    repository?: string;
    /** The pull request's number, when the event is about one. */
    pullRequest?: number;
    /** The run's page, whose summary holds the whole review. */
    runUrl?: string;
    /** The step summary file, when the runner gives one. */
    stepSummary?: string;
}

export function actionsContext(env: NodeJS.ProcessEnv = process.env): ActionsContext {
    const repository = env.GITHUB_REPOSITORY || undefined;
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    return {
        token: env.GITHUB_TOKEN || undefined,
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        repository,
        pullRequest: pullRequestNumber(env.GITHUB_EVENT_PATH),
        runUrl: repository && env.GITHUB_RUN_ID ? `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
        stepSummary: env.GITHUB_STEP_SUMMARY || undefined
    };
}

/** pull_request and pull_request_target events carry `pull_request.number`; an issue comment on a pull request, `issue.number`. */
function pullRequestNumber(eventPath: string | undefined): number | undefined {
    if (!eventPath) return undefined;
    let event: { pull_request?: { number?: unknown }; issue?: { number?: unknown; pull_request?: unknown } };
    try {
        event = JSON.parse(readFileSync(eventPath, 'utf8'));
    } catch {
        return undefined;
    }
    const number = event?.pull_request?.number ?? (event?.issue?.pull_request ? event.issue.number : undefined);
    return Number.isSafeInteger(number) && (number as number) > 0 ? (number as number) : undefined;
}
