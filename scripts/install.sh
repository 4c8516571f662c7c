#!/bin/sh
# `make install` and `make uninstall`: chattui on PATH, with shell completions for bash, zsh
# and fish and a man page, all generated from the binary by swift-argument-parser.
#
#   scripts/install.sh install|uninstall
#
# PREFIX defaults to /usr/local for root and ~/.local for anyone else; DESTDIR is put in
# front of every path (for packagers); BIN is the binary to install (default: the release
# build `make install` has just made).
set -eu
cd "$(dirname "$0")/.."
action=${1:-install}
if [ -z "${PREFIX:-}" ]; then
    if [ "$(id -u)" = 0 ]; then PREFIX=/usr/local; else PREFIX=$HOME/.local; fi
fi
root="${DESTDIR:-}$PREFIX"
BIN=${BIN:-.build/release/chattui}

# Everything installed, under the prefix: the uninstall removes exactly these.
files="bin/chattui
share/bash-completion/completions/chattui
share/zsh/site-functions/_chattui
share/fish/vendor_completions.d/chattui.fish
share/man/man1/chattui.1"

uninstall() {
    echo "$files" | while read -r file; do
        if [ -e "$root/$file" ]; then
            rm -f "$root/$file"
            echo "removed $root/$file"
        fi
    done
}

# swift-argument-parser's manual generator, built on its own from the checked-out package
# (it is not a product our package can build) into a scratch folder of its own.
manual_tool() {
    checkout=.build/checkouts/swift-argument-parser
    [ -d "$checkout" ] || swift package resolve >/dev/null
    swift build --package-path "$checkout" --scratch-path .build/tools --product generate-manual >&2
    echo .build/tools/debug/generate-manual
}

install_all() {
    [ -x "$BIN" ] || { echo "install: $BIN is missing; build it first (make install does)" >&2; exit 1; }
    staging=$(mktemp -d)
    trap 'rm -rf "$staging"' EXIT
    for shell in bash zsh fish; do
        "$BIN" --generate-completion-script "$shell" >"$staging/$shell"
    done
    "$(manual_tool)" "$BIN" --output-directory "$staging"
    install -D -m 0755 "$BIN" "$root/bin/chattui"
    install -D -m 0644 "$staging/bash" "$root/share/bash-completion/completions/chattui"
    install -D -m 0644 "$staging/zsh" "$root/share/zsh/site-functions/_chattui"
    install -D -m 0644 "$staging/fish" "$root/share/fish/vendor_completions.d/chattui.fish"
    install -D -m 0644 "$staging/chattui.1" "$root/share/man/man1/chattui.1"
    echo "$files" | while read -r file; do echo "installed $root/$file"; done
    case ":$PATH:" in
        *":$PREFIX/bin:"*) ;;
        *) echo "note: $PREFIX/bin is not on your PATH; add it to use chattui by name" ;;
    esac
    case "$PREFIX" in
        /usr|/usr/local) ;;
        *) echo "note: zsh finds the completions once $PREFIX/share/zsh/site-functions is in fpath" ;;
    esac
}

case "$action" in
    install) install_all ;;
    uninstall) uninstall ;;
    *) echo "usage: scripts/install.sh install|uninstall" >&2; exit 64 ;;
esac
