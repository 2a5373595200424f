#!/usr/bin/env bash
# The harsh scan of a table printed without lines: all 25 pages of the 004 report with its table borders removed
# (src/test/resources/corpus/004-unruled.pdf: 004.docx with its borders set to nil, exported by LibreOffice; its fonts
# are embedded, so the scan is the same on any machine), "printed and scanned" by bench/scans/MakeScan.java at 200 dpi,
# tilted 1.5°, JPEG q60, heavy speckle (0.002), grey paper, a grey stamp over the value column of every page. Read
# by cchc (--jobs 1) and scored against the gold of 004 with the corpus' score.py; the rows behind the figures
# (missed, wrong, extra) go to OUTDIR/harsh.jsonl.detail. The scan (about 5 MB) stays under OUTDIR, never committed.
#
# usage: bench/scans/harsh-scan.sh [OUTDIR]
#   OUTDIR defaults to target/harsh-scan. SCORE names score.py (default /work/shared/tools/score.py), GOLD the gold
#   (default /work/shared/corpus/gold/004.jsonl), CCHC the command that runs cchc (default ./cchc, the launcher).
#   HARSH_OPTS replaces the MakeScan options, e.g. to try a variant of the degradation.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-target/harsh-scan}
SCORE=${SCORE:-/work/shared/tools/score.py}
GOLD=${GOLD:-/work/shared/corpus/gold/004.jsonl}
CCHC=${CCHC:-./cchc}
OPTS=${HARSH_OPTS:-dpi=200 rotate=1.5 jpeg=60 speckle=0.002 grey=235 stamp=0.72,0.6}
mkdir -p "$out"
[ -f target/classpath.txt ] || mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
[ -d target/classes ] || mvn -B -q compile
scan="$out/004-unruled-harsh.pdf"
# shellcheck disable=SC2086
java -cp "$(cat target/classpath.txt):target/classes" bench/scans/MakeScan.java src/test/resources/corpus/004-unruled.pdf 1-25 "$scan" $OPTS
t0=$(date +%s.%N)
$CCHC extract -q --jobs 1 --timeout 0 --format jsonl "$scan" > "$out/harsh.jsonl" 2> "$out/harsh.err" || true
t1=$(date +%s.%N)
printf '%-22s %5s %6s %9s %6s %8s %6s %8s %s\n' scan pages recall precision wrong flagged extra flagged seconds
python3 bench/scans/score-flags.py "$SCORE" "$GOLD" "$out/harsh.jsonl" 004-unruled-harsh 1-25 \
    "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')"
python3 - "$out/harsh.jsonl" <<'EOF'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8') if l.strip()]
flagged = [r for r in rows if 'ocr_uncertain' in (r.get('flags') or [])]
print('records %d, flagged ocr_uncertain %d (%d without a value)' % (len(rows), len(flagged), sum(r.get('value') is None for r in flagged)))
EOF
