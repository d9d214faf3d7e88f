package vn.plantrack.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers typed into a form the Vietnamese way. Strict on purpose: a value that could be read two ways
 * ("21.5": twenty-one and a half, or a slip?) is refused and the user asked to write it as 21,5.
 */
final class FormNumbers {

	// rule: optional sign; digits, grouped in threes by dots when grouped at all; optional decimal comma (1.234,5)
	private static final Pattern VIETNAMESE = Pattern.compile("[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");

	/** What fits the database columns (DECIMAL(24, 6)): 18 digits before the comma, 6 after. */
	private static final BigDecimal LIMIT = new BigDecimal("1e18");

	private FormNumbers() {
	}

	/** The number, or empty when the text is not a number written 1.234,5 / 1234,5 / 1234. */
	static Optional<BigDecimal> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String cleaned = text.strip().replace('\u00a0', ' ').replace(" ", "");
		if (!VIETNAMESE.matcher(cleaned).matches()) {
			return Optional.empty();
		}
		BigDecimal value = new BigDecimal(cleaned.replace(".", "").replace(',', '.'));
		if (value.abs().compareTo(LIMIT) >= 0 || value.scale() > 6) {
			return Optional.empty();
		}
		return Optional.of(value);
	}

	/** 1234.5 → "1.234,5", the way the form shows a stored value. */
	static String format(BigDecimal value) {
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
}
