import { isCompositeCstNode, isLeafCstNode, type ValidationAcceptor } from 'langium';
import type { Emotion } from '../generated/ast.js';
import { DiagnosticCode } from './diagnostic-codes.js';
import { report } from './report.js';

/**
 * `emotion-out-of-range`: the score must be an integer from 1 to 5 (Mermaid's
 * journey scale). The grammar accepts any number so that the bad one can be
 * named here; the written text is checked too, so that `3.0` is not an integer.
 */
export function checkEmotionScore(emotion: Emotion, accept: ValidationAcceptor): void {
    if (emotion.score === undefined) {
        return; // a syntax error is already reported
    }
    const written = writtenScore(emotion) ?? String(emotion.score);
    if (!isValidScoreText(written)) {
        const persona = emotion.persona?.$refText;
        report(
            accept,
            DiagnosticCode.EmotionOutOfRange,
            `Emotion score ${written}${persona ? ` for '${persona}'` : ''} is out of range: use an integer from 1 (very negative) to 5 (very positive).`,
            { node: emotion, property: 'score' }
        );
    }
}

/** The one rule for a score, as written: a digit from 1 to 5 (`3.0` and `05` are not). The render model uses it too. */
export function isValidScoreText(written: string): boolean {
    return /^[1-5]$/.test(written);
}

/**
 * The score as written: the line's only NUMBER token. Read from the line's own
 * tokens because a grammar lookup per emotion was a visible part of validating
 * a large file on every keystroke.
 */
export function writtenScore(emotion: Emotion): string | undefined {
    const line = emotion.$cstNode;
    if (!isCompositeCstNode(line)) return undefined;
    return line.content.find(node => isLeafCstNode(node) && node.tokenType.name === 'NUMBER')?.text;
}
