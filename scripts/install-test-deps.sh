#!/usr/bin/env bash
# Installs from Debian what `npm test` needs and this machine lacks: the three
# engines (Chromium, Firefox ESR, WebKitGTK's WebDriver under Xvfb), the Orca
# screen reader with its companions, and xmllint. Run by .ci/run, and by a newcomer
# before `npm test` (README). Installs nothing that is already there.
set -euo pipefail

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive

missing=()
have_chromium() {
  [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ] && return 0
  command -v chromium >/dev/null 2>&1 || [ -x /usr/lib/chromium/chromium ]
}
# With its recommends: fonts-liberation comes with them, and layout tests need real fonts.
have_chromium || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
# The screen-reader test (test/screen-reader/): Orca, its AT-SPI bus and Python
# bindings, a window manager and a keyboard for Xvfb.
[ -x /usr/bin/orca ] || missing+=(orca)
[ -d /usr/lib/python3/dist-packages/pyatspi ] || missing+=(python3-pyatspi gir1.2-atspi-2.0)
[ -x /usr/libexec/at-spi-bus-launcher ] || missing+=(at-spi2-core)
command -v dbus-daemon >/dev/null 2>&1 || missing+=(dbus)
command -v openbox >/dev/null 2>&1 || missing+=(openbox)
command -v xdotool >/dev/null 2>&1 || missing+=(xdotool)
command -v xdpyinfo >/dev/null 2>&1 || missing+=(x11-utils)
# The cXML messages' DTD check (test/node/cxml-dtd.test.mjs).
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)

if [ ${#missing[@]} -gt 0 ]; then
  echo "== Installing from Debian: ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ${#missing[@]} -eq 0 ]; then
  echo "== Everything npm test needs is installed."
fi
