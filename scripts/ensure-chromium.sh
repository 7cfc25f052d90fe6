#!/usr/bin/env bash
# Makes sure the browser tests have a Chromium: $CHROMIUM_PATH, else Debian's
# /usr/bin/chromium, installed with apt-get when we may (Playwright cannot
# download its own browsers on our machines).
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] && exit 0
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable browser — point it at Chromium or Chrome, or unset it." >&2
  exit 1
fi
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's Chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null
  exit 0
fi
echo "The browser tests need Chromium: run 'sudo apt-get install chromium', or set CHROMIUM_PATH to a Chromium or Chrome binary." >&2
exit 1
