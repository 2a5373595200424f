#!/usr/bin/env bash
# Workbook benchmark: the cost of --format xlsx over a bare extraction, and its memory.
# Copies the test corpus into a temporary batch of COUNT documents (as batch-bench.sh does), then, ROUNDS times,
# alternating so that a noisy neighbour hurts both alike:
#   1. cchc extract --format jsonl (the bare extraction, default heap);
#   2. cchc extract --format xlsx with -Xmx256m (must succeed: the streaming workbook keeps memory flat).
# Reports each wall time, the ratio xlsx / jsonl per round, the workbook size and the xlsx run's max RSS.
# Usage: bench/xlsx-bench.sh [COUNT] [ROUNDS]     (default 1000 documents, 2 rounds)
# Environment: JOBS (default: cores), FORMATS (default "txt docx doc pdf").
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
count="${1:-1000}"
rounds="${2:-2}"
jobs="${JOBS:-$(nproc)}"
formats="${FORMATS:-txt docx doc pdf}"
. "$root/bench/batch-lib.sh"
jar="$(bench_jar)"

work="$(mktemp -d "${TMPDIR:-/tmp}/cchc-xlsx-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
bench_batch "$work/batch" "$count" "$formats" || exit 2
sources=("${bench_sources[@]}")
echo "bench: $count documents from ${#sources[@]} corpus files, jobs=$jobs, rounds=$rounds" >&2

now() { date +%s.%N; }
ratios=()
cpu_ratios=()
for ((r = 1; r <= rounds; r++)); do
  t0=$(now)
  /usr/bin/time -v -o "$work/time-jsonl.txt" java -jar "$jar" extract -q --jobs "$jobs" -f jsonl \
    -o "$work/out.jsonl" "$work/batch" 2> "$work/err-jsonl.txt" || true
  t1=$(now)
  set +e
  /usr/bin/time -v -o "$work/time-xlsx.txt" java -Xmx256m -jar "$jar" extract -q --jobs "$jobs" -f xlsx \
    -o "$work/out.xlsx" "$work/batch" 2> "$work/err-xlsx.txt"
  rc=$?
  set -e
  t2=$(now)
  if [ ! -s "$work/out.xlsx" ] || grep -q "OutOfMemoryError\|out of memory" "$work/err-xlsx.txt"; then
    echo "bench: FAILED: the xlsx run with -Xmx256m did not write a workbook (exit $rc)" >&2
    tail -5 "$work/err-xlsx.txt" >&2
    exit 1
  fi
  jsonl_s=$(echo "$t1 - $t0" | bc -l)
  xlsx_s=$(echo "$t2 - $t1" | bc -l)
  ratio=$(echo "$xlsx_s / $jsonl_s" | bc -l)
  ratios+=("$(printf '%.3f' "$ratio")")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time-xlsx.txt")
  # on a shared machine the wall time depends on the neighbours; CPU time (user + system) much less
  cpu() { awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$1"; }
  cpu_jsonl=$(cpu "$work/time-jsonl.txt")
  cpu_xlsx=$(cpu "$work/time-xlsx.txt")
  cpu_ratios+=("$(printf '%.3f' "$(echo "$cpu_xlsx / $cpu_jsonl" | bc -l)")")
  printf 'round %d: wall jsonl %.1f s, xlsx (-Xmx256m) %.1f s, ratio %.3f; CPU jsonl %s s, xlsx %s s, ratio %s; workbook %s bytes, xlsx max RSS %s MB, records %s\n' \
    "$r" "$jsonl_s" "$xlsx_s" "$ratio" "$cpu_jsonl" "$cpu_xlsx" "${cpu_ratios[-1]}" "$(stat -c %s "$work/out.xlsx")" "$rss" "$(wc -l < "$work/out.jsonl")"
done
echo "wall ratios: ${ratios[*]}; CPU ratios: ${cpu_ratios[*]} (target: at most 1.20)"
