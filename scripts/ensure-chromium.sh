#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium: $CHROMIUM_PATH, else Debian's
# /usr/bin/chromium-headless-shell (Chromium's engine without its windows: what
# Playwright itself runs headless tests in, for half the CPU time of the whole
# browser), installed with apt-get when we may (Playwright cannot download its own
# browsers on our machines); and the fonts phones really have,
# which the word-break test measures headings with (tests/e2e/word-breaks.ts):
# Android's Roboto and the wide DejaVu Sans.
set -euo pipefail
fonts_missing() { ! fc-list 2>/dev/null | grep -q 'Roboto' || ! fc-list 2>/dev/null | grep -q 'DejaVu Sans'; }
packages=()
if [ -n "${CHROMIUM_PATH:-}" ]; then
  if [ ! -x "$CHROMIUM_PATH" ]; then
    echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable browser — point it at Chromium or Chrome, or unset it." >&2
    exit 1
  fi
elif [ ! -x /usr/bin/chromium-headless-shell ]; then
  packages+=(chromium-headless-shell fonts-liberation)
fi
if fonts_missing; then packages+=(fonts-roboto fonts-dejavu-core); fi
[ ${#packages[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing for the browser tests: ${packages[*]}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  exit 0
fi
echo "The browser tests need: ${packages[*]}. Run 'sudo apt-get install ${packages[*]}', or set CHROMIUM_PATH to a Chromium or Chrome binary (the fonts are still needed)." >&2
exit 1
