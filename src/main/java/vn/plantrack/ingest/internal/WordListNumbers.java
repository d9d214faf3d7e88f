package vn.plantrack.ingest.internal;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Word's automatic list numbers ("1.", "a)", "II-") are not part of the paragraph text, yet the parser
 * finds headings and tasks by them; this reproduces them from the paragraph's list level. Unusual
 * numbering definitions fall back to no prefix rather than a wrong one.
 */
final class WordListNumbers {

	private static final int LEVELS = 9;

	private final Map<BigInteger, int[]> counters = new HashMap<>();

	String prefix(XWPFParagraph paragraph) {
		try {
			BigInteger numId = paragraph.getNumID();
			if (numId == null || paragraph.getText().isBlank()) {
				return "";
			}
			BigInteger ilvlValue = paragraph.getNumIlvl();
			int level = ilvlValue == null ? 0 : Math.max(0, Math.min(LEVELS - 1, ilvlValue.intValue()));
			String format = paragraph.getNumFmt();
			String pattern = paragraph.getNumLevelText();
			if (format == null || pattern == null) {
				return "";
			}
			if (format.equals("bullet")) {
				return "- ";
			}
			int[] levels = counters.computeIfAbsent(numId, id -> new int[LEVELS]);
			levels[level]++;
			for (int deeper = level + 1; deeper < LEVELS; deeper++) {
				levels[deeper] = 0;
			}
			String rendered = pattern;
			for (int k = 0; k <= level; k++) {
				int value = Math.max(1, levels[k]);
				String shown = k == level ? format(value, format) : Integer.toString(value);
				rendered = rendered.replace("%" + (k + 1), shown);
			}
			return rendered.isBlank() ? "" : rendered.strip() + " ";
		}
		catch (RuntimeException malformedNumbering) {
			return "";
		}
	}

	private static String format(int value, String format) {
		switch (format) {
			case "lowerLetter":
				return letters(value).toLowerCase(Locale.ROOT);
			case "upperLetter":
				return letters(value);
			case "lowerRoman":
				return roman(value).toLowerCase(Locale.ROOT);
			case "upperRoman":
				return roman(value);
			default:
				return Integer.toString(value);
		}
	}

	private static String letters(int value) {
		StringBuilder out = new StringBuilder();
		int n = value;
		while (n > 0) {
			n--;
			out.insert(0, (char) ('A' + n % 26));
			n /= 26;
		}
		return out.toString();
	}

	private static String roman(int value) {
		int[] numbers = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		StringBuilder out = new StringBuilder();
		int n = Math.min(value, 3999);
		for (int i = 0; i < numbers.length; i++) {
			while (n >= numbers[i]) {
				out.append(symbols[i]);
				n -= numbers[i];
			}
		}
		return out.toString();
	}
}
