#!/usr/bin/env bash
# Batch benchmark: copies the test corpus into a temporary folder until it holds COUNT documents, then measures
#   1. the full extraction (cchc extract --jobs JOBS): documents/second, peak heap after GC, max RSS;
#   2. a bare PDFBox / POI parse of the same files on the same number of threads (bench/BareParse.java);
#   3. the same extraction with -Xmx512m, which must succeed and write the same bytes.
# Usage: bench/batch-bench.sh [COUNT]      (default 1000 documents)
# Environment: JOBS (default: cores), FORMATS (default "txt docx doc pdf": the extensions copied from the corpus).
# Repeatable: the batch is rebuilt the same way each time and removed at the end.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-1000}"
jobs="${JOBS:-$(nproc)}"
formats="${FORMATS:-txt docx doc pdf}"
. "$root/bench/batch-lib.sh"
jar="$(bench_jar)"

work="$(mktemp -d "${TMPDIR:-/tmp}/cchc-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
bench_batch "$work/batch" "$count" "$formats" || exit 2
sources=("${bench_sources[@]}")
echo "bench: $count documents from ${#sources[@]} corpus files ($(for f in "${sources[@]}"; do basename "$f"; done | tr '\n' ' ')), jobs=$jobs" >&2

now() { date +%s.%N; }

# 1. full extraction; exit code 1 (some files failed) is reported, not fatal
t0=$(now)
set +e
/usr/bin/time -v -o "$work/time.txt" java -Xlog:gc:file="$work/gc.log" -jar "$jar" extract -q --jobs "$jobs" \
  --output "$work/out.csv" "$work/batch" 2> "$work/err.txt"
rc=$?
set -e
t1=$(now)
failed=$(grep '^cchc: ' "$work/err.txt" | grep -vc ': warning: ' || true)
records=$(($(wc -l < "$work/out.csv") - 1))

# 2. bare parse of the same files; compiled first so that the source launcher's compile time is not counted
mkdir "$work/classes"
javac -nowarn -d "$work/classes" -cp "$jar" "$root/bench/BareParse.java"
t2=$(now)
/usr/bin/time -v -o "$work/time-bare.txt" java -cp "$jar:$work/classes" BareParse --jobs "$jobs" "$work"/batch/* \
  > "$work/bare.txt" 2>/dev/null || true
t3=$(now)
bare_line=$(grep '^bare_seconds=' "$work/bare.txt" || true)

# 3. bounded heap: must succeed and give the same output
set +e
java -Xmx512m -jar "$jar" extract -q --jobs "$jobs" --output "$work/out-512.csv" "$work/batch" 2> "$work/err-512.txt"
rc512=$?
set -e
if [ "$rc512" -le 1 ] && cmp -s "$work/out.csv" "$work/out-512.csv" && ! grep -q OutOfMemory "$work/err-512.txt"; then
  heap512="ok (same output)"
else
  heap512="FAILED (exit $rc512)"
fi

awk -v n="$count" -v rc="$rc" -v failed="$failed" -v records="$records" -v t0="$t0" -v t1="$t1" -v t2="$t2" -v t3="$t3" \
    -v bare="$bare_line" -v heap512="$heap512" -v gclog="$work/gc.log" -v timelog="$work/time.txt" -v barelog="$work/time-bare.txt" '
function cpu(file,   line, c, t) {
  c = 0; close(file)
  while ((getline line < file) > 0) if (line ~ /(User|System) time \(seconds\)/) { split(line, t, ": "); c += t[2] }
  return c
}
BEGIN {
  full = t1 - t0; barewall = t3 - t2
  while ((getline line < gclog) > 0) {
    if (match(line, /[0-9]+M->[0-9]+M/)) {
      split(substr(line, RSTART, RLENGTH - 1), a, "M->")
      if (a[1] + 0 > peak) peak = a[1] + 0
      if (a[2] + 0 > live) live = a[2] + 0
    }
  }
  while ((getline line < timelog) > 0) if (line ~ /Maximum resident set size/) { split(line, b, ": "); rss = b[2] / 1024 }
  split(bare, kv, /[ =]/); inproc = kv[2]
  printf "documents           %d (%d failed, exit %d), %d records\n", n, failed, rc, records
  fullcpu = cpu(timelog); barecpu = cpu(barelog)
  printf "full extraction     %.2f s wall, %.2f s CPU (JVM start included), %.1f documents/s\n", full, fullcpu, n / full
  printf "bare parse          %.2f s wall, %.2f s CPU (JVM start included), %s s inside the JVM\n", barewall, barecpu, inproc
  printf "ratio full / bare   %.2f wall, %.2f CPU\n", full / barewall, fullcpu / barecpu
  printf "peak heap           %d MB used before a GC, %d MB at most still live after one (-Xlog:gc); max RSS %.0f MB\n", peak, live, rss
  printf "-Xmx512m run        %s\n", heap512
}'
if [ "$failed" -gt 0 ]; then
  echo "bench: $failed document(s) failed, first reasons:" >&2
  grep -v ': warning: ' "$work/err.txt" | sed 's/^cchc: [^:]*: //' | sort | uniq -c | head -5 >&2
fi
case "$heap512" in FAILED*) exit 1 ;; esac
