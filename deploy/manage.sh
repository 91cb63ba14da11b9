#!/usr/bin/env bash
# manage.py with the production environment: deploy/manage.sh migrate --noinput
set -euo pipefail
cd "$(dirname "$0")/.."
set -a; source /etc/lms/lms.env; set +a
exec .venv/bin/python manage.py "$@"
