#!/usr/bin/env bash
# Harsh scans of a table printed without lines, the 004 report in two typefaces:
#   unruled-dejavu  all 25 pages of src/test/resources/corpus/004-unruled.pdf (004.docx with its table borders set to
#                   nil, exported by LibreOffice in DejaVu Serif)
#   nolines-times   all 20 pages of the corpus' 004.pdf (Times-metric Liberation Serif) with every drawn line left out
#                   (MakeScan's nolines)
# each "printed and scanned" by bench/scans/MakeScan.java at 200 dpi, tilted 1.5°, JPEG q60, heavy speckle (0.002),
# grey paper, a grey stamp over the value column of every page. The sources' fonts are embedded, so the scans are the
# same on any machine. Each is read by cchc (--jobs 1) and scored against the gold of 004 with the corpus' score.py;
# the rows behind the figures (missed, wrong, extra) go to OUTDIR/NAME.jsonl.detail. The scans (5–8 MB) stay under
# OUTDIR, never committed.
#
# usage: bench/scans/harsh-scan.sh [OUTDIR] [NAME...]
#   OUTDIR defaults to target/harsh-scan. SCORE names score.py (default /work/shared/tools/score.py), GOLD the gold
#   (default /work/shared/corpus/gold/004.jsonl), CCHC the command that runs cchc (default ./cchc, the launcher).
#   HARSH_OPTS replaces the degradation's MakeScan options, e.g. to try a variant of it.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-target/harsh-scan}
shift || true
only=("$@")
SCORE=${SCORE:-/work/shared/tools/score.py}
GOLD=${GOLD:-/work/shared/corpus/gold/004.jsonl}
CCHC=${CCHC:-./cchc}
OPTS=${HARSH_OPTS:-dpi=200 rotate=1.5 jpeg=60 speckle=0.002 grey=235 stamp=0.72,0.6}
mkdir -p "$out"
[ -f target/classpath.txt ] || mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
[ -d target/classes ] || mvn -B -q compile
# name | source | pages | extra MakeScan options
scans=(
    "unruled-dejavu|src/test/resources/corpus/004-unruled.pdf|1-25|"
    "nolines-times|/work/shared/corpus/004.pdf|1-20|nolines"
)
printf '%-22s %5s %6s %9s %6s %8s %6s %8s %s\n' scan pages recall precision wrong flagged extra flagged seconds
for line in "${scans[@]}"; do
    IFS='|' read -r name src pages extra <<< "$line"
    if [ ${#only[@]} -gt 0 ] && [[ ! " ${only[*]} " == *" $name "* ]]; then continue; fi
    scan="$out/$name.pdf"
    # shellcheck disable=SC2086
    java -cp "$(cat target/classpath.txt):target/classes" bench/scans/MakeScan.java "$src" "$pages" "$scan" $OPTS $extra
    t0=$(date +%s.%N)
    $CCHC extract -q --jobs 1 --timeout 0 --format jsonl "$scan" > "$out/$name.jsonl" 2> "$out/$name.err" || true
    t1=$(date +%s.%N)
    python3 bench/scans/score-flags.py "$SCORE" "$GOLD" "$out/$name.jsonl" "$name" "$pages" \
        "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')"
    python3 - "$out/$name.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8') if l.strip()]
flagged = [r for r in rows if 'ocr_uncertain' in (r.get('flags') or [])]
print('%22s records %d, flagged ocr_uncertain %d (%d without a value)' % ('', len(rows), len(flagged), sum(r.get('value') is None for r in flagged)))
PY
done
