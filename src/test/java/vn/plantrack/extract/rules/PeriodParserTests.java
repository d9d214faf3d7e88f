package vn.plantrack.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.plantrack.extract.PeriodValue;

/** Every shape of period text found in the period columns of seeds 000, 002 and 004. */
class PeriodParserTests {

	@Test
	void readsAYearRangeWrittenInAnyOfItsWays() {
		for (String raw : new String[] { "2026-2030", "2026 - 2030", "Giai đoạn 2026-2030", "Năm 2026 - 2030",
				"Năm 2026-2030" }) {
			PeriodValue p = PeriodParser.parse(raw);
			assertThat(p.raw()).isEqualTo(raw);
			assertThat(p.start()).as(raw).isEqualTo(LocalDate.of(2026, 1, 1));
			assertThat(p.end()).as(raw).isEqualTo(LocalDate.of(2030, 12, 31));
			assertThat(p.due()).as(raw).isEqualTo(LocalDate.of(2030, 12, 31));
		}
		// 002: "2021 -2025" with an unbalanced dash
		assertThat(PeriodParser.parse("2021 -2025").start()).isEqualTo(LocalDate.of(2021, 1, 1));
		assertThat(PeriodParser.parse("2026, 2027").end()).isEqualTo(LocalDate.of(2027, 12, 31));
	}

	@Test
	void readsAQuarterAsItsFirstAndLastDay() {
		PeriodValue p = PeriodParser.parse("Quý II/2026");
		assertThat(p.start()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(p.end()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(p.due()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(PeriodParser.parse("Quý IV/2021").due()).isEqualTo(LocalDate.of(2021, 12, 31));
		assertThat(PeriodParser.parse("Quý I/2021").due()).isEqualTo(LocalDate.of(2021, 3, 31));
	}

	@Test
	void readsMonthsYearsAndDays() {
		PeriodValue month = PeriodParser.parse("Tháng 3/2026");
		assertThat(month.start()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(month.due()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(PeriodParser.parse("Tháng 12/2020").due()).isEqualTo(LocalDate.of(2020, 12, 31));
		PeriodValue year = PeriodParser.parse("Năm 2026");
		assertThat(year.start()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(year.due()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(PeriodParser.parse("2021").due()).isEqualTo(LocalDate.of(2021, 12, 31));
		assertThat(PeriodParser.parse("Hoàn thành năm 2027").due()).isEqualTo(LocalDate.of(2027, 12, 31));
		assertThat(PeriodParser.parse("30/6/2026").due()).isEqualTo(LocalDate.of(2026, 6, 30));
	}

	@Test
	void readsDeadlinesStatedAsBefore() {
		assertThat(PeriodParser.parse("Trước năm 2025").due()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(PeriodParser.parse("Trước 30/6/2026").due()).isEqualTo(LocalDate.of(2026, 6, 30));
	}

	@Test
	void readsAStartingPointWithoutEnd() {
		PeriodValue p = PeriodParser.parse("Từ tháng 6/2026");
		assertThat(p.start()).isEqualTo(LocalDate.of(2026, 6, 1));
		assertThat(p.end()).isNull();
		assertThat(p.due()).isNull();
	}

	@Test
	void readsRecurrences() {
		assertThat(PeriodParser.parse("Hàng năm").recurrence()).isEqualTo("yearly");
		assertThat(PeriodParser.parse("Hằng năm").recurrence()).isEqualTo("yearly");
		PeriodValue october = PeriodParser.parse("Tháng 10 hàng năm");
		assertThat(october.recurrence()).isEqualTo("yearly");
		assertThat(october.due()).isNull();
		assertThat(PeriodParser.parse("Nhiệm vụ thường xuyên").recurrence()).isEqualTo("continuous");
		assertThat(PeriodParser.parse("Thực hiện thường xuyên").recurrence()).isEqualTo("continuous");
		PeriodValue both = PeriodParser.parse("Năm 2027 và thực hiện thường xuyên");
		assertThat(both.recurrence()).isEqualTo("continuous");
		assertThat(both.due()).isEqualTo(LocalDate.of(2027, 12, 31));
	}

	@Test
	void readsAStatusInsteadOfATime() {
		assertThat(PeriodParser.parse("Đã ban hành").status()).isEqualTo("done");
		assertThat(PeriodParser.parse("Đã tham mưu ban hành").status()).isEqualTo("done");
		assertThat(PeriodParser.parse("Đã ban hành").due()).isNull();
	}

	@Test
	void leavesTruncatedAndVagueTextRaw() {
		// 004: "Năm 2026-203" lost its last digit
		PeriodValue truncated = PeriodParser.parse("Năm 2026-203");
		assertThat(truncated.raw()).isEqualTo("Năm 2026-203");
		assertThat(truncated.start()).isNull();
		assertThat(truncated.due()).isNull();
		PeriodValue vague = PeriodParser.parse("Theo chỉ đạo của Đảng cấp trên");
		assertThat(vague).isEqualTo(PeriodValue.rawOnly("Theo chỉ đạo của Đảng cấp trên"));
		assertThat(PeriodParser.parse("")).isEqualTo(PeriodValue.rawOnly(""));
	}
}
