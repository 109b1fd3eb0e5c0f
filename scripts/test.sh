#!/usr/bin/env bash
# Installs what the tests need (system packages only when missing), then runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils) # PDF report tests read PDFs with it
# lib/integration runs real mail servers from throwaway configs on 127.0.0.1 (never the system's).
services=()
[ -x /usr/sbin/postfix ] || { missing+=(postfix); services+=(postfix); }
[ -x /usr/sbin/dovecot ] || { missing+=(dovecot-core); services+=(dovecot); }
[ -x /usr/sbin/postgrey ] || { missing+=(postgrey); services+=(postgrey); }
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if [[ " ${services[*]} " == *" postfix "* ]]; then
    # "No configuration": Postfix installs without a system instance listening on port 25.
    echo "postfix postfix/main_mailer_type select No configuration" | $sudo debconf-set-selections
  fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
  # The packages just installed may have started system daemons (postgrey on localhost:10023):
  # the tests start their own, so stop and disable those.
  if [ ${#services[@]} -gt 0 ] && command -v systemctl >/dev/null 2>&1; then
    $sudo systemctl disable --now "${services[@]}" >/dev/null 2>&1 || true
  fi
fi

npm ci
npm test
