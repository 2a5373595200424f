#!/usr/bin/env bash
# Hostile-input memory benchmark (issue 18): peak memory of one cchc run on each of these inputs, generated from the
# corpus report 004.txt in a temporary folder:
#   line35   a 35 MB single line of tab-separated cells
#   text200  a 200 MB text file (004.txt over and over), run with --max-size 250
#            (both with --jobs 2 and no --timeout, so that the peak is the whole run's)
#   table95  a 95 MB text report (004.txt, then its statistics rows over and over), run with -Xmx512m and --jobs 1
#            beside 004.txt (the case that lost the whole batch to an OutOfMemoryError in the main thread): the good
#            report's rows must all be written (to -o, renamed into place only when the run completes) and the big
#            file must fail with one line
# For each: maximum resident set size (GNU time), wall and CPU time, exit code, and the failure line. line35 and
# text200 run with the JVM's default heap (a quarter of the machine's memory), as the issue measured them.
# Usage: bench/hostile-memory.sh [JAR]     (default: target/cchc.jar, built when missing or older than the sources)
# Environment: CASES (default "line35 text200 table95": the runs to make).
# Repeatable: the inputs are rebuilt the same way each time and removed at the end. Needs /usr/bin/time (GNU).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="${1:-$root/target/cchc.jar}"
report="$root/src/test/resources/corpus/004.txt"
if [ -z "${1:-}" ] && { [ ! -f "$jar" ] || [ -n "$(find "$root/pom.xml" "$root/src/main" -newer "$jar" -print -quit)" ]; }; then
  echo "bench: building $jar" >&2
  (cd "$root" && mvn -B -q -DskipTests -Dassembly.skipAssembly=true package >&2)
fi
[ -x /usr/bin/time ] || { echo "bench: needs GNU time (/usr/bin/time; Debian package 'time')" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/cchc-hostile.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 - "$report" "$work" <<'EOF'
import sys
report, work = open(sys.argv[1], 'rb').read(), sys.argv[2]
rows = b''.join(l + b'\n' for l in [l for l in report.split(b'\n') if l.count(b'\t') >= 3][2:])
with open(work + '/line35.txt', 'wb') as f:
    f.write('STT\tChỉ tiêu\t'.encode())
    cells = b'123\t' * 65536
    for _ in range((35 << 20) // len(cells)): f.write(cells)
    f.write(b'\n')
with open(work + '/text200.txt', 'wb') as f:
    for _ in range((200 << 20) // len(report) + 1): f.write(report)
with open(work + '/table95.txt', 'wb') as f:
    f.write(report)
    n = len(report)
    while n < 95 << 20:
        f.write(rows); n += len(rows)
EOF
cp "$report" "$work/good.txt"
expected=$(java -jar "$jar" extract -q "$work/good.txt" | wc -l)

# run NAME JAVA_OPTS -- CCHC_ARGS...
run() {
  local name="$1" opts="$2"; shift 3
  set +e
  /usr/bin/time -v -o "$work/time-$name.txt" java $opts -jar "$jar" extract -o "$work/out-$name.csv" "$@" \
    2> "$work/err-$name.txt"
  local rc=$?
  set -e
  awk -v name="$name" -v rc="$rc" -v size="$(du -m "$work/$name.txt" | cut -f1)" '
    /Maximum resident set size/ { split($0, a, ": "); rss = a[2] / 1024 }
    /Elapsed \(wall clock\)/ { n = split($0, a, ": "); wall = a[n] }
    /(User|System) time \(seconds\)/ { split($0, a, ": "); cpu += a[2] }
    END { printf "%-8s %4d MB input  max RSS %6.0f MB  wall %s  CPU %.1f s  exit %d\n", name, size, rss, wall, cpu, rc }' \
    "$work/time-$name.txt"
  { grep -v ' file(s) read' "$work/err-$name.txt" | grep -v ': warning: ' || true; } | sed "s|$work/||g; s/^/         /" | cut -c1-200 | head -3
  if grep -q 'OutOfMemoryError\|Exception in thread' "$work/err-$name.txt"; then echo "         (a stack trace reached standard error)"; fi
}

echo "bench: $(java -version 2>&1 | head -1), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), jar $jar" >&2
cases=" ${CASES:-line35 text200 table95} "
case "$cases" in *" line35 "*) run line35 "" -- --jobs 2 --timeout 0 --max-size 250 "$work/line35.txt" ;; esac
case "$cases" in *" text200 "*) run text200 "" -- --jobs 2 --timeout 0 --max-size 250 "$work/text200.txt" ;; esac
case "$cases" in *" table95 "*)
  run table95 "-Xmx512m" -- --jobs 1 "$work/good.txt" "$work/table95.txt"
  got=$(wc -l < "$work/out-table95.csv" 2>/dev/null || echo 0)
  echo "table95: the good report's rows written beside it: $((got > 0 ? got - 1 : 0)) of $((expected - 1))" ;;
esac
