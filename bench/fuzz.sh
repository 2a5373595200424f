#!/usr/bin/env bash
# Runs one fuzz target in Jazzer's fuzzing mode for a set time (README: Fuzzing).
#   bench/fuzz.sh TARGET [MINUTES]      TARGET: numbers | number-print | ambiguity | text | docx | docx-file | pdf | list
# A crash stops the run; Jazzer writes the input into the target's seed folder under src/test/resources
# (…FuzzTestInputs/METHOD/crash-…), where `mvn test` then replays it as a regression test: fix the code, keep the file.
# The inputs that found new coverage go to .cifuzz-corpus/ (not committed). Under `mvn test` (and CI) the fuzz tests
# only replay their seeds.
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A TARGETS=(
    [numbers]='vn.cchc.number.VietnameseNumbersFuzzTest#parse'
    [number-print]='vn.cchc.number.VietnameseNumbersPropertiesTest#printedNumberReadsBack'
    [ambiguity]='vn.cchc.check.AmbiguityPropertiesTest#ambiguousSettledOrFlagged'
    [text]='vn.cchc.read.text.TextReaderFuzzTest#read'
    [docx]='vn.cchc.read.docx.DocxBodyFuzzTest#walk'
    [docx-file]='vn.cchc.read.docx.DocxBodyFuzzTest#read'
    [pdf]='vn.cchc.read.pdf.TableStrategiesFuzzTest#layout'
)
target=${1:-list}
minutes=${2:-5}
if [ "$target" = list ] || [ -z "${TARGETS[$target]:-}" ]; then
    echo "usage: bench/fuzz.sh TARGET [MINUTES]; targets:" >&2
    for t in "${!TARGETS[@]}"; do echo "  $t  ${TARGETS[$t]}" >&2; done
    exit 2
fi
log=target/fuzz-$target.log
mkdir -p target
echo "fuzzing $target (${TARGETS[$target]}) for $minutes min; libFuzzer's output in $log" >&2
status=0
JAZZER_FUZZ=1 mvn -B test -Dtest="${TARGETS[$target]}" -Djazzer.hooks=true -Djazzer.max_duration="${minutes}m" \
    -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1 || status=$?
# libFuzzer's closing lines: executions and speed, and what it found
grep -E '^#[0-9]+.*(DONE|pulse|NEW)|Done [0-9]+ runs|stat::number_of_executed_units|FuzzTestFinding|crash-|Tests run:' "$log" | tail -8 >&2 || true
exit $status
