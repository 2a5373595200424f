#!/bin/sh
# CPU time of cutting scanned pages for Tesseract (ink mask, deskew, rotation, line finding, grids, strips and cells),
# per page, best of ROUNDS, with a hash of everything the cut produced: a change that only makes it faster must leave
# the hash as it was (Tesseract then reads the very same images). Tesseract is not run. See bench/CutBench.java.
#
#   bench/cut-bench.sh [ROUNDS] [FILE.pdf:PAGE,PAGE ...]   (default: 5 rounds over the test scans' PDF pages)
#   JAVA_OPTS=-XX:TieredStopAtLevel=1 bench/cut-bench.sh   (C1 only, as the launchers run a short run or a small scan)
set -eu
cd "$(dirname "$0")/.."
ROUNDS=${1:-5}
[ $# -gt 0 ] && shift
if [ $# -eq 0 ]; then
    set -- src/test/resources/ocr/000-p1-clean.pdf:1 src/test/resources/ocr/004-p15-16-degraded.pdf:1,2 \
        src/test/resources/ocr/004-unruled-p15-16-degraded.pdf:1,2
fi
[ -f target/cchc.jar ] || mvn -B -q -DskipTests package
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
javac -nowarn -cp target/cchc.jar -d "$classes" bench/CutBench.java
exec java ${JAVA_OPTS:-} -Xmx1g -cp "target/cchc.jar:$classes" vn.cchc.read.ocr.CutBench "$ROUNDS" "$@"
