import type { ValidationAcceptor } from 'langium';
import type { Stage } from '../generated/ast.js';
import { DiagnosticCode } from './diagnostic-codes.js';
import { report } from './report.js';

/** `stage-without-touchpoints`: a stage with nothing happening in it. */
export function checkStageHasTouchpoints(stage: Stage, accept: ValidationAcceptor): void {
    // A stage without a name is a syntax error already; completeness can wait until it parses.
    if (stage.name && stage.touchpoints.length === 0) {
        report(accept, DiagnosticCode.StageWithoutTouchpoints, `Stage '${stage.name}' has no touchpoints.`, { node: stage, property: 'name' }, { stage: stage.name });
    }
}

/**
 * `stage-without-owner`: nobody is accountable for the stage. A stage is exempt
 * when it has touchpoints and each of them names its own owner.
 */
export function checkStageHasOwner(stage: Stage, accept: ValidationAcceptor): void {
    if (!stage.name || stage.owners.length > 0) {
        return;
    }
    const ownedByTouchpoints = stage.touchpoints.length > 0 && stage.touchpoints.every(touchpoint => touchpoint.owners.length > 0);
    if (!ownedByTouchpoints) {
        report(accept, DiagnosticCode.StageWithoutOwner, `Stage '${stage.name}' has no owner.`, { node: stage, property: 'name' }, { stage: stage.name });
    }
}
