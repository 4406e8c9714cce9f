import type { ImportProblem, ImportResult } from './imported-map.js';
import { MapBuilder } from './map-builder.js';

export interface MermaidImportOptions {
    /** The persona that gets the score of a task without actors. */
    defaultPersona: string;
    /** The journey's label when the diagram has no title (e.g. the file's name). */
    fallbackTitle: string;
    /** Lines before the diagram's text (a Markdown file's block), so problems name the file's lines. */
    lineOffset?: number;
}

/**
 * Reads a Mermaid `journey` diagram the way Mermaid's own parser does
 * (its jison lexer: `title …`, `section …`, `Task name: score: actor, actor`,
 * `%%` comments, accTitle/accDescr), tested against mermaid.parse on every
 * fixture: title → journey, sections → stages, tasks → touchpoints, actors →
 * personas with the task's score as each one's emotion. Mermaid itself would
 * need a DOM; this reader is what `journey import` and VS Code run.
 */
export function readMermaidJourney(text: string, options: MermaidImportOptions): ImportResult {
    const builder = new MapBuilder();
    const problems: ImportProblem[] = [];
    const lines = text.split(/\r\n|\r|\n/);
    const offset = options.lineOffset ?? 0;
    let index = skipFrontMatter(lines);
    let title: string | undefined;
    let started = false;
    let stageLabel: string | undefined;
    const tasks: Array<{ line: number; section?: string; name: string; data: string }> = [];
    let inDescription = false;
    for (; index < lines.length; index++) {
        const raw = lines[index];
        const line = raw.trim();
        const where = `line ${index + 1 + offset}`;
        if (inDescription) {
            if (line.includes('}')) inDescription = false;
            continue;
        }
        if (line === '' || line.startsWith('%%') || line.startsWith('#')) continue;
        if (!started) {
            if (/^journey\b/i.test(line)) {
                started = true;
                continue;
            }
            problems.push({ where, message: `expected "journey", the first word of a Mermaid user journey, found "${line}"` });
            return { map: builder.result(), problems };
        }
        let match: RegExpExecArray | null;
        if ((match = /^title\s([^#\n;]+)/i.exec(line))) {
            title = match[1].trim();
        } else if (/^acc(Title|Descr)\s*:/i.test(line)) {
            continue;
        } else if (/^accDescr\s*\{/i.test(line)) {
            inDescription = !line.includes('}');
        } else if ((match = /^section\s([^#:\n;]+)/i.exec(line))) {
            stageLabel = match[1].trim();
        } else if ((match = /^([^#:\n;]+)(:[^#\n;]+)/.exec(line))) {
            tasks.push({ line: index + 1 + offset, section: stageLabel, name: match[1].trim(), data: match[2] });
        } else {
            problems.push({ where, message: `expected "title …", "section …" or a task "Name: score: actor, actor", found "${line}"; line skipped` });
        }
    }
    if (!started) {
        problems.push({ where: `line ${1 + offset}`, message: 'expected a Mermaid user journey starting with "journey"; the text has none' });
        return { map: builder.result(), problems };
    }

    const journey = builder.journey(title ?? options.fallbackTitle);
    for (const task of tasks) {
        // Mermaid: everything after the first colon, split at colons: score, then actors.
        const [scoreText, actorText] = task.data.slice(1).split(':');
        const stage = builder.stage(journey, task.section ?? 'Tasks');
        const touchpoint = builder.touchpoint(journey, stage, task.name);
        const actors = actorText === undefined ? [] : actorText.split(',').map(actor => actor.trim()).filter(actor => actor !== '');
        const score = Number(scoreText.trim());
        if (!Number.isInteger(score) || score < 1 || score > 5) {
            problems.push({ where: `line ${task.line}`, message: `expected a score from 1 to 5 for the task "${task.name}", found "${scoreText.trim()}"; the task is imported without it` });
            for (const actor of actors) builder.journeyPersona(journey, actor);
            continue;
        }
        const personas = (actors.length > 0 ? actors : [options.defaultPersona]).map(actor => builder.journeyPersona(journey, actor));
        for (const persona of personas) touchpoint.emotions.push({ persona, score });
    }
    return { map: builder.result(), problems };
}

/** Mermaid's front matter (`---` … `---`) holds configuration, not the diagram. */
function skipFrontMatter(lines: string[]): number {
    if (lines[0]?.trim() !== '---') return 0;
    const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
    return end < 0 ? 0 : end + 1;
}

/**
 * The first ```mermaid block of a Markdown text that holds a journey, with the
 * line its text starts on (0-based), or undefined.
 */
export function firstMermaidJourneyBlock(markdown: string): { text: string; firstLine: number } | undefined {
    const lines = markdown.split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; i++) {
        const open = /^(\s*)(`{3,}|~{3,})\s*mermaid\b/.exec(lines[i]);
        if (!open) continue;
        const fence = open[2];
        const end = lines.findIndex((line, index) => index > i && line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '');
        const body = lines.slice(i + 1, end < 0 ? lines.length : end);
        const first = body.slice(skipFrontMatter(body)).find(line => line.trim() !== '' && !line.trim().startsWith('%%'));
        if (first !== undefined && /^\s*journey\b/i.test(first)) return { text: body.join('\n'), firstLine: i + 1 };
        if (end > i) i = end;
    }
    return undefined;
}
