import { JOURNEY_ID, JOURNEY_KEYWORDS } from '../model/journey-ids.js';

/**
 * An id made from a label: `"Checkout page"` → `checkout_page`. Accents are
 * dropped (`"Café"` → `cafe`), anything else outside the id alphabet becomes `_`.
 * The result always matches the language's ID terminal, is never a keyword
 * (`"Action"` → `action_touchpoint`), and is not in `taken` (`_2`, `_3`… are
 * appended); a label with no Latin letter or digit at all gets `kind_1`, `kind_2`….
 */
export function makeId(label: string, kind: string, taken: ReadonlySet<string>): string {
    const slug = label
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
    let base = slug === '' ? kind : /^[0-9]/.test(slug) ? `${kind}_${slug}` : slug;
    if (slug !== '' && JOURNEY_KEYWORDS.has(base)) base = `${base}_${kind}`;
    let id = slug === '' ? `${base}_1` : base;
    for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
    if (!JOURNEY_ID.test(id)) throw new Error(`makeId produced an invalid id '${id}'`);
    return id;
}
