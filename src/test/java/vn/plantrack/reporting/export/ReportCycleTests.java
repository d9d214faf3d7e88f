package vn.plantrack.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.plantrack.reporting.ReportCycle;
import vn.plantrack.reporting.TaskStatusClass;

/** Report periods follow the Nghị định 09/2019 cut-offs; status classes follow DESIGN.md. */
class ReportCycleTests {

	@Test
	void aHalfYearRunsFromTheFifteenthOfDecemberToTheFourteenthOfJune() {
		ReportCycle cycle = ReportCycle.parse("2026-H1", null);
		assertThat(cycle.start()).isEqualTo(LocalDate.of(2025, 12, 15));
		assertThat(cycle.end()).isEqualTo(LocalDate.of(2026, 6, 14));
		assertThat(cycle.label()).isEqualTo("6 tháng đầu năm 2026");
	}

	@Test
	void aYearAndAMonthUseTheSameCutOffDay() {
		assertThat(ReportCycle.parse("2026", null).start()).isEqualTo(LocalDate.of(2025, 12, 15));
		assertThat(ReportCycle.parse("2026", null).end()).isEqualTo(LocalDate.of(2026, 12, 14));
		ReportCycle june = ReportCycle.parse("2026-06", null);
		assertThat(june.start()).isEqualTo(LocalDate.of(2026, 5, 15));
		assertThat(june.end()).isEqualTo(LocalDate.of(2026, 6, 14));
		assertThat(june.label()).isEqualTo("tháng 6 năm 2026");
	}

	@Test
	void theMidTermReviewOfACongressTermCoversItsFirstTwoAndAHalfYears() {
		// a congress term 2025-2030 plans 2026-2030; its middle year is 2028
		ReportCycle midterm = ReportCycle.parse("midterm", "2025-2030");
		assertThat(midterm.start()).isEqualTo(LocalDate.of(2026, 1, 1));
		assertThat(midterm.end()).isEqualTo(LocalDate.of(2028, 6, 14));
		assertThat(midterm.label()).isEqualTo("giữa nhiệm kỳ 2025-2030");
	}

	@Test
	void refusesWhatItCannotRead() {
		assertThatThrownBy(() -> ReportCycle.parse("2026-13", null)).hasMessageContaining("tháng");
		assertThatThrownBy(() -> ReportCycle.parse("H1-2026", null)).hasMessageContaining("H1-2026");
		assertThatThrownBy(() -> ReportCycle.parse("midterm", null)).hasMessageContaining("nhiệm kỳ");
		assertThatThrownBy(() -> ReportCycle.parse("2206", null)).hasMessageContaining("2206");
	}

	@Test
	void classifiesTasksOnTheReportDay() {
		LocalDate due = LocalDate.of(2026, 6, 30);
		LocalDate day = LocalDate.of(2026, 7, 1);
		assertThat(TaskStatusClass.of("DONE", due, due, null, day)).isEqualTo(TaskStatusClass.ON_TIME);
		assertThat(TaskStatusClass.of("DONE", due, due.plusDays(1), null, day)).isEqualTo(TaskStatusClass.LATE);
		assertThat(TaskStatusClass.of("IN_PROGRESS", due, null, null, day)).isEqualTo(TaskStatusClass.OVERDUE);
		assertThat(TaskStatusClass.of("NOT_STARTED", due, null, null, due)).isEqualTo(TaskStatusClass.NOT_STARTED);
		assertThat(TaskStatusClass.of("PAUSED", due, null, null, due)).isEqualTo(TaskStatusClass.IN_PROGRESS);
		assertThat(TaskStatusClass.of("NOT_STARTED", null, null, "yearly", day)).isEqualTo(TaskStatusClass.CONTINUOUS);
		assertThat(TaskStatusClass.of("CANCELLED", due, null, null, day)).isEqualTo(TaskStatusClass.CANCELLED);
		// finished after the report day: still open on that day
		assertThat(TaskStatusClass.of("DONE", due, LocalDate.of(2026, 7, 5), null, day))
			.isEqualTo(TaskStatusClass.OVERDUE);
	}
}
