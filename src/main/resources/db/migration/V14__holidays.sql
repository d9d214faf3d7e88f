-- The working-day calendar as data: Vietnamese public holidays that follow the lunar calendar (Tết Nguyên Đán,
-- Giỗ Tổ Hùng Vương 10/3 âm lịch), the breaks and swapped days the Government decides each year, and the
-- compensatory days of Bộ luật Lao động 2019, Điều 111 khoản 3. The fixed solar holidays 1/1, 30/4, 1/5 and 2/9
-- (Điều 112) are known to the code (tracking.WorkingDays) and are not repeated here.
--
-- kind OFF:     a weekday nobody works (a holiday, a day of the Tết break, a compensatory day);
-- kind WORKING: a Saturday or Sunday worked in exchange for a day off (làm bù).
-- decided TRUE: announced by the Prime Minister / ministry for that year; FALSE: projected from the lunar
--               calendar and the Labour Code only, to be confirmed (or corrected through the calendar API) once
--               the year's notice is issued, usually in the autumn of the year before.
ALTER TABLE non_working_day ADD COLUMN kind VARCHAR(10) NOT NULL DEFAULT 'OFF';
ALTER TABLE non_working_day ADD COLUMN source VARCHAR(400);
ALTER TABLE non_working_day ADD COLUMN decided BOOLEAN NOT NULL DEFAULT TRUE;

-- "Báo cáo trong vòng 2 ngày làm việc sau ngày chốt số liệu": a deadline counted in working days after the end of
-- the data window instead of a calendar day.
ALTER TABLE reporting_schedule ADD COLUMN due_working_days INT;

