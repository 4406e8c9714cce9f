import type { ImportedDeclaration, ImportedMap, ImportedMetric, ImportedStage, ImportedTouchpoint } from './imported-map.js';

/**
 * The `.journey` text of an imported map, already in the formatter's canonical
 * layout (2 spaces per level, declarations first, a blank line between stages),
 * so the VS Code command, which cannot load the formatter, writes the same bytes
 * as `journey import` (tests check that formatting it changes nothing).
 */
export function writeJourney(map: ImportedMap, header?: string): string {
    const blocks: string[] = [];
    if (header) blocks.push(header.split('\n').map(line => `// ${line}`.trimEnd()).join('\n'));
    for (const [keyword, list] of [['persona', map.personas], ['team', map.teams], ['channel', map.channels]] as const) {
        if (list.length > 0) blocks.push(list.map(declaration => `${keyword} ${named(declaration)}`).join('\n'));
    }
    for (const journey of map.journeys) {
        const head = [`journey ${named(journey)} {`];
        if (journey.personas.length > 0) head.push(`  personas ${journey.personas.join(', ')}`);
        const stages = journey.stages.map(stage => stageLines(stage).map(line => `  ${line}`).join('\n'));
        blocks.push([head.join('\n'), ...stages].join('\n\n') + '\n}');
    }
    return `${blocks.join('\n\n')}\n`;
}

function stageLines(stage: ImportedStage): string[] {
    return [
        `stage ${named(stage)} {`,
        ...ownerLines(stage.owners).map(indent),
        ...stage.metrics.map(metricLine).map(indent),
        ...stage.touchpoints.flatMap(touchpointLines).map(indent),
        '}'
    ];
}

function touchpointLines(touchpoint: ImportedTouchpoint): string[] {
    const via = touchpoint.channels.length > 0 ? ` via ${touchpoint.channels.join(', ')}` : '';
    const body = [
        ...ownerLines(touchpoint.owners),
        ...touchpoint.actions.map(text => `action ${quoted(text)}`),
        ...touchpoint.thoughts.map(thought => `thought ${thought.persona ? `${thought.persona} ` : ''}${quoted(thought.text)}`),
        ...touchpoint.emotions.map(emotion => `emotion ${emotion.persona} ${emotion.score}${emotion.note !== undefined ? ` ${quoted(emotion.note)}` : ''}`),
        ...touchpoint.pains.map(text => `pain ${quoted(text)}`),
        ...touchpoint.opportunities.map(text => `opportunity ${quoted(text)}`),
        ...touchpoint.metrics.map(metricLine)
    ];
    return [`touchpoint ${named(touchpoint)}${via} {`, ...body.map(indent), '}'];
}

function ownerLines(owners: string[]): string[] {
    return owners.length > 0 ? [`owner ${owners.join(', ')}`] : [];
}

function metricLine(metric: ImportedMetric): string {
    const target = metric.target !== undefined ? ` target ${number(metric.target)}${metric.targetPercent ? '%' : ''}` : '';
    return `metric ${quoted(metric.label)} ${number(metric.value)}${metric.percent ? '%' : ''}${target}`;
}

function indent(line: string): string {
    return `  ${line}`;
}

/** `id "Label"`, or the id alone when the label says nothing more. */
function named(element: ImportedDeclaration): string {
    return element.label === element.id || element.label === '' ? element.id : `${element.id} ${quoted(element.label)}`;
}

/** A STRING of the language: single-line, with `\"`, `\\` and `\n` escapes. */
export function quoted(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r\n|\r|\n/g, '\\n')}"`;
}

/** A NUMBER of the language (`-?digits[.digits]`): never an exponent. */
function number(value: number): string {
    const text = String(value);
    if (!/e/i.test(text)) return text;
    return value.toFixed(20).replace(/\.?0+$/, '');
}
