#!/usr/bin/env bash
# Installs the `journey` command for the Action (action.yml, first step).
#
# INPUT_PACKAGE empty (the default): the package this Action is shipped with,
#   from its own checkout ($GITHUB_ACTION_PATH): its dependencies (`npm ci`,
#   unless they are there already), `npm pack` (whose `prepare` script builds
#   dist/), then `npm install --global` of that tarball. It works before
#   anything is published, and the command is the one the Action's scripts expect.
# INPUT_PACKAGE set: what `npm install --global` installs instead, e.g.
#   journey-maps@0.2.0 or a tarball's URL; never an option.
#
# npm's own settings apply (npm_config_prefix, npm_config_offline…).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=log.sh
source "$here/log.sh"

package="${INPUT_PACKAGE:-}"
if [ -n "$package" ]; then
    if [[ "$package" == -* || "$package" == *$'\n'* ]]; then
        log_command error "journey install" "the package input must name one package, not an option: $package"
        exit 2
    fi
    npm install --global --no-audit --no-fund -- "$package"
    exit 0
fi

action="${GITHUB_ACTION_PATH:-$(cd "$here/../.." && pwd)}"
cd "$action"
# --ignore-scripts: `npm pack` below runs the one build (the `prepare` script) anyway.
[ -d node_modules ] || npm ci --ignore-scripts --no-audit --no-fund
tarballs="$(mktemp -d)"
trap 'rm -rf "$tarballs"' EXIT
# The build's log goes with npm's to stderr; stdout is the tarball's name only.
npm pack --pack-destination "$tarballs" >&2
tarball=("$tarballs"/*.tgz)
npm install --global --no-audit --no-fund -- "${tarball[0]}"
