#!/bin/sh
# README command 1 (and .ci/run): the browsers the dev server and the tests drive, then the npm packages.
# Works as a user with sudo and as root without it. Installs only what is missing:
#   - Debian: chromium and firefox-esr from Debian's packages (/usr/bin/chromium, /usr/bin/firefox-esr);
#   - Ubuntu: chromium is a snap there and there is no firefox-esr, so it installs the chromium snap and uses
#     Ubuntu's Firefox; set CHROMIUM_PATH=/snap/bin/chromium and FIREFOX_PATH=/snap/bin/firefox for `npm test`
#     (`npm run dev` finds them by itself);
#   - anything else: says what to install, then goes on with npm.
# Set CHROMIUM_PATH / FIREFOX_PATH to use browsers you already have.
#   sh scripts/setup.sh
set -eu
cd "$(dirname "$0")/.."

say() { printf '%s\n' "setup: $*"; }
fail() { printf '%s\n' "setup: $*" >&2; exit 1; }

# Node: what package.json's engines says (^20.19.0 || >=22.12.0; the README says why 20 and not 22).
command -v node >/dev/null 2>&1 || fail "Node.js is missing: install Node 20.19 or newer (nvm install, see .nvmrc), then run this again."
node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit((a === 20 && b >= 19) || (a === 22 && b >= 12) || a > 22 ? 0 : 1)' \
  || fail "Node $(node -v) does not fit package.json's engines (^20.19.0 || >=22.12.0): nvm install (see .nvmrc), then run this again."

# Root runs commands as they are; anyone else through sudo, when there is one.
if [ "$(id -u)" = 0 ]; then
  as_root() { "$@"; }
elif command -v sudo >/dev/null 2>&1; then
  as_root() { sudo "$@"; }
else
  as_root() { [ "$1" = sh ] && shift 2; fail "this step needs root, and there is no sudo: as root, run \`$*\`, then run this script again."; }
fi

has() { [ -n "$1" ] && [ -x "$1" ]; }
chromium="${CHROMIUM_PATH:-}"
firefox="${FIREFOX_PATH:-}"

distro=other
if [ -r /etc/os-release ]; then
  # shellcheck disable=SC1091
  . /etc/os-release
  case " ${ID:-} ${ID_LIKE:-} " in
    *" ubuntu "*) distro=ubuntu ;;
    *" debian "*) distro=debian ;;
  esac
fi

case "$distro" in
  debian)
    missing=""
    has "$chromium" || [ -x /usr/bin/chromium ] || missing="$missing chromium"
    has "$firefox" || [ -x /usr/bin/firefox-esr ] || missing="$missing firefox-esr"
    if [ -n "$missing" ]; then
      say "installing$missing from Debian's packages"
      as_root sh -c "apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y$missing"
    fi
    ;;
  ubuntu)
    if ! has "$chromium" && [ ! -x /snap/bin/chromium ]; then
      command -v snap >/dev/null 2>&1 || fail "Ubuntu's chromium is a snap, and snap is missing: install Chromium yourself and set CHROMIUM_PATH."
      say "installing the chromium snap (Ubuntu has no chromium .deb)"
      as_root snap install chromium
    fi
    if ! has "$firefox" && [ ! -x /snap/bin/firefox ] && [ ! -x /usr/bin/firefox ]; then
      say "installing the firefox snap (Ubuntu has no firefox-esr)"
      as_root snap install firefox
    fi
    say "for npm test, use these browsers:"
    say "  export CHROMIUM_PATH=${chromium:-/snap/bin/chromium} FIREFOX_PATH=${firefox:-$( [ -x /usr/bin/firefox ] && echo /usr/bin/firefox || echo /snap/bin/firefox )}"
    ;;
  *)
    has "$chromium" || [ -x /usr/bin/chromium ] \
      || say "no Chromium found: install one and set CHROMIUM_PATH to it (npm run dev and npm test need it)"
    has "$firefox" || [ -x /usr/bin/firefox-esr ] \
      || say "no Firefox found: install one and set FIREFOX_PATH to it (npm run dev:firefox and npm test need it)"
    ;;
esac

say "installing npm packages (npm ci)"
npm ci --no-audit --no-fund
