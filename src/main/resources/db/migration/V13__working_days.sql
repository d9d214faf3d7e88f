-- Non-working days beyond weekends and the fixed solar holidays the code knows (1/1, 30/4, 1/5, 2/9):
-- Tết and Giỗ Tổ Hùng Vương follow the lunar calendar and the extra day around 2/9 and any swapped days are
-- decided each year, so an administrator enters them here.
CREATE TABLE non_working_day (
    off_day     DATE         PRIMARY KEY,
    name        VARCHAR(200) NOT NULL
);

-- Whether a cycle's deadline moves past weekends and holidays (Bộ luật Dân sự 2015, Điều 148 khoản 5).
ALTER TABLE reporting_cycle ADD COLUMN working_day_rule BOOLEAN NOT NULL DEFAULT FALSE;
