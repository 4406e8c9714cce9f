/**
 * What another file can see of a file's top-level declarations, by id: kind,
 * place of the name (quoted by `duplicate-id`) and the declaration's text
 * (label, fields, a journey's `state` and stages). Two versions of a file with
 * the same signatures for an id look the same from every other file.
 */
import { GrammarUtils, type LangiumCoreServices } from 'langium';
import type { Model } from '../generated/ast.js';

export function declarationSignatures(services: LangiumCoreServices, text: string): Map<string, string> {
    const model = services.parser.LangiumParser.parse<Model>(text).value;
    const signatures = new Map<string, string>();
    for (const element of model.elements ?? []) {
        if (!element.name) continue;
        const start = GrammarUtils.findNodeForProperty(element.$cstNode, 'name')?.range.start;
        const signature = JSON.stringify([element.$type, start?.line, start?.character, element.$cstNode?.text]);
        // A file declaring an id twice: both declarations count.
        signatures.set(element.name, [signatures.get(element.name), signature].filter(Boolean).join('\n'));
    }
    return signatures;
}
