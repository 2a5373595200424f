#!/usr/bin/env python3
"""Writes every variant of a gold document into OUTDIR (NAME.docx / .txt / .html + NAME.gold); convert the DOCX
files with LibreOffice afterwards (see README.md). usage: make_variants.py OUTDIR [GOLD.jsonl]"""
import os, re, sys, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen import *

out = sys.argv[1]
gold = load(sys.argv[2] if len(sys.argv) > 2 else GOLD)
os.makedirs(out, exist_ok=True)

def one_header(*names): return [[(n, 1) for n in names]]

def odd_values(g):
    """'-', 'Không', 'x' and blank for missing values; '%' written in the value cell; 1.353 thousands."""
    v = g['value_raw']
    if g['kind'] == 'empty' and g['unit']:
        return ['-', 'Không', 'x', ''][sum(map(ord, g['label'])) % 4]
    if g['kind'] == 'number' and g['unit'] == '%' and not v.endswith('%'): return v + '%'
    if g['kind'] == 'number' and v.isdigit() and g['value'] >= 1000: return '{:,}'.format(int(v)).replace(',', '.')
    return v

# name -> (model options, docx options)
VARIANTS = {
    'h_onerow': (dict(header=one_header('STT', 'Nội dung / Chỉ tiêu', 'Đơn vị tính', 'Số liệu', 'Ghi chú')), {}),
    'h_ketqua': (dict(header=one_header('STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Ghi chú')), {}),
    'h_valfirst': (dict(header=one_header('STT', 'Chỉ tiêu thống kê', 'Số liệu', 'Đơn vị tính', 'Ghi chú'),
                        order=['stt', 'label', 'value', 'unit', 'note']), {}),
    'h_nonote': (dict(header=one_header('STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu'), order=['stt', 'label', 'unit', 'value']), {}),
    'h_nostt': (dict(header=one_header('', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu', 'Ghi chú')), {}),
    'h_colnum': (dict(header=one_header('STT', 'Chỉ tiêu thống kê', 'Đơn vị tính', 'Số liệu', 'Ghi chú')
                      + [[('(1)', 1), ('(2)', 1), ('(3)', 1), ('(4)', 1), ('(5)', 1)]]), {}),
    'h_colnum_plain': (dict(header=one_header('TT', 'Chỉ tiêu', 'ĐVT', 'Số liệu', 'Ghi chú') + [[(str(i), 1) for i in range(1, 6)]]), {}),
    'h_colnum_ab': (dict(header=one_header('STT', 'Chỉ tiêu', 'Đơn vị', 'Số liệu', 'Ghi chú') + [[(c, 1) for c in 'ABC12']]), {}),
    'h_upper': (dict(header=one_header('SỐ TT', 'CHỈ TIÊU THỐNG KÊ', 'ĐƠN VỊ TÍNH', 'SỐ LIỆU', 'GHI CHÚ')), {}),
    'h_break': (dict(header=one_header('S\nTT', 'Chỉ tiêu\nthống kê', 'Đơn vị\ntính', 'Số\nliệu', 'Ghi\nchú')), {}),
    'h_period': (dict(header=one_header('STT', 'Chỉ tiêu', 'Đơn vị tính', 'Quý I/2024', 'Ghi chú')), {}),
    'h_soluong': (dict(header=one_header('TT', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Số lượng', 'Ghi chú')), {}),
    'h_spellings': (dict(header=one_header('S.T.T', 'Danh mục chỉ tiêu', 'ĐV tính', 'Số lượng/Tỷ lệ', 'Ghi chú')), {}),
    'one_table': (dict(one_table=True), {}),
    'one_table_alt': (dict(one_table=True, titles=ALT_TITLES, header=one_header('STT', 'Chỉ tiêu', 'Đơn vị tính', 'Số liệu', 'Ghi chú')), {}),
    'alt_titles': (dict(titles=ALT_TITLES), {}),
    'bieumau_n': (dict(heading=lambda i, s, t: ['Biểu mẫu %d' % (i + 1), 'THỐNG KÊ SỐ LIỆU VỀ ' + t]), {}),
    'bieuso_0n': (dict(heading=lambda i, s, t: ['Biểu số %02d' % (i + 1), '(Ban hành kèm theo Báo cáo số 12/BC-UBND)', 'SỐ LIỆU ' + t]), {}),
    'heading_split': (dict(heading=lambda i, s, t: ['PHỤ LỤC %d' % (i + 2), 'BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO', t]), {}),
    'heading_roman': (dict(heading=lambda i, s, t: ['%s. %s' % (ROMAN[i], t)]), {}),
    'split_norepeat': (dict(split_every=7, repeat_header=False), {}),
    'split_repeat': (dict(split_every=7, repeat_header=True), {}),
    'values': (dict(value=odd_values), {}),
    'bold_values': (dict(bold_values=True), {}),
    'landscape': ({}, dict(landscape=True)),
    'unruled': ({}, dict(borders=False)),
    'right_unruled': ({}, dict(borders=False, align={3: 'right', 0: 'center', 2: 'center'})),
    'font_dejavu': ({}, dict(font='DejaVu Sans')),
    'sdt': ({}, dict(sdt=True)),
    'textbox': ({}, dict(textbox=True)),
}

for name, (kw, dk) in VARIANTS.items():
    blocks = model(gold, **kw)
    docx(blocks, f'{out}/{name}.docx', **dk)
    if not dk:
        tabtext(blocks, f'{out}/{name}.txt')
        htmldoc(blocks, f'{out}/{name}_html.doc')  # Word's "Web page" saved with a .doc name
        write_gold(adapt_gold(gold, **kw), f'{out}/{name}_html.gold')
    write_gold(adapt_gold(gold, **kw), f'{out}/{name}.gold')
blocks = model(gold)
tabtext(blocks, f'{out}/markdown.txt', markdown=True); write_gold(gold, f'{out}/markdown.gold')
tabtext(blocks, f'{out}/bom_crlf.txt', bom=True, crlf=True); write_gold(gold, f'{out}/bom_crlf.gold')
# every statistics table inside a one-cell layout table
docx(blocks, f'{out}/nested.docx')
with zipfile.ZipFile(f'{out}/nested.docx') as z:
    parts = {n: z.read(n) for n in z.namelist()}
doc = re.sub(r'(<w:tbl>.*?</w:tbl>)', lambda m: '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid>'
             '<w:gridCol w:w="9600"/></w:tblGrid><w:tr><w:tc>' + m.group(1) + '<w:p/></w:tc></w:tr></w:tbl>',
             parts['word/document.xml'].decode())
parts['word/document.xml'] = doc.encode()
with zipfile.ZipFile(f'{out}/nested.docx', 'w') as z:
    for n, b in parts.items(): z.writestr(n, b)
write_gold(gold, f'{out}/nested.gold')
