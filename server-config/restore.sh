#!/usr/bin/env bash
# Restores a backup made by backup.sh into the database named by PGDATABASE (and the other PG*
# variables), replacing the objects it contains. Stop FirstShift first; start it afterwards:
# Flyway sees the restored schema history and applies only newer migrations.
#   server-config/restore.sh firstshift-20261123T020000Z.dump
set -euo pipefail
file="${1:?usage: restore.sh <backup file>}"
pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error --single-transaction \
  --dbname="${PGDATABASE:?set PGDATABASE}" "$file"
echo "restored $file into $PGDATABASE"
