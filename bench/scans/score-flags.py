#!/usr/bin/env python3
"""One line of figures for a scan read by cchc, scored with the corpus' score.py, plus what score.py does not say:
how many of the wrong values carry ocr_uncertain, the extra numbers (matching no gold row) and how many of those are
flagged, and whether the metadata read from the scan agrees with the text-layer PDF's. The rows behind the figures
(missed gold rows, wrong and extra values) go to OUTPUT.detail.

usage: score-flags.py SCORE.py GOLD.jsonl OUTPUT.jsonl NAME PAGES SECONDS [REFERENCE.jsonl]"""
import importlib.util
import json
import sys

META = ('issuer', 'level', 'report_number', 'report_date', 'period')


def main(score_path, gold_path, out_path, name, pages, seconds, ref_path=None):
    spec = importlib.util.spec_from_file_location('score', score_path)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gold, out = score.load(gold_path), score.load(out_path)
    res, pairs = score.score_doc(gold, out)
    matched = {id(o) for _, o in pairs}
    got = {id(g) for g, _ in pairs}
    detail = []
    wrong_flagged = extra = extra_flagged = 0
    for o in out:
        if id(o) in matched or score.num(o.get('value')) is None:
            continue
        flagged = 'ocr_uncertain' in (o.get('flags') or [])
        best = max(gold, key=lambda g: score.sim(g['label'], o.get('label', '')), default=None)
        same = best is not None and score.sim(best['label'], o.get('label', '')) >= 0.9
        if same and best['kind'] == 'number' and abs(best['value'] - score.num(o['value'])) > 1e-6:
            wrong_flagged += flagged
            detail.append('WRONG%s %s %r read %r (%s) gold %r' % (' flagged' if flagged else '', o.get('stt'), o.get('label'),
                                                                 o.get('value_raw'), o.get('value'), best['value_raw']))
        elif same and best['kind'] == 'textzero':
            continue  # '-', 'Không' read as 0: score.py accepts it
        else:
            extra += 1
            extra_flagged += flagged
            detail.append('EXTRA%s %s %r = %r' % (' flagged' if flagged else '', o.get('stt'), o.get('label'), o.get('value_raw')))
    for g in gold:
        if g['kind'] == 'number' and id(g) not in got:
            near = max(out, key=lambda o: score.sim(g['label'], o.get('label', '')), default=None)
            seen = ('; nearest output %s %r = %r %s' % (near.get('stt'), near.get('label'), near.get('value_raw'), near.get('flags'))
                    if near is not None and score.sim(g['label'], near.get('label', '')) >= 0.5 else '; no output row like it')
            detail.append('MISSED %s %r = %r%s' % (g['stt'], g['label'], g['value_raw'], seen))
    meta = ''
    if ref_path and ref_path != '-':
        ref = score.load(ref_path)
        if ref and out:
            diff = ['%s %r (text PDF %r)' % (k, out[0].get(k), ref[0].get(k)) for k in META if out[0].get(k) != ref[0].get(k)]
            meta = 'metadata ok' if not diff else 'metadata differs: ' + ', '.join(diff)
        elif not out:
            meta = 'no rows'
    with open(out_path + '.detail', 'w', encoding='utf-8') as f:
        f.write('\n'.join(detail + ([meta] if meta else [])) + '\n')
    print('%-22s %5s %6.3f %9.3f %6d %8d %6d %8d %7s  %s' % (name, pages, res['recall'], res['precision'], res['wrong'],
                                                           wrong_flagged, extra, extra_flagged, seconds, meta))


if __name__ == '__main__':
    main(*sys.argv[1:])
