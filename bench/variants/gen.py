#!/usr/bin/env python3
"""Variant CCHC reports built from gold rows: DOCX (LibreOffice turns them into PDF/DOC/ODT/HTML), tab text,
Markdown pipe tables and HTML. Each variant keeps the gold rows, so score.py still applies. See README.md."""
import json, sys, zipfile, html, os

GOLD = os.environ.get('CCHC_GOLD', '/work/shared/corpus/gold/000.jsonl')
TITLES = {'CDDH': 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH', 'THECHE': 'CẢI CÁCH THỂ CHẾ',
          'TTHC': 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 'TCBM': 'CẢI CÁCH TỔ CHỨC BỘ MÁY',
          'CONGVU': 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ', 'TCC': 'CẢI CÁCH TÀI CHÍNH CÔNG',
          'CQS': 'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ'}
ALT_TITLES = {'CDDH': 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', 'THECHE': 'CẢI CÁCH THỂ CHẾ',
              'TTHC': 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 'TCBM': 'CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC',
              'CONGVU': 'CẢI CÁCH CHẾ ĐỘ CÔNG CHỨC, CÔNG VỤ', 'TCC': 'CẢI CÁCH TÀI CHÍNH CÔNG',
              'CQS': 'HIỆN ĐẠI HÓA HÀNH CHÍNH'}
ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']
ORDER = ['CDDH', 'THECHE', 'TTHC', 'TCBM', 'CONGVU', 'TCC', 'CQS']

def load(path=GOLD):
    return [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]

# ---------- variant model: list of ('p', text, bold) / ('t', rows) ; row = list of (text, span, bold)
DEFAULT = dict(header=[[('STT', 1), ('Chỉ tiêu thống kê', 1), ('Kết quả thống kê', 2), ('Ghi chú', 1)],
                       [('', 1), ('(Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)', 1), ('Đơn vị tính', 1), ('Số liệu', 1), ('', 1)]],
               order=['stt', 'label', 'unit', 'value', 'note'], one_table=False, titles=TITLES,
               heading=lambda i, s, t: ['BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO ' + t], value=lambda g: g['value_raw'],
               stt=lambda g: g['stt'], bold_values=False, split_every=0, repeat_header=True)

