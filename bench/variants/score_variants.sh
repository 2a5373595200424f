#!/bin/bash
# usage: score_variants.sh DIR [JAR] -- extracts every report in DIR in one run and scores each against NAME.gold
# (a file NAME.EXT, or NAME_html.doc, is scored against NAME.gold / NAME_html.gold).
DIR=$1; JAR=${2:-target/cchc.jar}; SCORE=${SCORE:-/work/shared/tools/score.py}
OUT=$(mktemp); trap 'rm -f $OUT' EXIT
( cd "$DIR" && java -jar "$OLDPWD/$JAR" extract -q --format jsonl $(ls | grep -E '\.(docx|pdf|txt|doc|odt|html)$') ) > "$OUT" 2>/dev/null
python3 - "$DIR" "$OUT" "$SCORE" <<'PY'
import json, os, sys, collections, importlib.util
d, out, score_path = sys.argv[1:4]
spec = importlib.util.spec_from_file_location('score', score_path); score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
recs = collections.defaultdict(list)
for l in open(out, encoding='utf-8'):
    r = json.loads(l); recs[os.path.basename(r['file'])].append(r)
for f in sorted(os.listdir(d)):
    stem, ext = os.path.splitext(f)
    if ext not in ('.docx', '.pdf', '.txt', '.doc', '.odt', '.html') or not os.path.exists(os.path.join(d, stem + '.gold')): continue
    res, _ = score.score_doc(score.load(os.path.join(d, stem + '.gold')), recs.get(f, []))
    print(f"{f:28s} recall {res['recall']:.3f} precision {res['precision']:.3f} wrong {res['wrong']}")
PY
