package vn.plantrack.reporting.export;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Numbers and dates as Vietnamese administrative texts write them: 1.234,5 and 30/6/2026. */
public final class VietFormat {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private VietFormat() {
	}

	public static String number(BigDecimal value) {
		if (value == null) {
			return "";
		}
		DecimalFormatSymbols symbols = new DecimalFormatSymbols();
		symbols.setDecimalSeparator(',');
		symbols.setGroupingSeparator('.');
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat("#,##0.######", symbols);
		return format.format(value);
	}

	public static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}
}
