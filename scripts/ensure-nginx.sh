#!/usr/bin/env bash
# Makes sure the browser tests (every Playwright project is served by nginx) have nginx
# with the brotli module: Debian's packages, installed with apt-get when we may.
set -euo pipefail
nginx="${NGINX_PATH:-/usr/sbin/nginx}"
module=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
[ -x "$nginx" ] && [ -f "$module" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing nginx and its brotli module for the served tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx libnginx-mod-http-brotli-static >/dev/null
  exit 0
fi
echo "The served tests need nginx with brotli: run 'sudo apt-get install -y --no-install-recommends nginx libnginx-mod-http-brotli-static'." >&2
exit 1
