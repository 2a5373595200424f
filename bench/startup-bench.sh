#!/usr/bin/env bash
# Start-up benchmark: the wall time of one small report end to end, against a bare `java -version` in the same run.
#   1. java -version                                  (the floor: JVM start alone)
#   2. java -jar JAR extract samples/004.txt          (no class-data sharing archive of our own)
#   3. bin/cchc extract samples/004.txt               (the launcher: with target/cchc.jsa when the build made one)
#   4. bin/cchc extract samples/000.pdf               (a small PDF, 100 KB, through the launcher)
# Each is run ROUNDS times, interleaved so that machine noise hits all alike; the median is reported, and its ratio to
# the median of `java -version`. CPU time (user + system) is given too: on a shared, loaded machine it moves less
# than wall time.
# Usage: bench/startup-bench.sh [ROUNDS] [JAR]     (default 15 rounds, target/cchc.jar)
# Environment: BASELINE_JAR=path/to/an/older/cchc.jar adds a row for that jar on the same report (before/after).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-15}"
jar="${2:-$root/target/cchc.jar}"
[ -f "$jar" ] || { echo "bench: $jar missing: run mvn -B -DskipTests package first" >&2; exit 2; }
cd "$root"

ms() { # runs "$@" once, output discarded; prints "wall,cpu" in milliseconds (cpu = user + system, all threads)
  local TIMEFORMAT='%R %U %S' t
  t=$( { time "$@" >/dev/null 2>&1; } 2>&1 ) || true
  awk -v t="$t" 'BEGIN {split(t, a, " "); printf "%d,%d", a[1] * 1000, (a[2] + a[3]) * 1000}'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

declare -A times
names=(java-version jar-txt launcher-txt launcher-pdf)
[ -n "${BASELINE_JAR:-}" ] && names+=(baseline-txt)
for ((i = 0; i < rounds; i++)); do
  times[java-version]+="$(ms java -version) "
  [ -n "${BASELINE_JAR:-}" ] && times[baseline-txt]+="$(ms java -jar "$BASELINE_JAR" extract -q samples/004.txt) "
  times[jar-txt]+="$(ms java -jar "$jar" extract -q samples/004.txt) "
  times[launcher-txt]+="$(ms "$root/cchc" extract -q samples/004.txt) "
  times[launcher-pdf]+="$(ms "$root/cchc" extract -q samples/000.pdf) "
done

col() { echo "${times[$1]}" | tr ' ' '\n' | grep . | cut -d, -f"$2" | median; }
wall0=$(col java-version 1)
cpu0=$(col java-version 2)
printf '%-14s %10s %6s %10s %6s\n' "run" "wall" "ratio" "cpu" "ratio"
for n in "${names[@]}"; do
  w=$(col "$n" 1)
  c=$(col "$n" 2)
  printf '%-14s %7s ms %6s %7s ms %6s\n' "$n" "$w" "$(awk -v a="$w" -v b="$wall0" 'BEGIN {printf "%.2f", a / b}')" \
    "$c" "$(awk -v a="$c" -v b="$cpu0" 'BEGIN {printf "%.2f", a / b}')"
done
echo "($rounds rounds, $(nproc) cores; jar $jar; archive: $( [ -f "$root/target/cchc.jsa" ] && echo target/cchc.jsa || echo none))"
