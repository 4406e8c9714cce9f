/**
 * A fake of the few GitHub REST endpoints the review comment uses, on
 * 127.0.0.1, that records every request: the issue comments list (pages of
 * `per_page`, 30 by default as on GitHub, with a Link header), create and update.
 * It refuses a body over 65,536 characters as GitHub does (422), and with
 * `writable = false` answers writes with 403, as GitHub does to a fork's token.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
    method: string;
    url: string;
    authorization?: string;
    body?: { body?: string };
}

export interface FakeComment {
    id: number;
    body: string;
    html_url: string;
}

export class FakeGitHub {
    readonly requests: RecordedRequest[] = [];
    readonly comments: FakeComment[] = [];
    writable = true;
    private nextId = 1000;
    private server?: Server;
    url = '';

    async start(): Promise<void> {
        this.server = createServer((request, response) => {
            void readBody(request).then(text => {
                const body = text ? JSON.parse(text) : undefined;
                this.requests.push({ method: request.method ?? '', url: request.url ?? '', authorization: request.headers.authorization, body });
                const { status, json, link } = this.answer(request.method ?? '', new URL(request.url ?? '/', this.url), body);
                response.writeHead(status, { 'content-type': 'application/json', ...(link ? { link } : {}) });
                response.end(JSON.stringify(json));
            });
        });
        await new Promise<void>(resolve => this.server!.listen(0, '127.0.0.1', resolve));
        this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    }

    async stop(): Promise<void> {
        await new Promise(resolve => this.server?.close(resolve));
    }

    /** Comments written by someone else, before the review's: enough of them push it to a later page. */
    seed(count: number): void {
        for (let index = 0; index < count; index++) this.add(`An earlier comment, number ${index + 1}.`);
    }

    /** Requests other than reading the list. */
    writes(): RecordedRequest[] {
        return this.requests.filter(request => request.method !== 'GET');
    }

    private add(body: string): FakeComment {
        const id = this.nextId++;
        const comment = { id, body, html_url: `https://github.example/owner/repo/pull/7#issuecomment-${id}` };
        this.comments.push(comment);
        return comment;
    }

    private answer(method: string, url: URL, body: { body?: string } | undefined): { status: number; json: unknown; link?: string } {
        const list = /^\/repos\/owner\/repo\/issues\/7\/comments$/.test(url.pathname);
        const one = /^\/repos\/owner\/repo\/issues\/comments\/(\d+)$/.exec(url.pathname);
        if (method === 'GET' && list) {
            const perPage = Number(url.searchParams.get('per_page') ?? 30);
            const page = Number(url.searchParams.get('page') ?? 1);
            const last = Math.max(1, Math.ceil(this.comments.length / perPage));
            const pageUrl = (n: number) => `${this.url}${url.pathname}?per_page=${perPage}&page=${n}`;
            const link = page < last ? `<${pageUrl(page + 1)}>; rel="next", <${pageUrl(last)}>; rel="last"` : undefined;
            return { status: 200, json: this.comments.slice((page - 1) * perPage, page * perPage), link };
        }
        if (method !== 'POST' && method !== 'PATCH') return { status: 404, json: { message: 'Not Found' } };
        if (!this.writable) return { status: 403, json: { message: 'Resource not accessible by integration' } };
        if (typeof body?.body !== 'string') return { status: 422, json: { message: 'body is missing' } };
        if (body.body.length > 65_536) return { status: 422, json: { message: 'Body is too long (maximum is 65536 characters)' } };
        if (method === 'POST' && list) return { status: 201, json: this.add(body.body) };
        const existing = one && this.comments.find(comment => comment.id === Number(one[1]));
        if (method === 'PATCH' && existing) {
            existing.body = body.body;
            return { status: 200, json: existing };
        }
        return { status: 404, json: { message: 'Not Found' } };
    }
}

function readBody(request: IncomingMessage): Promise<string> {
    return new Promise(resolve => {
        let text = '';
        request.setEncoding('utf8');
        request.on('data', chunk => (text += chunk));
        request.on('end', () => resolve(text));
    });
}
