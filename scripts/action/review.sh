#!/usr/bin/env bash
# The Journey Maps GitHub Action (action.yml), as a plain script so it runs the
# same locally: annotations from `journey check --format github`, the semantic
# diff against the pull request's base appended to $GITHUB_STEP_SUMMARY.
#
# Inputs (environment): INPUT_PATHS (space or newline separated, default "."),
# INPUT_FAIL_ON_WARNINGS ("true"/"false"), INPUT_BASE_REF (a revision; default
# the pull request's base sha read from $GITHUB_EVENT_PATH). JOURNEY_BIN is the
# command to run (default "journey", the installed package).
# Exit: 1 when a map has an error, or a warning with INPUT_FAIL_ON_WARNINGS=true,
# or the diff could not be made; 0 otherwise.
set -uo pipefail

read -r -a journey <<< "${JOURNEY_BIN:-journey}"
read -r -d '' -a paths <<< "${INPUT_PATHS:-.}"
[ "${#paths[@]}" -gt 0 ] || paths=(.)
summary="${GITHUB_STEP_SUMMARY:-/dev/stdout}"
status=0

# 1. Problems, as annotations on the pull request's diff (GitHub reads them from the log).
report="$(mktemp)"
trap 'rm -f "$report"' EXIT
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
if ! "${journey[@]}" diff --git "$base" "${paths[@]}" >> "$summary"; then
    echo "::error title=journey diff::could not compare with $base"
    exit 1
fi
exit "$status"
