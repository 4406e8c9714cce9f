/**
 * The few calls of GitHub's REST API the review comment needs, with Node's own
 * `fetch` (no client library to ship). The token is only ever sent to the API's
 * own origin: a pagination link elsewhere is not followed.
 */

export class GitHubApiError extends Error {
    constructor(
        readonly status: number,
        message: string
    ) {
        super(message);
        this.name = 'GitHubApiError';
    }
}

export interface IssueComment {
    id: number;
    body?: string;
    html_url?: string;
}

/** Generous: a slow API delays the job, a hung one must not block it forever. */
const REQUEST_TIMEOUT_MS = 60_000;

export class GitHubApi {
    private readonly origin: string;

    constructor(
        private readonly apiUrl: string,
        private readonly token: string
    ) {
        this.origin = new URL(apiUrl).origin;
    }

    /** Every comment of an issue or pull request, following the `Link: rel="next"` pages of 100. */
    async listIssueComments(repository: string, issue: number): Promise<IssueComment[]> {
        const comments: IssueComment[] = [];
        let url: string | undefined = `${this.apiUrl}/repos/${repository}/issues/${issue}/comments?per_page=100`;
        while (url) {
            const response = await this.request('GET', url);
            comments.push(...((await response.json()) as IssueComment[]));
            url = nextPage(response.headers.get('link'));
            if (url && new URL(url).origin !== this.origin) throw new GitHubApiError(0, `the next page of comments is outside ${this.origin}`);
        }
        return comments;
    }

    async createIssueComment(repository: string, issue: number, body: string): Promise<IssueComment> {
        const response = await this.request('POST', `${this.apiUrl}/repos/${repository}/issues/${issue}/comments`, { body });
        return (await response.json()) as IssueComment;
    }

    async updateIssueComment(repository: string, id: number, body: string): Promise<IssueComment> {
        const response = await this.request('PATCH', `${this.apiUrl}/repos/${repository}/issues/comments/${id}`, { body });
        return (await response.json()) as IssueComment;
    }

    private async request(method: string, url: string, body?: object): Promise<Response> {
        let response: Response;
        try {
            response = await fetch(url, {
                method,
                headers: {
                    accept: 'application/vnd.github+json',
                    authorization: `Bearer ${this.token}`,
                    'user-agent': 'journey-maps',
                    'x-github-api-version': '2022-11-28',
                    ...(body ? { 'content-type': 'application/json' } : {})
                },
                body: body ? JSON.stringify(body) : undefined,
                signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
            });
        } catch (error) {
            const cause = (error as { cause?: { message?: string } }).cause?.message;
            throw new GitHubApiError(0, `${method} ${new URL(url).pathname} failed: ${cause ?? (error as Error).message}`);
        }
        if (!response.ok) {
            const detail = await response.text().then(text => (JSON.parse(text) as { message?: string }).message, () => undefined).catch(() => undefined);
            throw new GitHubApiError(response.status, `${method} ${new URL(url).pathname}: HTTP ${response.status}${detail ? ` (${detail})` : ''}`);
        }
        return response;
    }
}

/** The `rel="next"` URL of a Link header: `<https://…&page=2>; rel="next", <…>; rel="last"`. */
export function nextPage(link: string | null): string | undefined {
    for (const part of link?.split(',') ?? []) {
        const match = /<([^>]+)>\s*;(.*)/.exec(part.trim());
        if (match && /\brel="?([^"]*\s)?next(\s[^"]*)?"?/.test(match[2])) return match[1];
    }
    return undefined;
}
