import type { ValidationAcceptor } from 'langium';
import { isJourney, type Journey, type Stage } from '../generated/ast.js';
import { lastOf } from '../ast-values.js';
import { DiagnosticCode } from './diagnostic-codes.js';
import { report } from './report.js';

/** `owner-not-involved` (off by default): a stage owned by a team that the journey's `involved` line leaves out. */
export function checkStageOwnersInvolved(stage: Stage, accept: ValidationAcceptor): void {
    const journey = stage.$container;
    if (!isJourney(journey) || journey.involved.length === 0) return;
    const involved = new Set(journey.involved.map(team => team.ref).filter(team => team !== undefined));
    stage.owners.forEach((owner, index) => {
        if (owner.ref && !involved.has(owner.ref)) {
            report(accept, DiagnosticCode.OwnerNotInvolved, `Team '${owner.$refText}' owns stage '${stage.name}' but is not among the teams involved in journey '${journey.name}'.`, { node: stage, property: 'owners', index });
        }
    });
}

/** `replaces-not-current`: a journey names itself, or another future state, as the journey it replaces. */
export function checkReplacesCurrent(journey: Journey, accept: ValidationAcceptor): void {
    const replaced = lastOf(journey.replaces);
    const target = replaced?.ref;
    if (!target) return;
    const index = journey.replaces.length - 1;
    if (target === journey) {
        report(accept, DiagnosticCode.ReplacesNotCurrent, `Journey '${journey.name}' cannot replace itself: name the current-state journey it improves.`, { node: journey, property: 'replaces', index });
    } else if (lastOf(target.state) === 'future') {
        report(accept, DiagnosticCode.ReplacesNotCurrent, `Journey '${journey.name}' replaces '${target.name}', which is itself a future state: name the current-state journey.`, { node: journey, property: 'replaces', index });
    }
}
