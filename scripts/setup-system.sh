#!/usr/bin/env bash
# Debian packages the tests and the browser-based features need. Each is skipped when present.
#   chromium                         headless browser for PNG/SVG export tests and the end-to-end tests
#   libkrb5-dev libxkbfile-dev
#   libsecret-1-dev                  headers for code-server's native modules (scripts/install-code-server.sh)
#   ripgrep                          code-server's search; its own postinstall would download rg from GitHub
#   unzip                            lists the files of the packaged .vsix (tests/extension/vsix.test.ts)
#   poppler-utils                    pdftotext/pdfinfo read the PDF export in its tests
#   neovim                           a second LSP client: the headless Neovim test of `journey lsp --stdio`
set -euo pipefail
packages=(chromium libkrb5-dev libxkbfile-dev libsecret-1-dev ripgrep unzip poppler-utils neovim)
need=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || need+=("$package")
done
if [ ${#need[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "setup-system: installing ${need[*]}"
    # Another apt (unattended upgrades) may hold the lock: wait for it rather than fail.
    $SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
