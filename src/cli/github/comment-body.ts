/**
 * The pull request comment's text: a hidden marker first (how the next run
 * finds the comment to update), then the review. GitHub refuses a comment over
 * 65,536 characters, so a longer review is cut before a heading (never inside a
 * table row or a ```mermaid block) and ends with a link to the job summary,
 * which holds it whole.
 */

export const REVIEW_MARKER = '<!-- journey-maps:review -->';

/** GitHub's limit on a comment's body. JavaScript counts UTF-16 units, never fewer than GitHub's characters. */
export const COMMENT_LIMIT = 65_536;

export function commentBody(review: string, fullReviewUrl: string | undefined, limit = COMMENT_LIMIT): string {
    const whole = `${REVIEW_MARKER}\n${review.trimEnd()}\n`;
    if (whole.length <= limit) return whole;
    const sections = splitSections(review);
    // The notice for the worst case (every section left out) is the longest: reserve its room.
    const room = limit - REVIEW_MARKER.length - 1 - cutNotice(sections.length, fullReviewUrl).length;
    let kept = '';
    let count = 0;
    for (const section of sections) {
        if (kept.length + section.length > room) break;
        kept += section;
        count++;
    }
    if (count === 0) {
        // One section alone is too long (a huge table): keep its first lines, outside any code block.
        kept = cutAtLine(sections[0], room);
        count = 1;
    }
    return `${REVIEW_MARKER}\n${kept.trimEnd()}${cutNotice(sections.length - count, fullReviewUrl)}`;
}

function cutNotice(omitted: number, url: string | undefined): string {
    const where = url ? `[the job summary](${url})` : 'the job summary of this run';
    const what = omitted > 0 ? `${omitted} more section${omitted === 1 ? '' : 's'}` : 'the rest';
    return `\n\n---\n\n**This review is longer than a pull request comment can be:** ${what} in ${where}.\n`;
}

const FENCE = /^ {0,3}(```|~~~)/;
const HEADING = /^ {0,3}#{1,6}\s/;

/** The review split before each heading that is not inside a code block; the parts join back to the whole. */
export function splitSections(markdown: string): string[] {
    const sections: string[] = [];
    let current = '';
    let inFence = false;
    for (const line of markdown.split(/(?<=\n)/)) {
        if (!inFence && HEADING.test(line) && current !== '') {
            sections.push(current);
            current = '';
        }
        if (FENCE.test(line)) inFence = !inFence;
        current += line;
    }
    if (current !== '') sections.push(current);
    return sections;
}

/** The longest run of whole lines under `room` that ends outside a code block. */
function cutAtLine(section: string, room: number): string {
    let kept = '';
    let candidate = '';
    let inFence = false;
    for (const line of section.split(/(?<=\n)/)) {
        if (candidate.length + line.length > room) break;
        candidate += line;
        if (FENCE.test(line)) inFence = !inFence;
        if (!inFence) kept = candidate;
    }
    return kept;
}
