/** Maps for the persona-colour and legend tests: one journey with eight personas, the first with a long label. */
import type { RenderModel } from '../../language-server/core/model/render-model.js';
import { buildRenderModel } from '../../language-server/language/render/build-render-model.js';
import { buildWorkspace } from '../language-server/language/test-services.js';

export const LONG_PERSONA_LABEL = 'Maya, first-time buyer from abroad';

const NAMES = [LONG_PERSONA_LABEL, 'Tom, loyal customer', 'Priya, operations lead', 'Leo, field technician', 'Hannah, young family', 'George, retired', 'Ana, student', 'Sam, small business owner'];

/** Eight personas, each scoring every touchpoint of three stages (so each has a line, dot and chip). */
export function eightPersonaSource(): string {
    const ids = NAMES.map((_, index) => `p${index + 1}`);
    const personas = NAMES.map((name, index) => `persona ${ids[index]} "${name}"`).join('\n');
    const stages = ['Discover', 'Buy', 'Use'].map((stage, s) => `  stage s${s} "${stage}" {\n` + [0, 1].map(t => `    touchpoint t${s}_${t} "${stage} step ${t + 1}" {\n      action "Does step ${t + 1}"\n`
        + ids.map((id, p) => `      emotion ${id} ${((p + s + t) % 5) + 1}\n      thought ${id} "Thinks"\n`).join('') + '    }\n').join('') + '  }\n').join('');
    return `${personas}\n\njourney eight "Eight personas" {\n  personas ${ids.join(', ')}\n${stages}}\n`;
}

export async function buildEightPersonaModel(): Promise<RenderModel> {
    const { services, documents } = await buildWorkspace({ 'eight.journey': eightPersonaSource() });
    return buildRenderModel(documents[0], services.Journey);
}
