package vn.plantrack.extract;

import java.time.LocalDate;

/**
 * A period or deadline as written ({@code raw}, always kept) and as understood. {@code due} is the date
 * by which the work must be done (end of the period, 30/6 for "Quý II/2026"); {@code recurrence} is
 * null, "yearly", "monthly", "quarterly" or "continuous"; {@code status} is set when the text states a
 * status instead of a time ("Đã ban hành" → "done").
 */
public record PeriodValue(String raw, LocalDate start, LocalDate end, LocalDate due, String recurrence,
		String status) {

	public static PeriodValue rawOnly(String raw) {
		return new PeriodValue(raw, null, null, null, null, null);
	}
}
