import { AstUtils, type AstNodeDescription } from 'langium';
import { isJourney, isModel, isTeam, type Stage } from '../generated/ast.js';

/** A team that could own a stage, as the quick fix and the `owner` completion offer it. */
export interface OwnerSuggestion {
    id: string;
    label?: string;
}

/** How many owners the quick fix lists before its "more…" entry: a menu to read, not to scroll. */
export const OWNER_FIXES_SHOWN = 7;

/**
 * The workspace's teams in the order they likely fit `stage`: first those owning its
 * touchpoints, then those owning the journey's other stages (or their touchpoints),
 * then those of the same file (declared or used there), then the rest; by id within each.
 */
export function rankOwners(stage: Stage, teams: Iterable<AstNodeDescription>): OwnerSuggestion[] {
    const rank = ownerRank(stage);
    const byId = new Map<string, OwnerSuggestion & { rank: number }>();
    for (const team of teams) {
        if (byId.has(team.name)) continue;
        const label = isTeam(team.node) ? team.node.label : undefined;
        byId.set(team.name, { id: team.name, label, rank: rank(team) });
    }
    return [...byId.values()]
        .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map(({ id, label }) => ({ id, label }));
}

/** `'billing' (Billing)`: the id to type and the label to recognise it by. */
export function ownerTitle(owner: OwnerSuggestion): string {
    return owner.label ? `'${owner.id}' (${owner.label})` : `'${owner.id}'`;
}

/**
 * A lower number for a team that fits `stage` better; ties in the stage's own touchpoints go to
 * the most used. The `owner` completion sorts by it too, so both offer the teams in one order.
 */
export function ownerRank(stage: Stage): (team: AstNodeDescription) => number {
    const inStage = new Map<string, number>();
    for (const owner of stage.touchpoints.flatMap(touchpoint => touchpoint.owners)) {
        inStage.set(owner.$refText, (inStage.get(owner.$refText) ?? 0) + 1);
    }
    const journey = AstUtils.getContainerOfType(stage, isJourney);
    const inJourney = new Set((journey?.stages ?? []).filter(other => other !== stage)
        .flatMap(other => [...other.owners, ...other.touchpoints.flatMap(touchpoint => touchpoint.owners)])
        .map(owner => owner.$refText));
    const root = AstUtils.findRootNode(stage);
    const fileUri = root.$document?.uri.toString();
    const inFile = new Set(isModel(root) ? AstUtils.streamAllContents(root)
        .flatMap(node => ('owners' in node && Array.isArray(node.owners) ? node.owners : []) as Array<{ $refText: string }>)
        .map(owner => owner.$refText)
        .toArray() : []);
    const most = Math.max(0, ...inStage.values());
    return team => {
        const uses = inStage.get(team.name);
        // 0…most-1: the stage's own touchpoints, most used first.
        if (uses !== undefined) return most - uses;
        if (inJourney.has(team.name)) return most + 1;
        if (inFile.has(team.name) || team.documentUri.toString() === fileUri) return most + 2;
        return most + 3;
    };
}
