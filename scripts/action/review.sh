#!/usr/bin/env bash
# The Journey Maps GitHub Action (action.yml), as a plain script so it runs the
# same locally: annotations from `journey check --format github`, the semantic
# diff against the pull request's base appended to $GITHUB_STEP_SUMMARY, and
# one comment on the pull request with both, kept up to date (journey pr-comment).
#
# Inputs (environment): INPUT_PATHS (space or newline separated, default "."),
# INPUT_FAIL_ON_WARNINGS ("true"/"false"), INPUT_BASE_REF (a revision; default
# the pull request's base sha read from $GITHUB_EVENT_PATH), INPUT_COMMENT
# ("changed": comment when the pull request changes a map, and keep an existing
# comment current; "always"; "off"). JOURNEY_BIN is the command to run (default
# "journey", the installed package). GITHUB_TOKEN and the runner's GITHUB_*
# variables are read by `journey pr-comment`.
# Exit: 1 when a map has an error, or a warning with INPUT_FAIL_ON_WARNINGS=true,
# or the diff could not be made; 2 for a wrong input; 0 otherwise.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=log.sh
source "$here/log.sh"

read -r -a journey <<< "${JOURNEY_BIN:-journey}"
read -r -d '' -a paths <<< "${INPUT_PATHS:-.}"
[ "${#paths[@]}" -gt 0 ] || paths=(.)
summary="${GITHUB_STEP_SUMMARY:-/dev/stdout}"
comment="${INPUT_COMMENT:-changed}"
case "$comment" in
    always | changed | off) ;;
    *)
        log_command error "journey review" "the comment input must be always, changed or off, not: $comment"
        exit 2
        ;;
esac
status=0

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
report="$scratch/check.txt"
diff="$scratch/diff.md"

# 1. Problems, as annotations on the pull request's diff (GitHub reads them from the log).
"${journey[@]}" check --format github "${paths[@]}" | tee "$report"
check_status="${PIPESTATUS[0]}"
warnings="$(grep -c '^::warning ' "$report" || true)"
if [ "$check_status" -ge 2 ]; then
    echo "::error title=journey check::journey check could not run (exit $check_status)"
    exit "$check_status"
elif [ "$check_status" -eq 1 ]; then
    status=1
elif [ "${INPUT_FAIL_ON_WARNINGS:-false}" = "true" ] && [ "$warnings" -gt 0 ]; then
    echo "::error title=journey check::$warnings warning(s) and fail-on-warnings is set"
    status=1
fi

# 2. What changed, in customer terms, against the base of the pull request.
base="${INPUT_BASE_REF:-}"
if [ -z "$base" ] && [ -n "${GITHUB_EVENT_PATH:-}" ] && [ -f "$GITHUB_EVENT_PATH" ]; then
    base="$(node -e 'const e = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); process.stdout.write(e.pull_request?.base?.sha ?? "")' "$GITHUB_EVENT_PATH")"
fi
if [ -z "$base" ]; then
    echo "No base revision (not a pull request and no base-ref input): the map diff is skipped." >> "$summary"
    exit "$status"
fi
if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
    # A shallow checkout (actions/checkout's default depth 1) lacks the base commit.
    git fetch --no-tags --quiet --depth=1 origin "$base" || true
fi
if ! "${journey[@]}" diff --git "$base" "${paths[@]}" > "$diff"; then
    echo "::error title=journey diff::could not compare with $base"
    exit 1
fi
cat "$diff" >> "$summary"

# 3. The same review as one comment on the pull request, updated on every push.
# "changed": a pull request that touches no map gets no new comment, but one
# written by an earlier push is still brought up to date.
maps_changed() {
    local count
    # A count, not `grep -q`: an early exit would end git with SIGPIPE, and pipefail the test.
    count="$({ git diff --name-only -z "$base" -- "${paths[@]}"; git ls-files --others --exclude-standard -z -- "${paths[@]}"; } 2>/dev/null |
        grep -czE '(\.journey|(^|/)journey\.config\.json)$')"
    [ "${count:-0}" -gt 0 ]
}
if [ "$comment" != off ]; then
    only=()
    [ "$comment" = changed ] && ! maps_changed && only=(--update-only)
    {
        printf '**journey check:** %s\n\n' "$(tail -n 1 "$report")"
        cat "$diff"
    } > "$scratch/comment.md"
    "${journey[@]}" pr-comment "${only[@]}" "$scratch/comment.md" ||
        echo "::warning title=journey pr-comment::the pull request comment step failed; the review is in the job summary"
fi
exit "$status"
