package vn.plantrack.investment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese readers write them: dd/MM/yyyy. */
final class VietDates {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private VietDates() {
	}

	static String format(LocalDate date) {
		return date == null ? "" : date.format(FORMAT);
	}
}
