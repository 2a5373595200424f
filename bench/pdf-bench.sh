#!/bin/sh
# Times cchc's PDF extraction against a bare PDFBox PDFTextStripper pass over the same files, in the same JVM run,
# and prints the ratio (target: at most 2). Repeatable: fixed files, warm-up, several alternating rounds.
#
#   bench/pdf-bench.sh [ROUNDS] [FILE.pdf ...]     (default: 10 rounds over the corpus PDFs of the tests)
set -eu
cd "$(dirname "$0")/.."
ROUNDS=${1:-10}
[ $# -gt 0 ] && shift
if [ $# -eq 0 ]; then
    set -- src/test/resources/corpus/*.pdf
fi
[ -f target/cchc.jar ] || mvn -B -q -DskipTests package
exec java -Xmx1g -cp target/cchc.jar bench/BarePdfText.java "$ROUNDS" "$@"
