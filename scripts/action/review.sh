#!/usr/bin/env bash
# The Journey Maps GitHub Action (action.yml), as a plain script so it runs the
# same locally: annotations from `journey check --format github`, the semantic
# diff against the pull request's base appended to $GITHUB_STEP_SUMMARY, and
# one comment on the pull request with both, kept up to date (journey pr-comment).
#
# Inputs (environment): INPUT_PATHS (one path per line; a single line is split
# at spaces, as before paths could hold spaces; default "."),
# INPUT_FAIL_ON_WARNINGS ("true"/"false"), INPUT_BASE_REF (a revision; default
# the pull request's base sha read from $GITHUB_EVENT_PATH), INPUT_COMMENT
# ("changed": comment when the pull request changes a map, and keep an existing
# comment current; "always"; "off"). JOURNEY_BIN is the command to run (default
# "journey", the installed package). GITHUB_TOKEN and the runner's GITHUB_*
# variables are read by `journey pr-comment`.
# Exit: 1 when a map has an error, or a warning with INPUT_FAIL_ON_WARNINGS=true,
# or the diff could not be made; 2 for a wrong input; 0 otherwise.
#
# Inputs are data, never options or commands: paths and revisions follow `--`,
# base-ref must be a revision, and anything echoed to the log is escaped
# (log.sh), so a newline in an input or a file name cannot start a workflow command.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=log.sh
source "$here/log.sh"

read -r -a journey <<< "${JOURNEY_BIN:-journey}"
paths=()
if [[ "${INPUT_PATHS:-}" == *$'\n'* ]]; then
    while IFS= read -r line; do
        line="${line%$'\r'}"
        [ -n "${line//[[:space:]]/}" ] && paths+=("$line")
    done <<< "$INPUT_PATHS"
else
    read -r -a paths <<< "${INPUT_PATHS:-}"
fi
[ "${#paths[@]}" -gt 0 ] || paths=(.)
# Pathspecs are file names: no `:(glob)` magic or `:!` exclusions from an input (journey diff's git reads them too).
export GIT_LITERAL_PATHSPECS=1
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
errors="$scratch/stderr.txt"

# A revision as git names one: a hex object name, or a ref name (git check-ref-format)
# with ~N/^N suffixes; never an option.
is_revision() {
    local name="${1%%[~^]*}" suffix="${1#"${1%%[~^]*}"}"
    [[ -n "$name" && "$name" != -* && "$1" != *[[:space:][:cntrl:]]* ]] || return 1
    [[ "$suffix" =~ ^([~^][0-9]*)*$ ]] || return 1
    [[ "$name" =~ ^[0-9a-fA-F]{4,64}$ ]] || git check-ref-format --allow-onelevel "$name" > /dev/null 2>&1
}

# 1. Problems, as annotations on the pull request's diff (GitHub reads them from the log).
# Its stderr names paths as given: printed with workflow commands off.
"${journey[@]}" check --format github -- "${paths[@]}" 2> "$errors" | tee "$report"
check_status="${PIPESTATUS[0]}"
log_untrusted_file "$errors"
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
if ! is_revision "$base"; then
    log_command error "journey review" "base-ref is not a revision (a commit, branch or tag name): $base"
    exit 2
fi
if ! git cat-file -e "$base^{commit}" 2>/dev/null; then
    # A shallow checkout (actions/checkout's default depth 1) lacks the base commit.
    git fetch --no-tags --quiet --depth=1 -- origin "$base" 2> "$errors" || true
    log_untrusted_file "$errors"
fi
if ! "${journey[@]}" diff --git="$base" -- "${paths[@]}" > "$diff" 2> "$errors"; then
    log_untrusted_file "$errors"
    log_command error "journey diff" "could not compare with $base"
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
    "${journey[@]}" pr-comment "${only[@]}" -- "$scratch/comment.md" 2> "$errors" ||
        log_command warning "journey pr-comment" "the pull request comment step failed; the review is in the job summary"
    log_untrusted_file "$errors"
fi
exit "$status"
