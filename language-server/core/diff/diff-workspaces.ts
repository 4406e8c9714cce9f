/**
 * The semantic diff of two versions of a workspace: what changed in customer
 * terms, by id, never by text. Reordering or reformatting lines changes nothing.
 */
import { ChangeSink } from './compare-fields.js';
import { compareJourneys, comparePersonas, compareTeamsAndChannels } from './compare-elements.js';
import { compareDiagnostics } from './diagnostics.js';
import type { DiffResult } from './diff-result.js';
import { compareEmotions } from './emotions.js';
import type { WorkspaceModel } from './workspace-model.js';

export function diffWorkspaces(before: WorkspaceModel, after: WorkspaceModel): DiffResult {
    const sink = new ChangeSink([]);
    comparePersonas(sink, before, after);
    compareTeamsAndChannels(sink, before, after);
    compareJourneys(sink, before, after);
    compareEmotions(sink, before, after);
    return { changes: sink.changes, diagnostics: compareDiagnostics(before.diagnostics, after.diagnostics) };
}
