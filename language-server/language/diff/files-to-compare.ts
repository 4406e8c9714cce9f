/**
 * Which files of two versions of a workspace `journey diff` must build to
 * report every change, so that a commit touching 10 maps of 500 builds about
 * 10 maps (and the people file they read), not 1,000.
 *
 * A file's render model and problems depend on its own text and on the
 * declarations of the ids it mentions (labels, positions quoted by
 * `duplicate-id`, whether a reference resolves, the journey it `replaces`,
 * drawn in full with its own references). So the files compared are: the
 * changed ones; every file mentioning an id whose declaration changed (added,
 * removed, edited, moved); every file mentioning a journey of a compared file
 * (it may draw that journey). Then every file that may declare an id a loaded
 * file mentions is loaded too, so that references resolve exactly as in the
 * whole workspace. A file left out is the same on both sides with the same
 * declarations around it: its model, and so its part of the diff, is equal.
 */
import { scanJourneyText, type JourneyTextScan } from './journey-tokens.js';

export type WorkspaceTexts = Record<string, string>;

/** A changed file's top-level declarations: id → what a file naming it can see (kind, place, text). */
export type DeclarationsOf = (path: string, text: string) => Map<string, string>;

export function filesToCompare(before: WorkspaceTexts, after: WorkspaceTexts, declarationsOf: DeclarationsOf): { before: WorkspaceTexts; after: WorkspaceTexts } {
    const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    const changed = paths.filter(path => before[path] !== after[path]);
    const scans = new Map<string, JourneyTextScan[]>(paths.map(path => [path, sidesOf(path, before, after).map(scanJourneyText)]));

    const compared = new Set(changed);
    const reaching = changedDeclarations(changed, before, after, declarationsOf);
    for (const path of changed) addJourneys(reaching, scans.get(path)!);
    // Files mentioning a reaching id; their journeys reach further (a future state draws the journey it replaces).
    for (let grew = true; grew; ) {
        grew = false;
        for (const path of paths) {
            if (compared.has(path) || !mentionsAny(scans.get(path)!, reaching)) continue;
            compared.add(path);
            addJourneys(reaching, scans.get(path)!);
            grew = true;
        }
    }

    const loaded = withDeclarers(compared, paths, scans);
    const pick = (side: WorkspaceTexts): WorkspaceTexts => Object.fromEntries(Object.entries(side).filter(([path]) => loaded.has(path)));
    return { before: pick(before), after: pick(after) };
}

/** The ids whose declarations differ between the two versions of the changed files. */
function changedDeclarations(changed: string[], before: WorkspaceTexts, after: WorkspaceTexts, declarationsOf: DeclarationsOf): Set<string> {
    const ids = new Set<string>();
    for (const path of changed) {
        const old = Object.hasOwn(before, path) ? declarationsOf(path, before[path]) : new Map<string, string>();
        const now = Object.hasOwn(after, path) ? declarationsOf(path, after[path]) : new Map<string, string>();
        for (const id of new Set([...old.keys(), ...now.keys()])) {
            if (old.get(id) !== now.get(id)) ids.add(id);
        }
    }
    return ids;
}

/** The loaded files: the compared ones and, transitively, every file that may declare an id a loaded file mentions. */
function withDeclarers(compared: Set<string>, paths: string[], scans: Map<string, JourneyTextScan[]>): Set<string> {
    const declarers = new Map<string, string[]>();
    for (const path of paths) {
        for (const scan of scans.get(path)!) {
            for (const id of scan.declared.keys()) declarers.set(id, [...(declarers.get(id) ?? []), path]);
        }
    }
    const loaded = new Set(compared);
    const pending = [...compared];
    const seenIds = new Set<string>();
    while (pending.length > 0) {
        for (const scan of scans.get(pending.pop()!)!) {
            for (const id of scan.ids) {
                if (seenIds.has(id)) continue;
                seenIds.add(id);
                for (const declarer of declarers.get(id) ?? []) {
                    if (!loaded.has(declarer)) {
                        loaded.add(declarer);
                        pending.push(declarer);
                    }
                }
            }
        }
    }
    return loaded;
}

function sidesOf(path: string, before: WorkspaceTexts, after: WorkspaceTexts): string[] {
    const texts = [before[path], after[path]].filter((text): text is string => text !== undefined);
    return texts[0] === texts[1] ? [texts[0]] : texts;
}

function mentionsAny(scans: JourneyTextScan[], ids: Set<string>): boolean {
    return scans.some(scan => [...scan.ids].some(id => ids.has(id)));
}

function addJourneys(target: Set<string>, scans: JourneyTextScan[]): void {
    for (const scan of scans) {
        for (const [id, keywords] of scan.declared) if (keywords.has('journey')) target.add(id);
    }
}
