#!/usr/bin/env bash
# Backs up FirstShift's PostgreSQL database into one compressed file (pg_dump custom format).
# Connection from the usual libpq variables: PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE.
#   server-config/backup.sh [file] [schema]
# file defaults to firstshift-<UTC time>.dump; schema (optional) limits the dump to one schema.
# The dump is consistent (one snapshot) while FirstShift keeps running.
set -euo pipefail
file="${1:-firstshift-$(date -u +%Y%m%dT%H%M%SZ).dump}"
schema_args=()
[ -n "${2:-}" ] && schema_args=(--schema="$2")
pg_dump --format=custom --compress=6 --no-owner --no-privileges "${schema_args[@]}" --file="$file"
echo "$file"
