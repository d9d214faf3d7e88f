package vn.plantrack.extract.table;

import java.util.regex.Pattern;

/** Recognisers for the number cell of a table row ("I", "A", "2", "2.3", "1."). */
final class RowCode {

	private static final Pattern ROMAN = Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
	private static final Pattern LETTER = Pattern.compile("[A-H]");
	private static final Pattern DECIMAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){0,4}");
	// rule: a group title sometimes sits in the number cell after its numeral ("III Về môi trường")
	private static final Pattern NUMERAL_THEN_TITLE = Pattern.compile("^([IVXLC]{1,7}|[A-H]|\\d{1,3}(?:\\.\\d{1,3}){0,4})[.\\-–)]?\\s+(\\S.*)$");

	private RowCode() {
	}

	/** The code as written without its trailing separator ("1." → "1"). */
	static String clean(String cell) {
		String s = cell.strip();
		while (s.endsWith(".") || s.endsWith(")") || s.endsWith("-")) {
			s = s.substring(0, s.length() - 1).strip();
		}
		return s;
	}

	static boolean isRoman(String code) {
		return !code.isEmpty() && ROMAN.matcher(code).matches();
	}

	static boolean isLetter(String code) {
		return LETTER.matcher(code).matches();
	}

	static boolean isDecimal(String code) {
		return DECIMAL.matcher(code).matches();
	}

	/** Splits "III Về môi trường" into numeral and title; null when the cell is not like that. */
	static String[] splitNumeralAndTitle(String cell) {
		var m = NUMERAL_THEN_TITLE.matcher(cell.strip());
		return m.matches() ? new String[] { m.group(1), m.group(2) } : null;
	}
}
