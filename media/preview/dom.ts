/**
 * The one way the preview builds DOM: user text only ever goes through
 * `textContent` (never `innerHTML`), so it shows exactly as written.
 */
export interface ElementOptions {
    className?: string;
    text?: string;
    title?: string;
    attributes?: Record<string, string>;
}

export function h<K extends keyof HTMLElementTagNameMap>(
    tag: K, options: ElementOptions = {}, children: Array<Node | string> = []
): HTMLElementTagNameMap[K] {
    const element = document.createElement(tag);
    if (options.className) element.className = options.className;
    if (options.text !== undefined) element.textContent = options.text;
    if (options.title !== undefined) element.title = options.title;
    for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
    for (const child of children) element.append(child);
    return element;
}

export function button(label: string, options: ElementOptions & { onClick: () => void }): HTMLButtonElement {
    const element = h('button', { ...options, text: label, attributes: { type: 'button', ...options.attributes } });
    element.addEventListener('click', options.onClick);
    return element;
}
