#!/bin/sh
# Part of `make test`: `scripts/install.sh` (what `make install` runs) puts a working chattui,
# its completions and its man page under a temporary prefix, and the uninstall takes away
# every file it put there. Uses the debug binary `swift build` has just made.
set -eu
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "install test: $*" >&2; exit 1; }

DESTDIR=$work/stage PREFIX=/opt/chattui BIN=.build/debug/chattui scripts/install.sh install >"$work/log" 2>&1 \
    || { cat "$work/log" >&2; fail "install failed"; }
root=$work/stage/opt/chattui

# The binary runs from where it was put
"$root/bin/chattui" --version >"$work/version" || fail "the installed binary does not run"
grep -q '[0-9]' "$work/version" || fail "--version printed no version"

# Bash completes the subcommands and an option's values
completions=$root/share/bash-completion/completions/chattui
words=$(bash -c '. "$1"; COMP_WORDS=(chattui as); COMP_CWORD=1; COMP_LINE="chattui as"; COMP_POINT=10
    _chattui chattui as chattui; printf "%s\n" "${COMPREPLY[@]}"' _ "$completions")
[ "$words" = "ask" ] || fail "bash completed 'chattui as' to '$words'"
sorts=$(bash -c '. "$1"; COMP_WORDS=(chattui tasks list --sort ""); COMP_CWORD=4; COMP_LINE="chattui tasks list --sort "
    COMP_POINT=${#COMP_LINE}; _chattui chattui "" --sort; printf "%s " "${COMPREPLY[@]}"' _ "$completions")
[ "$sorts" = "created due priority title " ] || fail "bash completed --sort to '$sorts'"
grep -q '^#compdef chattui' "$root/share/zsh/site-functions/_chattui" || fail "the zsh completion has no #compdef"
grep -q "^complete -c 'chattui'" "$root/share/fish/vendor_completions.d/chattui.fish" || fail "the fish completion completes nothing"
if command -v zsh >/dev/null; then zsh -n "$root/share/zsh/site-functions/_chattui" || fail "zsh cannot parse its completion"; fi
if command -v fish >/dev/null; then fish -n "$root/share/fish/vendor_completions.d/chattui.fish" || fail "fish cannot parse its completion"; fi

# The man page names every subcommand
page=$root/share/man/man1/chattui.1
grep -q '^\.Dt CHATTUI 1' "$page" || fail "the man page has no title line"
for command in ask tasks conversations show mcp; do
    grep -q "$command" "$page" || fail "the man page does not mention $command"
done
if command -v man >/dev/null; then
    MANWIDTH=80 man -l "$page" 2>/dev/null | grep -q 'to-do list' || fail "man cannot render the page"
fi

# The uninstall removes every file and nothing else
touch "$root/bin/someone-elses-tool"
DESTDIR=$work/stage PREFIX=/opt/chattui scripts/install.sh uninstall >"$work/log" 2>&1 || fail "uninstall failed"
left=$(find "$work/stage" -type f | sed "s|^$root/||")
[ "$left" = "bin/someone-elses-tool" ] || fail "after uninstall these files remain: $left"
echo "install test: passed (binary, bash/zsh/fish completions, man page, uninstall)"
