package vn.plantrack.tracking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Working days in Vietnam: not Saturday or Sunday, not a fixed solar public holiday (Bộ luật Lao động 2019,
 * Điều 112: 1/1, 30/4, 1/5, 2/9), and not a day of the calendar table (Tết, Giỗ Tổ, the day next to 2/9,
 * compensatory and swapped days, see migration V14). A weekend day the table marks WORKING (làm bù) is a
 * working day.
 */
@Component
public class WorkingDays {

	static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(4, 30), MonthDay.of(5, 1),
			MonthDay.of(9, 2));

	/** Guards against an endless holiday table. */
	private static final int MAX_SHIFT_DAYS = 31;

	/** Longer than any deadline in working days a plan sets ("trong 5 ngày làm việc", "15 ngày làm việc"). */
	static final int MAX_WORKING_DAYS = 60;

	private final JdbcClient jdbc;

	WorkingDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isWorkingDay(LocalDate day) {
		Optional<String> entered = jdbc.sql("SELECT kind FROM non_working_day WHERE off_day = ?")
			.param(day)
			.query(String.class)
			.optional();
		if (entered.isPresent()) {
			return "WORKING".equals(entered.get());
		}
		if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			return false;
		}
		return !FIXED_HOLIDAYS.contains(MonthDay.from(day));
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

	/**
	 * rule: "gửi báo cáo trong N ngày làm việc sau ngày chốt số liệu": counting starts the day after the
	 * cut-off and only working days count; the report must arrive by the N-th of them. Returns the "due
	 * before" day, the day after that N-th working day.
	 */
	public LocalDate dueAfterWorkingDays(LocalDate cutOff, int workingDays) {
		if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
			throw TrackingException.invalid("Số ngày làm việc (trường dueWorkingDays) phải từ 1 đến " + MAX_WORKING_DAYS
					+ "; nhận được " + workingDays);
		}
		LocalDate day = cutOff;
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (day.isAfter(cutOff.plusYears(1))) {
				throw TrackingException.invalid("Lịch ngày nghỉ không còn ngày làm việc nào trong năm sau " + cutOff);
			}
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day.plusDays(1);
	}
}
