package vn.plantrack.tracking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Working days in Vietnam: not Saturday or Sunday, not a fixed solar public holiday (Bộ luật Lao động 2019,
 * Điều 112: 1/1, 30/4, 1/5, 2/9), and not a day an administrator entered (Tết, Giỗ Tổ, the day next to 2/9,
 * swapped days).
 */
@Component
public class WorkingDays {

	private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1),
			MonthDay.of(9, 2));

	/** Guards against an endless holiday table. */
	private static final int MAX_SHIFT_DAYS = 31;

	private final JdbcClient jdbc;

	WorkingDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isWorkingDay(LocalDate day) {
		if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			return false;
		}
		if (FIXED_HOLIDAYS.contains(MonthDay.from(day))) {
			return false;
		}
		return jdbc.sql("SELECT COUNT(*) FROM non_working_day WHERE off_day = ?").param(day).query(Long.class).single() == 0;
	}

	/**
	 * rule: when the last day of a time limit is a weekend day or a holiday, the limit ends with the next
	 * working day (Bộ luật Dân sự 2015, Điều 148 khoản 5). Returns the "due before" day that follows.
	 */
	public LocalDate dueBefore(LocalDate dueBefore) {
		LocalDate lastDay = dueBefore.minusDays(1);
		for (int i = 0; i < MAX_SHIFT_DAYS && !isWorkingDay(lastDay); i++) {
			lastDay = lastDay.plusDays(1);
		}
		return lastDay.plusDays(1);
	}
}