def model(gold, **kw):
    o = dict(DEFAULT); o.update(kw)
    blocks = [('p', 'ỦY BAN NHÂN DÂN HUYỆN X', True), ('p', 'BÁO CÁO Công tác cải cách hành chính quý I năm 2024', True)]
    def datarow(g):
        vals = {'stt': o['stt'](g), 'label': g['label'], 'unit': g['unit'], 'value': o['value'](g), 'note': g['note']}
        return [(vals[k], 1, o['bold_values'] and k == 'value') for k in o['order']]
    hdr = [[(t, s, True) for t, s in r] for r in o['header']]
    width = len(o['order'])
    if o['one_table']:
        blocks.append(('p', 'PHỤ LỤC: BIỂU THỐNG KÊ SỐ LIỆU CẢI CÁCH HÀNH CHÍNH', True))
        rows = [list(r) for r in hdr]
        for i, s in enumerate(ORDER):
            r = [('', 1, True)] * width
            r = list(r)
            si = o['order'].index('stt') if 'stt' in o['order'] else None
            li = o['order'].index('label')
            if si is not None: r[si] = (ROMAN[i], 1, True)
            r[li] = (o['titles'][s], 1, True)
            rows.append(r)
            rows += [datarow(g) for g in gold if g['section'] == s]
        blocks.append(('t', rows))
    else:
        for i, s in enumerate(ORDER):
            for h in o['heading'](i, s, o['titles'][s]):
                blocks.append(('p', h, True))
            data = [datarow(g) for g in gold if g['section'] == s]
            if o['split_every']:
                n = o['split_every']
                for k in range(0, len(data), n):
                    blocks.append(('t', (hdr if k == 0 or o['repeat_header'] else []) + data[k:k + n]))
                    if k + n < len(data): blocks.append(('p', str(k // n + 2), False))
            else:
                blocks.append(('t', hdr + data))
            blocks.append(('p', '', False))
    blocks.append(('p', 'CHỦ TỊCH', True))
    return blocks

def adapt_gold(gold, **kw):
    o = dict(DEFAULT); o.update(kw)
    out = []
    for g in gold:
        g = dict(g); g['stt'] = o['stt'](g); out.append(g)
    return out

# ---------- writers
def esc(s): return html.escape(s, quote=False)

def docx(blocks, path, borders=True, landscape=False, textbox=False, sdt=False, font=None, align=None):
    def run(text, bold):
        parts = text.split('\n')
        f = '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/>' % (font, font, font) if font else ''
        rpr = '<w:rPr>%s%s</w:rPr>' % (f, '<w:b/>' if bold else '') if (bold or font) else ''
        inner = '<w:br/>'.join('<w:t xml:space="preserve">%s</w:t>' % esc(p) for p in parts)
        return '<w:r>%s%s</w:r>' % (rpr, inner)
    def para(text, bold, jc=None): return '<w:p>%s%s</w:p>' % ('<w:pPr><w:jc w:val="%s"/></w:pPr>' % jc if jc else '', run(text, bold) if text else '')
    body = []
    for b in blocks:
        if b[0] == 'p':
            body.append(para(b[1], b[2]))
        else:
            rows = b[1]
            ncols = max(sum(c[1] for c in r) for r in rows)
            bd = ''.join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % e for e in ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) if borders else ''
            x = ['<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>%s</w:tblBorders></w:tblPr><w:tblGrid>' % bd]
            widths = [700, 4500, 1400, 1200, 1500] if ncols == 5 else [int(9300 / ncols)] * ncols
            x += ['<w:gridCol w:w="%d"/>' % w for w in widths[:ncols]] + ['</w:tblGrid>']
            for r in rows:
                x.append('<w:tr>')
                col = 0
                for text, span, bold in r:
                    tcpr = '<w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>' % (sum(widths[col:col + span]), '<w:gridSpan w:val="%d"/>' % span if span > 1 else '')
                    x.append('<w:tc>%s%s</w:tc>' % (tcpr, para(text, bold, (align or {}).get(col))))
                    col += span
                x.append('</w:tr>')
            x.append('</w:tbl>')
            tbl = ''.join(x)
            if textbox:
                tbl = '<w:p><w:r><w:pict><v:shape style="width:480pt;height:700pt"><v:textbox><w:txbxContent>%s<w:p/></w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>' % tbl
            if sdt:
                tbl = '<w:sdt><w:sdtPr><w:id w:val="1"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % tbl
            body.append(tbl)
    sect = '<w:sectPr><w:pgSz w:w="%s" w:h="%s"%s/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>' % (
        ('16838', '11906', ' w:orient="landscape"') if landscape else ('11906', '16838', ''))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml">'
           '<w:body>%s%s</w:body></w:document>') % (''.join(body), sect)
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', ct); z.writestr('_rels/.rels', rels); z.writestr('word/document.xml', doc)

def tabtext(blocks, path, markdown=False, bom=False, crlf=False):
    lines = []
    for b in blocks:
        if b[0] == 'p':
            lines.append(b[1]); continue
        for i, r in enumerate(b[1]):
            cells = []
            for text, span, bold in r:
                cells.append(text.replace('\n', ' ')); cells += [''] * (span - 1)
            if markdown:
                lines.append('| ' + ' | '.join(cells) + ' |')
                if i == 0: lines.append('|' + '|'.join(['---'] * len(cells)) + '|')
            else:
                lines.append('\t'.join(cells))
        lines.append('')
    s = ('\r\n' if crlf else '\n').join(lines) + '\n'
    with open(path, 'w', encoding='utf-8-sig' if bom else 'utf-8', newline='') as f:
        f.write(s)

def write_gold(rows, path):
    with open(path, 'w', encoding='utf-8') as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')

def htmldoc(blocks, path, word=True):
    out = ['<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta charset="utf-8"><title>Báo cáo</title></head><body>' if word else '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>']
    for b in blocks:
        if b[0] == 'p':
            out.append('<p>%s</p>' % (('<b>%s</b>' % esc(b[1])) if b[2] else esc(b[1])))
        else:
            out.append('<table border="1" cellspacing="0">')
            for r in b[1]:
                out.append('<tr>' + ''.join('<td%s>%s</td>' % (' colspan="%d"' % s if s > 1 else '', (('<b>%s</b>' % esc(t)) if bold else esc(t)).replace('\n', '<br>')) for t, s, bold in r) + '</tr>')
            out.append('</table>')
    out.append('</body></html>')
    open(path, 'w', encoding='utf-8').write('\n'.join(out))
