#!/usr/bin/env bash
# Nightly backup: a pg_dump of the database and an archive of LMS_VAR_DIR (media, private files).
set -euo pipefail
set -a; source /etc/lms/lms.env; set +a
BACKUP_DIR="${BACKUP_DIR:-/srv/lms/backups}"
BACKUP_KEEP_DAYS="${BACKUP_KEEP_DAYS:-14}"
stamp="$(date +%Y%m%d-%H%M%S)"
mkdir -p "$BACKUP_DIR"
pg_dump --format=custom --file "$BACKUP_DIR/lms-$stamp.dump" "$DATABASE_URL"
tar --create --gzip --file "$BACKUP_DIR/lms-var-$stamp.tar.gz" --directory "$LMS_VAR_DIR" media private
find "$BACKUP_DIR" -name 'lms-*' -mtime "+$BACKUP_KEEP_DAYS" -delete
echo "Backup written: $BACKUP_DIR/lms-$stamp.dump and lms-var-$stamp.tar.gz"
