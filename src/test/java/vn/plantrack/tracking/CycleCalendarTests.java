package vn.plantrack.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Data windows of Nghị định 09/2019/NĐ-CP and the due days the seed plans set. */
class CycleCalendarTests {

	@Test
	void aMonthlyWindowRunsFromTheFifteenthOfThePreviousMonthToTheFourteenth() {
		assertThat(CycleCalendar.window(Frequency.MONTHLY, 2026, 3))
			.isEqualTo(new CycleCalendar.Window(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 14)));
		assertThat(CycleCalendar.window(Frequency.MONTHLY, 2026, 1))
			.isEqualTo(new CycleCalendar.Window(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 14)));
	}

	@Test
	void theSixMonthWindowRunsFromTheFifteenthOfDecemberToTheFourteenthOfJune() {
		assertThat(CycleCalendar.window(Frequency.SEMIANNUAL, 2026, 1))
			.isEqualTo(new CycleCalendar.Window(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 6, 14)));
	}

	@Test
	void theYearlyWindowRunsFromTheFifteenthOfDecemberToTheFourteenthOfDecember() {
		assertThat(CycleCalendar.window(Frequency.YEARLY, 2026, 0))
			.isEqualTo(new CycleCalendar.Window(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14)));
	}

	@Test
	void seed000WantsSixMonthReportsBeforeTheFifteenthOfJuneAndYearlyBeforeTheFifteenthOfDecember() {
		// 000:367 "định kỳ 6 tháng (trước ngày 15/6), hằng năm (trước ngày 15/12)"
		assertThat(CycleCalendar.dueBefore(Frequency.SEMIANNUAL, 2026, 1, 15, 6)).isEqualTo(LocalDate.of(2026, 6, 15));
		assertThat(CycleCalendar.dueBefore(Frequency.YEARLY, 2026, 0, 15, 12)).isEqualTo(LocalDate.of(2026, 12, 15));
	}

	@Test
	void seed001WantsMonthlyReportsBeforeTheEighteenth() {
		// 001:1980 "gửi Sở Tài chính trước ngày 18 hàng tháng"
		assertThat(CycleCalendar.dueBefore(Frequency.MONTHLY, 2025, 7, 18, null)).isEqualTo(LocalDate.of(2025, 7, 18));
	}

	@Test
	void refusesImpossibleMonthsAndDays() {
		assertThatThrownBy(() -> CycleCalendar.window(Frequency.MONTHLY, 2026, 13)).hasMessageContaining("13");
		assertThatThrownBy(() -> CycleCalendar.dueBefore(Frequency.MONTHLY, 2026, 2, 30, null))
			.hasMessageContaining("30");
		assertThatThrownBy(() -> CycleCalendar.window(Frequency.SEMIANNUAL, 2026, 2)).isInstanceOf(TrackingException.class);
	}
}
