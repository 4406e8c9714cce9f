import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { JourneyAstType, Stage } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';

/** Registers every Journey check in one table. */
export function registerValidationChecks(services: JourneyServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.JourneyValidator;
    const checks: ValidationChecks<JourneyAstType> = {
        Stage: [validator.checkStageHasTouchpoints]
    };
    registry.register(checks, validator);
}

export class JourneyValidator {
    checkStageHasTouchpoints(stage: Stage, accept: ValidationAcceptor): void {
        if (stage.touchpoints.length === 0) {
            accept('warning', `Stage '${stage.name}' has no touchpoints.`, {
                node: stage,
                property: 'name',
                code: 'stage-without-touchpoints'
            });
        }
    }
}
