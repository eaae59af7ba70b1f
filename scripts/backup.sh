#!/usr/bin/env bash
# Backup and restore of the platform's database (docs/operations.md).
#
#   scripts/backup.sh dump    <DATABASE_URL> <file.dump>      pg_dump, custom format (server running)
#   scripts/backup.sh restore <file.dump> <DATABASE_URL>      pg_restore into an existing, empty database
#   scripts/backup.sh embedded-backup  <DATA_DIR> <file.tar.gz>   the embedded PostGIS (server stopped)
#   scripts/backup.sh embedded-restore <file.tar.gz> <DATA_DIR>   into an empty or absent DATA_DIR
#
# A server dump is consistent while the API runs (one snapshot). The embedded database is one
# process's files: copy them only while `npm start` is stopped (the script refuses otherwise).
# After a restore, `npm run audit:verify -- --head <id>:<hash>` checks the history against a
# head published before the backup.
set -euo pipefail

die() { echo "backup.sh: $*" >&2; exit 1; }
[ $# -eq 3 ] || die "usage: $0 dump|restore|embedded-backup|embedded-restore <from> <to> (see the header)"
cmd=$1 from=$2 to=$3

case "$cmd" in
  dump)
    # The tile cache (unlogged) is re-rendered on demand: not worth a backup.
    pg_dump --format=custom --no-owner --no-privileges --no-unlogged-table-data --file="$to" "$from"
    echo "dumped $(pg_restore --list "$to" | grep -c ' TABLE DATA ') tables to $to ($(du -h "$to" | cut -f1))"
    ;;
  restore)
    [ -f "$from" ] || die "no dump at $from"
    # PostGIS first (the dump names it but an unprivileged owner may not create it), then everything, in one transaction.
    psql -q -v ON_ERROR_STOP=1 -c 'create extension if not exists postgis' "$to"
    pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$to" \
      --use-list=<(pg_restore --list "$from" | grep -v ' EXTENSION ') "$from"
    echo "restored $from into $(echo "$to" | sed -E 's#//[^@]*@#//#')"
    ;;
  embedded-backup)
    [ -d "$from/pglite" ] || die "no embedded database under $from (expected $from/pglite)"
    # PGlite keeps postmaster.pid while it runs; a copy of a running database is not a backup.
    [ ! -e "$from/pglite/postmaster.pid" ] || die "the embedded database in $from is in use: stop the server first"
    tar -czf "$to" -C "$from" pglite
    echo "archived $from/pglite to $to ($(du -h "$to" | cut -f1))"
    ;;
  embedded-restore)
    [ -f "$from" ] || die "no archive at $from"
    [ ! -e "$to/pglite" ] || die "$to/pglite exists: restore into an empty DATA_DIR (move the old one aside)"
    mkdir -p "$to"
    tar -xzf "$from" -C "$to"
    echo "restored $from into $to/pglite"
    ;;
  *) die "unknown command $cmd" ;;
esac
