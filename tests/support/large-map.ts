/**
 * A `.journey` text of a large map, for tests that check big maps still
 * render: `stages` × `perStage` touchpoints, each with a channel, an owner,
 * two pains, an opportunity and an emotion score.
 */
export function largeMapText(stages = 30, perStage = 10): string {
    const touchpoint = (s: number, t: number) => [
        `    touchpoint t${s}_${t} "Touchpoint ${s}.${t} of the large map" via web {`,
        '      owner support',
        `      pain "A pain at touchpoint ${s}.${t}"`,
        `      pain "Another pain at touchpoint ${s}.${t}"`,
        `      opportunity "An opportunity at touchpoint ${s}.${t}"`,
        `      emotion maya ${1 + ((s + t) % 5)}`,
        '    }'
    ].join('\n');
    const stage = (s: number) => [
        `  stage s${s} "Stage ${s}" {`,
        '    owner sales',
        ...Array.from({ length: perStage }, (_, t) => touchpoint(s, t)),
        '  }'
    ].join('\n');
    return [
        'persona maya "Maya"',
        'team sales "Sales"',
        'team support "Support"',
        'channel web "Website"',
        'journey large "A large map" {',
        '  personas maya',
        ...Array.from({ length: stages }, (_, s) => stage(s)),
        '}',
        ''
    ].join('\n');
}
