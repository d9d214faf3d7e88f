package vn.plantrack.tracking;

import java.time.LocalDate;

/**
 * Reporting periods by the conventions of Nghị định 09/2019/NĐ-CP (chế độ báo cáo của cơ quan hành chính
 * nhà nước): data is counted from the 15th of the month before the period to the 14th of its last month, so
 * figures are final when the report is written.
 */
public final class CycleCalendar {

	private CycleCalendar() {
	}

	public record Window(LocalDate start, LocalDate end) {
	}

	/**
	 * @param index the month (1-12) for MONTHLY, 1 for SEMIANNUAL (first half year), ignored for YEARLY
	 */
	public static Window window(Frequency frequency, int year, int index) {
		switch (frequency) {
			// rule: monthly: 15th of the previous month → 14th of the reporting month (NĐ 09/2019).
			case MONTHLY:
				requireMonth(index);
				LocalDate end = LocalDate.of(year, index, 14);
				return new Window(end.minusMonths(1).plusDays(1), end);
			// rule: 6-monthly: 15/12 of the previous year → 14/6.
			case SEMIANNUAL:
				if (index != 1) {
					throw TrackingException.invalid("Kỳ báo cáo 6 tháng chỉ có kỳ 1 (6 tháng đầu năm); nhận được " + index);
				}
				return new Window(LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 6, 14));
			// rule: yearly: 15/12 of the previous year → 14/12.
			default:
				return new Window(LocalDate.of(year - 1, 12, 15), LocalDate.of(year, 12, 14));
		}
	}

	/**
	 * The day reports must arrive before, from a plan's schedule: "trước ngày 18 hàng tháng" (001) gives day 18
	 * of the reporting month; "6 tháng (trước ngày 15/6), hằng năm (trước ngày 15/12)" (000) give 15/6 and 15/12.
	 */
	public static LocalDate dueBefore(Frequency frequency, int year, int index, int dueDay, Integer dueMonth) {
		int month = frequency == Frequency.MONTHLY ? index : dueMonth == null ? defaultMonth(frequency) : dueMonth;
		if (frequency == Frequency.MONTHLY) {
			requireMonth(index);
		}
		LocalDate first = LocalDate.of(year, month, 1);
		if (dueDay < 1 || dueDay > first.lengthOfMonth()) {
			throw TrackingException.invalid("Ngày hạn báo cáo " + dueDay + " không có trong tháng " + month + "/" + year);
		}
		return first.withDayOfMonth(dueDay);
	}

	private static int defaultMonth(Frequency frequency) {
		return frequency == Frequency.SEMIANNUAL ? 6 : 12;
	}

	private static void requireMonth(int month) {
		if (month < 1 || month > 12) {
			throw TrackingException.invalid("Tháng báo cáo phải từ 1 đến 12; nhận được " + month);
		}
	}
}
