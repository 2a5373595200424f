#!/usr/bin/env bash
# OCR speed: seconds per page of `cchc extract` on scans, against Tesseract alone on the very same cell images, in
# one run. cchc is run as users run it, through the ./cchc launcher (class-data sharing archive, and its choice of
# JIT compiler for the command line), with one job (--jobs 1), keeping its cell images and Tesseract command lines
# (-Dcchc.ocr.keep); the same commands are then replayed, one after the other, with nothing else around them.
# The ratio is cchc's wall time over Tesseract's: what start-up, rendering, deskewing, grid finding, cell cutting and
# the rest of the pipeline add.
#
# usage: bench/ocr-bench.sh SCAN... (default: the test scans under src/test/resources/ocr)
set -euo pipefail
cd "$(dirname "$0")/.."
./cchc --version > /dev/null # builds target/cchc.jar (and its class-data archive) first when the sources changed
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(src/test/resources/ocr/*.pdf src/test/resources/ocr/*.jpg src/test/resources/ocr/*.tif)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now() { date +%s.%N; }
printf '%-40s %6s %10s %12s %7s\n' file pages cchc_s/page tesseract_s/page ratio
for f in "${files[@]}"; do
    keep="$work/keep"
    rm -rf "$keep"
    t0=$(now)
    CCHC_JAVA_OPTS="-Dcchc.ocr.keep=$keep" ./cchc extract -q --jobs 1 --timeout 0 --format jsonl "$f" > "$work/out.jsonl" || true
    t1=$(now)
    pages=$(find "$keep" -name 'p*-*.pgm' -printf '%h %f\n' | sed 's/-.*//' | sort -u | wc -l)
    t2=$(now)
    while IFS=$'\t' read -r -a cmd; do
        OMP_THREAD_LIMIT=1 "${cmd[@]}" > /dev/null 2>&1
    done < "$keep/commands.txt"
    t3=$(now)
    awk -v f="$(basename "$f")" -v p="$pages" -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" \
        'BEGIN { x = (b - a) / p; y = (d - c) / p; printf "%-40s %6d %10.2f %12.2f %7.2f\n", f, p, x, y, x / y }'
done
