#!/usr/bin/env bash
# Installs, builds and starts SMTP Doctor on port 3000 (PORT overrides), with the built-in defaults.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci
npm run build
PORT="${PORT:-3000}" exec npm start
