package vn.plantrack.extract.rules;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese number notation: decimal comma, thousands dot ("4.596.000", "44,36"). Some tables write
 * thousands with a comma ("3,373"); such a text is read the Vietnamese way but reported as ambiguous, never
 * silently guessed.
 */
public final class VietnameseNumbers {

	// rule: Vietnamese notation — optional sign, digits grouped by dots in threes, optional decimal comma
	private static final Pattern VIETNAMESE = Pattern.compile("[-+]?\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|[-+]?\\d+(?:,\\d+)?");

	// rule: English thousands ("3,373,000") — several comma groups of three cannot be a decimal comma
	private static final Pattern ENGLISH_THOUSANDS = Pattern.compile("[-+]?\\d{1,3}(?:,\\d{3}){2,}(?:\\.\\d+)?");

	// rule: one comma followed by exactly three digits is either a decimal (3,373 = 3.373) or thousands (3373)
	private static final Pattern COMMA_THREE = Pattern.compile("[-+]?\\d{1,3},\\d{3}");

	// rule: a dot followed by one, two or four+ digits is an English decimal point ("12.5"), not a thousands dot
	private static final Pattern DOT_DECIMAL = Pattern.compile("[-+]?\\d+\\.(?:\\d{1,2}|\\d{4,})");

	/** A number read from text; {@code ambiguity} explains the other reading when there is one. */
	public record Reading(BigDecimal value, Optional<Ambiguity> ambiguity) {

		public boolean ambiguous() {
			return ambiguity.isPresent();
		}
	}

	/** Two plausible values of one text; {@code chosen} is the one {@link #parse} returns. */
	public record Ambiguity(String text, BigDecimal chosen, BigDecimal alternative, String message) {
	}

	private VietnameseNumbers() {
	}

	/** The value of a number written the Vietnamese way, or empty when the text is not one number. */
	public static Optional<BigDecimal> parse(String text) {
		return read(text).map(Reading::value);
	}

	/** The value of a number and, when the notation allows two readings, the ambiguity. */
	public static Optional<Reading> read(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String s = text.strip().replace("\u00A0", "").replace(" ", "");
		if (s.isEmpty()) {
			return Optional.empty();
		}
		if (COMMA_THREE.matcher(s).matches()) {
			BigDecimal decimal = new BigDecimal(s.replace(',', '.'));
			BigDecimal thousands = new BigDecimal(s.replace(",", ""));
			return Optional.of(new Reading(decimal, Optional.of(new Ambiguity(text.strip(), decimal, thousands,
					"Số \"" + text.strip() + "\" có thể là " + format(decimal) + " (dấu phẩy thập phân) hoặc "
							+ format(thousands) + " (dấu phẩy phân cách hàng nghìn)"))));
		}
		if (VIETNAMESE.matcher(s).matches()) {
			return Optional.of(new Reading(new BigDecimal(s.replace(".", "").replace(',', '.')), Optional.empty()));
		}
		if (ENGLISH_THOUSANDS.matcher(s).matches()) {
			BigDecimal value = new BigDecimal(s.replace(",", ""));
			return Optional.of(new Reading(value, Optional.of(new Ambiguity(text.strip(), value, null,
					"Số \"" + text.strip() + "\" viết theo kiểu tiếng Anh (dấu phẩy hàng nghìn), đọc là " + format(value)))));
		}
		if (DOT_DECIMAL.matcher(s).matches()) {
			BigDecimal value = new BigDecimal(s);
			return Optional.of(new Reading(value, Optional.of(new Ambiguity(text.strip(), value, null,
					"Số \"" + text.strip() + "\" dùng dấu chấm thập phân kiểu tiếng Anh, đọc là " + format(value)))));
		}
		return Optional.empty();
	}

	/** The ambiguity of {@code text}, if it is a number with two plausible readings. */
	public static Optional<Ambiguity> ambiguity(String text) {
		return read(text).flatMap(Reading::ambiguity);
	}

	/** {@code value} written the Vietnamese way: thousands dot, decimal comma ("4.596.000", "44,36"). */
	public static String format(BigDecimal value) {
		String plain = value.toPlainString();
		boolean negative = plain.startsWith("-");
		if (negative) {
			plain = plain.substring(1);
		}
		int dot = plain.indexOf('.');
		String integer = dot < 0 ? plain : plain.substring(0, dot);
		String fraction = dot < 0 ? "" : plain.substring(dot + 1);
		StringBuilder grouped = new StringBuilder();
		for (int i = 0; i < integer.length(); i++) {
			if (i > 0 && (integer.length() - i) % 3 == 0) {
				grouped.append('.');
			}
			grouped.append(integer.charAt(i));
		}
		return (negative ? "-" : "") + grouped + (fraction.isEmpty() ? "" : "," + fraction);
	}
}
