/**
 * The persona palette's colours on a drawn journey diagram. Mermaid colours
 * its actors (the legend's dots and each task's dots, class `actor-N` in
 * legend order) from its own list, and neither `journey.actorColours` nor the
 * `actorN` theme variables of the diagram's front matter reach them (10.9 to
 * 11.17). Applied to the drawn SVG by the preview's Journey view and by the
 * CLI's image export, with the colours `journeyDiagramLayout` lists.
 * Structural types (no DOM library), self-contained, so the CLI can run its
 * source in a page.
 */
export interface ActorDot {
    getAttribute(name: string): string | null;
    setAttribute(name: string, value: string): void;
}

export interface ActorRoot {
    querySelectorAll(selector: string): Iterable<ActorDot> & ArrayLike<ActorDot>;
}

export function colourJourneyActors(svg: ActorRoot, colours: readonly string[]): void {
    for (const dot of Array.from(svg.querySelectorAll('circle[class^="actor-"]'))) {
        const position = Number(/^actor-(\d+)/.exec(dot.getAttribute('class') ?? '')?.[1]);
        const colour = colours[position];
        // An inline style: Mermaid's `.actor-N` rule would beat a `fill` attribute.
        if (colour) dot.setAttribute('style', `fill: ${colour}`);
    }
}
