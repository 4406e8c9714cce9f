import { describe, expect, it } from 'vitest';
import { nextPage } from '../../../src/cli/github/github-api.js';

describe('nextPage (the Link header of a GitHub list)', () => {
    it('takes the rel="next" URL wherever it stands', () => {
        const link = '<https://api.github.com/repositories/1/issues/7/comments?per_page=100&page=1>; rel="prev", <https://api.github.com/repositories/1/issues/7/comments?per_page=100&page=3>; rel="next", <https://api.github.com/repositories/1/issues/7/comments?per_page=100&page=5>; rel="last"';
        expect(nextPage(link)).toBe('https://api.github.com/repositories/1/issues/7/comments?per_page=100&page=3');
    });

    it('ends on the last page', () => {
        expect(nextPage('<https://api.github.com/x?page=1>; rel="first", <https://api.github.com/x?page=4>; rel="prev"')).toBeUndefined();
        expect(nextPage(null)).toBeUndefined();
    });
});
