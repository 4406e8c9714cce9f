import type { ValidationAcceptor } from 'langium';
import type { Opportunity } from '../generated/ast.js';
import { lastOf } from '../ast-values.js';
import { DiagnosticCode } from './diagnostic-codes.js';
import { report } from './report.js';

/** `opportunity-without-owner`: high-priority work that no team owns. */
export function checkHighPriorityHasOwner(opportunity: Opportunity, accept: ValidationAcceptor): void {
    if (lastOf(opportunity.priority) !== 'high' || opportunity.owner.length > 0) return;
    const name = opportunity.name ? `Opportunity '${opportunity.name}'` : 'This opportunity';
    report(accept, DiagnosticCode.OpportunityWithoutOwner, `${name} has priority high but no owner: add 'owner TEAM' to its body.`, {
        node: opportunity,
        property: (opportunity.name ? 'name' : 'text') as never
    });
}
