#!/usr/bin/env bash
# Warehouse benchmark (issue 13): the cost of loading into a database against extracting to JSON Lines, in one run.
# Copies the corpus (as batch-bench.sh does) into COUNT documents, each made distinct (a few bytes appended, which
# the readers ignore, so that each is a report of its own for the database's content key), then
# times, ROUNDS times over in alternation so machine noise hits all three alike:
#   1. cchc extract --format jsonl -o out.jsonl      (the baseline)
#   2. cchc extract --db FILE.db                     (SQLite, created empty each round)
#   3. cchc extract --db jdbc:postgresql://...       (PostgreSQL, a fresh schema each round)
# and prints each one's median wall time and its ratio to the baseline (target: at most 1.25).
# PostgreSQL: PGURL (e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres); when unset, a throwaway server is
# started from the Debian package's binaries on a free loopback port (as the postgres user when run as root).
# Usage: bench/warehouse-bench.sh [COUNT] [ROUNDS]   (default 1000 documents, 3 rounds)
# Environment: JOBS (default: cores), FORMATS (default "txt docx doc pdf").
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-1000}"
rounds="${2:-3}"
jobs="${JOBS:-$(nproc)}"
formats="${FORMATS:-txt docx doc pdf}"
. "$root/bench/batch-lib.sh"
jar="$(bench_jar)"

work="$(mktemp -d "${TMPDIR:-/tmp}/cchc-wbench.XXXXXX")"
pgdata=""
cleanup() {
  if [ -n "$pgdata" ]; then
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata/db" -m immediate stop >/dev/null 2>&1 || true
    else "$pgbin/pg_ctl" -D "$pgdata/db" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$pgdata"
  fi
  rm -rf "$work"
}
trap cleanup EXIT

bench_batch "$work/batch" "$count" "$formats" distinct || exit 2
sources=("${bench_sources[@]}")
distinct=$(sha256sum "$work"/batch/* | awk '{print $1}' | sort -u | wc -l)
echo "bench: $count documents ($distinct distinct contents) from ${#sources[@]} corpus files, jobs=$jobs, rounds=$rounds" >&2

pgurl="${PGURL:-}"
if [ -z "$pgurl" ]; then
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$pgbin" ]; then echo "bench: no PostgreSQL (install the Debian package postgresql or set PGURL)" >&2; exit 2; fi
  pgdata="$(mktemp -d "${TMPDIR:-/tmp}/cchc-wbench-pg.XXXXXX")"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  as=()
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$pgdata"; as=(runuser -u postgres --); fi
  "${as[@]}" "$pgbin/initdb" -D "$pgdata/db" -U postgres -A trust -E UTF8 --locale=C >/dev/null
  # a real server's durability settings (fsync on): the benchmark measures what a warehouse would pay
  "${as[@]}" "$pgbin/pg_ctl" -D "$pgdata/db" -w -l "$pgdata/log" \
    -o "-p $port -k $pgdata -c listen_addresses=127.0.0.1" start >/dev/null
  pgurl="jdbc:postgresql://127.0.0.1:$port/postgres?user=postgres"
fi

now() { date +%s.%N; }
declare -a tj ts tp
for ((r = 0; r < rounds; r++)); do
  rm -f "$work"/w.db*
  schema="bench$r"
  t0=$(now); java -jar "$jar" extract -q --jobs "$jobs" --format jsonl -o "$work/out.jsonl" "$work/batch" 2>>"$work/err.txt" || true; t1=$(now)
  java -jar "$jar" extract -q --jobs "$jobs" --db "$work/w.db" "$work/batch" 2>>"$work/err.txt" || true; t2=$(now)
  java -jar "$jar" extract -q --jobs "$jobs" --db "$pgurl" --db-schema "$schema" "$work/batch" 2>>"$work/err.txt" || true; t3=$(now)
  tj+=("$(echo "$t1 - $t0" | bc)"); ts+=("$(echo "$t2 - $t1" | bc)"); tp+=("$(echo "$t3 - $t2" | bc)")
  echo "bench: round $((r + 1)): jsonl ${tj[-1]} s, sqlite ${ts[-1]} s, postgresql ${tp[-1]} s" >&2
done

records=$(grep -c . "$work/out.jsonl" || true)
mkdir "$work/classes"
javac -nowarn -d "$work/classes" -cp "$jar" "$root/bench/WarehouseCount.java"
sqlite_records=$(java -cp "$jar:$work/classes" WarehouseCount "jdbc:sqlite:$work/w.db" 2>/dev/null || echo "?")
pg_records=$(java -cp "$jar:$work/classes" WarehouseCount "$pgurl" "bench$((rounds - 1))" 2>/dev/null || echo "?")
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
mj=$(median "${tj[@]}"); ms=$(median "${ts[@]}"); mp=$(median "${tp[@]}")
awk -v n="$count" -v mj="$mj" -v ms="$ms" -v mp="$mp" -v rec="$records" -v srec="$sqlite_records" -v prec="$pg_records" 'BEGIN {
  printf "documents            %d\n", n
  printf "jsonl (baseline)     %.1f s median, %d records\n", mj, rec
  printf "sqlite --db          %.1f s median, ratio %.2f, %s records in the database\n", ms, ms / mj, srec
  printf "postgresql --db      %.1f s median, ratio %.2f, %s records in the database\n", mp, mp / mj, prec
}'
grep -v '^cchc: .*warning' "$work/err.txt" | sort | uniq -c | sort -rn | head -5 >&2 || true
