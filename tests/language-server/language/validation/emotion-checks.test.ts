import { expectError, expectNoIssues } from 'langium/test';
import { describe, expect, it } from 'vitest';
import type { Emotion } from '../../../../language-server/language/generated/ast.js';
import { coveredText, journeyOf, validateMap } from './validation-workspace.js';

const withScore = (score: string) => `journey j {
  personas maya
  stage s {
    owner sales
    touchpoint t {
      emotion maya ${score} "How it feels"
    }
  }
}
`;

describe('emotion-out-of-range', () => {
    it.each(['3.5', '0', '7', '-1', '3.0', '6'])('is an error on the score %s', async score => {
        const result = await validateMap(withScore(score));
        const emotion: Emotion = journeyOf(result).stages[0].touchpoints[0].emotions[0];
        expectError(result, `Emotion score ${score} for 'maya' is out of range: use an integer from 1 (very negative) to 5 (very positive).`, {
            node: emotion,
            property: 'score',
            code: 'emotion-out-of-range'
        });
        const [diagnostic] = result.diagnostics.filter(d => d.code === 'emotion-out-of-range');
        expect(coveredText(result, diagnostic)).toBe(score);
    });

    it.each(['1', '2', '3', '4', '5'])('accepts the score %s', async score => {
        expectNoIssues(await validateMap(withScore(score)));
    });
});
