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

# PostgreSQL and Redis for the shared-store tests (the contract suite, shared limits, two
# instances): the machine's own when they answer on 127.0.0.1, else installed and started here.
answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if ! answers 5432; then
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y postgresql
  $sudo service postgresql start || $sudo pg_ctlcluster "$(ls /etc/postgresql | sort -V | tail -1)" main start
  for _ in $(seq 1 30); do answers 5432 && break; sleep 1; done
  # A fresh cluster trusts no TCP login: give the test role a password and say so to the tests.
  as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
  as_postgres psql -q -c "ALTER USER postgres PASSWORD 'smtp-doctor-test'"
  as_postgres createdb test 2>/dev/null || true
  export SMTP_DOCTOR_TEST_DATABASE_URL="postgres://postgres:smtp-doctor-test@127.0.0.1:5432/test"
fi
if ! answers 6379; then
  command -v redis-server >/dev/null 2>&1 || {
    $sudo apt-get update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y redis-server
  }
  # Loopback only, nothing kept on disk: it holds test data and nothing else.
  redis-server --bind 127.0.0.1 --port 6379 --save "" --appendonly no --daemonize yes
  for _ in $(seq 1 30); do answers 6379 && break; sleep 1; done
fi

npm ci
npm test
