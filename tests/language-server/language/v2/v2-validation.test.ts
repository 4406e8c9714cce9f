import { describe, expect, it } from 'vitest';
import { diagnosticsOf, MAP } from './v2-workspace.js';

const on = (...codes: string[]) => JSON.stringify({ diagnostics: Object.fromEntries(codes.map(code => [code, 'warning'])) });

describe('version-2 lines', () => {
    it('check clean: every new line of a realistic map, with soft keywords used as ids (team support)', async () => {
        expect(await diagnosticsOf({ 'map.journey': MAP })).toEqual([]);
    });

    it('keeps old files that use the new words as ids: a team `support`, a persona `status`, a channel `system`', async () => {
        // `support` is the library's team.
        const text = `persona status
channel system
journey j {
  personas status
  stage s {
    owner support
    touchpoint t via system {
      emotion status 3
    }
  }
}
`;
        expect(await diagnosticsOf({ 'old.journey': text })).toEqual([]);
    });
});

describe('diagnostics of version 2', () => {
    it('unresolved-reference: a citation of research that does not exist', async () => {
        const text = MAP.replace('emotion maya 2 "Surprised" from q1', 'emotion maya 2 "Surprised" from q9');
        expect(await diagnosticsOf({ 'map.journey': text })).toEqual(["unresolved-reference Unknown research 'q9'. @8"]);
    });

    it('repeated-line: a second description, state or priority; the last one counts', async () => {
        const text = `journey j {
  description "one"
  description "two"
  state current
  state future
  personas maya
  stage s {
    owner ecommerce
    touchpoint t {
      emotion maya 3
      opportunity o "x" {
        priority low
        priority medium
      }
    }
  }
}
`;
        expect(await diagnosticsOf({ 'map.journey': text })).toEqual([
            "repeated-line Repeated 'description' line: a journey has one, and only the last counts (the first is at line 2). @3",
            "repeated-line Repeated 'state' line: a journey has one, and only the last counts (the first is at line 4). @5",
            "repeated-line Repeated 'priority' line: an opportunity has one, and only the last counts (the first is at line 12). @13"
        ]);
    });

    it('fact-without-evidence is off by default and, turned on, names each uncited emotion and pain', async () => {
        expect(await diagnosticsOf({ 'map.journey': MAP })).toEqual([]);
        expect(await diagnosticsOf({ 'map.journey': MAP.replace(' "Surprised" from q1', '') }, on('fact-without-evidence'))).toEqual([
            "fact-without-evidence The emotion of 'maya' is an assumption: add 'from RESEARCH' to cite the research it comes from. @8",
            "fact-without-evidence This pain is an assumption: add 'from RESEARCH' to cite the research it comes from. @11"
        ]);
    });

    it('stale-evidence: research older than evidenceMaxAgeMonths, when turned on', async () => {
        const config = JSON.stringify({ diagnostics: { 'stale-evidence': 'warning' }, evidenceMaxAgeMonths: 6 });
        const stale = await diagnosticsOf({ 'research.journey': 'research old "Old survey" {\n  date "2025-03"\n}\n' }, config);
        expect(stale).toEqual(["stale-evidence Research 'old' is from 2025-03, 10 months ago: older than 6 months, it may no longer hold. @1"]);
        expect(await diagnosticsOf({ 'research.journey': 'research old {\n  date "2025-12-01"\n}\n' }, config)).toEqual([]);
    });

    it('invalid-research-date and invalid-sample-size', async () => {
        expect(await diagnosticsOf({ 'research.journey': 'research r {\n  date "March 2025"\n  sample 2.5\n}\nresearch s {\n  date "2025-02-30"\n  sample 0\n}\n' })).toEqual([
            'invalid-research-date Research date "March 2025" is not a date: write it as YYYY-MM or YYYY-MM-DD, e.g. "2024-03". @2',
            'invalid-sample-size Sample size 2.5 is not a number of participants: use a whole number greater than 0. @3',
            'invalid-research-date Research date "2025-02-30" is not a date: write it as YYYY-MM or YYYY-MM-DD, e.g. "2024-03". @6',
            'invalid-sample-size Sample size 0 is not a number of participants: use a whole number greater than 0. @7'
        ]);
    });

    it('opportunity-without-owner: only for priority high', async () => {
        const text = MAP.replace('        owner ecommerce\n        impact', '        impact');
        expect(await diagnosticsOf({ 'map.journey': text })).toEqual([
            "opportunity-without-owner Opportunity 'guest' has priority high but no owner: add 'owner TEAM' to its body. @17"
        ]);
        expect(await diagnosticsOf({ 'map.journey': text.replace('priority high', 'priority low') })).toEqual([]);
    });

    it('link-not-http: research and opportunity links that are not http(s) URLs', async () => {
        const text = MAP.replace('link "https://tracker.example.com/1"', 'link "javascript:alert(1)"');
        expect(await diagnosticsOf({ 'map.journey': text })).toEqual([
            'link-not-http Link "javascript:alert(1)" is not an http(s) URL: write the full address, e.g. "https://tracker.example.com/issues/42". @23'
        ]);
    });

    it('owner-not-involved is off by default; turned on, it names a stage owner the involved line leaves out', async () => {
        const text = MAP.replace('involved ecommerce, support', 'involved support');
        expect(await diagnosticsOf({ 'map.journey': text })).toEqual([]);
        expect(await diagnosticsOf({ 'map.journey': text }, on('owner-not-involved'))).toEqual([
            "owner-not-involved Team 'ecommerce' owns stage 'purchase' but is not among the teams involved in journey 'checkout'. @5"
        ]);
    });

    it('replaces-not-current: a journey that replaces itself or another future state', async () => {
        const text = 'journey a {\n  state future\n  replaces a\n}\njourney b {\n  state future\n  replaces a\n}\n';
        expect(await diagnosticsOf({ 'map.journey': text })).toEqual([
            "replaces-not-current Journey 'a' cannot replace itself: name the current-state journey it improves. @3",
            "replaces-not-current Journey 'b' replaces 'a', which is itself a future state: name the current-state journey. @7"
        ]);
    });

    it('duplicate-id: opportunities within a journey, systems and research across the workspace', async () => {
        const text = MAP.replace('      metric "Abandonment"', '      opportunity guest "Again"\n      metric "Abandonment"') + 'system crm\nresearch q1\n';
        const found = (await diagnosticsOf({ 'map.journey': text })).filter(d => d.startsWith('duplicate-id'));
        expect(found.map(d => d.replace(/: also declared.*@/, ' @'))).toEqual([
            "duplicate-id Duplicate opportunity id 'guest' in journey 'checkout' @17",
            "duplicate-id Duplicate opportunity id 'guest' in journey 'checkout' @25",
            "duplicate-id Duplicate system id 'crm' @30",
            "duplicate-id Duplicate research id 'q1' @31"
        ]);
    });
});
