#!/usr/bin/env python3
"""Hand-written CCHC reports in the styles of issue 16 (other provinces, levels, years, wordings), with their gold.

Every row below was typed by hand: STT, label, unit and value cell as an office would print them, then the value
a person reads (the gold, typed separately, never parsed from the cell) and the template slot (`key`), named as in
the corpus gold where the slot is the same. `make_reports.py` renders them as TXT / DOCX (and PDF via LibreOffice)
and writes the gold as JSON Lines in the corpus gold format."""

# a row: (stt, label, unit, value_raw, value, key); value None = empty; key None = no template slot
SEC = {'CDDH': 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH', 'THECHE': 'CẢI CÁCH THỂ CHẾ',
       'TTHC': 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 'TCBM': 'CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH',
       'CONGVU': 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ', 'TCC': 'CẢI CÁCH TÀI CHÍNH CÔNG',
       'CQS': 'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ'}

K_NV_TINH = 'CDDH:thuc hien nhiem vu ubnd tinh, chu tich ubnd tinh giao'
K_NV_HUYEN = 'CDDH:thuc hien nhiem vu ubnd huyen, chu tich ubnd huyen giao'
K_HS_SO = 'TTHC:ty le ho so tthc do cac so, nganh tiep nhan duoc giai quyet dung han'
K_HS_HUYEN = 'TTHC:ty le ho so tthc do ubnd cap huyen tiep nhan duoc giai quyet dung han'
K_HS_XA = 'TTHC:ty le ho so tthc do ubnd cap xa tiep nhan duoc giai quyet dung han'
K_XONG = ' > tong so ho so tthc da giai quyet xong'
K_DUNG = ' > so ho so tthc giai quyet dung han'
K_M3 = 'CQS:ty le tthc du dieu kien duoc cung cap truc tuyen muc do 3'
K_M4 = 'CQS:ty le tthc du dieu kien duoc cung cap truc tuyen muc do 4'

