import type { ValidationChecks } from 'langium';
import type { JourneyAstType } from '../generated/ast.js';
import type { JourneyServices } from '../journey-module.js';
import { DuplicateIdCheck } from './duplicate-id-check.js';
import { checkEmotionScore } from './emotion-checks.js';
import { checkPersonaInJourney, checkPersonasHaveEmotions } from './persona-checks.js';
import { checkStageHasOwner, checkStageHasTouchpoints } from './stage-checks.js';
import { checkRepeatedLines } from './repeated-line-check.js';
import { factEvidenceCheck, researchChecks } from './evidence-checks.js';
import { checkLinks } from './link-checks.js';
import { checkHighPriorityHasOwner } from './opportunity-checks.js';
import { checkReplacesCurrent, checkStageOwnersInvolved } from './stakeholder-checks.js';

/**
 * Every check of the language, in one table (docs/language.md, "Diagnostics").
 * `unresolved-reference` and `syntax-error` come from Langium's linker and
 * parser; the JourneyDocumentValidator gives them their codes.
 * A check on a stage or a node inside one may read only that node's subtree,
 * the targets of references, its journey's header and the configuration:
 * after an edit in one block, the other stages' diagnostics are replayed
 * (langium-overrides/incremental-validation.ts). Anything wider goes on Journey.
 */
export class JourneyValidator {
    readonly checks: ValidationChecks<JourneyAstType>;

    constructor(services: JourneyServices) {
        const duplicates = new DuplicateIdCheck(services.shared.workspace.IndexManager);
        const factEvidence = factEvidenceCheck(services.validation.DiagnosticSeverities);
        this.checks = {
            Persona: [duplicates.checkUniqueInWorkspace, checkRepeatedLines],
            Team: [duplicates.checkUniqueInWorkspace],
            Channel: [duplicates.checkUniqueInWorkspace],
            System: [duplicates.checkUniqueInWorkspace, checkRepeatedLines],
            Research: [duplicates.checkUniqueInWorkspace, checkRepeatedLines, researchChecks(services.validation.DiagnosticSeverities), checkLinks],
            Journey: [duplicates.checkUniqueInWorkspace, duplicates.checkUniqueInJourney, checkPersonasHaveEmotions, checkRepeatedLines, checkReplacesCurrent],
            Stage: [checkStageHasTouchpoints, checkStageHasOwner, checkStageOwnersInvolved],
            Touchpoint: [checkRepeatedLines],
            Emotion: [checkEmotionScore, checkPersonaInJourney, factEvidence],
            Thought: [checkPersonaInJourney],
            Pain: [factEvidence],
            Opportunity: [checkRepeatedLines, checkHighPriorityHasOwner, checkLinks]
        };
    }
}

/** Registers the table of checks with Langium's validation registry. */
export function registerValidationChecks(services: JourneyServices): void {
    const validator = services.validation.JourneyValidator;
    services.validation.ValidationRegistry.register(validator.checks, validator);
}
