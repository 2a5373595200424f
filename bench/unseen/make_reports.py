#!/usr/bin/env python3
"""Renders the hand-written reports of reports.py as TXT and DOCX, and writes their gold (corpus gold format).

usage: make_reports.py OUTDIR      then, for PDFs: (cd OUTDIR && soffice --headless --convert-to pdf *.docx)"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'variants'))
import gen  # noqa: E402  (the DOCX writer of the layout variants)
from reports import REPORTS, SEC  # noqa: E402

HDR = [[('STT', 1), ('Chỉ tiêu thống kê', 1), ('Đơn vị tính', 1), ('Số liệu', 1), ('Ghi chú', 1)]]

def blocks(r, docx):
    out = []
    if r['header']:
        if docx:
            out.append(('t', [[(a, 1, True), (b, 1, True)] for a, b in r['header']], 'layout'))
        else:
            out += [('p', (a + '\t' + b).rstrip('\t'), False) for a, b in r['header']]
    out += [('p', t, True) for t in r['title']]
    out += [('p', t, False) for t in r['body']]
    if r['appendix']:
        out.append(('p', r['appendix'], False))
    for sec, name, rows in r['tables']:
        out.append(('p', name.upper(), True))
        out.append(('p', 'BIỂU THỐNG KÊ SỐ LIỆU ' + SEC[sec], True))
        trs = [[(t, s, True) for t, s in r.get('hdr', HDR)[0]]]
        for row in rows:
            stt, label, unit, raw, value, key = row[:6]
            heading = raw == '' and unit == ''
            # a report printing last year's figure beside this period's ('prev' names its column's place)
            prev = [(row[6], 1, False)] if r.get('prev') else []
            cells = [(stt, 1, heading), (label, 1, heading), (unit, 1, False)] + prev + [(raw, 1, False), ('', 1, False)]
            trs.append(cells)
        out.append(('t', trs))
        out.append(('p', '', False))
    # a signature block under the tables (where the stamp goes), as many offices sign the appendix itself
    out += [('p', t, True) for t in r.get('after', [])]
    return out

def gold(r):
    out = []
    for sec, name, rows in r['tables']:
        for stt, label, unit, raw, value, key in (row[:6] for row in rows):
            kind = 'empty' if raw.strip() == '' else 'textzero' if raw.strip() in ('-', 'Không', 'Chưa') else 'number'
            if kind == 'number' and value is None:
                raise SystemExit('%s %s: a printed number needs its hand-read value' % (r['name'], label))
            out.append({'line': None, 'section': sec, 'stt': stt, 'label': label, 'unit': unit, 'value_raw': raw,
                        'note': '', 'key': key, 'kind': kind, 'value': float(value) if kind == 'number' else None})
    return out

def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    for r in REPORTS:
        base = os.path.join(outdir, r['name'])
        gen.tabtext([b[:2] if b[0] == 't' else b for b in blocks(r, False)], base + '.txt')
        gen.docx([b[:2] if b[0] == 't' else b for b in blocks(r, True)], base + '.docx', landscape=r['name'].startswith('so-'))
        gen.write_gold(gold(r), base + '.gold.jsonl')
    print('wrote', len(REPORTS), 'reports to', outdir)

if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'unseen-out')