# ---------------------------------------------------------------- A: a commune, 6 months 2023, TXT
A = dict(
    name='xa-phong-hien-6t2023',
    header=[('UBND HUYỆN PHONG ĐIỀN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
            ('ỦY BAN NHÂN DÂN', 'Độc lập - Tự do - Hạnh phúc'),
            ('XÃ PHONG HIỀN', ''),
            ('Số: 45/BC-UBND', 'Phong Hiền, ngày 12 tháng 6 năm 2023')],
    title=['BÁO CÁO', 'Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2023'],
    body=['Kính gửi: Phòng Nội vụ huyện Phong Điền',
          'Thực hiện Công văn số 312/UBND-NV ngày 20/5/2023 của UBND huyện Phong Điền về việc báo cáo công tác cải cách hành chính định kỳ, UBND xã Phong Hiền báo cáo kết quả thực hiện 6 tháng đầu năm 2023 như sau:',
          'Trong 6 tháng đầu năm, UBND xã đã ban hành 04 văn bản chỉ đạo về cải cách hành chính; tiếp nhận 1.650 hồ sơ, giải quyết đúng hạn 1.500 hồ sơ.',
          'Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2023 của UBND xã Phong Hiền./.',
          'CHỦ TỊCH', 'Nguyễn Văn Hùng'],
    appendix='(Kèm theo Báo cáo số 45/BC-UBND ngày 12/6/2023 của UBND xã Phong Hiền)',
    tables=[
        ('CDDH', 'Phụ lục I', [
            ('1.', 'Số văn bản chỉ đạo CCHC đã ban hành', 'Văn bản', '04', 4, 'CDDH:so van ban chi dao cchc da ban hanh'),
            ('2.', 'Tỷ lệ hoàn thành Kế hoạch CCHC năm', '%', '45,5', 45.5, 'CDDH:ty le hoan thanh ke hoach cchc nam'),
            ('2.1', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', '22', 22, 'CDDH:so nhiem vu de ra trong ke hoach'),
            ('2.2', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', '10', 10, 'CDDH:so nhiem vu da hoan thanh'),
            ('3.', 'Kiểm tra CCHC', '', '', None, 'CDDH:kiem tra cchc'),
            ('3.1', 'Số bộ phận chuyên môn thuộc UBND xã đã kiểm tra', 'Cơ quan, đơn vị', '2', 2, 'CDDH:SLOT 3.1 subordinate agencies inspected'),
            ('3.2', 'Tỷ lệ xử lý các vấn đề phát hiện qua kiểm tra', '%', '100', 100, 'CDDH:ty le xu ly cac van de phat hien qua kiem tra'),
            ('-', 'Số vấn đề phát hiện qua kiểm tra', 'Vấn đề', '3', 3, 'CDDH:so van de phat hien qua kiem tra'),
            ('-', 'Số vấn đề phát hiện đã xử lý xong', 'Vấn đề', '3', 3, 'CDDH:so van de phat hien da xu ly xong'),
            ('4.', 'Thực hiện nhiệm vụ UBND huyện, Chủ tịch UBND huyện giao', '', '', None, K_NV_HUYEN),
            ('a)', 'Tổng số nhiệm vụ được giao', 'Nhiệm vụ', '15', 15, K_NV_HUYEN + ' > tong so nhiem vu duoc giao'),
            ('b)', 'Số nhiệm vụ đã hoàn thành đúng hạn', 'Nhiệm vụ', '12', 12, K_NV_HUYEN + ' > so nhiem vu da hoan thanh dung han'),
            ('c)', 'Số nhiệm vụ đã hoàn thành nhưng quá hạn', 'Nhiệm vụ', '1', 1, K_NV_HUYEN + ' > so nhiem vu da hoan thanh nhung qua han'),
            ('d)', 'Số nhiệm vụ quá hạn nhưng chưa hoàn thành', 'Nhiệm vụ', '0', 0, K_NV_HUYEN + ' > so nhiem vu qua han nhung chua hoan thanh'),
            ('đ)', 'Số nhiệm vụ chưa hoàn thành nhưng trong hạn', 'Nhiệm vụ', '2', 2, K_NV_HUYEN + ' > so nhiem vu chua hoan thanh nhung trong han'),
            ('5.', 'Khảo sát sự hài lòng của người dân, tổ chức', 'Có = 1; Không = 0', '1', 1, 'CDDH:khao sat su hai long cua nguoi dan, to chuc'),
            ('5.1', 'Số lượng phiếu khảo sát', 'Phiếu', '150', 150, 'CDDH:so luong phieu khao sat'),
            ('5.2', 'Hình thức khảo sát', 'Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2', '1', 1, 'CDDH:hinh thuc khao sat'),
            ('6.', 'Số tin, bài tuyên truyền về CCHC', 'Tin, bài', '14', 14, 'CDDH:PROVINCE tin bai tuyen truyen cchc'),
        ]),
        ('THECHE', 'Phụ lục II', [
            ('1.', 'Tổng số VBQPPL do địa phương ban hành', 'Văn bản', '0', 0, 'THECHE:tong so vbqppl do dia phuong ban hanh'),
            ('2.', 'Rà soát VBQPPL', '', '', None, 'THECHE:ra soat vbqppl'),
            ('2.1', 'Số VBQPPL đã rà soát thuộc thẩm quyền của cấp xã', 'Văn bản', '2', 2, 'THECHE:so vbqppl da ra soat thuoc tham quyen cua cap tinh'),
        ]),
        ('TTHC', 'Phụ lục III', [
            ('1.', 'Thống kê TTHC', '', '', None, 'TTHC:thong ke tthc'),
            ('1.1', 'Số TTHC công bố mới', 'Thủ tục', '3', 3, 'TTHC:so tthc cong bo moi'),
            ('1.2', 'Số TTHC bãi bỏ, thay thế', 'Thủ tục', '1', 1, 'TTHC:so tthc bai bo, thay the'),
            ('2.', 'Tỷ lệ hồ sơ TTHC do UBND xã tiếp nhận được giải quyết đúng hạn', '%', '98,7', 98.7, K_HS_XA),
            ('1.', 'Tổng số hồ sơ TTHC đã giải quyết xong', 'Hồ sơ', '1.520', 1520, K_HS_XA + K_XONG),
            ('2.', 'Số hồ sơ TTHC giải quyết đúng hạn', 'Hồ sơ', '1.500', 1500, K_HS_XA + K_DUNG),
            ('3.', 'Tỷ lệ giải quyết phản ánh, kiến nghị (PAKN) về quy định TTHC', '%', '100', 100, 'TTHC:ty le giai quyet phan anh, kien nghi ve quy dinh tthc'),
            ('a)', 'Tổng số PAKN đã tiếp nhận', 'PAKN', '2', 2, 'TTHC:tong so pakn da tiep nhan'),
            ('b)', 'Số PAKN đã giải quyết xong', 'PAKN', '2', 2, 'TTHC:so pakn da giai quyet xong'),
        ]),
        ('CQS', 'Phụ lục VII', [
            ('1.', 'Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến một phần', '%', '100', 100, K_M3),
            ('1.1', 'Tổng số TTHC đủ điều kiện cung cấp trực tuyến một phần', 'Thủ tục', '40', 40, 'CQS:tong so tthc du dieu kien cung cap truc tuyen muc do 3'),
            ('1.2', 'Số TTHC đang cung cấp trực tuyến một phần', 'Thủ tục', '40', 40, 'CQS:so tthc dang cung cap truc tuyen muc do 3'),
            ('1.3', 'Số TTHC đang cung cấp trực tuyến một phần có phát sinh hồ sơ nộp trực tuyến', 'Thủ tục', '12', 12, 'CQS:so tthc dang cung cap truc tuyen muc do 3 co phat sinh ho so nop truc tuyen'),
            ('2.', 'Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến toàn trình', '%', '100', 100, K_M4),
            ('2.1', 'Tổng số TTHC đủ điều kiện cung cấp trực tuyến toàn trình', 'Thủ tục', '25', 25, 'CQS:tong so tthc du dieu kien cung cap truc tuyen muc do 4'),
            ('2.2', 'Số TTHC đang cung cấp trực tuyến toàn trình', 'Thủ tục', '25', 25, 'CQS:so tthc dang cung cap truc tuyen muc do 4'),
            ('2.3', 'Số TTHC đang cung cấp trực tuyến toàn trình có phát sinh hồ sơ nộp trực tuyến', 'Thủ tục', '9', 9, 'CQS:so tthc dang cung cap truc tuyen muc do 4 co phat sinh ho so nop truc tuyen'),
            ('3.', 'Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến', '%', '35,2', 35.2, 'CQS:ty le ho so tthc duoc tiep nhan truc tuyen muc do 3 va 4'),
            ('3.1', 'Tổng số hồ sơ TTHC đã tiếp nhận (cả trực tiếp và trực tuyến)', 'Hồ sơ', '1.650', 1650, 'CQS:tong so ho so tthc da tiep nhan'),
            ('3.2', 'Số hồ sơ TTHC đã tiếp nhận trực tuyến', 'Hồ sơ', '581', 581, 'CQS:so ho so tthc da tiep nhan truc tuyen'),
            ('4.', 'Tỷ lệ hồ sơ TTHC được số hóa', '%', '72,4', 72.4, 'CQS:NEW ty le ho so tthc duoc so hoa'),
            ('-', 'Số hồ sơ TTHC đã được số hóa', 'Hồ sơ', '1.195', 1195, 'CQS:NEW so ho so tthc da so hoa'),
            ('5.', 'Tỷ lệ sử dụng văn bản điện tử', '%', '95', 95, 'CQS:ty le su dung van ban dien tu cua dia phuong'),
        ]),
    ])

# ---------------------------------------------------------------- B: a department, 9 months 2024, DOCX/PDF landscape
B = dict(
    name='so-tu-phap-quang-binh-9t2024',
    header=[('UBND TỈNH QUẢNG BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
            ('SỞ TƯ PHÁP', 'Độc lập - Tự do - Hạnh phúc'),
            ('Số: 1287/BC-STP', 'Quảng Bình, ngày 25 tháng 9 năm 2024')],
    title=['BÁO CÁO', 'Công tác cải cách hành chính 9 tháng năm 2024'],
    body=['Kính gửi: Sở Nội vụ tỉnh Quảng Bình',
          'Thực hiện Kế hoạch số 2145/KH-UBND ngày 28/12/2023 của UBND tỉnh về cải cách hành chính năm 2024, Sở Tư pháp báo cáo kết quả thực hiện công tác cải cách hành chính 9 tháng năm 2024 như sau:',
          'Trên đây là báo cáo công tác cải cách hành chính 9 tháng năm 2024 của Sở Tư pháp./.',
          'GIÁM ĐỐC'],
    appendix='(Kèm theo Báo cáo số 1287/BC-STP ngày 25/9/2024 của Sở Tư pháp)',
    tables=[
        ('CDDH', 'Biểu mẫu 1', [
            ('1', 'Số văn bản chỉ đạo, điều hành về CCHC đã ban hành', 'Văn bản', '9', 9, 'CDDH:so van ban chi dao cchc da ban hanh'),
            ('2', 'Tỷ lệ hoàn thành Kế hoạch CCHC năm', '%', '76,9', 76.9, 'CDDH:ty le hoan thanh ke hoach cchc nam'),
            ('2.1', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', '26', 26, 'CDDH:so nhiem vu de ra trong ke hoach'),
            ('2.2', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', '20', 20, 'CDDH:so nhiem vu da hoan thanh'),
            ('3', 'Kiểm tra CCHC', '', '', None, 'CDDH:kiem tra cchc'),
            ('3.1', 'Số phòng, đơn vị thuộc Sở đã kiểm tra', 'Cơ quan, đơn vị', '5', 5, 'CDDH:SLOT 3.1 subordinate agencies inspected'),
            ('3.2', 'Tỷ lệ xử lý các vấn đề phát hiện qua kiểm tra', '%', '83,3', 83.3, 'CDDH:ty le xu ly cac van de phat hien qua kiem tra'),
            ('3.2.1', 'Số vấn đề phát hiện qua kiểm tra', 'Vấn đề', '6', 6, 'CDDH:so van de phat hien qua kiem tra'),
            ('3.2.2', 'Số vấn đề phát hiện đã xử lý xong', 'Vấn đề', '5', 5, 'CDDH:so van de phat hien da xu ly xong'),
            ('4', 'Thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao', '', '', None, K_NV_TINH),
            ('4.1', 'Tổng số nhiệm vụ được giao', 'Nhiệm vụ', '41', 41, K_NV_TINH + ' > tong so nhiem vu duoc giao'),
            ('4.2', 'Số nhiệm vụ đã hoàn thành đúng hạn', 'Nhiệm vụ', '38', 38, K_NV_TINH + ' > so nhiem vu da hoan thanh dung han'),
            ('4.3', 'Số nhiệm vụ đã hoàn thành nhưng quá hạn', 'Nhiệm vụ', '1', 1, K_NV_TINH + ' > so nhiem vu da hoan thanh nhung qua han'),
            ('4.4', 'Số nhiệm vụ quá hạn nhưng chưa hoàn thành', 'Nhiệm vụ', '0', 0, K_NV_TINH + ' > so nhiem vu qua han nhung chua hoan thanh'),
            ('4.5', 'Số nhiệm vụ chưa hoàn thành nhưng trong hạn', 'Nhiệm vụ', '2', 2, K_NV_TINH + ' > so nhiem vu chua hoan thanh nhung trong han'),
            ('5', 'Số tin, bài tuyên truyền về CCHC', 'Tin, bài', '21', 21, 'CDDH:PROVINCE tin bai tuyen truyen cchc'),
        ]),
        ('THECHE', 'Biểu mẫu 2', [
            ('1', 'Kiểm tra, xử lý VBQPPL', '', '', None, 'THECHE:kiem tra, xu ly vbqppl'),
            ('1.1', 'Số VBQPPL đã kiểm tra theo thẩm quyền', 'Văn bản', '14', 14, 'THECHE:so vbqppl da kiem tra theo tham quyen cua cap tinh'),
            ('2', 'Rà soát VBQPPL', '', '', None, 'THECHE:ra soat vbqppl'),
            ('2.1', 'Số VBQPPL đã rà soát thuộc thẩm quyền', 'Văn bản', '37', 37, 'THECHE:so vbqppl da ra soat thuoc tham quyen cua cap tinh'),
            ('2.2', 'Tỷ lệ xử lý VBQPPL sau rà soát', '%', '50', 50, 'THECHE:ty le xu ly vbqppl sau ra soat'),
            ('2.2.1', 'Tổng số VBQPPL cần phải xử lý sau rà soát', 'Văn bản', '4', 4, 'THECHE:tong so vbqppl can phai xu ly sau ra soat'),
            ('2.2.2', 'Số VBQPPL có kiến nghị xử lý đã được xử lý xong', 'Văn bản', '2', 2, 'THECHE:tong so vbqppl can phai xu ly sau ra soat > so vbqppl co kien nghi xu ly da duoc xu ly xong'),
        ]),
        ('TTHC', 'Biểu mẫu 3', [
            ('1', 'Thống kê TTHC', '', '', None, 'TTHC:thong ke tthc'),
            ('1.1', 'Số TTHC công bố mới', 'Thủ tục', '12', 12, 'TTHC:so tthc cong bo moi'),
            ('1.2', 'Số TTHC bãi bỏ, thay thế', 'Thủ tục', '7', 7, 'TTHC:so tthc bai bo, thay the'),
            ('2', 'Tỷ lệ hồ sơ TTHC do Sở tiếp nhận được giải quyết đúng hạn', '%', '99,12', 99.12, K_HS_SO),
            ('-', 'Tổng số hồ sơ TTHC đã tiếp nhận', 'Hồ sơ', '2.466', 2466, K_HS_SO + ' > tong so ho so tthc da tiep nhan'),
            ('-', 'Tổng số hồ sơ TTHC đã giải quyết xong', 'Hồ sơ', '2.278', 2278, K_HS_SO + K_XONG),
            ('-', 'Số hồ sơ TTHC giải quyết đúng hạn', 'Hồ sơ', '2.258', 2258, K_HS_SO + K_DUNG),
        ]),
        ('TCBM', 'Biểu mẫu 4', [
            ('1', 'Số đơn vị sự nghiệp công lập trực thuộc Sở', 'Đơn vị', '3', 3, 'TCBM:so dvsncl thuoc so, nganh va tuong duong'),
            ('2', 'Số liệu về biên chế công chức', '', '', None, 'TCBM:so lieu ve bien che cong chuc'),
            ('2.1', 'Tổng số biên chế được giao trong năm', 'Người', '48', 48, 'TCBM:tong so bien che duoc giao trong nam'),
            ('2.2', 'Tổng số biên chế có mặt tại thời điểm báo cáo', 'Người', '45', 45, 'TCBM:tong so bien che co mat tai thoi diem bao cao'),
            ('2.3', 'Số biên chế đã tinh giản trong kỳ báo cáo', 'Người', '1', 1, 'TCBM:so bien che da tinh gian trong ky bao cao'),
        ]),
        ('CONGVU', 'Biểu mẫu 5', [
            ('1', 'Số phòng chuyên môn thuộc Sở đã được phê duyệt vị trí việc làm theo quy định', 'Cơ quan, đơn vị', '6', 6, 'CONGVU:so co quan, to chuc hanh chinh da duoc phe duyet vi tri viec lam theo quy dinh'),
            ('2', 'Số lượt cán bộ, công chức, viên chức được đào tạo, bồi dưỡng', 'Lượt người', '64', 64, 'CONGVU:NEW so luot can bo cong chuc vien chuc duoc dao tao boi duong'),
        ]),
        ('TCC', 'Biểu mẫu 6', [
            ('1', 'Tỷ lệ thực hiện Kế hoạch giải ngân vốn đầu tư công', '%', '62,5', 62.5, 'TCC:ty le thuc hien ke hoach giai ngan von dau tu cong'),
            ('1.1', 'Kế hoạch được giao', 'Triệu đồng', '4.800', 4800, 'TCC:ke hoach duoc giao'),
            ('1.2', 'Đã thực hiện', 'Triệu đồng', '3.000', 3000, 'TCC:da thuc hien'),
        ]),
        ('CQS', 'Biểu mẫu 7', [
            ('1', 'Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến mức độ 3 (một phần)', '%', '100', 100, K_M3),
            ('1.1', 'Tổng số TTHC đủ điều kiện cung cấp trực tuyến mức độ 3 (một phần)', 'Thủ tục', '30', 30, 'CQS:tong so tthc du dieu kien cung cap truc tuyen muc do 3'),
            ('1.2', 'Số TTHC đang cung cấp trực tuyến mức độ 3 (một phần)', 'Thủ tục', '30', 30, 'CQS:so tthc dang cung cap truc tuyen muc do 3'),
            ('2', 'Tỷ lệ TTHC đủ điều kiện được cung cấp trực tuyến mức độ 4 (toàn trình)', '%', '100', 100, K_M4),
            ('2.1', 'Tổng số TTHC đủ điều kiện cung cấp trực tuyến mức độ 4 (toàn trình)', 'Thủ tục', '61', 61, 'CQS:tong so tthc du dieu kien cung cap truc tuyen muc do 4'),
            ('2.2', 'Số TTHC đang cung cấp trực tuyến mức độ 4 (toàn trình)', 'Thủ tục', '61', 61, 'CQS:so tthc dang cung cap truc tuyen muc do 4'),
            ('2.3', 'Số TTHC đang cung cấp trực tuyến toàn trình có phát sinh hồ sơ nộp trực tuyến', 'Thủ tục', '33', 33, 'CQS:so tthc dang cung cap truc tuyen muc do 4 co phat sinh ho so nop truc tuyen'),
            ('3', 'Tỷ lệ hồ sơ TTHC được thanh toán trực tuyến', '%', '41,7', 41.7, 'CQS:NEW ty le ho so thanh toan truc tuyen'),
            ('4', 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử', '%', '100', 100, 'CQS:NEW ty le cap ket qua dien tu'),
            ('5', 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC', '%', '95,6', 95.6, 'CQS:NEW ty le ho so tthc duoc so hoa'),
        ]),
    ])

# ---------------------------------------------------------------- C: a city under a province, year 2023, DOCX/PDF
K_HT = 'CQS:ty le tthc cung cap truc tuyen muc do 3 va 4 da tich hop, cong khai tren cong dvc quoc gia'
C = dict(
    name='tp-dong-ha-nam2023',
    header=[('ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
            ('THÀNH PHỐ ĐÔNG HÀ', 'Độc lập - Tự do - Hạnh phúc'),
            ('Số: 402/BC-UBND', 'Đông Hà, ngày 05 tháng 12 năm 2023')],
    title=['BÁO CÁO', 'Tình hình, kết quả thực hiện công tác cải cách hành chính năm 2023'],
    body=['Kính gửi: Sở Nội vụ tỉnh Quảng Trị',
          'UBND thành phố báo cáo tình hình, kết quả thực hiện công tác cải cách hành chính năm 2023 như sau:',
          'Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính năm 2023 của UBND thành phố Đông Hà./.',
          'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
    appendix=None,
    tables=[
        ('CDDH', 'Phụ lục 1', [
            ('1', 'Số văn bản chỉ đạo CCHC đã ban hành', 'Văn bản', '18', 18, 'CDDH:so van ban chi dao cchc da ban hanh'),
            ('2', 'Kiểm tra CCHC', '', '', None, 'CDDH:kiem tra cchc'),
            ('2.1', 'Số phòng, ban chuyên môn đã kiểm tra', 'Cơ quan, đơn vị', '8', 8, 'CDDH:SLOT 3.1 subordinate agencies inspected'),
            ('2.2', 'Số UBND phường, xã đã kiểm tra', 'Cơ quan, đơn vị', '5', 5, 'CDDH:SLOT 3.2 lower-level committees inspected'),
            ('3', 'Thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao', '', '', None, K_NV_TINH),
            ('3.1', 'Tổng số nhiệm vụ được giao', 'Nhiệm vụ', '120', 120, K_NV_TINH + ' > tong so nhiem vu duoc giao'),
            ('3.2', 'Số nhiệm vụ đã hoàn thành đúng hạn', 'Nhiệm vụ', '112', 112, K_NV_TINH + ' > so nhiem vu da hoan thanh dung han'),
            ('3.3', 'Số nhiệm vụ đã hoàn thành nhưng quá hạn', 'Nhiệm vụ', '5', 5, K_NV_TINH + ' > so nhiem vu da hoan thanh nhung qua han'),
            ('3.4', 'Số nhiệm vụ quá hạn nhưng chưa hoàn thành', 'Nhiệm vụ', '3', 3, K_NV_TINH + ' > so nhiem vu qua han nhung chua hoan thanh'),
            ('4', 'Thực hiện nhiệm vụ UBND thành phố, Chủ tịch UBND thành phố giao', '', '', None, K_NV_HUYEN),
            ('4.1', 'Tổng số nhiệm vụ được giao', 'Nhiệm vụ', '86', 86, K_NV_HUYEN + ' > tong so nhiem vu duoc giao'),
            ('4.2', 'Số nhiệm vụ đã hoàn thành đúng hạn', 'Nhiệm vụ', '79', 79, K_NV_HUYEN + ' > so nhiem vu da hoan thanh dung han'),
            ('4.3', 'Số nhiệm vụ đã hoàn thành nhưng quá hạn', 'Nhiệm vụ', '4', 4, K_NV_HUYEN + ' > so nhiem vu da hoan thanh nhung qua han'),
            ('4.4', 'Số nhiệm vụ quá hạn nhưng chưa hoàn thành', 'Nhiệm vụ', '1', 1, K_NV_HUYEN + ' > so nhiem vu qua han nhung chua hoan thanh'),
            ('4.5', 'Số nhiệm vụ chưa hoàn thành nhưng trong hạn', 'Nhiệm vụ', '2', 2, K_NV_HUYEN + ' > so nhiem vu chua hoan thanh nhung trong han'),
            ('5', 'Số tin bài tuyên truyền CCHC', 'Tin bài', '36', 36, 'CDDH:PROVINCE tin bai tuyen truyen cchc'),
        ]),
        ('THECHE', 'Phụ lục 2', [
            ('1', 'Tổng số VBQPPL do địa phương ban hành', 'Văn bản', '6', 6, 'THECHE:tong so vbqppl do dia phuong ban hanh'),
            ('1.1', 'Số VBQPPL do thành phố ban hành', 'Văn bản', '2', 2, 'THECHE:so vbqppl do cap huyen ban hanh'),
            ('1.2', 'Số VBQPPL do cấp xã ban hành', 'Văn bản', '4', 4, 'THECHE:so vbqppl do cap xa ban hanh'),
        ]),
        ('TTHC', 'Phụ lục 3', [
            ('1', 'Tỷ lệ hồ sơ TTHC do UBND thành phố tiếp nhận được giải quyết đúng hạn', '%', '99,84', 99.84, K_HS_HUYEN),
            ('1.1', 'Tổng số hồ sơ TTHC đã giải quyết xong', 'Hồ sơ', '12.530', 12530, K_HS_HUYEN + K_XONG),
            ('1.2', 'Số hồ sơ TTHC giải quyết đúng hạn', 'Hồ sơ', '12.510', 12510, K_HS_HUYEN + K_DUNG),
            ('2', 'Tỷ lệ hồ sơ TTHC do UBND phường, xã tiếp nhận được giải quyết đúng hạn', '%', '100', 100, K_HS_XA),
            ('-', 'Tổng số hồ sơ TTHC đã giải quyết xong', 'Hồ sơ', '8.214', 8214, K_HS_XA + K_XONG),
            ('-', 'Số hồ sơ TTHC giải quyết đúng hạn', 'Hồ sơ', '8.214', 8214, K_HS_XA + K_DUNG),
        ]),
        ('CQS', 'Phụ lục 7', [
            ('1', 'Tỷ lệ TTHC cung cấp trực tuyến một phần và toàn trình đã tích hợp, công khai trên Cổng DVC quốc gia', '%', '100', 100, K_HT),
            ('1.1', 'Tổng số TTHC đang cung cấp trực tuyến một phần và toàn trình của địa phương', 'Thủ tục', '312', 312, 'CQS:tong so tthc dang cung cap truc tuyen muc do 3 va 4 cua dia phuong'),
            ('1.2', 'Số TTHC cung cấp trực tuyến một phần và toàn trình đã tích hợp, công khai trên Cổng DVC quốc gia', 'Thủ tục', '312', 312, 'CQS:so tthc cung cap truc tuyen muc do 3 va 4 da tich hop, cong khai tren cong dvc quoc gia'),
            ('2', 'Tỷ lệ sử dụng văn bản điện tử của UBND thành phố', '%', '98,5', 98.5, 'CQS:ty le su dung van ban dien tu cua ubnd cap huyen'),
            ('3', 'Tỷ lệ sử dụng văn bản điện tử của UBND phường, xã', '%', '96,2', 96.2, 'CQS:ty le su dung van ban dien tu cua ubnd cap xa'),
            ('4', 'Tỷ lệ hồ sơ TTHC được số hóa', '%', '88', 88, 'CQS:NEW ty le ho so tthc duoc so hoa'),
        ]),
    ])

# ---------------------------------------------------------------- D: a province, Q2 2024, body copied without its header (TXT)
D = dict(
    name='tinh-quang-tri-q2-2024-body',
    header=[],
    title=['KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ II NĂM 2024'],
    body=['Thực hiện Công văn số 581/BNV-CCHC của Bộ Nội vụ về hướng dẫn chế độ báo cáo định kỳ, Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện công tác cải cách hành chính quý II năm 2024 trên địa bàn tỉnh Quảng Trị như sau:',
          'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
          'Trong quý, UBND tỉnh đã kiểm tra 12 sở, ngành và 4 UBND cấp huyện.'],
    appendix=None,
    tables=[
        ('CDDH', 'Biểu số 01', [
            ('1', 'Số văn bản chỉ đạo CCHC đã ban hành', 'Văn bản', '27', 27, 'CDDH:so van ban chi dao cchc da ban hanh'),
            ('2', 'Kiểm tra CCHC', '', '', None, 'CDDH:kiem tra cchc'),
            ('2.1', 'Số sở, ban, ngành đã kiểm tra', 'Cơ quan, đơn vị', '12', 12, 'CDDH:SLOT 3.1 subordinate agencies inspected'),
            ('2.2', 'Số UBND cấp huyện đã kiểm tra', 'Cơ quan, đơn vị', '4', 4, 'CDDH:SLOT 3.2 lower-level committees inspected'),
            ('3', 'Thực hiện nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao', '', '', None, 'CDDH:thuc hien nhiem vu chinh phu, thu tuong chinh phu giao'),
            ('3.1', 'Tổng số nhiệm vụ được giao', 'Nhiệm vụ', '34', 34, 'CDDH:thuc hien nhiem vu chinh phu, thu tuong chinh phu giao > tong so nhiem vu duoc giao'),
            ('3.2', 'Số nhiệm vụ đã hoàn thành đúng hạn', 'Nhiệm vụ', '30', 30, 'CDDH:thuc hien nhiem vu chinh phu, thu tuong chinh phu giao > so nhiem vu da hoan thanh dung han'),
            ('3.3', 'Số nhiệm vụ đã hoàn thành nhưng quá hạn', 'Nhiệm vụ', '1', 1, 'CDDH:thuc hien nhiem vu chinh phu, thu tuong chinh phu giao > so nhiem vu da hoan thanh nhung qua han'),
            ('3.4', 'Số nhiệm vụ quá hạn nhưng chưa hoàn thành', 'Nhiệm vụ', '0', 0, 'CDDH:thuc hien nhiem vu chinh phu, thu tuong chinh phu giao > so nhiem vu qua han nhung chua hoan thanh'),
            ('3.5', 'Số nhiệm vụ chưa hoàn thành nhưng trong hạn', 'Nhiệm vụ', '3', 3, 'CDDH:thuc hien nhiem vu chinh phu, thu tuong chinh phu giao > so nhiem vu chua hoan thanh nhung trong han'),
        ]),
        ('TTHC', 'Biểu số 03', [
            ('1', 'Tổng số TTHC thuộc thẩm quyền giải quyết tại địa phương', 'Thủ tục', '1.854', 1854, 'TTHC:tong so tthc thuoc tham quyen giai quyet tai dia phuong'),
            ('1.1', 'Số TTHC cấp tỉnh', 'Thủ tục', '1.421', 1421, 'TTHC:so tthc cap tinh'),
            ('1.2', 'Số TTHC cấp huyện', 'Thủ tục', '302', 302, 'TTHC:so tthc cap huyen'),
            ('1.3', 'Số TTHC cấp xã', 'Thủ tục', '131', 131, 'TTHC:so tthc cap xa'),
            ('2', 'Tỷ lệ hồ sơ TTHC do các sở, ngành tiếp nhận được giải quyết đúng hạn', '%', '97.86', 97.86, K_HS_SO),
            ('2.1', 'Tổng số hồ sơ TTHC đã giải quyết xong', 'Hồ sơ', '21.408', 21408, K_HS_SO + K_XONG),
            ('2.2', 'Số hồ sơ TTHC giải quyết đúng hạn', 'Hồ sơ', '20.950', 20950, K_HS_SO + K_DUNG),
            ('3', 'Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn', '%', '99.1', 99.1, K_HS_HUYEN),
            ('3.1', 'Tổng số hồ sơ TTHC đã giải quyết xong', 'Hồ sơ', '9.870', 9870, K_HS_HUYEN + K_XONG),
            ('3.2', 'Số hồ sơ TTHC giải quyết đúng hạn', 'Hồ sơ', '9.781', 9781, K_HS_HUYEN + K_DUNG),
        ]),
        ('TCC', 'Biểu số 06', [
            ('1', 'Tỷ lệ thực hiện Kế hoạch giải ngân vốn đầu tư công', '%', '', None, 'TCC:ty le thuc hien ke hoach giai ngan von dau tu cong'),
            ('1.1', 'Kế hoạch được giao', 'Triệu đồng', '2.968.500', 2968500, 'TCC:ke hoach duoc giao'),
            ('1.2', 'Đã thực hiện', 'Triệu đồng', '386.420', 386420, 'TCC:da thuc hien'),
        ]),
    ])

# ---------------------------------------------------------------- E: a district, Q3 2024, another province (DOCX/PDF)
# Habits: "TT / Nội dung / ĐVT / Số liệu / Ghi chú" header, "Biểu mẫu" titles, values "04", "-", "Không", "13,7%",
# children renumbered 1., 2. under their parent, rows headed "-", a long table that runs over a page break, and the
# appendix signed under the tables (where the stamp goes).
K_NV_HUYEN_E = K_NV_HUYEN
E = dict(
    name='huyen-nghi-loc-q3-2024',
    header=[('UBND TỈNH NGHỆ AN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
            ('UBND HUYỆN NGHI LỘC', 'Độc lập - Tự do - Hạnh phúc'),
            ('Số: 517/BC-UBND', 'Nghi Lộc, ngày 20 tháng 9 năm 2024')],
    title=['BÁO CÁO', 'Kết quả thực hiện công tác cải cách hành chính quý III năm 2024'],
    body=['Kính gửi: Sở Nội vụ tỉnh Nghệ An',
          'Thực hiện Công văn số 1650/SNV-CCHC ngày 02/8/2024 của Sở Nội vụ về việc báo cáo định kỳ công tác cải cách hành chính, UBND huyện Nghi Lộc báo cáo kết quả quý III năm 2024 như sau:',
          'Trong quý, UBND huyện đã ban hành 04 văn bản chỉ đạo, kiểm tra 6 phòng chuyên môn và 8 UBND xã; tiếp nhận 4.215 hồ sơ thủ tục hành chính.',
          'Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính quý III năm 2024 của UBND huyện Nghi Lộc./.'],
    appendix='(Kèm theo Báo cáo số 517/BC-UBND ngày 20/9/2024 của UBND huyện Nghi Lộc)',
    hdr=[[('TT', 1), ('Nội dung', 1), ('ĐVT', 1), ('Số liệu', 1), ('Ghi chú', 1)]],
    after=['NGƯỜI LẬP BIỂU          TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Văn Thành'],
    tables=[
        ('CDDH', 'Biểu mẫu 01', [
            ('1', 'Số văn bản chỉ đạo, điều hành CCHC đã ban hành', 'Văn bản', '04', 4, 'CDDH:so van ban chi dao cchc da ban hanh'),
            ('2', 'Tỷ lệ hoàn thành Kế hoạch CCHC năm (lũy kế)', '%', '68,2', 68.2, 'CDDH:ty le hoan thanh ke hoach cchc nam'),
            ('1', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', '44', 44, 'CDDH:so nhiem vu de ra trong ke hoach'),
            ('2', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', '30', 30, 'CDDH:so nhiem vu da hoan thanh'),
            ('3', 'Công tác kiểm tra CCHC', '', '', None, 'CDDH:kiem tra cchc'),
            ('-', 'Số phòng chuyên môn thuộc UBND huyện đã kiểm tra', 'Cơ quan', '6', 6, 'CDDH:SLOT 3.1 subordinate agencies inspected'),
            ('-', 'Số UBND xã, thị trấn đã kiểm tra', 'Cơ quan', '8', 8, 'CDDH:SLOT 3.2 lower-level committees inspected'),
            ('-', 'Tỷ lệ xử lý các vấn đề phát hiện qua kiểm tra', '%', '-', None, 'CDDH:ty le xu ly cac van de phat hien qua kiem tra'),
            ('4', 'Thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao', '', '', None, K_NV_TINH),
            ('4.1', 'Tổng số nhiệm vụ được giao', 'Nhiệm vụ', '57', 57, K_NV_TINH + ' > tong so nhiem vu duoc giao'),
            ('4.2', 'Số nhiệm vụ hoàn thành đúng hạn', 'Nhiệm vụ', '49', 49, K_NV_TINH + ' > so nhiem vu da hoan thanh dung han'),
            ('4.3', 'Số nhiệm vụ hoàn thành nhưng quá hạn', 'Nhiệm vụ', '03', 3, K_NV_TINH + ' > so nhiem vu da hoan thanh nhung qua han'),
            ('4.4', 'Số nhiệm vụ quá hạn chưa hoàn thành', 'Nhiệm vụ', '-', None, K_NV_TINH + ' > so nhiem vu qua han nhung chua hoan thanh'),
            ('5', 'Thực hiện nhiệm vụ UBND huyện, Chủ tịch UBND huyện giao', '', '', None, K_NV_HUYEN),
            ('5.1', 'Tổng số nhiệm vụ được giao', 'Nhiệm vụ', '112', 112, K_NV_HUYEN + ' > tong so nhiem vu duoc giao'),
            ('5.2', 'Số nhiệm vụ hoàn thành đúng hạn', 'Nhiệm vụ', '104', 104, K_NV_HUYEN + ' > so nhiem vu da hoan thanh dung han'),
            ('5.3', 'Số nhiệm vụ hoàn thành nhưng quá hạn', 'Nhiệm vụ', '5', 5, K_NV_HUYEN + ' > so nhiem vu da hoan thanh nhung qua han'),
            ('5.4', 'Số nhiệm vụ quá hạn chưa hoàn thành', 'Nhiệm vụ', '3', 3, K_NV_HUYEN + ' > so nhiem vu qua han nhung chua hoan thanh'),
            ('6', 'Tổ chức đối thoại của lãnh đạo với người dân, doanh nghiệp', 'Có = 1; Không = 0', 'Không', None, 'CDDH:to chuc doi thoai cua lanh dao voi nguoi dan, cong dong doanh nghiep'),
        ]),
        ('TTHC', 'Biểu mẫu 03', [
            ('1', 'Thống kê thủ tục hành chính', '', '', None, 'TTHC:thong ke tthc'),
            ('1.1', 'Số TTHC được phê duyệt phương án đơn giản hóa', 'Thủ tục', '-', None, 'TTHC:so tthc da duoc phe duyet phuong an don gian hoa'),
            ('1.2', 'Số TTHC công bố mới', 'Thủ tục', '07', 7, 'TTHC:so tthc cong bo moi'),
            ('1.3', 'Số TTHC bãi bỏ, thay thế', 'Thủ tục', '12', 12, 'TTHC:so tthc bai bo, thay the'),
            ('1.4', 'Tổng số TTHC thuộc thẩm quyền giải quyết của huyện', 'Thủ tục', '345', 345, 'TTHC:tong so tthc thuoc tham quyen giai quyet tai dia phuong'),
            ('-', 'Số TTHC cấp huyện', 'Thủ tục', '236', 236, 'TTHC:so tthc cap huyen'),
            ('-', 'Số TTHC cấp xã', 'Thủ tục', '109', 109, 'TTHC:so tthc cap xa'),
            ('2', 'Thực hiện cơ chế một cửa, một cửa liên thông', '', '', None, 'TTHC:thuc hien co che mot cua, mot cua lien thong'),
            ('2.1', 'Số TTHC liên thông cùng cấp', 'Thủ tục', '4', 4, 'TTHC:so tthc lien thong cung cap'),
            ('2.2', 'Số TTHC liên thông giữa các cấp chính quyền', 'Thủ tục', '15', 15, 'TTHC:so tthc lien thong giua cac cap chinh quyen'),
            ('2.3', 'Số TTHC tiếp nhận, giải quyết không phụ thuộc địa giới hành chính', 'Thủ tục', '58', 58, 'TTHC:so tthc da thuc hien tiep nhan va giai quyet ho so khong phu thuoc vao dia gioi hanh chinh'),
            ('3', 'Tỷ lệ hồ sơ TTHC do UBND huyện tiếp nhận được giải quyết đúng hạn', '%', '97,6', 97.6, K_HS_HUYEN),
            ('1', 'Tổng số hồ sơ TTHC đã giải quyết xong', 'Hồ sơ', '2.105', 2105, K_HS_HUYEN + K_XONG),
            ('2', 'Số hồ sơ TTHC giải quyết đúng hạn', 'Hồ sơ', '2.054', 2054, K_HS_HUYEN + K_DUNG),
            ('4', 'Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn', '%', '99,2', 99.2, K_HS_XA),
            ('1', 'Tổng số hồ sơ TTHC đã giải quyết xong', 'Hồ sơ', '1.960', 1960, K_HS_XA + K_XONG),
            ('2', 'Số hồ sơ TTHC giải quyết đúng hạn', 'Hồ sơ', '1.944', 1944, K_HS_XA + K_DUNG),
            ('5', 'Tỷ lệ giải quyết phản ánh, kiến nghị về quy định TTHC', '%', '100', 100, 'TTHC:ty le giai quyet phan anh, kien nghi ve quy dinh tthc'),
            ('5.1', 'Tổng số PAKN đã tiếp nhận', 'PAKN', '06', 6, 'TTHC:tong so pakn da tiep nhan'),
            ('5.2', 'Số PAKN đã giải quyết xong', 'PAKN', '06', 6, 'TTHC:so pakn da giai quyet xong'),
        ]),
        ('TCBM', 'Biểu mẫu 04', [
            ('1', 'Số liệu về biên chế công chức', '', '', None, 'TCBM:so lieu ve bien che cong chuc'),
            ('1.1', 'Tổng số biên chế được giao trong năm', 'Người', '96', 96, 'TCBM:tong so bien che duoc giao trong nam'),
            ('1.2', 'Tổng số biên chế có mặt tại thời điểm báo cáo', 'Người', '91', 91, 'TCBM:tong so bien che co mat tai thoi diem bao cao'),
            ('1.3', 'Số hợp đồng lao động làm việc tại các cơ quan hành chính', 'Người', '12', 12, 'TCBM:so hop dong lao dong lam viec tai cac co quan, to chuc hanh chinh'),
            ('1.4', 'Số biên chế đã tinh giản trong kỳ báo cáo', 'Người', '2', 2, 'TCBM:so bien che da tinh gian trong ky bao cao'),
            ('1.5', 'Tỷ lệ biên chế đã tinh giản so với năm 2015', '%', '13,7%', 13.7, 'TCBM:ty le phan tram bien che da tinh gian so voi nam 2015'),
        ]),
        ('TCC', 'Biểu mẫu 06', [
            ('1', 'Tỷ lệ giải ngân kế hoạch vốn đầu tư công', '%', '61,5', 61.5, 'TCC:ty le thuc hien ke hoach giai ngan von dau tu cong'),
            ('1.1', 'Kế hoạch vốn được giao', 'Triệu đồng', '215.400', 215400, 'TCC:ke hoach duoc giao'),
            ('1.2', 'Đã giải ngân', 'Triệu đồng', '132.471', 132471, 'TCC:da thuc hien'),
        ]),
    ])

# ---------------------------------------------------------------- F: a ward of a city district, year 2024 (DOCX/PDF)
# Habits: "Số TT / Chỉ tiêu / Đơn vị / Kết quả thực hiện / Ghi chú", "Biểu số" titles, sub-rows "a", "b" without a
# bracket, a row number "-" on a total row, labels reworded by the ward, "Không" and "-" for nothing.
F = dict(
    name='phuong-an-hai-bac-nam2024',
    header=[('UBND QUẬN SƠN TRÀ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
            ('UBND PHƯỜNG AN HẢI BẮC', 'Độc lập - Tự do - Hạnh phúc'),
            ('Số: 298/BC-UBND', 'An Hải Bắc, ngày 10 tháng 12 năm 2024')],
    title=['BÁO CÁO', 'Công tác cải cách hành chính năm 2024'],
    body=['Kính gửi: UBND quận Sơn Trà (qua Phòng Nội vụ)',
          'UBND phường An Hải Bắc báo cáo kết quả thực hiện công tác cải cách hành chính năm 2024 như sau:',
          'Trên đây là báo cáo công tác cải cách hành chính năm 2024 của UBND phường An Hải Bắc./.'],
    appendix='(Kèm theo Báo cáo số 298/BC-UBND ngày 10/12/2024 của UBND phường An Hải Bắc)',
    hdr=[[('Số TT', 1), ('Chỉ tiêu', 1), ('Đơn vị', 1), ('Kết quả thực hiện', 1), ('Ghi chú', 1)]],
    after=['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Trần Thị Mai'],
    tables=[
        ('CDDH', 'Biểu số 1', [
            ('1', 'Số văn bản lãnh đạo, chỉ đạo về CCHC của phường', 'Văn bản', '05', 5, 'CDDH:so van ban chi dao cchc da ban hanh'),
            ('2', 'Tỷ lệ hoàn thành Kế hoạch CCHC năm 2024', '%', '100', 100, 'CDDH:ty le hoan thanh ke hoach cchc nam'),
            ('a', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', '18', 18, 'CDDH:so nhiem vu de ra trong ke hoach'),
            ('b', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', '18', 18, 'CDDH:so nhiem vu da hoan thanh'),
            ('3', 'Thực hiện nhiệm vụ UBND quận, Chủ tịch UBND quận giao', '', '', None, K_NV_HUYEN),
            ('a', 'Tổng số nhiệm vụ được giao', 'Nhiệm vụ', '27', 27, K_NV_HUYEN + ' > tong so nhiem vu duoc giao'),
            ('b', 'Số nhiệm vụ hoàn thành đúng hạn', 'Nhiệm vụ', '25', 25, K_NV_HUYEN + ' > so nhiem vu da hoan thanh dung han'),
            ('c', 'Số nhiệm vụ hoàn thành nhưng quá hạn', 'Nhiệm vụ', '2', 2, K_NV_HUYEN + ' > so nhiem vu da hoan thanh nhung qua han'),
            ('d', 'Số nhiệm vụ quá hạn nhưng chưa hoàn thành', 'Nhiệm vụ', 'Không', None, K_NV_HUYEN + ' > so nhiem vu qua han nhung chua hoan thanh'),
            ('4', 'Khảo sát mức độ hài lòng của người dân, tổ chức', 'Có = 1; Không = 0', '1', 1, 'CDDH:khao sat su hai long cua nguoi dan, to chuc'),
            ('-', 'Số phiếu khảo sát đã phát ra', 'Phiếu', '320', 320, 'CDDH:so luong phieu khao sat'),
        ]),
        ('TTHC', 'Biểu số 3', [
            ('1', 'Số TTHC thuộc thẩm quyền giải quyết của UBND phường', 'Thủ tục', '109', 109, 'TTHC:so tthc cap xa'),
            ('2', 'Tỷ lệ hồ sơ TTHC do UBND phường tiếp nhận được giải quyết đúng hạn', '%', '99,87', 99.87, K_HS_XA),
            ('a', 'Tổng số hồ sơ TTHC đã giải quyết xong', 'Hồ sơ', '3.012', 3012, K_HS_XA + K_XONG),
            ('b', 'Số hồ sơ TTHC giải quyết đúng hạn', 'Hồ sơ', '3.008', 3008, K_HS_XA + K_DUNG),
            ('3', 'Tỷ lệ giải quyết phản ánh, kiến nghị về quy định TTHC', '%', '-', None, 'TTHC:ty le giai quyet phan anh, kien nghi ve quy dinh tthc'),
            ('a', 'Tổng số PAKN đã tiếp nhận', 'PAKN', '0', 0, 'TTHC:tong so pakn da tiep nhan'),
        ]),
        ('CQS', 'Biểu số 7', [
            ('1', 'Tỷ lệ TTHC cung cấp trực tuyến toàn trình', '%', '54,1', 54.1, K_M4),
            ('-', 'Tổng số TTHC đủ điều kiện cung cấp trực tuyến toàn trình', 'Thủ tục', '61', 61, 'CQS:tong so tthc du dieu kien cung cap truc tuyen muc do 4'),
            ('-', 'Số TTHC đang cung cấp trực tuyến toàn trình', 'Thủ tục', '33', 33, 'CQS:so tthc dang cung cap truc tuyen muc do 4'),
            ('2', 'Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến', '%', '87,3', 87.3, 'CQS:ty le ho so tthc duoc tiep nhan truc tuyen muc do 3 va 4'),
            ('-', 'Tổng số hồ sơ TTHC đã tiếp nhận', 'Hồ sơ', '3.046', 3046, 'CQS:tong so ho so tthc da tiep nhan'),
            ('-', 'Số hồ sơ TTHC tiếp nhận trực tuyến', 'Hồ sơ', '2.659', 2659, 'CQS:so ho so tthc da tiep nhan truc tuyen'),
            ('3', 'Tỷ lệ sử dụng văn bản điện tử', '%', '98', 98, 'CQS:ty le su dung van ban dien tu cua dia phuong'),
        ]),
    ])

# ---------------------------------------------------------------- G: a town (thị xã) of another province, 6 months 2025
# Habits: "Biểu mẫu số 01/CCHC" titles, a "Cùng kỳ năm 2024" column printed before this period's, section rows
# numbered in Roman numerals inside the table, values with thousands separators and decimals ("12.450,5"), a percent
# sign in the value cell ("98,65%"), "0" and "-" for nothing. A row: (stt, label, unit, value_raw, value, key, last
# year's raw).
K_HS_TX = K_HS_HUYEN
G = dict(
    name='tx-dien-ban-6t2025',
    header=[('UBND TỈNH QUẢNG NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
            ('UBND THỊ XÃ ĐIỆN BÀN', 'Độc lập - Tự do - Hạnh phúc'),
            ('Số: 236/BC-UBND', 'Điện Bàn, ngày 16 tháng 6 năm 2025')],
    title=['BÁO CÁO', 'Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025'],
    body=['Kính gửi: Sở Nội vụ tỉnh Quảng Nam',
          'Thực hiện Công văn số 905/SNV-CCHC ngày 22/5/2025 của Sở Nội vụ, UBND thị xã Điện Bàn báo cáo kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025 như sau:',
          'Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025 của UBND thị xã Điện Bàn./.'],
    appendix='(Kèm theo Báo cáo số 236/BC-UBND ngày 16/6/2025 của UBND thị xã Điện Bàn)',
    prev=True,
    hdr=[[('STT', 1), ('Nội dung chỉ tiêu', 1), ('ĐVT', 1), ('Cùng kỳ năm 2024', 1), ('6 tháng đầu năm 2025', 1), ('Ghi chú', 1)]],
    after=['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Phạm Văn Tùng'],
    tables=[
        ('CDDH', 'Biểu mẫu số 01/CCHC', [
            ('I', 'Công tác chỉ đạo, điều hành', '', '', None, None, ''),
            ('1', 'Số văn bản chỉ đạo, điều hành CCHC đã ban hành', 'Văn bản', '07', 7, 'CDDH:so van ban chi dao cchc da ban hanh', '05'),
            ('2', 'Tỷ lệ hoàn thành Kế hoạch CCHC năm', '%', '46,88%', 46.88, 'CDDH:ty le hoan thanh ke hoach cchc nam', '41,18%'),
            ('2.1', 'Số nhiệm vụ đề ra trong kế hoạch', 'Nhiệm vụ', '32', 32, 'CDDH:so nhiem vu de ra trong ke hoach', '34'),
            ('2.2', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', '15', 15, 'CDDH:so nhiem vu da hoan thanh', '14'),
            ('3', 'Thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao', '', '', None, K_NV_TINH, ''),
            ('3.1', 'Tổng số nhiệm vụ được giao', 'Nhiệm vụ', '64', 64, K_NV_TINH + ' > tong so nhiem vu duoc giao', '58'),
            ('3.2', 'Số nhiệm vụ đã hoàn thành đúng hạn', 'Nhiệm vụ', '59', 59, K_NV_TINH + ' > so nhiem vu da hoan thanh dung han', '52'),
            ('3.3', 'Số nhiệm vụ đã hoàn thành nhưng quá hạn', 'Nhiệm vụ', '2', 2, K_NV_TINH + ' > so nhiem vu da hoan thanh nhung qua han', '4'),
            ('3.4', 'Số nhiệm vụ quá hạn nhưng chưa hoàn thành', 'Nhiệm vụ', '0', 0, K_NV_TINH + ' > so nhiem vu qua han nhung chua hoan thanh', '1'),
            ('4', 'Số tin, bài tuyên truyền về CCHC', 'Tin, bài', '126', 126, 'CDDH:PROVINCE tin bai tuyen truyen cchc', '98'),
        ]),
        ('TTHC', 'Biểu mẫu số 03/CCHC', [
            ('II', 'Cải cách thủ tục hành chính', '', '', None, None, ''),
            ('1', 'Tỷ lệ hồ sơ TTHC do UBND thị xã tiếp nhận được giải quyết đúng hạn', '%', '98,65%', 98.65, K_HS_TX, '97,90%'),
            ('1.1', 'Tổng số hồ sơ TTHC đã giải quyết xong', 'Hồ sơ', '11.245', 11245, K_HS_TX + K_XONG, '10.480'),
            ('1.2', 'Số hồ sơ TTHC giải quyết đúng hạn', 'Hồ sơ', '11.093', 11093, K_HS_TX + K_DUNG, '10.260'),
            ('2', 'Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn', '%', '99,71%', 99.71, K_HS_XA, '99,52%'),
            ('2.1', 'Tổng số hồ sơ TTHC đã giải quyết xong', 'Hồ sơ', '24.318', 24318, K_HS_XA + K_XONG, '22.905'),
            ('2.2', 'Số hồ sơ TTHC giải quyết đúng hạn', 'Hồ sơ', '24.247', 24247, K_HS_XA + K_DUNG, '22.795'),
            ('3', 'Tổng số PAKN về quy định TTHC đã tiếp nhận', 'PAKN', '-', None, 'TTHC:tong so pakn da tiep nhan', '2'),
        ]),
        ('TCC', 'Biểu mẫu số 06/CCHC', [
            ('III', 'Cải cách tài chính công', '', '', None, None, ''),
            ('1', 'Tỷ lệ thực hiện Kế hoạch giải ngân vốn đầu tư công', '%', '38,6%', 38.6, 'TCC:ty le thuc hien ke hoach giai ngan von dau tu cong', '35,2%'),
            ('1.1', 'Kế hoạch vốn được giao', 'Triệu đồng', '412.580,5', 412580.5, 'TCC:ke hoach duoc giao', '398.200'),
            ('1.2', 'Đã giải ngân', 'Triệu đồng', '159.256,1', 159256.1, 'TCC:da thuc hien', '140.166,4'),
        ]),
        ('CQS', 'Biểu mẫu số 07/CCHC', [
            ('IV', 'Xây dựng chính quyền điện tử, chính quyền số', '', '', None, None, ''),
            ('1', 'Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến', '%', '62,35%', 62.35, 'CQS:ty le ho so tthc duoc tiep nhan truc tuyen muc do 3 va 4', '48,10%'),
            ('1.1', 'Tổng số hồ sơ TTHC đã tiếp nhận', 'Hồ sơ', '36.120', 36120, 'CQS:tong so ho so tthc da tiep nhan', '33.850'),
            ('1.2', 'Số hồ sơ TTHC đã tiếp nhận trực tuyến', 'Hồ sơ', '22.521', 22521, 'CQS:so ho so tthc da tiep nhan truc tuyen', '16.282'),
            ('2', 'Tỷ lệ hồ sơ TTHC được số hóa', '%', '91,4%', 91.4, 'CQS:NEW ty le ho so tthc duoc so hoa', '76,5%'),
            ('3', 'Tỷ lệ sử dụng văn bản điện tử', '%', '99,2%', 99.2, 'CQS:ty le su dung van ban dien tu cua dia phuong', '98,6%'),
        ]),
    ])

REPORTS = [A, B, C, D, E, F, G]
