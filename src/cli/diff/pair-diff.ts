import { diffReport, type DiffFormat } from '../../../language-server/core/diff/diff-report.js';
import { pairSides, replacingJourneys } from '../../../language-server/core/diff/journey-pair.js';
import { buildWorkspaceModel } from '../../../language-server/language/diff/build-workspace-model.js';
import { InputError } from '../errors.js';
import { loadWorkspace } from '../workspace.js';

/** `journey diff --pair PATH`: each future-state journey compared with the current-state journey it replaces. */
export async function pairReport(paths: string[], format: DiffFormat): Promise<string> {
    const workspace = await loadWorkspace(paths.length > 0 ? paths : ['.']);
    const model = buildWorkspaceModel(workspace.documents, workspace.services.Journey);
    const pairs = replacingJourneys(model).flatMap(future => {
        const sides = pairSides(model, future);
        return sides ? [{ future, sides }] : [];
    });
    if (pairs.length === 0) throw new InputError("no journey with a 'replaces' line that resolves: nothing to pair");
    const reports = pairs.map(({ future, sides }) =>
        diffReport(sides.before, sides.after, { format, title: `Target: ${future.label} against ${future.replaces?.label ?? ''}`, curves: format === 'markdown' }).text);
    return format === 'json' ? `[${reports.map(text => text.trim()).join(',\n')}]\n` : reports.join('\n');
}
