#!/usr/bin/env bash
# Scans of reports cchc was never tuned on: the hand-written reports of bench/unseen (a commune, a provincial
# department in landscape, a city, a province, a district, a ward; other provinces, periods and wordings than the
# corpus) rendered to
# DOCX, exported to PDF by LibreOffice, then "printed and scanned" by bench/scans/MakeScan.java with the
# degradations offices produce. Each scan is read by cchc (--jobs 1) and scored against its report's gold; the
# text-layer PDFs are scored too, as the baseline the scans are measured against.
#
# usage: bench/scans/unseen-scans.sh [OUTDIR] [SCAN-NAME...]
#   OUTDIR defaults to target/unseen-scans (never committed). With SCAN-NAMEs (e.g. so-200-tilt-jpeg) only those
#   scans are made and scored again. Needs python3, soffice (LibreOffice), tesseract + tesseract-ocr-vie.
#   A scan that starts on the report's first page has its metadata compared with the text-layer PDF's.
#   SCORE names score.py (default /work/shared/tools/score.py, the corpus' scorer). CCHC is the command that runs
#   cchc (default: java -jar target/cchc.jar; while changing the code, java -cp "target/classes:..." vn.cchc.cli.Main
#   saves packaging the jar).
# Per scan it prints recall, precision, wrong values (a gold row read with another number) and how many of those
# carry ocr_uncertain, and how many extra numbers (matching no gold row) were output and how many are flagged.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
out=${1:-target/unseen-scans}
shift || true
only=("$@")
SCORE=${SCORE:-/work/shared/tools/score.py}
mkdir -p "$out/src" "$out/scans" "$out/json"
[ -f target/classpath.txt ] || mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
cp="$(cat target/classpath.txt):target/classes"
if [ -z "${CCHC:-}" ]; then
    [ -f target/cchc.jar ] || mvn -B -q package -DskipTests
    CCHC="java -jar target/cchc.jar"
fi

if [ ! -f "$out/src/tp-dong-ha-nam2023.pdf" ] || [ ! -f "$out/src/tx-dien-ban-6t2025.pdf" ]; then
    python3 bench/unseen/make_reports.py "$out/src" > /dev/null
    (cd "$out/src" && soffice --headless --convert-to pdf ./*.docx > /dev/null 2>&1)
fi

XA=xa-phong-hien-6t2023            # commune, portrait, 3 pages
SO=so-tu-phap-quang-binh-9t2024    # provincial department, landscape, 3 pages
TP=tp-dong-ha-nam2023              # city, portrait, 2 pages
TI=tinh-quang-tri-q2-2024-body     # province, portrait, 2 pages, statistics in the body
HU=huyen-nghi-loc-q3-2024          # district, portrait, 2 pages, a table running over the page break, signed appendix
PH=phuong-an-hai-bac-nam2024       # ward, portrait, 2 pages, a header row cut by the page break
TX=tx-dien-ban-6t2025              # town, portrait, 3 pages, last year's column before this period's, "98,65%", "412.580,5"
# name | report | pages | output extension | MakeScan options
scans=(
    "xa-300|$XA|1-3|pdf|dpi=300"
    "so-300|$SO|1-3|pdf|dpi=300"
    "tp-300|$TP|1-2|pdf|dpi=300"
    "ti-300|$TI|1-2|pdf|dpi=300"
    "so-200-tilt-jpeg|$SO|1-3|pdf|dpi=200 rotate=2.5 jpeg=55 grey=238"
    "xa-150|$XA|1-3|pdf|dpi=150"
    "tp-200-speckle|$TP|1-2|pdf|dpi=200 rotate=1 speckle=0.003"
    "ti-200-greystamp|$TI|1-2|pdf|dpi=200 rotate=-1.5 stamp=0.78,0.42"
    "so-p2-redstamp|$SO|2-2|jpg|dpi=200 colour stamp=0.70,0.5"
    "xa-p2-phone|$XA|2-2|jpg|dpi=200 phone rotate=1.5 jpeg=70"
    "tp-tiff|$TP|1-2|tif|dpi=200 rotate=1"
    "ti-p1-png|$TI|1-1|png|dpi=300"
    "hu-200-tilt-stamp|$HU|1-2|pdf|dpi=200 rotate=1.5 jpeg=60 grey=240 stamp=0.68,0.80"
    "ph-150-speckle|$PH|1-2|pdf|dpi=150 rotate=-1 speckle=0.002"
    "hu-mixed-p2-scanned|$HU|1-2|pdf|dpi=200 rotate=1 text=1"
    # what offices also send: a 100 dpi scan, a black-and-white (1-bit) scan, a fax (204 x 98 dpi, 1 bit), a phone
    # photo of a whole sheet (slanted, on a desk, unevenly lit), a landscape page fed through a portrait scanner
    "xa-100|$XA|1-3|pdf|dpi=100"
    "hu-200-bw|$HU|1-2|pdf|dpi=200 rotate=-1 bw"
    "tp-fax|$TP|1-2|tif|dpi=204 fax"
    "ph-p1-photo|$PH|1-1|jpg|dpi=200 photo jpeg=75"
    "so-turned|$SO|1-3|pdf|dpi=200 turn=90"
    "tx-300|$TX|1-3|pdf|dpi=300"
    "tx-200-tilt-jpeg|$TX|1-3|pdf|dpi=200 rotate=1.5 jpeg=60 grey=240"
    "ph-mixed-p2-scanned|$PH|1-2|pdf|dpi=200 rotate=1 text=1"
)

# the baseline: the same reports as text-layer PDFs; each scan's metadata is compared with its report's
for report in $XA $SO $TP $TI $HU $PH $TX; do
    $CCHC extract -q --format jsonl "$out/src/$report.pdf" > "$out/json/$report.pdf.jsonl" 2> /dev/null || true
done
printf '%-22s %5s %6s %9s %6s %8s %6s %8s %s\n' scan pages recall precision wrong flagged extra flagged seconds
for line in "${scans[@]}"; do
    IFS='|' read -r name report pages ext opts <<< "$line"
    if [ ${#only[@]} -gt 0 ] && [[ ! " ${only[*]} " == *" $name "* ]]; then continue; fi
    scan="$out/scans/$name.$ext"
    # shellcheck disable=SC2086
    java -cp "$cp" bench/scans/MakeScan.java "$out/src/$report.pdf" "$pages" "$scan" $opts
    t0=$(date +%s.%N)
    $CCHC extract -q --jobs 1 --timeout 0 --format jsonl "$scan" > "$out/json/$name.jsonl" 2> "$out/json/$name.err" || true
    t1=$(date +%s.%N)
    python3 bench/scans/score-flags.py "$SCORE" "$out/src/$report.gold.jsonl" "$out/json/$name.jsonl" \
        "$name" "$pages" "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')" \
        "$([[ $pages == 1-* ]] && echo "$out/json/$report.pdf.jsonl" || echo -)"
done
if [ ${#only[@]} -eq 0 ]; then
    for report in $XA $SO $TP $TI $HU $PH $TX; do
        python3 bench/scans/score-flags.py "$SCORE" "$out/src/$report.gold.jsonl" "$out/json/$report.pdf.jsonl" "$report.pdf" text -
    done
fi
