#!/usr/bin/env bash
# Installs code-server (VS Code for the browser, from npm) into .vscode-test/code-server
# for the end-to-end tests and `npm start`. Skips everything when that version is there.
#
# code-server 4.100.3 (VS Code 1.100.3) is the last release that runs on Node 20.
# Its postinstall downloads ripgrep from GitHub, which these machines cannot reach, so
# the install runs with scripts off and does the postinstall's steps by hand
# (docs/e2e.md explains each).
set -euo pipefail
VERSION=4.100.3
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARGET="${CODE_SERVER_DIR:-$ROOT/.vscode-test/code-server}"
BIN="$TARGET/node_modules/.bin/code-server"

installed_version() {
    # Any code-server start writes a config with a password under XDG_CONFIG_HOME: keep it out of $HOME.
    local scratch; scratch="$(mktemp -d)"
    XDG_CONFIG_HOME="$scratch" XDG_DATA_HOME="$scratch" "$BIN" --version 2>/dev/null | grep -v '^\[' | head -1 || true
    rm -rf "$scratch"
}

if [ -x "$BIN" ] && installed_version | grep -q "^$VERSION "; then
    echo "code-server $VERSION is installed in $TARGET"
    exit 0
fi
started=$SECONDS

bash "$ROOT/scripts/setup-system.sh"

# Start clean: a half-finished install from an interrupted run is not reusable.
rm -rf "$TARGET"
mkdir -p "$TARGET"
# A package.json of its own keeps npm from installing into the project's node_modules.
printf '{ "name": "journey-maps-code-server", "private": true }\n' > "$TARGET/package.json"

export npm_config_unsafe_perm=true   # code-server refuses to install as root otherwise
# ...and npm 10 warns on every call that the option is deprecated: keep its output to errors.
export npm_config_loglevel=error
export npm_config_yes=true
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
# Native modules build against the machine's Node headers (no download of headers).
if [ -z "$(npm config get nodedir 2>/dev/null | grep -v '^undefined$' || true)" ] && [ -f /usr/include/node/node.h ]; then
    export npm_config_nodedir=/usr
fi

cd "$TARGET"
echo "code-server: npm install code-server@$VERSION"
npm install --no-save --ignore-scripts "code-server@$VERSION" >/dev/null

cd "$TARGET/node_modules/code-server/lib/vscode"
echo "code-server: installing VS Code's own modules"
npm install --omit=dev --ignore-scripts >/dev/null
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
echo "code-server: building native modules (node-pty, spdlog, kerberos...)"
npm rebuild --omit=dev >/dev/null
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev >/dev/null)

cd "$TARGET"
npm rebuild argon2 >/dev/null

installed_version | grep "^$VERSION " || { echo "code-server did not install: $BIN --version does not print $VERSION" >&2; exit 1; }
echo "code-server $VERSION installed in $TARGET in $((SECONDS - started)) s"
