/** The ```mermaid blocks of a Markdown document, for checking each with `mermaid.parse`. */
export function mermaidBlocks(markdown: string): string[] {
    return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map(match => match[1]);
}
