import { expectHover } from 'langium/test';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHECKOUT, hoverMarkdown, servicesWithLibrary } from './lsp-workspace.js';

type Services = Awaited<ReturnType<typeof servicesWithLibrary>>;
let services: Services;

beforeAll(async () => {
    services = await servicesWithLibrary();
});

/**
 * The Markdown shown when hovering at `<|>` in `text` (a file next to the
 * library), for exact assertions; `expectHover` is used where a single
 * expected string reads better.
 */
function hoverAt(text: string): Promise<string | undefined> {
    return hoverMarkdown(services, text);
}

describe('hover on personas, teams and channels', () => {
    it('shows a persona\'s label, description, goals and needs on a reference in another file', async () => {
        await expectHover(services.Journey)({
            text: CHECKOUT.replace('personas maya', 'personas m<|>aya'),
            index: 0,
            hover: '**Maya, first-time buyer** · persona `maya`\n\n'
                + 'Freelance designer, 29, shops on her phone\n\n'
                + '**Goals**\n- Get a sturdy laptop stand delivered this week\n\n'
                + '**Needs**\n- See the full price before paying',
            disposeAfterCheck: true
        });
    });

    it('shows the persona on its declaration', async () => {
        expect(await hoverAt('persona le<|>a "Lea" {\n  description "Nurse"\n  need "Night shifts"\n}'))
            .toBe('**Lea** · persona `lea`\n\nNurse\n\n**Needs**\n- Night shifts');
    });

    it('shows a team\'s label and description', async () => {
        expect(await hoverAt('team ops "Operations" {\n  description "Runs the warehouse"\n}\njourney j {\n  stage s {\n    owner o<|>ps\n  }\n}'))
            .toBe('**Operations** · team `ops`\n\nRuns the warehouse');
    });

    it('shows a channel\'s label on a `via` reference', async () => {
        expect(await hoverAt(CHECKOUT.replace('via instagram', 'via insta<|>gram')))
            .toBe('**Instagram** · channel `instagram`');
    });

    it('escapes user text so that it cannot inject links or HTML', async () => {
        const markdown = await hoverAt('persona <|>x "[click](https://evil.example) <img src=x onerror=alert(1)>"');
        expect(markdown).toBe('**\\[click\\](https://evil.example) \\<img src=x onerror=alert(1)\\>** · persona `x`');
        expect(markdown).not.toMatch(/[^\\][[<]/);
    });

    it('shows nothing on an unresolved reference', async () => {
        expect(await hoverAt('journey j {\n  personas no<|>body\n}')).toBeUndefined();
    });
});

describe('hover on stages and touchpoints', () => {
    const map = `journey j {
  personas maya
  stage purchase "Purchase" {
    owner sales
    touchpoint cart "Cart" via web {
      emotion maya 2
    }
    touchpoint checkout_page "Checkout" via web, email {
      owner support
      emotion maya 5 "Paid at last"
    }
  }
}`;

    it('shows a stage\'s label, touchpoint count, owners and average emotion per persona', async () => {
        expect(await hoverAt(map.replace('stage purchase', 'stage pur<|>chase'))).toBe(
            '**Purchase** · stage `purchase`\n\n2 touchpoints\n\nOwners: Sales, Customer Support\n\n'
            + '**Average emotion**\n- Maya, first-time buyer: 3.5 (positive)');
    });

    it('shows a touchpoint\'s channels, owners and emotions', async () => {
        expect(await hoverAt(map.replace('touchpoint checkout_page', 'touchpoint <|>checkout_page'))).toBe(
            '**Checkout** · touchpoint `checkout_page`\n\nChannels: Website, Email\n\nOwners: Customer Support\n\n'
            + '**Emotions**\n- Maya, first-time buyer: 5 (very positive) — Paid at last');
    });

    it('shows the stage\'s owners on a touchpoint without its own', async () => {
        expect(await hoverAt(map.replace('touchpoint cart', 'touchpoint ca<|>rt'))).toBe(
            '**Cart** · touchpoint `cart`\n\nChannels: Website\n\nOwners: Sales (from the stage)\n\n'
            + '**Emotions**\n- Maya, first-time buyer: 2 (negative)');
    });

    it('says so when a stage has no touchpoint and no owner', async () => {
        expect(await hoverAt('journey j {\n  stage <|>empty {\n  }\n}')).toBe('stage `empty`\n\n0 touchpoints\n\nNo owner');
    });
});

describe('hover on journeys and unusual input', () => {
    it('shows a journey\'s label, description, personas and stage count', async () => {
        expect(await hoverAt(CHECKOUT.replace('journey first_purchase', 'journey first<|>_purchase'))).toBe(
            '**First online purchase** · journey `first_purchase`\n\nFrom first sight of the brand to the second order\n\n'
            + 'Personas: Maya, first-time buyer\n\n3 stages');
    });

    it('shows an out-of-range score as such and leaves it out of the stage average', async () => {
        const map = 'journey j {\n  personas maya\n  stage s {\n    touchpoint t {\n      emotion maya 9\n      emotion maya 4\n    }\n  }\n}';
        expect(await hoverAt(map.replace('touchpoint t', 'touchpoint <|>t'))).toContain('- Maya, first-time buyer: 9 (out of range)');
        expect(await hoverAt(map.replace('stage s', 'stage <|>s'))).toContain('- Maya, first-time buyer: 4.0 (positive)');
    });

    it('answers on a map that does not parse', async () => {
        expect(await hoverAt('journey j {\n  stage s {\n    touchpoint <|>t {\n      emotion maya\n')).toBe(
            'touchpoint `t`\n\nNo owner\n\n**Emotions**\n- Maya, first-time buyer: no score');
    });
});
