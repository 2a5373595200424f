#!/usr/bin/env bash
# OCR speed: seconds per page of `cchc extract` on scans, against Tesseract alone on the very same cell images, in
# one run. cchc is run as users run it, through the ./cchc launcher (class-data sharing archive, and its choice of
# JIT compiler for the command line), with one job (--jobs 1), keeping its cell images and Tesseract command lines
# (-Dcchc.ocr.keep); the same commands are then replayed, one after the other, with nothing else around them.
# The ratio is cchc's wall time over Tesseract's: what start-up, rendering, deskewing, grid finding, cell cutting and
# the rest of the pipeline add. cchc cuts the next page while Tesseract reads this one, on a second core when there is
# one, so the CPU time (user + system, Tesseract's included) is given too: its ratio is what the pipeline costs where
# every core is busy (a batch with --jobs at the number of cores).
#
# The last line is the batch figure: all the files in one cchc run (start-up paid once), against all their Tesseract
# commands replayed.
#
# usage: bench/ocr-bench.sh SCAN... (default: the test scans under src/test/resources/ocr)
set -euo pipefail
cd "$(dirname "$0")/.."
./cchc --version > /dev/null # builds target/cchc.jar (and its class-data archive) first when the sources changed
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(src/test/resources/ocr/*.pdf src/test/resources/ocr/*.jpg src/test/resources/ocr/*.tif)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# wall, user and system seconds of a command (its children included: cchc's Tesseract processes)
TIMEFORMAT='%R %U %S'
printf '%-32s %5s %11s %11s %6s %11s %11s %6s\n' file pages cchc_s/page tess_s/page ratio cchc_cpu/p tess_cpu/p cpu_x
# run_and_replay NAME FILE...: cchc on the files in one invocation, then its Tesseract commands replayed; one line
run_and_replay() {
    local name=$1 keep="$work/keep" a b pages
    shift
    rm -rf "$keep"
    a=$( { time CCHC_JAVA_OPTS="-Dcchc.ocr.keep=$keep" ./cchc extract -q --jobs 1 --timeout 0 --format jsonl "$@" \
        > "$work/out.jsonl" 2> "$work/err.txt"; } 2>&1 ) || true
    # a page is a (document folder, page number) pair of the kept cell images
    pages=$(find "$keep" -name 'p*-*.pgm' -printf '%h %f\n' | sed 's/-.*//' | sort -u | wc -l)
    b=$( { time while IFS=$'\t' read -r -a cmd; do
        OMP_THREAD_LIMIT=1 "${cmd[@]}" > /dev/null 2>&1
    done < "$keep/commands.txt"; } 2>&1 )
    awk -v f="$name" -v p="$pages" -v a="$a" -v b="$b" 'BEGIN {
        split(a, x, " "); split(b, y, " ");
        cw = x[1] / p; tw = y[1] / p; cc = (x[2] + x[3]) / p; tc = (y[2] + y[3]) / p;
        printf "%-32s %5d %11.2f %11.2f %6.2f %11.2f %11.2f %6.2f\n", f, p, cw, tw, cw / tw, cc, tc, cc / tc }'
}
for f in "${files[@]}"; do
    run_and_replay "$(basename "$f")" "$f"
done
# the batch: every file above in ONE cchc run, as an analyst runs it on a folder (start-up paid once; the launcher
# then keeps the optimising compiler, as for any folder), against all its Tesseract commands replayed
[ ${#files[@]} -lt 2 ] || run_and_replay "all ${#files[@]} files, one run" "${files[@]}"
