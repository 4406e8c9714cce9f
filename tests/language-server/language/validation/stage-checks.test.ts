import { expectNoIssues, expectWarning } from 'langium/test';
import { describe, expect, it } from 'vitest';
import { CHECKOUT } from '../lsp/lsp-workspace.js';
import { coveredText, issues, stageOf, validateMap } from './validation-workspace.js';

const map = (stageBody: string) => `journey j {
  personas maya
  stage retention "Retention" {
${stageBody}
  }
}
`;
const touchpoint = (name: string, body = 'emotion maya 3') => `    touchpoint ${name} {\n      ${body}\n    }`;

describe('stage-without-touchpoints', () => {
    it('warns on the name of a stage with no touchpoint', async () => {
        const result = await validateMap(map('    owner sales\n    metric "Churn" 4%'));
        const stage = stageOf(result, 'retention');
        expectWarning(result, "Stage 'retention' has no touchpoints.", { node: stage, property: 'name', code: 'stage-without-touchpoints' });
        const [diagnostic] = result.diagnostics.filter(d => d.code === 'stage-without-touchpoints');
        expect(coveredText(result, diagnostic)).toBe('retention');
    });

    it('is quiet once the stage has a touchpoint', async () => {
        const result = await validateMap(map(`    owner sales\n${touchpoint('t')}`));
        expectNoIssues(result, { code: 'stage-without-touchpoints' });
    });
});

describe('stage-without-owner', () => {
    it('warns on the name of a stage with neither owner nor touchpoints', async () => {
        const result = await validateMap(map(''));
        expectWarning(result, "Stage 'retention' has no owner.", { node: stageOf(result, 'retention'), property: 'name', code: 'stage-without-owner' });
    });

    it('warns when some touchpoint has no owner of its own', async () => {
        const result = await validateMap(map(`${touchpoint('a', 'owner support\n      emotion maya 3')}\n${touchpoint('b')}`));
        expect(issues(result, 'stage-without-owner')).toEqual(["Stage 'retention' has no owner. @ 3:9"]);
    });

    it('exempts a stage whose touchpoints all have their own owner', async () => {
        const result = await validateMap(map(`${touchpoint('a', 'owner support\n      emotion maya 3')}\n${touchpoint('b', 'owner sales\n      emotion maya 2')}`));
        expectNoIssues(result);
    });

    it('is quiet when the stage names its owner', async () => {
        const result = await validateMap(map(`    owner sales, support\n${touchpoint('a')}`));
        expectNoIssues(result);
    });
});

describe('the example of docs/language.md', () => {
    it('has no diagnostic at all (retention is owned by its only touchpoint)', async () => {
        expectNoIssues(await validateMap(CHECKOUT));
    });
});