-- Lunar dates were converted with the astronomical new-moon algorithm at UTC+7 (the Vietnamese calendar: Tết
-- 2030 is 2/2/2030, a day before China's). Checked against the published dates: Tết Ất Tỵ 29/1/2025, Tết Bính
-- Ngọ 17/2/2026, Giỗ Tổ 7/4/2025 and 26/4/2026.

-- 2025 (decided).
-- Tết Ất Tỵ: Thông báo 6150/TB-LĐTBXH (12/11/2024), on the Prime Minister's approval: 25/1 (26 tháng Chạp) to
-- 2/2/2025 (mùng 5 tháng Giêng); the five weekdays 27/1-31/1 are the five statutory days, no swap needed.
-- 30/4-1/5: 2/5/2025 (Friday) off, worked on Saturday 26/4/2025. UNCERTAIN: the number of the notice that
-- announced this swap (issued in 2025 by the Ministry of Home Affairs on the Prime Minister's approval) was not
-- verified; the dates are those applied across the civil service.
-- Quốc khánh: 1/9/2025 (Monday) as the day next to 2/9 (same notice 6150/TB-LĐTBXH).
INSERT INTO non_working_day (off_day, kind, name, source, decided) VALUES
    (DATE '2025-01-25', 'OFF', 'Nghỉ Tết Nguyên Đán Ất Tỵ (26 tháng Chạp)', 'Thông báo số 6150/TB-LĐTBXH ngày 12/11/2024 (ý kiến Thủ tướng Chính phủ): nghỉ Tết Âm lịch từ 25/01 đến hết 02/02/2025', TRUE),
    (DATE '2025-01-26', 'OFF', 'Nghỉ Tết Nguyên Đán Ất Tỵ (27 tháng Chạp)', 'Thông báo số 6150/TB-LĐTBXH ngày 12/11/2024 (ý kiến Thủ tướng Chính phủ): nghỉ Tết Âm lịch từ 25/01 đến hết 02/02/2025', TRUE),
    (DATE '2025-01-27', 'OFF', 'Nghỉ Tết Nguyên Đán Ất Tỵ (28 tháng Chạp)', 'Thông báo số 6150/TB-LĐTBXH ngày 12/11/2024 (ý kiến Thủ tướng Chính phủ): nghỉ Tết Âm lịch từ 25/01 đến hết 02/02/2025', TRUE),
    (DATE '2025-01-28', 'OFF', 'Tết Nguyên Đán Ất Tỵ (29 tháng Chạp)', 'Thông báo số 6150/TB-LĐTBXH ngày 12/11/2024 (ý kiến Thủ tướng Chính phủ): nghỉ Tết Âm lịch từ 25/01 đến hết 02/02/2025', TRUE),
    (DATE '2025-01-29', 'OFF', 'Tết Nguyên Đán Ất Tỵ (mùng 1 tháng Giêng)', 'Thông báo số 6150/TB-LĐTBXH ngày 12/11/2024 (ý kiến Thủ tướng Chính phủ): nghỉ Tết Âm lịch từ 25/01 đến hết 02/02/2025', TRUE),
    (DATE '2025-01-30', 'OFF', 'Tết Nguyên Đán Ất Tỵ (mùng 2 tháng Giêng)', 'Thông báo số 6150/TB-LĐTBXH ngày 12/11/2024 (ý kiến Thủ tướng Chính phủ): nghỉ Tết Âm lịch từ 25/01 đến hết 02/02/2025', TRUE),
    (DATE '2025-01-31', 'OFF', 'Tết Nguyên Đán Ất Tỵ (mùng 3 tháng Giêng)', 'Thông báo số 6150/TB-LĐTBXH ngày 12/11/2024 (ý kiến Thủ tướng Chính phủ): nghỉ Tết Âm lịch từ 25/01 đến hết 02/02/2025', TRUE),
    (DATE '2025-02-01', 'OFF', 'Nghỉ Tết Nguyên Đán Ất Tỵ (mùng 4 tháng Giêng)', 'Thông báo số 6150/TB-LĐTBXH ngày 12/11/2024 (ý kiến Thủ tướng Chính phủ): nghỉ Tết Âm lịch từ 25/01 đến hết 02/02/2025', TRUE),
    (DATE '2025-02-02', 'OFF', 'Nghỉ Tết Nguyên Đán Ất Tỵ (mùng 5 tháng Giêng)', 'Thông báo số 6150/TB-LĐTBXH ngày 12/11/2024 (ý kiến Thủ tướng Chính phủ): nghỉ Tết Âm lịch từ 25/01 đến hết 02/02/2025', TRUE),
    (DATE '2025-04-07', 'OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch năm Ất Tỵ)', 'Bộ luật Lao động 2019, Điều 112', TRUE),
    (DATE '2025-04-26', 'WORKING', 'Làm bù cho ngày nghỉ thứ Sáu 02/5/2025', 'Thông báo năm 2025 của Bộ Nội vụ (ý kiến Thủ tướng Chính phủ) về hoán đổi ngày làm việc dịp 30/4-1/5/2025 (số hiệu chưa đối chiếu)', TRUE),
    (DATE '2025-05-02', 'OFF', 'Nghỉ dịp 30/4-1/5 (hoán đổi, làm bù thứ Bảy 26/4/2025)', 'Thông báo năm 2025 của Bộ Nội vụ (ý kiến Thủ tướng Chính phủ) về hoán đổi ngày làm việc dịp 30/4-1/5/2025 (số hiệu chưa đối chiếu)', TRUE),
    (DATE '2025-09-01', 'OFF', 'Nghỉ lễ Quốc khánh (ngày liền kề 2/9)', 'Thông báo số 6150/TB-LĐTBXH ngày 12/11/2024 (ý kiến Thủ tướng Chính phủ): nghỉ Quốc khánh thứ Hai 01/9 và thứ Ba 02/9/2025', TRUE);

-- 2026 (decided where noted).
-- Tết Bính Ngọ: the Ministry of Home Affairs' notice on the Prime Minister's approval: 14/2 (27 tháng Chạp) to
-- 22/2/2026 (mùng 6 tháng Giêng); the five weekdays 16/2-20/2 are the five statutory days, no swap needed.
-- UNCERTAIN: the notice's number and date were not verified, only the dates.
-- Giỗ Tổ falls on Sunday 26/4/2026, so Monday 27/4 is the compensatory day the Labour Code gives (Điều 111 khoản 3).
-- NOT PRELOADED (could not be verified): the day next to 2/9/2026 (1/9 or 3/9) and any swap around 1/1/2026.
-- Enter them through POST /api/non-working-days once checked against the year's notice.
INSERT INTO non_working_day (off_day, kind, name, source, decided) VALUES
    (DATE '2026-02-14', 'OFF', 'Nghỉ Tết Nguyên Đán Bính Ngọ (27 tháng Chạp)', 'Thông báo của Bộ Nội vụ (ý kiến Thủ tướng Chính phủ): nghỉ Tết Âm lịch từ 14/02 đến hết 22/02/2026', TRUE),
    (DATE '2026-02-15', 'OFF', 'Nghỉ Tết Nguyên Đán Bính Ngọ (28 tháng Chạp)', 'Thông báo của Bộ Nội vụ (ý kiến Thủ tướng Chính phủ): nghỉ Tết Âm lịch từ 14/02 đến hết 22/02/2026', TRUE),
    (DATE '2026-02-16', 'OFF', 'Tết Nguyên Đán Bính Ngọ (29 tháng Chạp)', 'Thông báo của Bộ Nội vụ (ý kiến Thủ tướng Chính phủ): nghỉ Tết Âm lịch từ 14/02 đến hết 22/02/2026', TRUE),
    (DATE '2026-02-17', 'OFF', 'Tết Nguyên Đán Bính Ngọ (mùng 1 tháng Giêng)', 'Thông báo của Bộ Nội vụ (ý kiến Thủ tướng Chính phủ): nghỉ Tết Âm lịch từ 14/02 đến hết 22/02/2026', TRUE),
    (DATE '2026-02-18', 'OFF', 'Tết Nguyên Đán Bính Ngọ (mùng 2 tháng Giêng)', 'Thông báo của Bộ Nội vụ (ý kiến Thủ tướng Chính phủ): nghỉ Tết Âm lịch từ 14/02 đến hết 22/02/2026', TRUE),
    (DATE '2026-02-19', 'OFF', 'Tết Nguyên Đán Bính Ngọ (mùng 3 tháng Giêng)', 'Thông báo của Bộ Nội vụ (ý kiến Thủ tướng Chính phủ): nghỉ Tết Âm lịch từ 14/02 đến hết 22/02/2026', TRUE),
    (DATE '2026-02-20', 'OFF', 'Tết Nguyên Đán Bính Ngọ (mùng 4 tháng Giêng)', 'Thông báo của Bộ Nội vụ (ý kiến Thủ tướng Chính phủ): nghỉ Tết Âm lịch từ 14/02 đến hết 22/02/2026', TRUE),
    (DATE '2026-02-21', 'OFF', 'Nghỉ Tết Nguyên Đán Bính Ngọ (mùng 5 tháng Giêng)', 'Thông báo của Bộ Nội vụ (ý kiến Thủ tướng Chính phủ): nghỉ Tết Âm lịch từ 14/02 đến hết 22/02/2026', TRUE),
    (DATE '2026-02-22', 'OFF', 'Nghỉ Tết Nguyên Đán Bính Ngọ (mùng 6 tháng Giêng)', 'Thông báo của Bộ Nội vụ (ý kiến Thủ tướng Chính phủ): nghỉ Tết Âm lịch từ 14/02 đến hết 22/02/2026', TRUE),
    (DATE '2026-04-26', 'OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch năm Bính Ngọ)', 'Bộ luật Lao động 2019, Điều 112', TRUE),
    (DATE '2026-04-27', 'OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/04 là Chủ nhật)', 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần)', TRUE);

-- 2027-2031 (projected, decided = FALSE): the five statutory Tết days taken as the last day of tháng Chạp to
-- mùng 4 tháng Giêng, Giỗ Tổ, and compensatory days for holidays on a weekend. The actual break (usually longer,
-- with swapped days) and the day next to 2/9 are announced each year and must be entered then.
INSERT INTO non_working_day (off_day, kind, name, source, decided) VALUES
    (DATE '2027-02-05', 'OFF', 'Tết Nguyên Đán Đinh Mùi (29 tháng Chạp)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2027-02-06', 'OFF', 'Tết Nguyên Đán Đinh Mùi (mùng 1 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2027-02-07', 'OFF', 'Tết Nguyên Đán Đinh Mùi (mùng 2 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2027-02-08', 'OFF', 'Tết Nguyên Đán Đinh Mùi (mùng 3 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2027-02-09', 'OFF', 'Tết Nguyên Đán Đinh Mùi (mùng 4 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2027-02-10', 'OFF', 'Nghỉ bù Tết Nguyên Đán Đinh Mùi (06/02)', 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần)', FALSE),
    (DATE '2027-02-11', 'OFF', 'Nghỉ bù Tết Nguyên Đán Đinh Mùi (07/02)', 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần)', FALSE),
    (DATE '2027-04-16', 'OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch năm Đinh Mùi)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2027-05-03', 'OFF', 'Nghỉ bù Ngày Quốc tế Lao động 1/5 (01/05)', 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần)', FALSE),
    (DATE '2028-01-03', 'OFF', 'Nghỉ bù Tết Dương lịch (01/01)', 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần)', FALSE),
    (DATE '2028-01-25', 'OFF', 'Tết Nguyên Đán Mậu Thân (29 tháng Chạp)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2028-01-26', 'OFF', 'Tết Nguyên Đán Mậu Thân (mùng 1 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2028-01-27', 'OFF', 'Tết Nguyên Đán Mậu Thân (mùng 2 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2028-01-28', 'OFF', 'Tết Nguyên Đán Mậu Thân (mùng 3 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2028-01-29', 'OFF', 'Tết Nguyên Đán Mậu Thân (mùng 4 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2028-01-31', 'OFF', 'Nghỉ bù Tết Nguyên Đán Mậu Thân (29/01)', 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần)', FALSE),
    (DATE '2028-04-04', 'OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch năm Mậu Thân)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2028-05-02', 'OFF', 'Nghỉ bù Ngày Chiến thắng 30/4 (30/04)', 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần)', FALSE),
    (DATE '2028-09-04', 'OFF', 'Nghỉ bù Quốc khánh 2/9 (02/09)', 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần)', FALSE),
    (DATE '2029-02-12', 'OFF', 'Tết Nguyên Đán Kỷ Dậu (29 tháng Chạp)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2029-02-13', 'OFF', 'Tết Nguyên Đán Kỷ Dậu (mùng 1 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2029-02-14', 'OFF', 'Tết Nguyên Đán Kỷ Dậu (mùng 2 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2029-02-15', 'OFF', 'Tết Nguyên Đán Kỷ Dậu (mùng 3 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2029-02-16', 'OFF', 'Tết Nguyên Đán Kỷ Dậu (mùng 4 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2029-04-23', 'OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch năm Kỷ Dậu)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2029-09-03', 'OFF', 'Nghỉ bù Quốc khánh 2/9 (02/09)', 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần)', FALSE),
    (DATE '2030-02-01', 'OFF', 'Tết Nguyên Đán Canh Tuất (29 tháng Chạp)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2030-02-02', 'OFF', 'Tết Nguyên Đán Canh Tuất (mùng 1 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2030-02-03', 'OFF', 'Tết Nguyên Đán Canh Tuất (mùng 2 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2030-02-04', 'OFF', 'Tết Nguyên Đán Canh Tuất (mùng 3 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2030-02-05', 'OFF', 'Tết Nguyên Đán Canh Tuất (mùng 4 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2030-02-06', 'OFF', 'Nghỉ bù Tết Nguyên Đán Canh Tuất (02/02)', 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần)', FALSE),
    (DATE '2030-02-07', 'OFF', 'Nghỉ bù Tết Nguyên Đán Canh Tuất (03/02)', 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần)', FALSE),
    (DATE '2030-04-12', 'OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch năm Canh Tuất)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2031-01-22', 'OFF', 'Tết Nguyên Đán Tân Hợi (29 tháng Chạp)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2031-01-23', 'OFF', 'Tết Nguyên Đán Tân Hợi (mùng 1 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2031-01-24', 'OFF', 'Tết Nguyên Đán Tân Hợi (mùng 2 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2031-01-25', 'OFF', 'Tết Nguyên Đán Tân Hợi (mùng 3 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2031-01-26', 'OFF', 'Tết Nguyên Đán Tân Hợi (mùng 4 tháng Giêng)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE),
    (DATE '2031-01-27', 'OFF', 'Nghỉ bù Tết Nguyên Đán Tân Hợi (25/01)', 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần)', FALSE),
    (DATE '2031-01-28', 'OFF', 'Nghỉ bù Tết Nguyên Đán Tân Hợi (26/01)', 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù ngày lễ trùng ngày nghỉ hằng tuần)', FALSE),
    (DATE '2031-04-01', 'OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch năm Tân Hợi)', 'Bộ luật Lao động 2019, Điều 112 (5 ngày Tết Âm lịch, Giỗ Tổ 10/3 âm lịch)', FALSE);
